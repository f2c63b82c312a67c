package org.gvclab.web.cluster;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.IndustryCode;
import org.gvclab.core.cluster.IndustryCodes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An industrial cluster of a jurisdiction.
 *
 * @param industryCode the key of a code of the shipped industry code list (e.g. {@code GBT_4754_2017:17})
 * @param currency     the unit money figures are entered in
 * @param dataNote     where the cluster's figures come from (or that they are synthetic)
 * @param version      optimistic-lock version
 */
public record Cluster(long id, long jurisdictionId, String nameZh, String nameEn, @Nullable String industryCode,
                      @Nullable String description, @Nullable String dataNote, CurrencyUnit currency,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    public LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }

    public String name(Locale locale) {
        return name().in(locale);
    }

    /** The industry of the shipped code list, if one is chosen and known. */
    public Optional<IndustryCode> industry() {
        return industryCode == null ? Optional.empty() : IndustryCodes.byKey(industryCode);
    }
}
