package org.stratum.engine.ingest.fhir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads bulk-data NDJSON one line at a time without ever holding more than one line: a line longer
 * than the limit is skipped and reported, never read whole, and so is a line that is not UTF-8.
 * The JSON itself is left to DuckDB to parse.
 */
final class NdjsonReader {
    private final long maxLineBytes;

    NdjsonReader(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    void read(InputStream in, ResourceSink sink) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        LineBuffer line = new LineBuffer();
        byte[] chunk = new byte[1 << 16];
        long number = 1;
        boolean tooLong = false;
        for (int n; (n = in.read(chunk)) > 0; ) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                if (!tooLong) {
                    line.write(chunk, start, i - start);
                }
                emit(line, number, tooLong, utf8, sink);
                number++;
                line.reset();
                tooLong = false;
                start = i + 1;
            }
            if (!tooLong) {
                line.write(chunk, start, n - start);
                if (line.size() > maxLineBytes) {
                    tooLong = true;
                    line.reset();
                }
            }
        }
        if (tooLong || line.size() > 0) {
            emit(line, number, tooLong, utf8, sink);
        }
    }

    private void emit(LineBuffer line, long number, boolean tooLong, CharsetDecoder utf8, ResourceSink sink) {
        if (tooLong || line.size() > maxLineBytes) {
            sink.problem(new SourceProblem(number, -1, "the line is longer than " + (maxLineBytes >> 20)
                    + " MiB; a FHIR resource that large is not accepted"));
            return;
        }
        int end = line.size();
        if (end > 0 && line.bytes()[end - 1] == '\r') {
            end--;
        }
        if (isBlank(line.bytes(), end)) {
            return;
        }
        try {
            String json = utf8.reset().decode(ByteBuffer.wrap(line.bytes(), 0, end)).toString();
            sink.resource(new RawResource(number, -1, json));
        } catch (CharacterCodingException e) {
            sink.problem(new SourceProblem(number, -1, "the line is not UTF-8 text (FHIR JSON must be UTF-8)"));
        }
    }

    private static boolean isBlank(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A growable byte buffer that exposes its array, to decode without a copy. */
    private static final class LineBuffer extends ByteArrayOutputStream {
        LineBuffer() {
            super(1 << 12);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
