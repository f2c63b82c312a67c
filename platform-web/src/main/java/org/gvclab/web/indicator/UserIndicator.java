package org.gvclab.web.indicator;

import java.time.OffsetDateTime;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.core.indicator.UserFormula;
import org.jspecify.annotations.Nullable;

/**
 * A stored user-defined indicator.
 *
 * @param jurisdictionId the jurisdiction it belongs to, or null when an administrator shared it with everyone
 */
public record UserIndicator(long id, @Nullable Long jurisdictionId, String code, LocalizedText name, String formula,
                            LocalizedText unit, Polarity polarity, Group group, String createdBy,
                            OffsetDateTime createdAt) {

    /** The indicator as the core evaluates it; the formula was validated when it was saved. */
    public Indicator toIndicator() {
        return UserFormula.parse(formula).toIndicator(code, name, unit, polarity, java.util.List.of(group));
    }
}
