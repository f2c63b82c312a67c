package org.gvclab.web.iotable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the IO tables feature ({@code gvclab.io.*}). Defaults are *assumptions* sized for the 4 GiB heap of
 * one node: the full indicator set of a 2,500-row table peaks near 1 GB (docs/PERFORMANCE.md), so computations
 * run one at a time unless raised.
 *
 * @param computeThreads  threads that parse uploads and compute indicators (1–2)
 * @param queueLimit      uploads and computations that may wait for a thread; beyond it users are asked to retry
 * @param cachedModels    models (a table with its factorised {@code I − A} and whatever it computed) kept in memory
 * @param resultCache     memory for computed indicator tables kept in memory (least recently used first out)
 * @param maxUpload       the largest upload accepted (also the servlet's multipart limit)
 * @param balanceTolerance largest relative balance gap accepted on upload (see the core's {@code BalanceReport})
 * @param computeAllOnUpload whether every browsable output of a new table is computed in the background after its
 *                        upload (one output at a time, with progress on the table page), so that all are ready
 * @param maxZipEntry     the largest file inside an uploaded zip, once unpacked (checked while unpacking)
 * @param maxZipTotal     the most a zip may unpack to in all
 * @param storeInBackground whether an upload's page opens before its encoded data is written (the data follows on a
 *                        lane of its own once the first output is computed). On by default: until the data is
 *                        written only this node lists and opens the table (from the model in its memory); a table
 *                        left without its data by a stopped application is never listed and is removed at the next
 *                        start (docs/io-formats.md, "Uploads and what the database holds"). Off: summary and data are
 *                        written in one transaction before the page opens
 */
@ConfigurationProperties("gvclab.io")
record IoProperties(
        @DefaultValue("1") int computeThreads,
        @DefaultValue("8") int queueLimit,
        @DefaultValue("1") int cachedModels,
        @DefaultValue("256MB") DataSize resultCache,
        @DefaultValue("1GB") DataSize maxUpload,
        @DefaultValue("1e-6") double balanceTolerance,
        @DefaultValue("true") boolean computeAllOnUpload,
        @DefaultValue("512MB") DataSize maxZipEntry,
        @DefaultValue("1GB") DataSize maxZipTotal,
        @DefaultValue("true") boolean storeInBackground) {

    public IoProperties {
        if (computeThreads < 1 || computeThreads > 4) {
            throw new IllegalArgumentException("gvclab.io.compute-threads must be between 1 and 4, got "
                    + computeThreads);
        }
        if (queueLimit < 1 || cachedModels < 1) {
            throw new IllegalArgumentException("gvclab.io.queue-limit and gvclab.io.cached-models must be positive");
        }
    }
}
