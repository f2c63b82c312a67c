package org.gvclab.web.indicator;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Polarity;
import org.jspecify.annotations.Nullable;

/** What a consultant or administrator enters to define an indicator. */
public record UserIndicatorDraft(@Nullable Long jurisdictionId, String code, LocalizedText name, String formula,
                                 LocalizedText unit, Polarity polarity, Group group) {

    /** Codes: lower-case letters, digits and underscores, starting with a letter (the core's rule for ids). */
    public static final String CODE_PATTERN = "[a-z][a-z0-9_]{1,39}";
    /** Longest formula the database accepts; the form uses the same limit. */
    public static final int FORMULA_MAX = 2000;
}
