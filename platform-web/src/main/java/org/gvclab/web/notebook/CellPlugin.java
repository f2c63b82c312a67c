package org.gvclab.web.notebook;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellKind;

/**
 * A kind of notebook cell as the feature that computes it contributes it, through this one interface: the record
 * that holds its settings (named by its {@link CellKind}), the cell a user adds, the evaluator that computes its
 * results, and the editor of its settings. A feature registers it as a Spring bean (in its {@code ui} package,
 * since the editor is a component); the notebook knows no feature, only the plug-ins it is given.
 *
 * <p>The label in the "add cell" menu and above each cell is the translation {@code notebook.kind.<name>}.
 *
 * @param <C> the cell record
 */
public interface CellPlugin<C extends Cell> {

    /** The kind: its record, its name in stored JSON, and its upper-case name (labels, screen attributes). */
    CellKind kind();

    /** Where the kind stands in the "add cell" menu (lower first). */
    int order();

    /** A new cell of this kind with the feature's default settings. */
    C newCell(String id);

    /** Computes the cell's results; runs off the user-interface thread. */
    CellEvaluator<C> evaluator();

    /**
     * The editor of a cell's settings, made on the user-interface thread; every change hands a new cell to
     * {@code onChange}.
     */
    Component editor(C cell, Consumer<C> onChange);
}
