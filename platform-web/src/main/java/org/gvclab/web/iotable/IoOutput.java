package org.gvclab.web.iotable;

import org.gvclab.core.io.decompose.IndicatorTable;

/**
 * A computed output of a table and where it came from this time.
 *
 * @param table  the result
 * @param source computed now, read from the database, or found in memory
 * @param millis time to compute (COMPUTED) or to read and decode (STORED); 0 from memory
 */
public record IoOutput(IndicatorTable table, Source source, long millis) {

    /** Where a result came from. */
    public enum Source {
        /** Computed by this request (and stored for every later one). */
        COMPUTED,
        /** Read from the database cache (computed earlier, possibly by another node). */
        STORED,
        /** Found in this node's memory. */
        MEMORY
    }
}
