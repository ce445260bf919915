package org.stratum.engine.generate.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** A sink that writes its blocks to files in one folder, in the order the blocks arrive. */
abstract class FolderSink implements PopulationSink {
    protected final OutputFiles files;

    FolderSink(Path folder) throws IOException {
        this.files = new OutputFiles(folder);
    }

    @Override
    public void append(BlockOutput block) throws IOException {
        files.append(block);
    }

    @Override
    public Map<String, Long> recordsWritten() {
        return files.records();
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
