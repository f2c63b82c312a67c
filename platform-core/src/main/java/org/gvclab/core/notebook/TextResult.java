package org.gvclab.core.notebook;

import java.util.Objects;

/**
 * Author's text: the markdown source and its rendering as sanitised HTML (safe to insert into a page or a PDF).
 * Build it with {@link MarkdownRenderer#render}, which guarantees {@code safeHtml}.
 *
 * @param markdown   the source
 * @param safeHtml   the HTML, with raw HTML escaped and unsafe URLs removed
 * @param provenance where any numbers in the text come from (usually none)
 */
public record TextResult(String markdown, String safeHtml, Provenance provenance) implements CellResult {

    public TextResult {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(safeHtml, "safeHtml");
        Objects.requireNonNull(provenance, "provenance");
    }
}
