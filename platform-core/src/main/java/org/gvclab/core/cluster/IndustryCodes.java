package org.gvclab.core.cluster;

import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.TsvResource;

/**
 * The shipped industry code list ({@code industry-codes.tsv}): ISIC Rev.4 divisions (UN 2008) and GB/T 4754-2017
 * major groups, with names in both languages (which of them are our translation is stated in the file header) and
 * the WIOD-56 sector where the correspondence is obvious.
 */
public final class IndustryCodes {

    private static final String RESOURCE = "industry-codes.tsv";
    private static final List<IndustryCode> ALL = load();

    private IndustryCodes() {
    }

    /** Every code of both schemes, in file order. */
    public static List<IndustryCode> all() {
        return ALL;
    }

    /** The codes of one scheme. */
    public static List<IndustryCode> of(IndustryCode.Scheme scheme) {
        return ALL.stream().filter(c -> c.scheme() == scheme).toList();
    }

    /** The code with this scheme and two-digit code. */
    public static Optional<IndustryCode> find(IndustryCode.Scheme scheme, String code) {
        return ALL.stream().filter(c -> c.scheme() == scheme && c.code().equals(code)).findFirst();
    }

    /** The code for a key as made by {@link IndustryCode#key()}, e.g. {@code ISIC_4:26}. */
    public static Optional<IndustryCode> byKey(String key) {
        return ALL.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private static List<IndustryCode> load() {
        return TsvResource.rows(IndustryCodes.class, RESOURCE, 6).stream()
                .map(p -> new IndustryCode(IndustryCode.Scheme.valueOf(p.get(0)), p.get(1), p.get(2),
                        new LocalizedText(p.get(3), p.get(4)), p.get(5)))
                .toList();
    }
}
