package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.gvclab.core.io.regional.EmploymentCsv;
import org.gvclab.core.io.regional.EmploymentCsvException;
import org.gvclab.core.io.regional.Regionalisation;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.iotable.IoLink;
import org.gvclab.web.iotable.RegionalEmploymentService;
import org.gvclab.web.iotable.StoredRegionalEmployment;
import org.jspecify.annotations.Nullable;

/**
 * The line under a cluster's IO link that says which regional employment by sector the IO multipliers use (FLQ
 * regionalisation and jobs), with upload of a CSV file (every problem listed by file, line and field; nothing stored
 * unless the whole file is good), replacement, removal and a template with the linked table's sectors.
 */
class RegionalEmploymentPanel extends Composite<VerticalLayout> {

    private final RegionalEmploymentService service;
    private final Cluster cluster;
    private final IoLink link;

    RegionalEmploymentPanel(RegionalEmploymentService service, Cluster cluster, IoLink link) {
        this.service = service;
        this.cluster = cluster;
        this.link = link;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.setId("regional-employment");
        refresh();
    }

    private void refresh() {
        Locale locale = getLocale();
        VerticalLayout root = getContent();
        root.removeAll();
        Optional<StoredRegionalEmployment> stored = service.of(cluster.id());
        Span status = new Span(stored.map(e -> e.matches(link)
                ? getTranslation("regional.stored", e.sectorCount(), e.source(), e.updatedAt().toLocalDate().toString(),
                e.updatedBy(), plain(e.delta()), plain(e.employment().tableUnitInClusterUnits()),
                cluster.currency().label().in(locale))
                : getTranslation("regional.otherLink", e.region())).orElseGet(() -> getTranslation("regional.none")));
        status.setId("regional-employment-status");
        root.add(status);
        if (!service.canEdit(cluster.id())) {
            return;
        }
        Button upload = new Button(getTranslation(stored.isPresent() ? "regional.replace" : "regional.upload"),
                e -> openUpload(stored.orElse(null)));
        upload.setId("regional-employment-upload");
        upload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Anchor template = new Anchor(templateDownload(), getTranslation("regional.template"));
        template.setId("regional-employment-template");
        HorizontalLayout actions = new HorizontalLayout(upload, template);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (stored.isPresent()) {
            Button remove = new Button(getTranslation("regional.remove"), e -> confirmRemove());
            remove.setId("regional-employment-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.addComponentAtIndex(1, remove);
        }
        root.add(actions);
    }

    private void openUpload(@Nullable StoredRegionalEmployment current) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog(getTranslation("regional.dialog.title", link.tableName(), link.region()));
        dialog.setWidth("min(44rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("regional.dialog.help", EmploymentCsv.HEADER, link.region()));
        NumberField factor = new NumberField(getTranslation("regional.factor", cluster.currency().label().in(locale)));
        factor.setId("regional-employment-factor");
        factor.setMin(0);
        factor.setRequiredIndicatorVisible(true);
        factor.setHelperText(getTranslation("regional.factor.help"));
        NumberField delta = new NumberField(getTranslation("regional.delta"));
        delta.setId("regional-employment-delta");
        delta.setMin(0);
        delta.setMax(0.99);
        delta.setStep(0.05);
        delta.setHelperText(getTranslation("regional.delta.help"));
        TextField source = new TextField(getTranslation("regional.source"));
        source.setId("regional-employment-source");
        source.setMaxLength(RegionalEmploymentService.MAX_SOURCE);
        source.setRequiredIndicatorVisible(true);
        source.setWidthFull();
        if (current != null) {
            factor.setValue(current.employment().tableUnitInClusterUnits());
            delta.setValue(current.delta());
            source.setValue(current.source());
        } else {
            delta.setValue(Regionalisation.DEFAULT_DELTA);
        }
        UnorderedList problems = new UnorderedList();
        problems.setId("regional-employment-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        Span chosen = new Span();
        chosen.setId("regional-employment-chosen");
        byte[][] file = {null};
        String[] name = {""};
        Upload upload = new Upload(new org.gvclab.web.base.ui.BoundedUpload(RegionalEmploymentService.MAX_BYTES,
                (fileName, bytes) -> {
                    file[0] = bytes;
                    name[0] = fileName;
                    chosen.setText(fileName);
                    problems.removeAll();
                }, fileName -> Notification.show(getTranslation("regional.error.tooLarge", fileName,
                        RegionalEmploymentService.MAX_BYTES / 1024), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setId("regional-employment-file");
        upload.setAcceptedFileTypes(".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RegionalEmploymentService.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("regional.drop")));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("regional.error.tooLarge",
                e.getFileName(), RegionalEmploymentService.MAX_BYTES / 1024), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        Button save = new Button(getTranslation("regional.save"), e -> {
            problems.removeAll();
            if (file[0] == null) {
                problems.add(new ListItem(getTranslation("regional.error.noFile")));
                return;
            }
            if (factor.getValue() == null || delta.getValue() == null) {
                problems.add(new ListItem(getTranslation(factor.getValue() == null ? "regional.error.factor"
                        : "regional.error.delta")));
                return;
            }
            try {
                service.upload(cluster.id(), name[0], file[0], factor.getValue(), delta.getValue(), source.getValue());
            } catch (EmploymentCsvException rejected) {
                rejected.problems().forEach(p -> problems.add(new ListItem(p.location() + ": " + p.message().in(locale))));
                upload.clearFileList();
                file[0] = null;
                chosen.setText("");
                return;
            }
            dialog.close();
            Notification.show(getTranslation("regional.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        save.setId("regional-employment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(factor, delta);
        dialog.add(help, form, source, upload, chosen, problems);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRemove() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("regional.remove.title"),
                getTranslation("regional.remove.text"), getTranslation("regional.remove"), e -> {
            service.remove(cluster.id());
            refresh();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private DownloadHandler templateDownload() {
        return event -> {
            byte[] csv = service.template(cluster.id()).getBytes(StandardCharsets.UTF_8);
            event.setFileName("gvclab-" + cluster.id() + "-regional-employment.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(csv);
        };
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
