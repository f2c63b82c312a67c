package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.gvclab.core.io.read.Detection;
import org.gvclab.core.io.read.TableFormat;
import org.gvclab.core.io.read.TableRelease;
import org.gvclab.core.io.read.TableValidationException;
import org.gvclab.web.iotable.ImportOutcome;
import org.gvclab.web.iotable.ImportPhase;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.StoredIoTable;
import org.jspecify.annotations.Nullable;

/**
 * The stored IO tables, and for administrators and consultants an upload: the file goes to a temporary file, is
 * read, checked and factorised in the background with a progress bar, and either opens the new (or identical,
 * already stored) table or shows the reader's message with file, line and label — with nothing stored.
 */
@Route("io-tables")
@Menu(title = "nav.ioTables", order = 40, icon = "vaadin:table")
@PermitAll
public class IoTablesView extends VerticalLayout implements HasDynamicTitle {

    private final IoTableService service;
    private final Select<Optional<TableFormat>> format = new Select<>();
    private final Div progressPanel = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Span recognised = new Span();
    private final ImportErrorPanel errorPanel = new ImportErrorPanel();
    private final Div choicePanel = new Div();
    private @Nullable Upload upload;
    private @Nullable UI ui;
    private @Nullable Path pending;

    public IoTablesView(IoTableService service) {
        this.service = service;
        setWidthFull();
        add(new H2(getTranslation("io.title")), new Paragraph(getTranslation("io.intro")));
        if (service.canManage()) {
            add(uploadSection());
            service.prepareForUpload();
        }
        add(tables());
    }

    private VerticalLayout uploadSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(getTranslation("io.upload.title")),
                new Paragraph(getTranslation("io.upload.hint", String.valueOf(service.maxUploadBytes() >> 20))));
        format.setId("io-format");
        format.setLabel(getTranslation("io.upload.format"));
        format.setItems(Optional.empty(), Optional.of(TableFormat.GOLDEN), Optional.of(TableFormat.ICIO),
                Optional.of(TableFormat.WIOD));
        format.setItemLabelGenerator(f -> getTranslation(f.map(x -> "io.format." + x.name()).orElse("io.format.auto")));
        format.setValue(Optional.empty());
        format.setWidth("min(24rem, 100%)"); // the longest choice ("Detect from the file") fits, on a phone too

        Upload u = new Upload(UploadHandler.toFile((meta, file) -> uploaded(meta.fileName(), file.toPath()),
                meta -> service.newUploadFile(meta.fileName()).toFile()));
        org.gvclab.web.base.ui.UploadTexts.apply(u);
        u.setId("io-upload");
        u.setMaxFiles(1);
        u.setAcceptedFileTypes(".zip", ".csv", ".xlsx", ".xlsb");
        u.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxUploadBytes()));
        u.setDropLabel(new Span(getTranslation("io.upload.drop")));
        u.addFileRejectedListener(e -> Notification.show(getTranslation("io.upload.rejected", e.getFileName(),
                e.getErrorMessage()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));

        upload = u;
        progressPanel.setId("io-progress-panel");
        progress.setId("io-progress");
        status.setId("io-status");
        recognised.setId("io-detected");
        recognised.getStyle().set("display", "block");
        progressPanel.add(recognised, status, progress);
        progressPanel.setWidth("min(40rem, 100%)");
        progressPanel.setVisible(false);
        choicePanel.setId("io-format-choice");
        choicePanel.setVisible(false);
        section.add(format, u, progressPanel, choicePanel, errorPanel);
        return section;
    }

    private Grid<StoredIoTable> tables() {
        Locale locale = getLocale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        Grid<StoredIoTable> grid = new Grid<>();
        grid.setId("io-tables-grid");
        grid.addColumn(StoredIoTable::name).setHeader(getTranslation("io.table.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(t -> getTranslation("io.format." + t.format().name())).setHeader(getTranslation("io.table.format"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.G() + " × " + t.N()).setHeader(getTranslation("io.table.size")).setAutoWidth(true);
        grid.addColumn(StoredIoTable::uploadedBy).setHeader(getTranslation("io.table.uploadedBy")).setAutoWidth(true);
        grid.addColumn(t -> date.format(t.uploadedAt().atZoneSameInstant(java.time.ZoneId.systemDefault())))
                .setHeader(getTranslation("io.table.uploadedAt")).setAutoWidth(true);
        grid.setItems(service.list());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("io.tables.empty"));
        return grid;
    }

    /** Called on the upload request thread once the file is on disk. */
    private void uploaded(String uploadName, Path file) {
        service.uploadReceived(uploadName, file);
        UI current = ui;
        if (current == null) {
            service.discardUpload(file);
            return;
        }
        current.access(() -> {
            errorPanel.hide();
            choicePanel.setVisible(false);
            Optional<TableFormat> chosen = format.getValue() == null ? Optional.empty() : format.getValue();
            if (chosen.isPresent()) {
                start(uploadName, file, chosen.get(), null);
                return;
            }
            Detection detection;
            try {
                detection = service.detect(file, uploadName);
            } catch (TableValidationException refused) {
                // a workbook found to be a zip bomb while its layout is detected is refused like one found later
                service.discardUpload(file);
                finished(uploadName, null, refused);
                return;
            }
            TableRelease release = detection.release();
            if (release == null) {
                askFormat(uploadName, file, detection);
                return;
            }
            start(uploadName, file, release.format(), release);
        });
    }

    private void askFormat(String uploadName, Path file, Detection detection) {
        discardPending();
        pending = file;
        choicePanel.removeAll();
        RadioButtonGroup<TableFormat> choice = new RadioButtonGroup<>();
        choice.setId("io-format-choice-group");
        choice.setItems(TableFormat.values());
        choice.setItemLabelGenerator(f -> getTranslation("io.format." + f.name()));
        Button read = new Button(getTranslation("io.upload.read"), e -> {
            if (choice.getValue() != null) {
                choicePanel.setVisible(false);
                pending = null;
                start(uploadName, file, choice.getValue(), null);
            }
        });
        read.setId("io-format-choice-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the core says which layouts it tried and where the file first differs from each
        Paragraph tried = new Paragraph(detection.describe().in(getLocale()));
        tried.setId("io-format-tried");
        choicePanel.add(new Paragraph(getTranslation("io.upload.choose", uploadName)), tried, choice, read);
        choicePanel.setVisible(true);
    }

    private void start(String uploadName, Path file, TableFormat chosen, @Nullable TableRelease detected) {
        UI current = ui;
        if (current == null) {
            service.discardUpload(file);
            return;
        }
        recognised.setText(detected == null ? "" : getTranslation("io.upload.detected",
                detected.displayName().in(getLocale())));
        recognised.setVisible(detected != null);
        showPhase(uploadName, ImportPhase.READING, 0);
        service.startImport(file, uploadName, chosen, (phase, fraction) -> current.access(() ->
                        showPhase(uploadName, phase, fraction)))
                .whenComplete((outcome, error) -> current.access(() -> finished(uploadName, outcome, error)));
    }

    private void showPhase(String uploadName, ImportPhase phase, double fraction) {
        progressPanel.setVisible(true);
        status.setText(getTranslation("io.phase." + phase.name(), uploadName));
        if (fraction < 0) {
            progress.setIndeterminate(true);
        } else {
            progress.setIndeterminate(false);
            // reading is the first half of the bar, the later steps share the rest
            double overall = switch (phase) {
                case READING -> 0.5 * fraction;
                case CHECKING -> 0.55;
                case FACTORISING -> 0.65;
                case STORING -> 0.8;
                case DONE -> 1.0;
            };
            progress.setValue(overall);
        }
    }

    private void finished(String uploadName, @Nullable ImportOutcome outcome, @Nullable Throwable error) {
        if (outcome != null) {
            progress.setIndeterminate(false);
            progress.setValue(1);
            StoredIoTable t = outcome.table();
            String text = outcome.alreadyStored() ? getTranslation("io.alreadyStored", t.name())
                    : getTranslation("io.imported", t.name(), seconds(outcome.readMillis()),
                    seconds(outcome.factoriseMillis()), seconds(outcome.storeMillis()));
            Notification n = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            n.setId("io-import-done");
            open(t.id());
            return;
        }
        progressPanel.setVisible(false);
        errorPanel.show(uploadName, error == null ? new IllegalStateException("no outcome") : error,
                maxUnpackedText());
        Upload u = upload;
        if (u != null) {
            u.clearFileList(); // ready for the corrected file
        }
    }

    /** The largest unpacked size of an upload, as the refusal of a too large one says it. */
    private String maxUnpackedText() {
        return service.maxZipTotalBytes() / (1024 * 1024) + " MB";
    }

    private String seconds(long millis) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(2);
        return f.format(millis / 1000.0);
    }

    private void open(long id) {
        getUI().ifPresent(u -> u.navigate(IoTableView.class, IoTableView.parameters(id)));
    }

    private void discardPending() {
        Path p = pending;
        if (p != null) {
            service.discardUpload(p);
            pending = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        discardPending();
        ui = null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("io.title") + " · " + getTranslation("app.name");
    }
}
