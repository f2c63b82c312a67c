package org.gvclab.web.iotable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.gvclab.web.base.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where uploaded IO files wait while they are read: {@code <data-dir>/uploads/io/<random>/<file name>}, one
 * directory per upload so that the readers' messages name the user's file. Deleted as soon as the import ends;
 * leftovers of a crash older than a day are removed at start-up.
 */
@Component
class IoUploads {

    private static final Logger log = LoggerFactory.getLogger(IoUploads.class);
    private static final Duration KEEP_ORPHANS = Duration.ofDays(1);
    private final Path root;

    IoUploads(AppProperties app) {
        this.root = app.dataDir().toAbsolutePath().normalize().resolve("uploads").resolve("io");
        removeOrphans();
    }

    /** A new, empty file for an upload called {@code uploadName}. */
    Path newFile(String uploadName) {
        try {
            Path dir = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
            return dir.resolve(safeName(uploadName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an upload directory under " + root, e);
        }
    }

    /** Deletes an upload and its directory (only files this class created). */
    void discard(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (dir == null || !root.equals(dir.getParent())) {
            return;
        }
        deleteTree(dir);
    }

    /** The name without path parts or characters that file systems or messages could misread. */
    static String safeName(String uploadName) {
        String base = uploadName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            cleaned = "upload";
        }
        return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
    }

    private void removeOrphans() {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant cutoff = Instant.now().minus(KEEP_ORPHANS);
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> {
                try {
                    return Files.getLastModifiedTime(d).toInstant().isBefore(cutoff);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(IoUploads::deleteTree);
        } catch (IOException e) {
            log.warn("Could not clean old uploads under {}: {}", root, e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
