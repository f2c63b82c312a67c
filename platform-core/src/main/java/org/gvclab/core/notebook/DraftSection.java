package org.gvclab.core.notebook;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * Which part of a policy brief a {@link DraftedTextCell} drafts from the computed results: the summary, the three
 * key findings, the conclusion of the strategy comparison, or the recommendation.
 */
public enum DraftSection {
    /** Two or three sentences: lock-in index and trend, path, what the strategy comparison says. */
    SUMMARY,
    /** Three key findings of the diagnosis: index and trend, the strongest drivers, shape and governance. */
    FINDINGS,
    /** What the NPV ranking, the multi-criteria ranking and its stability and sensitivity say. */
    STRATEGIES,
    /** The path and strategy to pursue, and what to measure. */
    RECOMMENDATION;

    /** The section's heading in both languages. */
    public LocalizedText label() {
        return Msg.of("notebook.draft." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
