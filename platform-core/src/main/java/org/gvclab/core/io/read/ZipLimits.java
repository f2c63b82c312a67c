package org.gvclab.core.io.read;

/**
 * Limits for an uploaded zip in the golden layout.
 *
 * @param maxEntryBytes largest uncompressed size of one entry
 * @param maxTotalBytes largest uncompressed size of all entries together
 * @param maxEntries    most entries (files and directories)
 */
public record ZipLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {

    public ZipLimits {
        if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }

    /** 512 MiB per entry, 1 GiB in total, 32 entries (*assumption*: a 4,000 × 4,000 Z.csv is about 300 MB). */
    public static ZipLimits defaults() {
        return new ZipLimits(512L << 20, 1L << 30, 32);
    }
}
