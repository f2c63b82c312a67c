package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The governance type of the cluster's lead-buyer link, or the explicit statement that the ratings form a
 * combination the theory does not generate (or that the questionnaire was not answered). Never a guess.
 *
 * @param type        the type, or {@code null}
 * @param generated   whether the ratings form one of the five combinations of GHS (2005) Table 1
 * @param explanation the ratings, the type and what it means for upgrading, in both languages
 */
public record GovernanceResult(@Nullable GovernanceType type, boolean generated, LocalizedText explanation) {
}
