package org.gvclab.core.notebook;

import java.util.Objects;

/**
 * Author's text in CommonMark markdown. Raw HTML in it is shown as text, never run (see {@link MarkdownRenderer}).
 *
 * @param id     the cell id
 * @param source the markdown source
 */
public record MarkdownCell(String id, String source) implements Cell {

    public MarkdownCell {
        Cell.requireId(id);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public CellKind kind() {
        return CellKind.MARKDOWN;
    }
}
