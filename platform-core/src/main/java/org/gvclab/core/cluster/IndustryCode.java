package org.gvclab.core.cluster;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * One entry of the shipped industry code list ({@link IndustryCodes}): an ISIC Rev.4 division or a GB/T 4754-2017
 * major group.
 *
 * @param scheme  which classification
 * @param code    the two-digit code, e.g. {@code 17}
 * @param section the section letter in that scheme (ISIC and GB/T letters differ)
 * @param name    the bilingual name
 * @param wiod56  the WIOD 2016-release sector where the correspondence is obvious (e.g. {@code C13-C15}), else empty
 */
public record IndustryCode(Scheme scheme, String code, String section, LocalizedText name, String wiod56) {

    /** The classification an industry code belongs to. */
    public enum Scheme {
        /** ISIC Rev.4 (UN 2008), divisions 01–99. */
        ISIC_4,
        /** China's GB/T 4754-2017 Industrial classification for national economic activities, major groups 01–97. */
        GBT_4754_2017
    }

    public IndustryCode {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wiod56, "wiod56");
    }

    /** A stable key such as {@code GBT_4754_2017:17}, for storage. */
    public String key() {
        return scheme + ":" + code;
    }
}
