package org.gvclab.web.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellFailures;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.NotebookEvaluator;
import org.gvclab.core.notebook.NotebookJsonCodec;
import org.gvclab.web.base.Translations;
import org.gvclab.web.base.UserErrors;
import org.springframework.stereotype.Component;

/**
 * The cell kinds installed: every {@link CellPlugin} the features contribute, in menu order. Gives the codec that
 * reads and writes notebooks with all of them (stored notebooks of the shipped kinds open whether or not a plug-in
 * is installed), their evaluators, new cells and the plug-in of a cell.
 */
@Component
public class CellPlugins {

    private final List<CellPlugin<?>> plugins;
    private final NotebookJsonCodec codec;

    public CellPlugins(List<CellPlugin<?>> plugins) {
        this.plugins = plugins.stream().sorted(Comparator.comparingInt(CellPlugin::order)).toList();
        this.codec = NotebookJsonCodec.standard().withKinds(this.plugins.stream().map(CellPlugin::kind).toList());
    }

    /** The installed plug-ins, in the order of the "add cell" menu. */
    public List<CellPlugin<?>> all() {
        return plugins;
    }

    /** Reads and writes notebooks with every shipped and installed kind. */
    public NotebookJsonCodec codec() {
        return codec;
    }

    /** The plug-in of a kind, if installed. */
    public Optional<CellPlugin<?>> of(CellKind kind) {
        return plugins.stream().filter(p -> p.kind().equals(kind)).findFirst();
    }

    /** The plug-in of a cell's kind, typed for that cell, if installed. */
    @SuppressWarnings("unchecked")
    public <C extends Cell> Optional<CellPlugin<C>> of(C cell) {
        return of(cell.kind()).map(p -> (CellPlugin<C>) p);
    }

    /** A new cell of {@code kind}, with a fresh id and the feature's defaults. */
    public Cell newCell(CellPlugin<?> plugin) {
        return plugin.newCell(UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * A new evaluator of every installed kind, with its own result cache. An unexpected failure of a cell is logged
     * with an incident id, and the cell says so instead of showing the exception's text.
     */
    public NotebookEvaluator newEvaluator() {
        List<CellEvaluator<?>> evaluators = new ArrayList<>();
        plugins.forEach(p -> evaluators.add(p.evaluator()));
        return new NotebookEvaluator(codec, evaluators, 1000, failures());
    }

    private static CellFailures failures() {
        return (cell, e) -> {
            UserErrors.Explanation x = UserErrors.explain(e, "notebook cell " + cell.id() + " ("
                    + cell.kind().jsonName() + ")");
            return Translations.text(x.message().key(), x.message().argArray());
        };
    }
}
