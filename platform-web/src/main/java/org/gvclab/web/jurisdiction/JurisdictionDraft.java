package org.gvclab.web.jurisdiction;

import org.jspecify.annotations.Nullable;

/** What an administrator enters to create or change a jurisdiction. */
public record JurisdictionDraft(String code, String nameZh, String nameEn, AdminLevel level,
                                @Nullable Long parentId) {

    /** Longest code the database accepts; the form uses the same limit. */
    public static final int CODE_MAX = 20;
    /** Longest name the database accepts; the form uses the same limit. */
    public static final int NAME_MAX = 200;
}
