package org.stratum.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.Importer;

class WarehouseLockTest {
    @TempDir
    Path temp;

    /** Opens a warehouse in this JVM and keeps it open until its input closes. */
    public static void main(String[] args) throws Exception {
        try (Warehouse ignored = Warehouse.open(DataDirectory.at(Path.of(args[0])), Importer.withBuiltInFormats(), n -> { })) {
            System.out.println("open");
            System.out.flush();
            System.in.read();
        }
    }

    @Test
    void aSecondProcessIsToldTheWarehouseIsInUse() throws Exception {
        Path data = temp.resolve("data");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WarehouseLockTest.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()));
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Warehouse.open(DataDirectory.at(data), Importer.withBuiltInFormats(), n -> { }))
                    .isInstanceOf(WarehouseInUse.class)
                    .hasMessageContaining("in use by another Stratum process")
                    .hasMessageContaining("PID " + holder.pid());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }
}
