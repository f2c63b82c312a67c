package org.gvclab.core.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;

/**
 * The currency unit a jurisdiction enters money in (docs/model.md, "Data": "money in the currency and unit the
 * jurisdiction chooses"). All money fields of one cluster share it.
 *
 * @param code  a short stable code, e.g. {@code CNY_10K}
 * @param label the unit as shown, e.g. 万元 / 10k CNY
 */
public record CurrencyUnit(String code, LocalizedText label) {

    /** Ten thousand yuan (万元), the unit of most Chinese industrial statistics; the default. */
    public static final CurrencyUnit CNY_10K = new CurrencyUnit("CNY_10K", new LocalizedText("万元", "10k CNY"));

    /** A hundred million yuan (亿元). */
    public static final CurrencyUnit CNY_100M = new CurrencyUnit("CNY_100M", new LocalizedText("亿元", "100m CNY"));

    public CurrencyUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /** The units a user can choose. */
    public static List<CurrencyUnit> standard() {
        return List.of(CNY_10K, CNY_100M);
    }

    /** The standard unit with this code. */
    public static Optional<CurrencyUnit> of(String code) {
        return standard().stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
