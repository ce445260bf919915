package org.stratum.engine.generate.sink;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.stratum.engine.generate.clinical.SyntheticPatient;
import org.stratum.engine.generate.network.CareNetwork;

/**
 * Where a generated population goes. Serialising happens on worker threads, block by block; the
 * single writer thread then appends blocks in patient order, so output is the same whatever the
 * number of threads.
 */
public interface PopulationSink extends AutoCloseable {
    /** Writes the network's sites, clinicians and areas, once, before any patient. */
    void writeNetwork(CareNetwork network) throws IOException;

    /** Serialises a block of patients; safe to call from several threads at once. */
    BlockOutput serialize(List<SyntheticPatient> patients);

    /** Appends a serialised block to the output files. */
    void append(BlockOutput block) throws IOException;

    /** Records written so far per output file. */
    Map<String, Long> recordsWritten();

    @Override
    void close() throws IOException;
}
