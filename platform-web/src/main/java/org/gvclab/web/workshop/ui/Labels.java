package org.gvclab.web.workshop.ui;

import java.util.Locale;
import org.gvclab.core.workshop.Activity;
import org.gvclab.core.workshop.ActivityKind;

/** Names of activities as screens show them. */
final class Labels {

    private Labels() {
    }

    /** "2. AHP pairwise comparison: Strategy outcome criteria". */
    static String activity(Activity a, Locale locale) {
        String kind = a.kind().label().in(locale);
        String set = a.kind() == ActivityKind.AHP && a.criteriaSet() != null
                ? ("zh".equals(locale.getLanguage()) ? "：" : ": ") + a.criteriaSet().label().in(locale) : "";
        return a.position() + ". " + kind + set;
    }
}
