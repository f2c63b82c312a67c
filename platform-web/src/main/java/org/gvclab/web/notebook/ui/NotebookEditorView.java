package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.CellKind;
import org.gvclab.core.notebook.ChartCell;
import org.gvclab.core.notebook.ChartChoice;
import org.gvclab.core.notebook.DiagnosisSummaryCell;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.IndicatorTableCell;
import org.gvclab.core.notebook.IoIndicatorTableCell;
import org.gvclab.core.notebook.MarkdownCell;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookEvaluator;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.core.notebook.StrategyComparisonCell;
import org.gvclab.core.notebook.WorkshopResultsCell;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.StoredYear;
import org.gvclab.web.notebook.NotebookRendering;
import org.gvclab.web.notebook.NotebookService;
import org.gvclab.web.notebook.NotebookVersion;
import org.gvclab.web.notebook.StoredNotebook;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;
import org.gvclab.web.strategy.SavedScenario;
import org.gvclab.web.strategy.StrategyService;
import org.gvclab.web.workshop.WorkshopService;
import org.gvclab.web.workshop.WorkshopStatus;
import org.gvclab.web.workshop.WorkshopSummary;
import org.jspecify.annotations.Nullable;

/**
 * The notebook editor: a parameter bar (cluster, years) on top, then the cells — text with a live, sanitised
 * preview, and computed tables, charts and diagnoses. A parameter change recomputes only the cells that depend on
 * it. The owner adds, moves and deletes cells, saves (every save is kept in the history), restores an earlier
 * version and shares the notebook read-only within its jurisdiction; anyone who may open it downloads the PDF
 * brief and the Excel workbook.
 */
@Route("notebooks/:notebookId([0-9]+)")
@PermitAll
public class NotebookEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotebookService notebooks;
    private final NotebookRendering rendering;
    private final ClusterService clusters;
    private final ClusterDataService data;
    private final StrategyService strategies;
    private final WorkshopService workshops;
    private final IoTableService ioTables;
    private final NotebookEvaluator evaluator;
    private final VerticalLayout cellList = new VerticalLayout();
    private final Map<String, Div> resultAreas = new HashMap<>();
    private final Span status = new Span();
    private @Nullable StoredNotebook stored;
    private @Nullable NotebookDocument document;
    private boolean editable;
    private int evaluations;

    public NotebookEditorView(NotebookService notebooks, NotebookRendering rendering, ClusterService clusters,
                              ClusterDataService data, StrategyService strategies, WorkshopService workshops,
                              IoTableService ioTables) {
        this.ioTables = ioTables;
        this.strategies = strategies;
        this.workshops = workshops;
        this.notebooks = notebooks;
        this.rendering = rendering;
        this.clusters = clusters;
        this.data = data;
        this.evaluator = rendering.newEvaluator();
        cellList.setPadding(false);
        cellList.setId("cells");
        status.setId("notebook-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("notebookId").orElseThrow());
        stored = notebooks.get(id);
        document = stored.document();
        editable = notebooks.canEdit(stored);
        build();
    }

    private void build() {
        StoredNotebook nb = Objects.requireNonNull(stored);
        NotebookDocument doc = Objects.requireNonNull(document);
        removeAll();
        TextField title = new TextField();
        title.setId("notebook-title");
        title.setValue(doc.title());
        title.setWidth("min(40rem, 100%)");
        title.setReadOnly(!editable);
        title.addValueChangeListener(e -> change(new NotebookDocument(e.getValue(), current().language(),
                current().parameters(), current().cells())));
        Select<String> language = new Select<>();
        language.setId("notebook-language");
        language.setItems("zh-CN", "en");
        language.setItemLabelGenerator(l -> getTranslation(l.startsWith("zh") ? "language.zh" : "language.en"));
        language.setValue(doc.language());
        language.setReadOnly(!editable);
        language.addValueChangeListener(e -> change(new NotebookDocument(current().title(), e.getValue(),
                current().parameters(), current().cells())));
        HorizontalLayout head = new HorizontalLayout(title, language);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(head, parameterBar(doc), actions(nb), cellList);
        rebuildCells();
    }

    private NotebookDocument current() {
        return Objects.requireNonNull(document);
    }

    private HorizontalLayout parameterBar(NotebookDocument doc) {
        Locale locale = getLocale();
        ComboBox<Cluster> cluster = new ComboBox<>(getTranslation("notebook.param.cluster"));
        cluster.setId("param-cluster");
        List<Cluster> options = clusters.visible().stream()
                .filter(c -> c.jurisdictionId() == Objects.requireNonNull(stored).jurisdictionId()).toList();
        cluster.setItems(options);
        cluster.setItemLabelGenerator(c -> c.name(locale));
        cluster.setWidth("24rem");
        cluster.setReadOnly(!editable);
        String chosen = doc.parameters().clusterId();
        options.stream().filter(c -> String.valueOf(c.id()).equals(chosen)).findFirst().ifPresent(cluster::setValue);
        MultiSelectComboBox<Integer> years = new MultiSelectComboBox<>(getTranslation("notebook.param.years"));
        years.setId("param-years");
        years.setHelperText(getTranslation("notebook.param.years.hint"));
        years.setReadOnly(!editable);
        Runnable loadYears = () -> {
            Cluster c = cluster.getValue();
            years.setItems(c == null ? List.of() : data.years(c.id()).stream().map(StoredYear::year).toList());
        };
        loadYears.run();
        years.setValue(new LinkedHashSet<>(doc.parameters().years()));
        cluster.addValueChangeListener(e -> {
            loadYears.run();
            years.clear();
            NotebookParameters p = current().parameters();
            // a saved scenario belongs to one cluster: a new cluster starts from the default scenario
            change(withParameters(new NotebookParameters(e.getValue() == null ? null : String.valueOf(e.getValue().id()),
                    List.of(), null, p.ioTableId())));
        });
        years.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                NotebookParameters p = current().parameters();
                change(withParameters(new NotebookParameters(p.clusterId(), List.copyOf(e.getValue()),
                        p.scenarioId(), p.ioTableId())));
            }
        });
        Select<SavedScenario> scenario = new Select<>();
        scenario.setId("param-scenario");
        scenario.setLabel(getTranslation("notebook.param.scenario"));
        scenario.setEmptySelectionAllowed(true);
        scenario.setEmptySelectionCaption(getTranslation("notebook.param.scenario.default"));
        scenario.setItemLabelGenerator(s -> s == null ? getTranslation("notebook.param.scenario.default")
                : s.scenario().name() + " (" + s.createdAt().toLocalDate() + ")");
        scenario.setReadOnly(!editable);
        Runnable loadScenarios = () -> {
            Cluster c = cluster.getValue();
            List<SavedScenario> saved = c == null ? List.of() : strategies.scenarios(c.id());
            scenario.setItems(saved);
            String id = current().parameters().scenarioId();
            scenario.setValue(saved.stream().filter(s -> String.valueOf(s.id()).equals(id)).findFirst().orElse(null));
        };
        loadScenarios.run();
        cluster.addValueChangeListener(e -> loadScenarios.run());
        scenario.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                NotebookParameters p = current().parameters();
                change(withParameters(new NotebookParameters(p.clusterId(), p.years(),
                        e.getValue() == null ? null : String.valueOf(e.getValue().id()), p.ioTableId())));
            }
        });
        Select<StoredIoTable> ioTable = new Select<>();
        ioTable.setId("param-io-table");
        ioTable.setLabel(getTranslation("notebook.param.ioTable"));
        ioTable.setEmptySelectionAllowed(true);
        ioTable.setEmptySelectionCaption(getTranslation("notebook.param.ioTable.none"));
        List<StoredIoTable> tables = ioTables.list();
        ioTable.setItems(tables);
        ioTable.setItemLabelGenerator(t -> t == null ? getTranslation("notebook.param.ioTable.none") : t.name());
        ioTable.setReadOnly(!editable);
        tables.stream().filter(t -> String.valueOf(t.id()).equals(doc.parameters().ioTableId())).findFirst()
                .ifPresent(ioTable::setValue);
        ioTable.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                NotebookParameters p = current().parameters();
                change(withParameters(new NotebookParameters(p.clusterId(), p.years(), p.scenarioId(),
                        e.getValue() == null ? null : String.valueOf(e.getValue().id()))));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(cluster, years, scenario, ioTable);
        bar.setId("parameter-bar");
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private NotebookDocument withParameters(NotebookParameters parameters) {
        NotebookDocument d = current();
        return new NotebookDocument(d.title(), d.language(), parameters, d.cells());
    }

    private HorizontalLayout actions(StoredNotebook nb) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("save-notebook");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Select<CellKind> add = new Select<>();
            add.setId("add-cell");
            add.setPlaceholder(getTranslation("notebook.addCell"));
            add.setAriaLabel(getTranslation("notebook.addCell"));
            add.setItems(CellKind.values());
            add.setItemLabelGenerator(k -> k == null ? "" : getTranslation("notebook.kind." + k.name()));
            add.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    addCell(e.getValue());
                    add.clear();
                }
            });
            Checkbox shared = new Checkbox(getTranslation("notebook.shared"), nb.shared());
            shared.setId("notebook-shared");
            shared.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    stored = notebooks.setShared(Objects.requireNonNull(stored), e.getValue());
                }
            });
            actions.add(save, add, shared);
        } else {
            actions.add(new Span(getTranslation("notebook.readOnly", nb.owner())));
        }
        Button history = new Button(getTranslation("notebook.history"), e -> openHistory());
        history.setId("notebook-history");
        Anchor pdf = new Anchor(download("pdf"), getTranslation("notebook.downloadPdf"));
        pdf.setId("download-pdf");
        Anchor xlsx = new Anchor(download("xlsx"), getTranslation("notebook.downloadXlsx"));
        xlsx.setId("download-xlsx");
        actions.add(history, pdf, xlsx, status);
        return actions;
    }

    private DownloadHandler download(String kind) {
        return event -> {
            StoredNotebook nb = Objects.requireNonNull(stored);
            StoredNotebook asShown = new StoredNotebook(nb.id(), nb.jurisdictionId(), current(), nb.shared(),
                    nb.owner(), nb.version(), nb.createdAt(), nb.updatedAt());
            EvaluatedNotebook evaluated = evaluator.evaluate(current());
            event.setFileName(NotebookRendering.fileName(asShown, kind));
            if (kind.equals("pdf")) {
                event.setContentType("application/pdf");
                rendering.pdf(asShown, evaluated, event.getOutputStream());
            } else {
                event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                rendering.workbook(asShown, evaluated, event.getOutputStream());
            }
        };
    }

    private void addCell(CellKind kind) {
        String id = NotebookTemplates.id();
        Cell cell = kind.equals(CellKind.MARKDOWN) ? new MarkdownCell(id, "")
                : kind.equals(CellKind.INDICATOR_TABLE) ? new IndicatorTableCell(id, List.of())
                : kind.equals(CellKind.CHART) ? new ChartCell(id, ChartChoice.FACTOR_RADAR, List.of())
                : kind.equals(CellKind.DIAGNOSIS_SUMMARY) ? new DiagnosisSummaryCell(id, true)
                : kind.equals(CellKind.STRATEGY_COMPARISON) ? new StrategyComparisonCell(id, List.of("S0", "S1", "S2", "S3", "S4"), 10)
                : kind.equals(CellKind.IO_INDICATOR_TABLE) ? new IoIndicatorTableCell(id, List.of(), List.of(), List.of())
                : new WorkshopResultsCell(id, "");
        List<Cell> cells = new ArrayList<>(current().cells());
        cells.add(cell);
        setCells(cells);
        rebuildCells();
    }

    private void setCells(List<Cell> cells) {
        NotebookDocument d = current();
        document = new NotebookDocument(d.title(), d.language(), d.parameters(), cells);
        status.setText(getTranslation("notebook.unsaved"));
    }

    /** A change of the document: re-evaluates (only the cells whose inputs changed are recomputed). */
    private void change(NotebookDocument next) {
        document = next;
        status.setText(getTranslation("notebook.unsaved"));
        evaluate();
    }

    private void rebuildCells() {
        cellList.removeAll();
        resultAreas.clear();
        List<Cell> cells = current().cells();
        List<WorkshopSummary> closed = editable && cells.stream().anyMatch(WorkshopResultsCell.class::isInstance)
                ? closedWorkshops() : List.of();
        for (int i = 0; i < cells.size(); i++) {
            cellList.add(cellPanel(cells.get(i), i, cells.size(), closed));
        }
        evaluate();
    }

    private Component cellPanel(Cell cell, int index, int count, List<WorkshopSummary> closed) {
        Div panel = new Div();
        panel.addClassName("notebook-cell");
        panel.getElement().setAttribute("data-kind", cell.kind().name());
        panel.getElement().setAttribute("data-cell-id", cell.id());
        panel.setWidthFull();
        panel.getStyle().set("border-left", "3px solid var(--lumo-contrast-10pct)").set("padding-left",
                "var(--lumo-space-m)").set("box-sizing", "border-box");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Span kind = new Span(getTranslation("notebook.kind." + cell.kind().name()));
        kind.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        bar.add(kind);
        if (editable) {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(cell, -1));
            up.setEnabled(index > 0);
            up.addClassName("cell-up");
            up.setAriaLabel(getTranslation("notebook.moveUp"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(cell, 1));
            down.setEnabled(index < count - 1);
            down.addClassName("cell-down");
            down.setAriaLabel(getTranslation("notebook.moveDown"));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
                List<Cell> cells = new ArrayList<>(current().cells());
                cells.removeIf(c -> c.id().equals(cell.id()));
                setCells(cells);
                rebuildCells();
            });
            delete.addClassName("cell-delete");
            delete.setAriaLabel(getTranslation("notebook.deleteCell"));
            for (Button b : List.of(up, down, delete)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            bar.add(up, down, delete);
        }
        panel.add(bar);
        if (editable) {
            panel.add(CellEditor.of(cell, this, closed, updated -> {
                List<Cell> cells = new ArrayList<>(current().cells());
                cells.replaceAll(c -> c.id().equals(updated.id()) ? updated : c);
                change(new NotebookDocument(current().title(), current().language(), current().parameters(), cells));
            }));
        }
        Div results = new Div();
        results.setWidthFull();
        results.addClassName("cell-result-area");
        resultAreas.put(cell.id(), results);
        panel.add(results);
        return panel;
    }

    private List<WorkshopSummary> closedWorkshops() {
        return workshops.visible().stream().filter(w -> w.status() == WorkshopStatus.CLOSED).toList();
    }

    private void move(Cell cell, int delta) {
        List<Cell> cells = new ArrayList<>(current().cells());
        int i = cells.indexOf(cell);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= cells.size()) {
            return;
        }
        cells.set(i, cells.get(j));
        cells.set(j, cell);
        setCells(cells);
        rebuildCells();
    }

    private void evaluate() {
        EvaluatedNotebook evaluated = evaluator.evaluate(current());
        evaluations++;
        Locale locale = getLocale();
        for (Cell cell : current().cells()) {
            Div area = resultAreas.get(cell.id());
            if (area == null) {
                continue;
            }
            boolean recomputed = evaluated.recomputed().contains(cell.id());
            if (recomputed || area.getChildren().findAny().isEmpty()) {
                area.removeAll();
                area.add(new ResultView(evaluated.resultsOf(cell.id()), locale));
                area.getElement().setAttribute("data-evaluation", String.valueOf(evaluations));
            }
        }
        cellList.getElement().setAttribute("data-evaluations", String.valueOf(evaluations));
    }

    private void save() {
        stored = notebooks.save(Objects.requireNonNull(stored), current());
        document = stored.document();
        status.setText(getTranslation("notebook.savedVersion", stored.version()));
        Notification.show(getTranslation("data.saved"), 2000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void openHistory() {
        StoredNotebook nb = Objects.requireNonNull(stored);
        Dialog dialog = new Dialog(getTranslation("notebook.history"));
        dialog.setWidth("min(40rem, 95vw)");
        Grid<NotebookVersion> grid = new Grid<>();
        grid.setId("notebook-versions");
        grid.addColumn(NotebookVersion::versionNo).setHeader(getTranslation("notebook.version")).setAutoWidth(true);
        grid.addColumn(NotebookVersion::savedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(v -> v.savedAt().toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .setHeader(getTranslation("history.at")).setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(v -> {
                Button restore = new Button(getTranslation("notebook.restore"), e -> {
                    stored = notebooks.restore(Objects.requireNonNull(stored), v);
                    document = stored.document();
                    dialog.close();
                    build();
                    Notification.show(getTranslation("notebook.restored", v.versionNo()), 3000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
                restore.addClassName("restore-version");
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return restore;
            });
        }
        grid.setItems(notebooks.versions(nb));
        grid.setAllRowsVisible(true);
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "" : document.title() + " · ") + getTranslation("app.name");
    }
}
