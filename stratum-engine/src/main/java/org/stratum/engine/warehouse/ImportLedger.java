package org.stratum.engine.warehouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of every completed import, one JSON object per line in {@code imports.jsonl} beside
 * the warehouse. The warehouse is derived data; this file is what it is rebuilt from. Lines are
 * only ever appended and forced to disk; a crash can at worst leave a torn last line, which is
 * skipped here and restored from the warehouse's own copy when it is next opened.
 */
public final class ImportLedger {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;

    public ImportLedger(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public List<LedgerEntry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import ledger " + file, e);
        }
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(fromJson(line));
            } catch (IllegalArgumentException e) {
                boolean tornLastLine = i == lines.size() - 1;
                if (!tornLastLine) {
                    throw new IllegalStateException("The import ledger " + file + " is damaged at line " + (i + 1)
                            + ": " + e.getMessage());
                }
            }
        }
        return entries;
    }

    public void append(LedgerEntry entry) {
        byte[] line = (toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the import ledger " + file, e);
        }
    }

    static String toJson(LedgerEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a ledger entry as JSON", e);
        }
    }

    static LedgerEntry fromJson(String json) {
        try {
            return JSON.readValue(json, LedgerEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
