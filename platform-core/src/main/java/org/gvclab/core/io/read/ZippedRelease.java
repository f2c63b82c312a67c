package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.gvclab.core.base.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A release file as the OECD and WIOD publish it: packed in a zip (an ICIO year's CSV, a WIOD year's .xlsb or
 * .xlsx). Such a zip is recognised by its table files not being the golden layout's (Z.csv, Y.csv …); the one table
 * file it holds, or the one the user chose among several, is unpacked into a private temporary folder under its own
 * file name, so that {@link LayoutDetection} and the readers see it as if it had been uploaded unpacked. Files that
 * are not tables (read-me texts, PDFs, macOS's {@code __MACOSX} folder) are ignored. The unpacked size is counted
 * while inflating against {@link ZipLimits#maxEntryBytes()}, so a zip bomb stops early; the folder is deleted by
 * {@link #close()}.
 */
public final class ZippedRelease implements AutoCloseable {

    private static final List<String> TABLE_EXTENSIONS = List.of(".csv", ".xlsx", ".xlsb", ".xls");

    private final Path dir;
    private final Path file;
    private final String entry;

    private ZippedRelease(Path dir, Path file, String entry) {
        this.dir = dir;
        this.file = file;
        this.entry = entry;
    }

    /** Whether {@code name} (the name a user gave a file) is a zip by its extension. */
    public static boolean isZipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Unpacks the release table in {@code zip}, or returns empty when the zip is the golden layout, or not a
     * readable zip at all (the golden-layout reader then says what it found).
     *
     * @param zipName the name the user gave the zip (used in messages)
     * @param entry   the table file to take when the zip holds several (its name, or its path inside the zip);
     *                null when the zip should hold one
     * @throws TableValidationException when the zip holds no table file, several without a choice, the chosen one is
     *                                  not among them, or the table is larger than the limits once unpacked
     */
    public static Optional<ZippedRelease> unpack(Path zip, String zipName, @Nullable String entry, ZipLimits limits) {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<ZipEntry> tables = new ArrayList<>();
            boolean golden = false;
            for (ZipEntry e : Collections.list(zf.entries())) {
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("__MACOSX/") || baseName(name).startsWith(".")) {
                    continue;
                }
                if (GoldenLayoutReader.FILES.contains(baseName(name))) {
                    golden = true;
                } else if (isTableName(name)) {
                    tables.add(e);
                }
            }
            if (golden) {
                return Optional.empty();
            }
            ZipEntry chosen = choose(tables, zipName, entry);
            return Optional.of(inflate(zf, chosen, zipName, limits));
        } catch (ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + zipName, e);
        }
    }

    /** The names of the table files a release zip holds, in the zip's order (empty for the golden layout). */
    public static List<String> tableEntries(Path zip) {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e : Collections.list(zf.entries())) {
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("__MACOSX/") || baseName(name).startsWith(".")) {
                    continue;
                }
                if (GoldenLayoutReader.FILES.contains(baseName(name))) {
                    return List.of();
                }
                if (isTableName(name)) {
                    names.add(name);
                }
            }
            return names;
        } catch (ZipException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + zip, e);
        }
    }

    /** The unpacked table file, named as inside the zip. */
    public Path file() {
        return file;
    }

    /** The table file's path inside the zip. */
    public String entry() {
        return entry;
    }

    /** Deletes the unpacked file and its folder. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary file left behind is removed by the system's temp cleaning
        }
    }

    private static ZipEntry choose(List<ZipEntry> tables, String zipName, @Nullable String entry) {
        if (tables.isEmpty()) {
            throw new TableValidationException(zipName, 0, null, Msg.of("io.read.zip.noTable"),
                    TableValidationException.Reason.NOT_A_CONTAINER);
        }
        String names = String.join(", ", tables.stream().map(ZipEntry::getName).toList());
        if (entry == null) {
            if (tables.size() > 1) {
                throw new TableValidationException(zipName, 0, null, Msg.of("io.read.zip.several",
                        tables.size(), names));
            }
            return tables.get(0);
        }
        for (ZipEntry e : tables) {
            if (e.getName().equals(entry) || baseName(e.getName()).equals(entry)) {
                return e;
            }
        }
        throw new TableValidationException(zipName, 0, entry, Msg.of("io.read.zip.noSuchEntry", names));
    }

    private static ZippedRelease inflate(ZipFile zf, ZipEntry e, String zipName, ZipLimits limits)
            throws IOException {
        Path dir = Files.createTempDirectory("gvclab-release");
        // only the entry's own file name, reduced to safe characters, is used: nothing can leave dir (zip-slip)
        Path file = dir.resolve(safeName(baseName(e.getName())));
        boolean done = false;
        try (InputStream in = zf.getInputStream(e); OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            long size = 0;
            int r;
            while ((r = in.read(chunk)) > 0) {
                size += r;
                if (size > limits.maxEntryBytes()) {
                    throw new TableValidationException(zipName, 0, e.getName(), Msg.of("io.read.zip.tooLarge",
                            limits.maxEntryBytes() >> 20), TableValidationException.Reason.TOO_LARGE);
                }
                out.write(chunk, 0, r);
            }
            done = true;
        } catch (ZipException ex) {
            throw new TableValidationException(zipName, 0, e.getName(), Msg.of("io.read.zip.broken", String.valueOf(ex.getMessage())),
                    TableValidationException.Reason.NOT_A_CONTAINER);
        } finally {
            if (!done) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return new ZippedRelease(dir, file, e.getName());
    }

    private static boolean isTableName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TABLE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._+-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "table" + safe : safe;
    }
}
