package org.gvclab.core.io.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.gvclab.core.io.model.IoTable;
import org.jspecify.annotations.Nullable;

/**
 * A table in the golden layout packed in a zip file, read straight from the zip: no entry is unpacked to disk, and a
 * large entry is inflated on a thread of its own while the caller parses it ({@link ReadAhead}), so that inflating and
 * parsing take the time of the slower of the two rather than their sum. Accepted entries: the layout's files at the
 * top level, or all inside one top-level folder; anything else (another file, deeper folders, absolute or {@code ..}
 * paths, more entries than allowed) is refused before a byte is inflated, and the uncompressed sizes are counted
 * while inflating, so a zip bomb stops at the limit whatever its directory claims.
 */
final class GoldenZip implements TableSource {

    /** Entries above this size are inflated ahead on a thread of their own. */
    private static final long READ_AHEAD_ABOVE = 4L << 20;
    private static final int CHUNK = 1 << 20;
    private static final int CHUNKS_AHEAD = 4;

    private final ZipFile zip;
    private final String uploadName;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> entries;
    private final @Nullable String folder;
    private final @Nullable DoubleConsumer progress;
    /** Uncompressed bytes read of each entry (the most any one opening read), and their total. */
    private final Map<String, Long> inflated = new HashMap<>();
    private long inflatedTotal;
    private final long declaredTotal;
    private long reported;

    private GoldenZip(ZipFile zip, String uploadName, ZipLimits limits, Map<String, ZipEntry> entries,
                      @Nullable String folder, @Nullable DoubleConsumer progress) {
        this.zip = zip;
        this.uploadName = uploadName;
        this.limits = limits;
        this.entries = entries;
        this.folder = folder;
        this.progress = progress;
        this.declaredTotal = Math.max(1, entries.values().stream().mapToLong(e -> Math.max(0, e.getSize())).sum());
    }

    /**
     * Reads the table in {@code file}; {@code uploadName} names it in messages, {@code progress} hears the share of
     * the uncompressed bytes read so far (in steps of about 1 %).
     */
    static IoTable read(Path file, ZipLimits limits, ReadOptions options, String uploadName,
                        @Nullable DoubleConsumer progress) {
        try (ZipFile zf = new ZipFile(file.toFile())) {
            if (zf.size() > limits.maxEntries()) {
                throw new TableValidationException(uploadName, 0, null, "the zip has more than "
                        + limits.maxEntries() + " entries", TableValidationException.Reason.TOO_LARGE);
            }
            Map<String, ZipEntry> files = new LinkedHashMap<>();
            Optional<String> prefix = Optional.empty();
            long declared = 0;
            for (ZipEntry e : Collections.list(zf.entries())) {
                Checked c = check(e, uploadName, prefix.orElse(null));
                prefix = Optional.of(c.folder());
                if (c.file() == null) {
                    continue;
                }
                if (files.put(c.file(), e) != null) {
                    throw new TableValidationException(uploadName, 0, e.getName(), "the entry appears twice");
                }
                // the sizes the zip declares, checked first; the bytes actually inflated are counted as well
                declared += Math.max(0, e.getSize());
                checkSizes(uploadName, e.getName(), e.getSize(), declared, limits);
            }
            if (files.isEmpty()) {
                throw new TableValidationException(uploadName, 0, null, "not a zip, or a zip without table files",
                        TableValidationException.Reason.NOT_A_CONTAINER);
            }
            String folder = prefix.filter(p -> !p.isEmpty()).orElse(null);
            String name = folder == null ? uploadName.replaceFirst("(?i)\\.zip$", "") : folder;
            return GoldenLayoutReader.read(new GoldenZip(zf, uploadName, limits, files, folder, progress), name,
                    options);
        } catch (ZipException e) {
            throw new TableValidationException(uploadName, 0, null, "not a readable zip: " + e.getMessage(),
                    TableValidationException.Reason.NOT_A_CONTAINER);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + uploadName, e);
        }
    }

    private static void checkSizes(String uploadName, String entry, long entryBytes, long totalBytes,
                                   ZipLimits limits) {
        if (entryBytes > limits.maxEntryBytes()) {
            throw new TableValidationException(uploadName, 0, entry, "the entry is larger than "
                    + limits.maxEntryBytes() + " bytes uncompressed", TableValidationException.Reason.TOO_LARGE);
        }
        if (totalBytes > limits.maxTotalBytes()) {
            throw new TableValidationException(uploadName, 0, entry, "the zip is larger than "
                    + limits.maxTotalBytes() + " bytes uncompressed", TableValidationException.Reason.TOO_LARGE);
        }
    }

    /** An accepted entry: its folder ("" at the top level) and its file name (null for the folder itself). */
    record Checked(String folder, @Nullable String file) {
    }

    /**
     * The checks every entry of a golden-layout zip passes, in the order of the zip: a safe path, at most one
     * folder level, one folder for all, only the layout's file names. {@code prefix} is the folder of the entries
     * before (null for none yet).
     */
    static Checked check(ZipEntry e, String uploadName, @Nullable String prefix) {
        String entry = e.getName();
        if (entry.startsWith("/") || entry.startsWith("\\") || entry.contains("\\") || entry.contains("..")
                || entry.contains(":")) {
            throw new TableValidationException(uploadName, 0, entry,
                    "unsafe entry path (absolute, backslash or '..'): rejected");
        }
        String[] parts = entry.split("/");
        if (e.isDirectory()) {
            if (parts.length > 1) {
                throw new TableValidationException(uploadName, 0, entry,
                        "nested folders are not accepted; put the files at the top level or in one folder");
            }
            if (prefix != null && !prefix.equals(parts[0])) {
                throw new TableValidationException(uploadName, 0, entry, "a second top-level folder");
            }
            return new Checked(parts[0], null);
        }
        String folder;
        String file;
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
        if (!GoldenLayoutReader.FILES.contains(file)) {
            throw new TableValidationException(uploadName, 0, entry, "unexpected entry; the golden layout"
                    + " holds only " + new TreeSet<>(GoldenLayoutReader.FILES));
        }
        return new Checked(folder, file);
    }

    @Override
    public boolean exists(String name) {
        return entries.containsKey(name);
    }

    @Override
    public InputStream open(String name) {
        ZipEntry e = entries.get(name);
        if (e == null) {
            throw new TableValidationException(name, 0, null, "missing from " + describe());
        }
        InputStream in;
        try {
            in = new Counted(zip.getInputStream(e), name, e.getName());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + e.getName() + " in " + uploadName, ex);
        }
        return e.getSize() > READ_AHEAD_ABOVE ? new ReadAhead(in, CHUNK, CHUNKS_AHEAD, name) : in;
    }

    @Override
    public long size(String name) {
        ZipEntry e = entries.get(name);
        return e == null ? 0 : Math.max(0, e.getSize());
    }

    @Override
    public Optional<Path> path(String name) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "the zip " + uploadName + (folder == null ? "" : " (folder " + folder + ")");
    }

    /** Counts an entry's uncompressed bytes against the limits as they are inflated. */
    private synchronized void count(String name, String entry, long bytesOfThisOpening) {
        long before = inflated.getOrDefault(name, 0L);
        if (bytesOfThisOpening <= before) {
            return;
        }
        inflated.put(name, bytesOfThisOpening);
        inflatedTotal += bytesOfThisOpening - before;
        checkSizes(uploadName, entry, bytesOfThisOpening, inflatedTotal, limits);
        if (progress != null && (inflatedTotal - reported) * 100 >= declaredTotal) {
            reported = inflatedTotal;
            progress.accept(Math.min(1.0, (double) inflatedTotal / declaredTotal));
        }
    }

    /** An entry's inflating stream, counted. */
    private final class Counted extends FilterInputStream {
        private final String name;
        private final String entry;
        private long read;

        Counted(InputStream in, String name, String entry) {
            super(in);
            this.name = name;
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(name, entry, ++read);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
                count(name, entry, read);
            }
            return n;
        }
    }
}
