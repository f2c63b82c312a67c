package org.gvclab.core.notebook;

import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A notebook as the author wrote it: title, language, parameters and ordered cells. Stored as JSON through
 * {@link NotebookJsonCodec}; evaluated by {@link NotebookEvaluator}.
 *
 * @param title      the notebook's title
 * @param language   the BCP 47 tag of the language it is written in: {@code zh-CN} or {@code en}
 * @param parameters the cluster, years, scenario and IO table its cells read
 * @param cells      the cells, in order; their ids are unique
 */
public record NotebookDocument(String title, String language, NotebookParameters parameters, List<Cell> cells) {

    public NotebookDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(parameters, "parameters");
        cells = List.copyOf(cells);
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(language).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("notebook '" + title + "': language '" + language
                    + "' is not a language tag", e);
        }
        if (!Set.of("zh", "en").contains(locale.getLanguage())) {
            throw new IllegalArgumentException("notebook '" + title + "': language '" + language
                    + "' is neither Chinese (zh-CN) nor English (en)");
        }
        Set<String> ids = new HashSet<>();
        for (Cell cell : cells) {
            if (!ids.add(cell.id())) {
                throw new IllegalArgumentException("notebook '" + title + "': two cells have the id '" + cell.id() + "'");
            }
        }
    }

    /** The notebook's language as a locale. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The cell with the given id, if any. */
    public Optional<Cell> cell(String id) {
        return cells.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
