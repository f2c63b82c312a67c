package org.gvclab.core.cluster;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An industrial cluster's profile as the core sees it: where it is, what it is called, what it makes, the currency
 * unit its money fields use and, where linked, the region-sector of an input-output table. (The web module's stored
 * {@code Cluster} is another concept: a record with ids, versions and a jurisdiction.)
 *
 * @param jurisdiction the jurisdiction code it belongs to (the web layer's tenant scope)
 * @param name         its name in Chinese and English
 * @param industry     its industry code from {@link IndustryCodes}
 * @param currency     the unit its money fields are entered in
 * @param ioSector     the linked IO table region-sector label, e.g. {@code CHN_c4}, or {@code null}
 */
public record ClusterProfile(String jurisdiction, LocalizedText name, IndustryCode industry, CurrencyUnit currency,
                      @Nullable String ioSector) {

    public ClusterProfile {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(currency, "currency");
    }
}
