package org.gvclab.core.brief;

import java.util.Objects;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.strategy.ComparisonResult;
import org.jspecify.annotations.Nullable;

/**
 * The computed results a brief is drafted from.
 *
 * @param diagnosis  the diagnosis of the brief's year
 * @param previous   the diagnosis of the year before, or null when there is none (the trend is then not stated)
 * @param comparison the strategy comparison, or null when none could be run (the strategy text then says so)
 */
public record BriefFacts(DiagnosisResult diagnosis, @Nullable DiagnosisResult previous,
                         @Nullable ComparisonResult comparison) {

    public BriefFacts {
        Objects.requireNonNull(diagnosis, "diagnosis");
    }
}
