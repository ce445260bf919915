package org.stratum.engine.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stratum.engine.ingest.ImportRejected;

/**
 * A UTF-8 copy of a file written in another encoding (Windows-1252, ISO-8859-1…), streamed to a
 * temporary file for DuckDB, whose CSV reader reads UTF-8. A byte the encoding does not define stops
 * the import, naming its line.
 */
final class Utf8Copy {
    private Utf8Copy() {
    }

    static Path of(Path file, Charset encoding) {
        Path copy = null;
        try {
            copy = Files.createTempFile("stratum-extract-", ".csv");
            try (InputStream in = SourceFiles.open(file); Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
                transcode(file, in, encoding, out);
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            delete(copy);
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            throw new ImportRejected(file, "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void transcode(Path file, InputStream in, Charset encoding, Writer out) throws IOException {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            bytes.position(bytes.position() + Math.max(n, 0)).flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, end);
                line += write(chars, out);
                if (result.isError()) {
                    throw new ImportRejected(file, line, "a byte that " + encoding.name() + " does not define: the file"
                            + " is in another encoding; set the file's encoding in the mapping");
                }
            } while (result.isOverflow());
            bytes.compact();
        }
        decoder.flush(chars);
        write(chars, out);
    }

    /** Writes and empties the buffer; the number of line feeds written. */
    private static int write(CharBuffer chars, Writer out) throws IOException {
        chars.flip();
        int lines = 0;
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                lines++;
            }
        }
        out.write(chars.array(), chars.position(), chars.remaining());
        chars.clear();
        return lines;
    }

    static void delete(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                copy.toFile().deleteOnExit();
            }
        }
    }
}
