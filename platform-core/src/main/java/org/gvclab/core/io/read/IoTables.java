package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.gvclab.core.io.model.IoTable;

/**
 * Reads input-output tables: the golden CSV layout (directory or uploaded zip), OECD ICIO CSV of the 2016, 2018,
 * 2021 and 2023 releases, and WIOD 2013 and 2016 (CSV or .xlsx); docs/io-formats.md lists what each reader
 * accepts. Every reader checks labels, numbers, non-negative output and balance, and throws
 * {@link TableValidationException} naming file, line and label; nothing is kept from a rejected table.
 */
public final class IoTables {

    private IoTables() {
    }

    /**
     * Reads a table in the given format, or in the one {@link LayoutDetection} recognises when {@code format} is
     * null; a file that matches no known layout is refused with the layouts tried and the first difference.
     */
    public static IoTable read(Path path, @org.jspecify.annotations.Nullable TableFormat format, ReadOptions options) {
        return read(path, format, options, null);
    }

    /**
     * {@link #read(Path, TableFormat, ReadOptions)}, where a zip may also be a release file as published (an ICIO
     * CSV or a WIOD workbook packed in a zip, see {@link ZippedRelease}); {@code entry} chooses the table file
     * when such a zip holds several (null when it holds one).
     */
    public static IoTable read(Path path, @org.jspecify.annotations.Nullable TableFormat format, ReadOptions options,
                               @org.jspecify.annotations.Nullable String entry) {
        Path fileName = path.getFileName();
        if (format != TableFormat.GOLDEN && fileName != null && ZippedRelease.isZipName(fileName.toString())
                && Files.isRegularFile(path)) {
            var release = ZippedRelease.unpack(path, fileName.toString(), entry, ZipLimits.defaults());
            if (release.isPresent()) {
                try (ZippedRelease r = release.get()) {
                    return read(r.file(), format, options, null);
                }
            }
        }
        TableFormat f = format == null ? TableFormat.detect(path) : format;
        return switch (f) {
            case GOLDEN -> {
                if (Files.isDirectory(path)) {
                    yield readGolden(path, options);
                }
                try (InputStream in = Files.newInputStream(path)) {
                    yield readGoldenZip(in, ZipLimits.defaults(), options, path.getFileName().toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path, e);
                }
            }
            case ICIO -> IcioReader.read(path, options);
            case WIOD -> WiodReader.read(path, options);
        };
    }

    /** Reads an OECD ICIO CSV (any release) from a stream (an upload); {@code name} names it in messages. */
    public static IoTable readIcio(InputStream csv, String name, ReadOptions options) {
        return IcioReader.read(csv, name, options);
    }

    /** Reads a directory in the golden CSV layout (golden README §1). */
    public static IoTable readGolden(Path dir, ReadOptions options) {
        if (!Files.isDirectory(dir)) {
            throw new TableValidationException(dir.toString(), 0, null, "is not a directory");
        }
        Path name = dir.getFileName();
        return GoldenLayoutReader.read(TableSource.directory(dir), name == null ? "table" : name.toString(), options);
    }

    /**
     * Reads an uploaded zip in the golden layout. Accepted entries: the layout's files at the top level, or all
     * inside one top-level folder. Rejected: any other file, deeper folders, absolute or {@code ..} paths
     * (zip-slip), more entries than allowed, or more bytes than allowed once uncompressed (checked while
     * inflating, so a zip bomb stops early). Entries are inflated to a private temporary folder (never held in
     * memory: a zip of two 500 MiB entries must not fill the heap) and parsed from there by the same streaming
     * readers as a folder; the folder is deleted afterwards, whatever happens.
     */
    public static IoTable readGoldenZip(InputStream zip, ZipLimits limits, ReadOptions options, String uploadName) {
        Path dir;
        try {
            dir = Files.createTempDirectory("gvclab-zip");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for " + uploadName, e);
        }
        try {
            String prefix = inflate(zip, limits, uploadName, dir);
            String name = prefix == null || prefix.isEmpty() ? uploadName.replaceFirst("\\.zip$", "") : prefix;
            return GoldenLayoutReader.read(TableSource.directory(dir), name, options);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Inflates the accepted entries into {@code dir} (flat); returns the common top-level folder, if any. */
    private static String inflate(InputStream zip, ZipLimits limits, String uploadName, Path dir) {
        Set<String> files = new HashSet<>();
        String prefix = null;
        long total = 0;
        int entries = 0;
        byte[] chunk = new byte[1 << 16];
        try (ZipInputStream zin = new ZipInputStream(zip)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                entries++;
                String entry = e.getName();
                if (entries > limits.maxEntries()) {
                    throw new TableValidationException(uploadName, 0, entry,
                            "the zip has more than " + limits.maxEntries() + " entries", TableValidationException.Reason.TOO_LARGE);
                }
                if (entry.startsWith("/") || entry.startsWith("\\") || entry.contains("\\") || entry.contains("..")
                        || entry.contains(":")) {
                    throw new TableValidationException(uploadName, 0, entry,
                            "unsafe entry path (absolute, backslash or '..'): rejected");
                }
                String[] parts = entry.split("/");
                String file;
                String folder;
                if (e.isDirectory()) {
                    if (parts.length > 1) {
                        throw new TableValidationException(uploadName, 0, entry,
                                "nested folders are not accepted; put the files at the top level or in one folder");
                    }
                    folder = parts[0];
                    if (prefix != null && !prefix.equals(folder)) {
                        throw new TableValidationException(uploadName, 0, entry, "a second top-level folder");
                    }
                    prefix = folder;
                    continue;
                }
                if (parts.length == 1) {
                    folder = "";
                    file = parts[0];
                } else if (parts.length == 2) {
                    folder = parts[0];
                    file = parts[1];
                } else {
                    throw new TableValidationException(uploadName, 0, entry,
                            "nested folders are not accepted; put the files at the top level or in one folder");
                }
                if (prefix != null && !prefix.equals(folder)) {
                    throw new TableValidationException(uploadName, 0, entry,
                            "files must all be at the top level or all in one folder");
                }
                prefix = folder;
                if (!GoldenLayoutReader.FILES.contains(file)) {
                    throw new TableValidationException(uploadName, 0, entry, "unexpected entry; the golden layout"
                            + " holds only " + new java.util.TreeSet<>(GoldenLayoutReader.FILES));
                }
                if (!files.add(file)) {
                    throw new TableValidationException(uploadName, 0, entry, "the entry appears twice");
                }
                // the name is one of the layout's fixed file names, so it cannot leave dir
                try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                    long size = 0;
                    int r;
                    while ((r = zin.read(chunk)) > 0) {
                        size += r;
                        total += r;
                        if (size > limits.maxEntryBytes()) {
                            throw new TableValidationException(uploadName, 0, entry, "the entry is larger than "
                                    + limits.maxEntryBytes() + " bytes uncompressed", TableValidationException.Reason.TOO_LARGE);
                        }
                        if (total > limits.maxTotalBytes()) {
                            throw new TableValidationException(uploadName, 0, entry, "the zip is larger than "
                                    + limits.maxTotalBytes() + " bytes uncompressed", TableValidationException.Reason.TOO_LARGE);
                        }
                        out.write(chunk, 0, r);
                    }
                }
            }
        } catch (ZipException ex) {
            throw new TableValidationException(uploadName, 0, null, "not a readable zip: " + ex.getMessage(), TableValidationException.Reason.NOT_A_CONTAINER);
        } catch (IOException ex) {
            throw new UncheckedIOException("reading " + uploadName, ex);
        }
        if (files.isEmpty()) {
            throw new TableValidationException(uploadName, 0, null, "not a zip, or a zip without table files",
                    TableValidationException.Reason.NOT_A_CONTAINER);
        }
        return prefix;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is removed by the system's temp cleaning
        }
    }
}
