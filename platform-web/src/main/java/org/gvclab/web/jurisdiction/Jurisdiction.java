package org.gvclab.web.jurisdiction;

import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A jurisdiction whose data GVC Lab keeps.
 *
 * @param code     the administrative division code (GB/T 2260 in China), unique
 * @param parentId the enclosing jurisdiction, if any
 */
public record Jurisdiction(long id, String code, String nameZh, String nameEn, AdminLevel level,
                           @Nullable Long parentId, int version) {

    public LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }

    public String name(Locale locale) {
        return name().in(locale);
    }
}
