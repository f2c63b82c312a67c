package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import org.gvclab.core.base.SpreadsheetCsv;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.web.iotable.IoOutput;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.ResultFacets;
import org.gvclab.web.iotable.StoredIoTable;
import org.jspecify.annotations.Nullable;

/**
 * The indicators of one table: pick one of the 21 standard outputs or the average propagation length; it is
 * computed in the background (once per table content) and shown in a grid whose columns are the output's own key
 * and value columns, with filters by region and sector, sortable columns, its provenance and a CSV download of
 * the whole output — the same bytes as the command line writes.
 */
class IndicatorPanel extends Composite<VerticalLayout> {

    /** Above this many region-sector columns, a wide matrix is shown one region's columns at a time. */
    static final int MAX_COLUMNS = 60;

    private final IoTableService service;
    private final StoredIoTable table;
    private final ComboBox<IndicatorId> picker = new ComboBox<>();
    private final Paragraph provenance = new Paragraph();
    private final HorizontalLayout computing = new HorizontalLayout();
    private final HorizontalLayout background = new HorizontalLayout();
    private final ProgressBar backgroundBar = new ProgressBar();
    private final Span backgroundText = new Span();
    private Runnable stopWatching = () -> {
    };
    private final Span info = new Span();
    private final FlexLayout filters = new FlexLayout();
    private final Span columnsNote = new Span();
    private final Span rowCount = new Span();
    private final Anchor download = new Anchor();
    private final Grid<IndicatorTable.Row> grid = new Grid<>();
    private final ValueFormat numbers;
    private final Map<String, String> chosen = new HashMap<>();
    private @Nullable ListDataProvider<IndicatorTable.Row> rows;
    private @Nullable ResultFacets facets;
    private int request;

    IndicatorPanel(IoTableService service, StoredIoTable table) {
        this.service = service;
        this.table = table;
        Locale locale = getLocale();
        this.numbers = new ValueFormat(locale, getTranslation("io.value.undefined"));
        VerticalLayout root = getContent();
        root.setPadding(false);

        picker.setId("io-indicator");
        picker.setLabel(getTranslation("io.indicator"));
        picker.setPlaceholder(getTranslation("io.indicator.choose"));
        picker.setItems(IoTableService.browsable());
        picker.setItemLabelGenerator(id -> id.displayName().in(locale) + " — " + id.fileName());
        picker.setWidth("min(40rem, 100%)");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
            }
        });

        provenance.setId("io-provenance");
        provenance.getStyle().set("color", "var(--lumo-secondary-text-color)");
        provenance.setVisible(false);
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("12rem");
        Span computingText = new Span();
        computingText.setId("io-computing-text");
        computing.add(bar, computingText);
        computing.setId("io-computing");
        computing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        computing.setVisible(false);
        info.setId("io-result-info");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setAlignItems(FlexComponent.Alignment.END);
        columnsNote.setId("io-columns-note");
        rowCount.setId("io-row-count");
        download.setId("io-download");
        download.setText(getTranslation("io.download"));
        download.setVisible(false);
        grid.setId("io-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setColumnReorderingAllowed(false);
        grid.setHeight("32rem");
        grid.setVisible(false);
        HorizontalLayout counts = new HorizontalLayout(rowCount, download);
        counts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // every output of a new table is computed in the background after its upload: progress per output
        background.setId("io-background");
        backgroundText.setId("io-background-text");
        backgroundBar.setWidth("12rem");
        background.add(backgroundBar, backgroundText);
        background.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        background.setVisible(false);
        root.add(background, picker, provenance, computing, info, filters, columnsNote, counts, grid);
        // opens with an indicator rather than an empty picker: the first one already computed, else the first the
        // background computes (a quick one)
        picker.setValue(service.defaultIndicator(table.id()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        stopWatching = service.watchComputations(table.id(), (id, index, total, finished) ->
                ui.access(() -> showBackground(id, index, total, finished)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching.run();
    }

    private void showBackground(IndicatorId id, int index, int total, boolean finished) {
        int done = index + (finished ? 1 : 0);
        backgroundBar.setValue((double) done / total);
        backgroundText.setText(done == total ? getTranslation("io.background.done", total)
                : getTranslation("io.background", done, total, id.displayName().in(getLocale())));
        background.setVisible(true);
    }

    private void load(IndicatorId id) {
        int mine = ++request;
        UI ui = UI.getCurrent();
        computing.setVisible(true);
        ((Span) computing.getComponentAt(1)).setText(getTranslation("io.computing", id.displayName().in(getLocale())));
        info.setText("");
        showProvenance(id);
        service.result(table.id(), id).whenComplete((output, error) -> ui.access(() -> {
            if (mine != request) {
                return; // the user picked another indicator meanwhile
            }
            computing.setVisible(false);
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                info.setText(getTranslation("io.error.failed", String.valueOf(cause.getMessage())));
                return;
            }
            show(id, output);
        }));
    }

    private void showProvenance(IndicatorId id) {
        provenance.setText(getTranslation("io.provenance", id.displayName().in(getLocale()), id.fileName(), id.source(),
                table.name(), table.checksum()));
        provenance.setVisible(true);
    }

    private void show(IndicatorId id, IoOutput output) {
        IndicatorTable result = output.table();
        info.setText(output.source() == IoOutput.Source.COMPUTED
                ? getTranslation("io.result.info", result.rows().size(), result.valueColumns().size(), output.millis())
                : getTranslation("io.result.cached", result.rows().size(), result.valueColumns().size()));
        ResultFacets f = new ResultFacets(table.regions(), table.sectors(), result);
        facets = f;
        chosen.clear();
        filters.removeAll();
        for (ResultFacets.Facet facet : f.facets()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("io-filter-" + facet.id().toLowerCase(Locale.ROOT));
            box.setLabel(facet.ofLabel() ? getTranslation("io.filter." + facet.id()) : facet.label(result.keyColumns()));
            box.setPlaceholder(getTranslation("io.filter.any"));
            box.setItems(facet.options());
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    chosen.remove(facet.id());
                } else {
                    chosen.put(facet.id(), e.getValue());
                }
                applyFilter();
            });
            filters.add(box);
        }
        boolean windowed = f.labelColumns() && result.valueColumns().size() > MAX_COLUMNS;
        if (windowed) {
            ComboBox<String> columnRegion = new ComboBox<>();
            columnRegion.setId("io-columns-region");
            columnRegion.setLabel(getTranslation("io.columns.region"));
            columnRegion.setItems(table.regions());
            columnRegion.setValue(table.regions().get(0));
            columnRegion.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    columns(result, f.columnsOf(e.getValue()));
                }
            });
            filters.add(columnRegion);
            columns(result, f.columnsOf(table.regions().get(0)));
        } else {
            columns(result, f.columnsOf(null));
        }
        rows = new ListDataProvider<>(result.rows());
        grid.setItems(rows);
        applyFilter();
        download.setHref(csv(id, result));
        download.setVisible(true);
        grid.setVisible(true);
    }

    private void columns(IndicatorTable result, List<Integer> shown) {
        grid.removeAllColumns();
        for (int k = 0; k < result.keyColumns().size(); k++) {
            int key = k;
            // sector names wrap (the grid's wrap variant) and show whole in a tooltip: never cut off
            grid.addColumn(r -> r.keys().get(key)).setHeader(ColumnLabels.header(this, result.keyColumns().get(k)))
                    .setComparator(Comparator.comparing((IndicatorTable.Row r) -> r.keys().get(key)))
                    .setTooltipGenerator(r -> r.keys().get(key))
                    .setWidth("12rem").setFlexGrow(0).setResizable(true).setFrozen(true).setKey("k" + k);
        }
        for (int c : shown) {
            grid.addColumn(r -> numbers.format(r.values()[c]))
                    .setHeader(ColumnLabels.header(this, result.valueColumns().get(c)))
                    .setComparator(Comparator.comparingDouble((IndicatorTable.Row r) -> r.values()[c]))
                    .setWidth("9rem").setFlexGrow(0).setResizable(true).setKey("v" + c)
                    .setTextAlign(ColumnTextAlign.END);
        }
        if (result.valueColumns().size() > shown.size()) {
            columnsNote.setText(getTranslation("io.columns.note", shown.size(), result.valueColumns().size()));
            columnsNote.setVisible(true);
        } else {
            columnsNote.setVisible(false);
        }
    }

    private void applyFilter() {
        ListDataProvider<IndicatorTable.Row> dp = rows;
        ResultFacets f = facets;
        if (dp == null || f == null) {
            return;
        }
        Map<String, String> now = Map.copyOf(chosen);
        dp.setFilter(row -> f.matches(row, now));
        long shown = dp.getItems().stream().filter(row -> f.matches(row, now)).count();
        rowCount.setText(getTranslation("io.rows", shown, dp.getItems().size()));
    }

    private DownloadHandler csv(IndicatorId id, IndicatorTable result) {
        String file = table.name().replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-" + id.fileName() + ".csv";
        return event -> {
            event.setFileName(file);
            event.setContentType("text/csv; charset=UTF-8");
            // the one spreadsheet CSV writer: labels that look like formulas are neutralised, numbers stay numbers
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(event.getOutputStream(),
                    StandardCharsets.UTF_8), 1 << 16);
            SpreadsheetCsv csv = new SpreadsheetCsv(w);
            result.keyColumns().forEach(csv::text);
            result.valueColumns().forEach(csv::text);
            csv.endRow();
            for (IndicatorTable.Row row : result.rows()) {
                row.keys().forEach(csv::text);
                for (double v : row.values()) {
                    csv.number(v);
                }
                csv.endRow();
            }
            csv.flush();
        };
    }
}
