package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
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
                yield readGoldenZip(path, ZipLimits.defaults(), options, path.getFileName().toString(), null);
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
     * Reads an uploaded zip in the golden layout from a stream: the stream is copied to a temporary file (compressed
     * as it comes), read as {@link #readGoldenZip(Path, ZipLimits, ReadOptions, String, DoubleConsumer)} does, and the
     * file deleted afterwards, whatever happens.
     */
    public static IoTable readGoldenZip(InputStream zip, ZipLimits limits, ReadOptions options, String uploadName) {
        Path file;
        try {
            file = Files.createTempFile("gvclab-upload", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for " + uploadName, e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                zip.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + uploadName, e);
            }
            return readGoldenZip(file, limits, options, uploadName, null);
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * Reads a zip file in the golden layout. Accepted entries: the layout's files at the top level, or all inside one
     * top-level folder. Rejected: any other file, deeper folders, absolute or {@code ..} paths (zip-slip), more
     * entries than allowed, or more bytes than allowed once uncompressed (the declared sizes first, then the bytes
     * counted while inflating, so a zip bomb stops early). Entries are read straight from the zip, never unpacked to
     * disk; the large one is inflated on a second thread while it is parsed.
     *
     * @param progress hears the share of the uncompressed bytes read so far (null: nobody)
     */
    public static IoTable readGoldenZip(Path zip, ZipLimits limits, ReadOptions options, String uploadName,
                                        @org.jspecify.annotations.Nullable DoubleConsumer progress) {
        return GoldenZip.read(zip, limits, options, uploadName, progress);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed by the system's temp cleaning
        }
    }
}
