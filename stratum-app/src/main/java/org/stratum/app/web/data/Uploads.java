package org.stratum.app.web.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.stratum.app.StratumProperties;

/**
 * Keeps uploaded files in {@code <data-dir>/uploads/<time>-<source>/}, under their own names made
 * safe. The files stay there: the import ledger records where every imported file is, and the
 * warehouse can only be rebuilt from files that are still where they were imported from.
 */
@Component
class Uploads {

    /** One upload: its folder and the files stored in it, in the order they were sent. */
    record Upload(Path folder, List<Path> files) {

        /** The folder as people and the audit log name it, without this machine's directories. */
        String name() {
            return "uploads/" + folder.getFileName();
        }
    }

    static final int MAX_NAME_LENGTH = 200;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;

    Uploads(StratumProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize().resolve("uploads");
    }

    /**
     * The files a form sent, without the empty part a browser sends when none was chosen.
     */
    static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
    }

    /**
     * The names the files will be stored under: each original name made safe, all different.
     *
     * @throws UploadRejected when a name is a path rather than a plain file name, or two names clash
     */
    static List<String> safeNames(List<MultipartFile> files) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MultipartFile file : files) {
            String name = safeName(file.getOriginalFilename());
            if (!seen.add(name.toLowerCase())) {
                throw new UploadRejected("Two files would both be stored as '" + name + "': upload them separately.");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * A plain file name as sent by a browser, with every character other than letters, digits, dot,
     * dash and underscore replaced by an underscore ("Export (2).ndjson" becomes "Export__2_.ndjson").
     *
     * @throws UploadRejected for anything that names a folder: separators, "." or "..", control characters
     */
    static String safeName(String original) {
        if (original == null || original.isBlank()) {
            throw new UploadRejected("A file without a name cannot be stored.");
        }
        if (original.contains("/") || original.contains("\\") || original.equals(".") || original.equals("..")
                || original.chars().anyMatch(Character::isISOControl)) {
            throw new UploadRejected("'" + printable(original) + "' is not a plain file name; choose files, not paths.");
        }
        if (original.length() > MAX_NAME_LENGTH) {
            throw new UploadRejected("A file name is at most " + MAX_NAME_LENGTH + " characters.");
        }
        String safe = original.strip().replaceAll("[^A-Za-z0-9._-]", "_");
        // A leading dot would hide the file on Unix systems.
        return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
    }

    /** Stores the files in a new upload folder; on any failure nothing of this upload is left behind. */
    Upload store(String source, List<MultipartFile> files, Instant now) {
        List<String> names = safeNames(files);
        Path folder = newFolder(STAMP.format(now) + "-" + source);
        try {
            List<Path> stored = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path target = folder.resolve(names.get(i)).normalize();
                if (!folder.equals(target.getParent())) {
                    throw new UploadRejected("'" + names.get(i) + "' is not a plain file name.");
                }
                files.get(i).transferTo(target);
                stored.add(target);
            }
            return new Upload(folder, List.copyOf(stored));
        } catch (IOException | RuntimeException e) {
            deleteFolder(folder);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot store the uploaded files in " + folder + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Removes an upload whose files no recorded import reads (a dry run, a refused import). */
    void discard(Upload upload) {
        deleteFolder(upload.folder());
    }

    private Path newFolder(String name) {
        try {
            Files.createDirectories(root);
            for (int n = 1; ; n++) {
                try {
                    return Files.createDirectory(root.resolve(n == 1 ? name : name + "-" + n));
                } catch (FileAlreadyExistsException taken) {
                    // Two uploads of one source in the same second: number the second.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create an upload folder in " + root + ": " + e.getMessage(), e);
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the upload folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The size of a stored file, or 0 when it cannot be read (it is then reported by the import). */
    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String printable(String name) {
        return name.chars().mapToObj(c -> Character.isISOControl(c) ? "?" : Character.toString(c))
                .reduce("", String::concat);
    }
}
