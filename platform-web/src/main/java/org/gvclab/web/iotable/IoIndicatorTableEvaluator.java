package org.gvclab.web.iotable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.IoIndicatorTableCell;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NumberStyle;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.TableCell;
import org.gvclab.core.notebook.TableColumn;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.web.base.Translations;
import org.gvclab.web.notebook.NotebookInputs;
import org.springframework.stereotype.Component;

/**
 * GVC indicators of the IO table chosen in the parameter bar, filtered to the cell's regions and sectors. The values
 * are the engine's (the same numbers as the CSV download and the command line). A notebook table is for reading:
 * at most {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} value columns are shown, and the title says when more
 * exist (the full indicator is a CSV download on the table's page).
 */
@Component
public class IoIndicatorTableEvaluator implements CellEvaluator<IoIndicatorTableCell> {

    static final int MAX_ROWS = 300;
    static final int MAX_COLUMNS = 40;
    private final IoTableService tables;

    IoIndicatorTableEvaluator(IoTableService tables) {
        this.tables = tables;
    }

    @Override
    public Class<IoIndicatorTableCell> cellType() {
        return IoIndicatorTableCell.class;
    }

    /** A Monte Carlo run or an input-output computation: computed after the notebook's quick cells. */
    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of(NotebookParameter.IO_TABLE);
    }

    @Override
    public String dataVersion(IoIndicatorTableCell cell, NotebookParameters parameters) {
        return table(parameters).checksum();
    }

    private StoredIoTable table(NotebookParameters parameters) {
        return tables.get(NotebookInputs.of(parameters).requireIoTable());
    }

    @Override
    public List<CellResult> evaluate(IoIndicatorTableCell cell, NotebookParameters parameters) {
        StoredIoTable table = table(parameters);
        if (cell.indicatorIds().isEmpty()) {
            throw new CellEvaluationException(Translations.text("notebook.cell.ioNeedsIndicator"));
        }
        List<CellResult> results = new ArrayList<>();
        for (String name : cell.indicatorIds()) {
            IndicatorId indicator = IndicatorId.byFileName(name).orElseThrow(() -> new CellEvaluationException(
                    Translations.text("notebook.cell.ioUnknownIndicator", name,
                    IndicatorId.standardSet().get(0).fileName())));
            results.add(table(table, indicator, cell));
        }
        return results;
    }

    private TableResult table(StoredIoTable table, IndicatorId indicator, IoIndicatorTableCell cell) {
        IndicatorTable result;
        try {
            result = tables.result(table.id(), indicator).get().table();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellEvaluationException(Translations.text("notebook.cell.interrupted"), e);
        } catch (ExecutionException e) {
            // the notebook tells the reader what went wrong (their own problem, or an incident id)
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        ResultFacets facets = new ResultFacets(table.regions(), table.sectors(), result);
        List<IndicatorTable.Row> rows = result.rows().stream()
                .filter(r -> passes(facets, r, ResultFacets.Kind.REGION, cell.regionCodes())
                        && passes(facets, r, ResultFacets.Kind.SECTOR, cell.sectorCodes()))
                .toList();
        List<Integer> columns = new ArrayList<>();
        if (facets.columnsByRegion() && !cell.regionCodes().isEmpty()) {
            cell.regionCodes().forEach(region -> columns.addAll(facets.columnsOf(region)));
        } else {
            for (int c = 0; c < result.valueColumns().size(); c++) {
                columns.add(c);
            }
        }
        List<Integer> shownColumns = columns.subList(0, Math.min(MAX_COLUMNS, columns.size()));
        List<IndicatorTable.Row> shownRows = rows.subList(0, Math.min(MAX_ROWS, rows.size()));

        List<TableColumn> header = new ArrayList<>();
        result.keyColumns().forEach(k -> header.add(TableColumn.of(LocalizedText.of(k))));
        shownColumns.forEach(c -> header.add(TableColumn.of(LocalizedText.of(result.valueColumns().get(c)))));
        List<List<TableCell>> body = new ArrayList<>();
        for (IndicatorTable.Row r : shownRows) {
            List<TableCell> line = new ArrayList<>();
            r.keys().forEach(k -> line.add(TableCell.text(k)));
            for (int c : shownColumns) {
                double v = r.values()[c];
                line.add(Double.isFinite(v) ? TableCell.number(v, NumberStyle.decimals(4)) : TableCell.empty());
            }
            body.add(line);
        }
        String cut = shownRows.size() < rows.size() || shownColumns.size() < columns.size()
                ? " (" + shownRows.size() + "/" + rows.size() + " × " + shownColumns.size() + "/" + columns.size() + ")"
                : "";
        LocalizedText title = new LocalizedText(indicator.displayName().zh() + " — " + table.name() + cut,
                indicator.displayName().en() + " — " + table.name() + cut);
        Provenance provenance = new Provenance(List.of(new ProvenanceEntry(indicator.fileName(),
                indicator.displayName(), indicator.source(), List.of(),
                LocalizedText.of(table.name() + " (SHA-256 " + table.checksum().substring(0, 12) + "…, " + table.format()
                        + ")"), null)));
        return new TableResult(title, header, body, provenance);
    }

    private static boolean passes(ResultFacets facets, IndicatorTable.Row row, ResultFacets.Kind kind,
                                  List<String> codes) {
        if (codes.isEmpty()) {
            return true;
        }
        List<ResultFacets.Facet> ofKind = facets.facets().stream().filter(f -> f.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            return true;
        }
        for (ResultFacets.Facet f : ofKind) {
            for (String code : codes) {
                if (facets.matches(row, Map.of(f.id(), code))) {
                    return true;
                }
            }
        }
        return false;
    }
}
