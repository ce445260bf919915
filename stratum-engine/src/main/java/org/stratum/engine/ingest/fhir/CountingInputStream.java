package org.stratum.engine.ingest.fhir;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes of a file have been read, about every megabyte, for progress. */
final class CountingInputStream extends FilterInputStream {
    private static final long EVERY = 1 << 20;
    private final LongConsumer bytesRead;
    private long count;
    private long reported;

    CountingInputStream(InputStream in, LongConsumer bytesRead) {
        super(in);
        this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        count += n;
        if (count - reported >= EVERY) {
            reported = count;
            bytesRead.accept(count);
        }
    }
}
