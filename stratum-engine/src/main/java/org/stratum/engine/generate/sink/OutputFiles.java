package org.stratum.engine.generate.sink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The files a sink appends to, opened on first use, with the records written to each. */
final class OutputFiles implements AutoCloseable {
    private final Path folder;
    private final Map<String, OutputStream> open = new LinkedHashMap<>();
    private final Map<String, Long> records = new TreeMap<>();

    OutputFiles(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    void append(String file, byte[] bytes, long recordCount) throws IOException {
        OutputStream out = open.get(file);
        if (out == null) {
            out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(file)), 1 << 20);
            open.put(file, out);
        }
        out.write(bytes);
        records.merge(file, recordCount, Long::sum);
    }

    void append(BlockOutput block) throws IOException {
        for (Map.Entry<String, byte[]> entry : block.bytesByFile().entrySet()) {
            append(entry.getKey(), entry.getValue(), block.recordsByFile().getOrDefault(entry.getKey(), 0L));
        }
    }

    Map<String, Long> records() {
        return records;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (OutputStream out : open.values()) {
            try {
                out.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
