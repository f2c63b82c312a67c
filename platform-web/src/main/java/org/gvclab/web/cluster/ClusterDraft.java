package org.gvclab.web.cluster;

import org.gvclab.core.cluster.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/** What a user enters to create or change a cluster. */
public record ClusterDraft(long jurisdictionId, String nameZh, String nameEn, @Nullable String industryCode,
                           @Nullable String description, @Nullable String dataNote, CurrencyUnit currency) {

    /** Longest name the database accepts; forms use the same limit. */
    public static final int NAME_MAX = 200;
    /** Longest description the database accepts; forms use the same limit. */
    public static final int DESCRIPTION_MAX = 2000;
    /** Longest data note the database accepts; forms use the same limit. */
    public static final int DATA_NOTE_MAX = 500;
}
