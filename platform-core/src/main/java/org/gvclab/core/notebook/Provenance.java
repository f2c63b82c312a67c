package org.gvclab.core.notebook;

import java.util.List;

/**
 * Where the numbers of a result come from: one entry per computed quantity. Author's text has none.
 *
 * @param entries the entries, in the order the result shows the quantities
 */
public record Provenance(List<ProvenanceEntry> entries) {

    private static final Provenance NONE = new Provenance(List.of());

    public Provenance {
        entries = List.copyOf(entries);
    }

    /** The provenance of a result that computes nothing (author's text). */
    public static Provenance none() {
        return NONE;
    }

    /** Whether there is nothing to show. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
