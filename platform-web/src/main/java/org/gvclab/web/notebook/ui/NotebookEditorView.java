package org.gvclab.web.notebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.gvclab.core.notebook.Cell;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.web.base.job.Job;
import org.gvclab.web.base.ui.JobUi;
import org.gvclab.web.notebook.CellPlugin;
import org.gvclab.web.notebook.CellPlugins;
import org.gvclab.web.notebook.LiveNotebook;
import org.gvclab.web.notebook.NotebookInputs;
import org.gvclab.web.notebook.NotebookRendering;
import org.gvclab.web.notebook.NotebookService;
import org.gvclab.web.notebook.ParameterOptions;
import org.gvclab.web.notebook.StoredNotebook;
import org.jspecify.annotations.Nullable;

/**
 * The notebook editor: a {@link ParameterBar} on top, then one {@link CellPanel} per cell — text with a live,
 * sanitised preview, computed tables, charts and diagnoses. Cells are evaluated in the background and each shows its
 * results as they arrive; a change recomputes only the cells that depend on it. Cell kinds come from the installed
 * {@link CellPlugin}s. The owner adds, moves and deletes cells, saves (every save is kept in the history), restores
 * an earlier version and shares the notebook read-only within its jurisdiction; anyone who may open it downloads the
 * PDF brief and the Excel workbook.
 */
@Route("notebooks/:notebookId([0-9]+)")
@PermitAll
public class NotebookEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotebookService notebooks;
    private final NotebookRendering rendering;
    private final CellPlugins plugins;
    private final ParameterOptions options;
    private final LiveNotebook live;
    private final VerticalLayout cellList = new VerticalLayout();
    private final Map<String, CellPanel> panels = new HashMap<>();
    private final Span status = new Span();
    private @Nullable StoredNotebook stored;
    /** Whether the PDF brief carries its appendix (off: the brief is forwarded as it is). */
    private volatile boolean withAppendix;
    private @Nullable NotebookDocument document;
    private @Nullable Job<EvaluatedNotebook> running;
    private boolean editable;
    private int evaluations;

    public NotebookEditorView(NotebookService notebooks, NotebookRendering rendering, CellPlugins plugins,
                              ParameterOptions options) {
        this.notebooks = notebooks;
        this.rendering = rendering;
        this.plugins = plugins;
        this.options = options;
        this.live = rendering.open();
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
        NotebookDocument doc = current();
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
        ParameterBar bar = new ParameterBar(NotebookInputs.lenient(doc.parameters()), editable, getLocale(),
                (parameter, inputs) -> options.choices(parameter, inputs, nb.jurisdictionId()),
                inputs -> change(new NotebookDocument(current().title(), current().language(), inputs.parameters(),
                        current().cells())));
        add(head, bar, actions(nb), cellList);
        rebuildCells();
    }

    private NotebookDocument current() {
        return Objects.requireNonNull(document);
    }

    private HorizontalLayout actions(StoredNotebook nb) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("save-notebook");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Select<CellPlugin<?>> add = new Select<>();
            add.setId("add-cell");
            add.setPlaceholder(getTranslation("notebook.addCell"));
            add.setAriaLabel(getTranslation("notebook.addCell"));
            add.setItems(plugins.all());
            add.setItemLabelGenerator(p -> p == null ? "" : getTranslation("notebook.kind." + p.kind().name()));
            add.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    List<Cell> cells = new ArrayList<>(current().cells());
                    cells.add(plugins.newCell(e.getValue()));
                    setCells(cells);
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
        Checkbox appendix = new Checkbox(getTranslation("notebook.pdfAppendix"), withAppendix);
        appendix.setId("download-pdf-appendix");
        appendix.addValueChangeListener(e -> withAppendix = e.getValue());
        Anchor xlsx = new Anchor(download("xlsx"), getTranslation("notebook.downloadXlsx"));
        xlsx.setId("download-xlsx");
        actions.add(history, pdf, appendix, xlsx, status);
        return actions;
    }

    /** The brief or workbook of the notebook as shown (unsaved changes included). */
    private DownloadHandler download(String kind) {
        return event -> {
            StoredNotebook nb = Objects.requireNonNull(stored);
            StoredNotebook asShown = new StoredNotebook(nb.id(), nb.jurisdictionId(), current(), nb.shared(),
                    nb.owner(), nb.version(), nb.createdAt(), nb.updatedAt());
            EvaluatedNotebook evaluated = live.evaluateNow(current());
            event.setFileName(NotebookRendering.fileName(asShown, kind));
            if (kind.equals("pdf")) {
                event.setContentType("application/pdf");
                rendering.pdf(asShown, evaluated, withAppendix, event.getOutputStream());
            } else {
                event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                rendering.workbook(asShown, evaluated, event.getOutputStream());
            }
        };
    }

    /** A new list of cells (added, moved or deleted): the panels are made again, then the cells evaluated. */
    private void setCells(List<Cell> cells) {
        NotebookDocument d = current();
        document = new NotebookDocument(d.title(), d.language(), d.parameters(), cells);
        status.setText(getTranslation("notebook.unsaved"));
        rebuildCells();
    }

    /** A change of the document: re-evaluates (only the cells whose inputs changed are recomputed). */
    private void change(NotebookDocument next) {
        document = next;
        status.setText(getTranslation("notebook.unsaved"));
        evaluate();
    }

    private void rebuildCells() {
        cellList.removeAll();
        panels.clear();
        List<Cell> cells = current().cells();
        CellPanel.Actions actions = !editable ? null : new CellPanel.Actions() {
            @Override
            public void move(Cell cell, int delta) {
                List<Cell> next = new ArrayList<>(current().cells());
                int i = next.indexOf(cell);
                int j = i + delta;
                if (i >= 0 && j >= 0 && j < next.size()) {
                    next.set(i, next.get(j));
                    next.set(j, cell);
                    setCells(next);
                }
            }

            @Override
            public void delete(Cell cell) {
                List<Cell> next = new ArrayList<>(current().cells());
                next.removeIf(c -> c.id().equals(cell.id()));
                setCells(next);
            }
        };
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            CellPanel panel = new CellPanel(cell, editable ? editor(cell) : null, actions, i, cells.size());
            panels.put(cell.id(), panel);
            cellList.add(panel);
        }
        evaluate();
    }

    /** The plug-in's editor of a cell; each change replaces the cell in the document. */
    private @Nullable Component editor(Cell cell) {
        Consumer<Cell> onChange = updated -> {
            List<Cell> cells = new ArrayList<>(current().cells());
            cells.replaceAll(c -> c.id().equals(updated.id()) ? updated : c);
            change(new NotebookDocument(current().title(), current().language(), current().parameters(), cells));
        };
        return plugins.of(cell).map(p -> p.editor(cell, onChange::accept)).orElse(null);
    }

    /**
     * Evaluates the notebook in the background; each cell shows its results as they arrive. A newer evaluation
     * cancels an older one still running, whose late results are ignored.
     */
    private void evaluate() {
        if (running != null) {
            running.cancel();
        }
        int evaluation = ++evaluations;
        Consumer<Runnable> inUi = JobUi.inUi(this, Runnable::run);
        Job<EvaluatedNotebook> job = live.evaluate(current(), (cell, results, recomputed) -> inUi.accept(() -> {
            CellPanel panel = panels.get(cell.id());
            if (evaluation == evaluations && panel != null) {
                panel.show(results, getLocale(), evaluation);
            }
        }));
        running = job;
        JobUi.follow(this, job, done -> {
            if (evaluation == evaluations) {
                cellList.getElement().setAttribute("data-evaluations", String.valueOf(evaluation));
            }
        }, failure -> JobUi.notify(this, failure));
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
        new HistoryDialog(notebooks.versions(nb), !editable ? null : v -> {
            stored = notebooks.restore(Objects.requireNonNull(stored), v);
            document = stored.document();
            build();
            Notification.show(getTranslation("notebook.restored", v.versionNo()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open();
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "" : document.title() + " · ") + getTranslation("app.name");
    }
}
