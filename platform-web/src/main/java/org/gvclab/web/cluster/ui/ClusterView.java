package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gvclab.core.cluster.ExcelTemplate;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.ImportPreview;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.RecordRejectedException;
import org.gvclab.web.cluster.StoredYear;
import org.gvclab.web.cluster.YearConflictException;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One cluster and its yearly data: enter a year by form, download the Excel template (with the stored years),
 * upload a filled template or a CSV file (previewed with every problem before anything is saved), export CSV.
 * A cluster outside the caller's jurisdictions is "not found", like a missing one.
 */
@Route("clusters/:clusterId([0-9]+)")
@PermitAll
public class ClusterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClusterService clusters;
    private final ClusterDataService data;
    private final JurisdictionService jurisdictions;
    private final List<ClusterDataSection> sections;
    private final Grid<StoredYear> years = new Grid<>();
    private @Nullable Cluster cluster;
    private final long maxImportBytes;

    public ClusterView(ClusterService clusters, ClusterDataService data, JurisdictionService jurisdictions,
                       ObjectProvider<ClusterDataSection> sections, org.gvclab.web.base.AppProperties properties) {
        this.maxImportBytes = Math.min(properties.upload().clusterData().toBytes(), ExcelTemplate.MAX_BYTES);
        this.clusters = clusters;
        this.data = data;
        this.jurisdictions = jurisdictions;
        this.sections = sections.orderedStream().toList();
    }

    /** Route parameters that open a cluster's data page. */
    public static RouteParameters parameters(long clusterId) {
        return new RouteParameters("clusterId", String.valueOf(clusterId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("clusterId").orElseThrow());
        cluster = clusters.get(id);
        build(cluster);
    }

    private void build(Cluster c) {
        removeAll();
        Locale locale = getLocale();
        add(new ClusterNav(c, ClusterNav.Page.DATA));
        Jurisdiction j = jurisdictions.get(c.jurisdictionId());
        add(new Span(getTranslation("cluster.jurisdiction") + ": " + j.name(locale)));
        c.industry().ifPresent(code -> add(new Span(getTranslation("cluster.industryCode") + ": "
                + ClusterForm.industryLabel(code, locale))));
        add(new Span(getTranslation("cluster.currency") + ": " + c.currency().label().in(locale)));
        clusters.ioLink(c.id()).map(l -> new Anchor("io-tables/" + l.tableId(), getTranslation("io.clusterLink",
                l.tableName(), l.region(), l.sector()))).ifPresent(a -> { a.setId("cluster-io-link"); add(a); });
        sections.forEach(section -> section.create(c).ifPresent(this::add));
        if (c.description() != null) {
            add(new Paragraph(c.description()));
        }
        if (c.dataNote() != null) {
            Paragraph note = new Paragraph(getTranslation("cluster.dataNote") + ": " + c.dataNote());
            note.setId("cluster-data-note");
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(note);
        }
        Button edit = new Button(getTranslation("cluster.edit"), e -> openClusterEditor(c));
        edit.setId("edit-cluster");
        add(edit);

        add(new H3(getTranslation("data.title")));
        Button addYear = new Button(getTranslation("data.addYear"), e -> openYear(null));
        addYear.setId("add-year");
        addYear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor template = new Anchor(templateDownload(c), getTranslation("data.downloadTemplate"));
        template.setId("download-template");
        Anchor csv = new Anchor(csvDownload(c), getTranslation("data.exportCsv"));
        csv.setId("export-csv");
        Upload upload = new Upload(new org.gvclab.web.base.ui.BoundedUpload(maxImportBytes, this::preview,
                name -> Notification.show(getTranslation("upload.error.tooLarge", name, maxImportBytes >> 20), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR)));
        org.gvclab.web.base.ui.UploadTexts.apply(upload);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setMaxFileSize((int) maxImportBytes);
        upload.setDropLabel(new Span(getTranslation("data.import.drop")));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("data.import.rejected",
                e.getFileName(), e.getErrorMessage()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        HorizontalLayout toolbar = new HorizontalLayout(addYear, template, csv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(toolbar, upload);

        NumberFormat number = NumberFormat.getNumberInstance(locale);
        years.removeAllColumns();
        years.setId("years-grid");
        years.addColumn(StoredYear::year).setHeader(getTranslation("data.year")).setAutoWidth(true);
        for (String id : List.of(FieldCatalogue.GROSS_OUTPUT, FieldCatalogue.VALUE_ADDED, FieldCatalogue.EXPORTS,
                FieldCatalogue.EMPLOYEES)) {
            // by the one number rule: persons and other counts as integers, money by its magnitude
            org.gvclab.core.base.Measure measure = FieldCatalogue.get(id).kind() == org.gvclab.core.cluster.FieldKind.COUNT
                    ? org.gvclab.core.base.Measure.COUNT : org.gvclab.core.base.Measure.MONEY;
            Span header = new Span(FieldCatalogue.get(id).label().in(locale) + " ("
                    + FieldCatalogue.get(id).unit(c.currency()).in(locale) + ")");
            header.getStyle().set("white-space", "normal");
            years.addColumn(y -> y.record().value(id).isPresent()
                    ? measure.format(y.record().value(id).getAsDouble(), locale) : "—").setHeader(header)
                    .setWidth("9rem").setFlexGrow(1);
        }
        years.addColumn(y -> y.record().values().size() + " / " + FieldCatalogue.all().size())
                .setHeader(getTranslation("data.filled")).setAutoWidth(true);
        years.addColumn(y -> y.updatedBy() + ", " + y.updatedAt().toLocalDate())
                .setHeader(getTranslation("data.lastChange")).setAutoWidth(true);
        years.addComponentColumn(y -> {
            Button open = new Button(getTranslation("data.edit"), e -> openYear(y));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("data.delete"), e -> confirmDelete(y));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.addClassName("delete-year");
            // a wrapping row of buttons in a column kept in view at the grid's end: never cut off
            Div actions = new Div(open, delete);
            actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
            return actions;
        }).setWidth("11.5rem").setFlexGrow(0).setFrozenToEnd(true).setKey("actions");
        years.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        years.setAllRowsVisible(true);
        add(years);
        refresh();
    }

    private void refresh() {
        if (cluster != null) {
            years.setItems(data.years(cluster.id()));
        }
    }

    private void openClusterEditor(Cluster c) {
        Dialog dialog = new Dialog(getTranslation("cluster.edit"));
        dialog.setWidth("min(48rem, 95vw)");
        List<Jurisdiction> writable = jurisdictions.visible();
        ClusterForm form = new ClusterForm(writable, c);
        form.addSaveListener(e -> {
            cluster = clusters.update(c, e.draft());
            dialog.close();
            saved();
            build(cluster);
        });
        dialog.add(form);
        dialog.open();
    }

    private void openYear(@Nullable StoredYear stored) {
        Cluster c = cluster;
        if (c == null) {
            return;
        }
        Dialog dialog = new Dialog(getTranslation(stored == null ? "data.addYear" : "data.editYear",
                stored == null ? "" : String.valueOf(stored.year())));
        dialog.setWidth("min(72rem, 96vw)");
        YearForm form = new YearForm(c.currency(), getLocale(), data::check);
        int suggested = data.years(c.id()).stream().mapToInt(StoredYear::year).max().orElse(java.time.Year.now()
                .getValue() - 2) + 1;
        form.edit(stored == null ? null : stored.record(), stored == null ? null : stored.version(), suggested);
        form.addSaveListener(e -> {
            try {
                data.saveYear(c.id(), e.record(), e.version());
                dialog.close();
                saved();
                refresh();
            } catch (RecordRejectedException rejected) {
                form.showProblems(rejected.problems());
            } catch (YearConflictException conflict) {
                StoredYear current = conflict.current();
                new ConflictDialog(current, form.enteredValues(),
                        () -> form.rebase(current == null ? null : current.version()),
                        () -> form.edit(current == null ? null : current.record(),
                                current == null ? null : current.version(), e.record().year())).open();
            }
        });
        dialog.add(form);
        dialog.getHeader().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private void confirmDelete(StoredYear y) {
        Cluster c = cluster;
        if (c == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("data.delete.title", String.valueOf(y.year())),
                getTranslation("data.delete.text", String.valueOf(y.year())), getTranslation("data.delete"), e -> {
            data.deleteYear(c.id(), y);
            refresh();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void preview(String fileName, byte[] bytes) {
        Cluster c = cluster;
        if (c == null) {
            return;
        }
        ImportPreview preview;
        try {
            preview = data.preview(fileName, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new org.gvclab.web.base.UserFacingException("data.import.unreadable", fileName);
        }
        Set<Integer> stored = data.years(c.id()).stream().map(StoredYear::year).collect(Collectors.toSet());
        new ImportPreviewDialog(fileName, preview, stored, () -> {
            try {
                List<Integer> replaced = data.importRecords(c.id(), preview);
                Notification.show(getTranslation("data.import.done", preview.records().size(), replaced.size()),
                        5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RecordRejectedException rejected) {
                Locale locale = getLocale();
                Notification.show(rejected.problems().stream().map(p -> p.year() + ": " + p.message().in(locale))
                        .collect(Collectors.joining("; ")), 10000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        }).open();
    }

    private DownloadHandler templateDownload(Cluster c) {
        return event -> {
            event.setFileName("gvclab-" + c.id() + "-template.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            data.writeTemplate(c, event.getOutputStream());
        };
    }

    private DownloadHandler csvDownload(Cluster c) {
        return event -> {
            event.setFileName("gvclab-" + c.id() + "-data.csv");
            event.setContentType("text/csv; charset=UTF-8");
            data.writeCsv(c, event.getOutputStream());
        };
    }

    private void saved() {
        Notification.show(getTranslation("data.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return (cluster == null ? "" : cluster.name(getLocale()) + " · ") + getTranslation("app.name");
    }
}
