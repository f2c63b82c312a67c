package org.gvclab.web.cluster;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An industrial cluster of a jurisdiction.
 *
 * @param industryCode a code of the shipped industry code list, if chosen
 * @param dataNote     where the cluster's figures come from (or that they are synthetic)
 * @param version      optimistic-lock version
 */
public record Cluster(long id, long jurisdictionId, String nameZh, String nameEn, @Nullable String industryCode,
                      @Nullable String description, @Nullable String dataNote, OffsetDateTime createdAt,
                      OffsetDateTime updatedAt, int version) {

    public LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }

    public String name(Locale locale) {
        return name().in(locale);
    }
}
