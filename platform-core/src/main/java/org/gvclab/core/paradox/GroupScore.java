package org.gvclab.core.paradox;

import java.util.List;
import java.util.OptionalDouble;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.jspecify.annotations.Nullable;

/**
 * The risk score (0–100, higher = more risk of low-end lock-in) of a factor or path: the equally weighted mean of
 * its scored indicators' risks, with the indicators that could not be scored and why.
 *
 * @param group    the factor or path
 * @param risk     the score, or {@code null} when no indicator could be scored
 * @param scored   the indicators scored
 * @param missing  why the other indicators of the group were left out
 */
public record GroupScore(Group group, @Nullable Double risk, List<IndicatorScore> scored, List<LocalizedText> missing) {

    public GroupScore {
        scored = List.copyOf(scored);
        missing = List.copyOf(missing);
    }

    /** The score, empty when nothing could be scored. */
    public OptionalDouble optional() {
        return risk == null ? OptionalDouble.empty() : OptionalDouble.of(risk);
    }
}
