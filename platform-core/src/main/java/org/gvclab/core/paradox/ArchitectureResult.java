package org.gvclab.core.paradox;

import java.util.List;
import org.gvclab.core.base.LocalizedText;

/**
 * The production architecture with its evidence.
 *
 * @param type        spider, snake, mixed or undetermined
 * @param spiderShare the weighted share of the evidence pointing to a spider (0–1; 0.5 when there is none)
 * @param evidence    each piece of evidence
 * @param unanswered  the questions not answered and the IO numbers not given
 */
public record ArchitectureResult(Architecture type, double spiderShare, List<Evidence> evidence,
                                 List<LocalizedText> unanswered) {

    /**
     * One piece of evidence.
     *
     * @param pointsTo SPIDER, SNAKE, or MIXED when it is neutral
     * @param weight   its weight in the vote
     * @param text     what was observed, in both languages
     */
    public record Evidence(Architecture pointsTo, double weight, LocalizedText text) {
    }

    public ArchitectureResult {
        evidence = List.copyOf(evidence);
        unanswered = List.copyOf(unanswered);
    }
}
