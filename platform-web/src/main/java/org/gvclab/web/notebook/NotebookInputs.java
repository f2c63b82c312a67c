package org.gvclab.web.notebook;

import java.util.List;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.web.base.Translations;
import org.jspecify.annotations.Nullable;

/**
 * A notebook's parameters with typed ids: read once from the stored {@link NotebookParameters} (whose ids are
 * opaque text, so that documents of any origin open), written back the same way. Cell evaluators and the editor use
 * these instead of parsing ids themselves; an id that is not a number is reported once, naming the parameter.
 *
 * @param clusterId  the cluster, or null
 * @param years      the chosen years, ascending (empty: all)
 * @param scenarioId the saved strategy scenario, or null (the default scenario)
 * @param ioTableId  the input-output table, or null
 */
public record NotebookInputs(@Nullable Long clusterId, List<Integer> years, @Nullable Long scenarioId,
                             @Nullable Long ioTableId) {

    public NotebookInputs {
        years = new NotebookParameters(null, years, null, null).years();
    }

    /** Nothing chosen. */
    public static NotebookInputs none() {
        return new NotebookInputs(null, List.of(), null, null);
    }

    /**
     * The typed parameters of a stored document.
     *
     * @throws CellEvaluationException naming the parameter whose id is not a number
     */
    public static NotebookInputs of(NotebookParameters p) {
        return new NotebookInputs(id("cluster", p.clusterId()), p.years(), id("scenario", p.scenarioId()),
                id("ioTable", p.ioTableId()));
    }

    /** The typed parameters of a stored document, an id that is not a number read as not chosen (the editor's bar). */
    public static NotebookInputs lenient(NotebookParameters p) {
        try {
            return of(p);
        } catch (CellEvaluationException e) {
            return new NotebookInputs(null, p.years(), null, null);
        }
    }

    /** The parameters as the document stores them. */
    public NotebookParameters parameters() {
        return new NotebookParameters(text(clusterId), years, text(scenarioId), text(ioTableId));
    }

    public NotebookInputs withCluster(@Nullable Long id) {
        return new NotebookInputs(id, years, scenarioId, ioTableId);
    }

    public NotebookInputs withYears(List<Integer> chosen) {
        return new NotebookInputs(clusterId, chosen, scenarioId, ioTableId);
    }

    public NotebookInputs withScenario(@Nullable Long id) {
        return new NotebookInputs(clusterId, years, id, ioTableId);
    }

    public NotebookInputs withIoTable(@Nullable Long id) {
        return new NotebookInputs(clusterId, years, scenarioId, id);
    }

    /** The chosen cluster, for cells that need one. */
    public long requireCluster() {
        if (clusterId == null) {
            throw new CellEvaluationException(Translations.text("notebook.cell.chooseCluster"));
        }
        return clusterId;
    }

    /** The chosen IO table, for cells that need one. */
    public long requireIoTable() {
        if (ioTableId == null) {
            throw new CellEvaluationException(Translations.text("notebook.cell.chooseIoTable"));
        }
        return ioTableId;
    }

    /** The records of the chosen years (all years when none is chosen), oldest first; never empty. */
    public List<YearlyRecord> chosen(List<YearlyRecord> all) {
        List<YearlyRecord> chosen = years.isEmpty() ? all : all.stream().filter(r -> years.contains(r.year())).toList();
        if (chosen.isEmpty()) {
            throw new CellEvaluationException(Translations.text("notebook.cell.noDataForYears"));
        }
        return chosen;
    }

    /** The records up to and including the last chosen year, for a diagnosis "as of" that year. */
    public List<YearlyRecord> upToLastChosen(List<YearlyRecord> all) {
        List<YearlyRecord> chosen = chosen(all);
        int last = chosen.get(chosen.size() - 1).year();
        return all.stream().filter(r -> r.year() <= last).toList();
    }

    /** The record of the year before {@code record}'s, if stored (growth rates read it). */
    public static @Nullable YearlyRecord previous(List<YearlyRecord> all, YearlyRecord record) {
        return all.stream().filter(r -> r.year() == record.year() - 1).findFirst().orElse(null);
    }

    private static @Nullable Long id(String parameter, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new CellEvaluationException(Translations.text("notebook.cell.badParameter",
                    Translations.text("notebook.param." + parameter), text));
        }
    }

    private static @Nullable String text(@Nullable Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
