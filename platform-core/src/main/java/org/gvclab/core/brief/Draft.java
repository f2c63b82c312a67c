package org.gvclab.core.brief;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.DraftSection;
import org.gvclab.core.notebook.Provenance;

/**
 * One drafted section of a brief: its paragraphs (or numbered items, for the findings) in both languages and the
 * provenance of every number they state.
 *
 * @param section    which part of the brief
 * @param paragraphs the paragraphs, in order
 * @param numbered   whether the paragraphs are a numbered list (the key findings)
 * @param provenance the numbers stated, with the result each comes from
 */
public record Draft(DraftSection section, List<LocalizedText> paragraphs, boolean numbered, Provenance provenance) {

    public Draft {
        Objects.requireNonNull(section, "section");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The draft as markdown in {@code locale}: paragraphs apart, or a numbered list. */
    public String markdown(Locale locale) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (LocalizedText p : paragraphs) {
            if (!out.isEmpty()) {
                out.append(numbered ? "\n" : "\n\n");
            }
            if (numbered) {
                out.append(++n).append(". ");
            }
            out.append(escape(p.in(locale)));
        }
        return out.append('\n').toString();
    }

    /** Markdown's active characters in data-made text (a driver's reason may hold "*" or "_") are shown as they are. */
    private static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
