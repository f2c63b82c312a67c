package org.gvclab.core.notebook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text of a policy brief drafted from the computed results (the summary, the findings, the strategy conclusion or
 * the recommendation), in the notebook's language. While {@code edited} is false the cell follows the data: every
 * evaluation drafts it anew. Once the author edits it, {@code text} holds the edited text, which is kept however
 * the data change, and {@code draft} the drafted text it was edited from (so a reader can see what changed).
 *
 * @param id       the cell id
 * @param section  which part of the brief it drafts
 * @param language the notebook's language ({@code zh-CN} or {@code en}), the language of the draft and the text
 * @param draft    the drafted text the author started from, or null before any edit
 * @param text     the author's text (markdown), or null while not edited
 * @param edited   whether the author's text replaces the draft
 */
public record DraftedTextCell(String id, DraftSection section, String language, @Nullable String draft,
                              @Nullable String text, boolean edited) implements Cell {

    /** The kind: a feature registers it with its plug-in (its JSON name never changes). */
    public static final CellKind KIND = new CellKind("DRAFTED_TEXT", "drafted-text", DraftedTextCell.class);

    public DraftedTextCell {
        Cell.requireId(id);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(language, "language");
        if (edited && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("drafted text cell " + id + ": an edited cell needs its text");
        }
    }

    /** A cell that follows the data. */
    public static DraftedTextCell drafted(String id, DraftSection section, String language) {
        return new DraftedTextCell(id, section, language, null, null, false);
    }

    /** This cell with the author's {@code newText} replacing the draft {@code from}; blank text follows the data again. */
    public DraftedTextCell edit(@Nullable String from, @Nullable String newText) {
        if (newText == null || newText.isBlank()) {
            return drafted(id, section, language);
        }
        return new DraftedTextCell(id, section, language, from, newText, true);
    }

    /** Whether the text is Chinese. */
    public boolean chinese() {
        return language.startsWith("zh");
    }

    @Override
    public CellKind kind() {
        return KIND;
    }
}
