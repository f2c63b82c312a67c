package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gvclab.web.workshop.ActivityInfo;
import org.gvclab.web.workshop.ActivityState;
import org.gvclab.web.workshop.JoinCode;
import org.gvclab.web.workshop.QrSvg;
import org.gvclab.web.workshop.WorkshopDetail;
import org.gvclab.web.workshop.WorkshopProperties;
import org.gvclab.web.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator's console: join code, link and QR code, the agenda with open/close per activity, the live group
 * view of the selected activity (updated as submissions arrive, on every node), closing and export. Once closed it
 * shows the frozen results of every activity.
 */
@Route("workshop")
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class WorkshopView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final WorkshopService workshops;
    private final WorkshopProperties properties;
    private final H2 heading = new H2();
    private final Span subtitle = new Span();
    private final Div joinBox = new Div();
    private final Span participants = new Span();
    private final VerticalLayout agenda = new VerticalLayout();
    private final H3 liveTitle = new H3();
    private final Span submissionCount = new Span();
    private final ResultsPanel live = new ResultsPanel(false, "320px");
    private final Div closedBox = new Div();
    private final String base;
    private long workshopId;
    private @Nullable Long selected;
    private String title = "";
    /** What the join box and the agenda were last drawn from, so that a new submission redraws neither. */
    private @Nullable String drawnJoinBox;
    private @Nullable String drawnAgenda;
    private final java.util.Map<Long, Span> counts = new java.util.HashMap<>();

    public WorkshopView(WorkshopService workshops, WorkshopProperties properties) {
        this.workshops = workshops;
        this.properties = properties;
        this.base = JoinLink.base(properties);
        heading.setId("workshop-title");
        participants.setId("participant-count");
        submissionCount.setId("submission-count");
        agenda.setId("agenda");
        agenda.setPadding(false);
        live.setId("live-results");
        closedBox.setId("frozen-results");
        closedBox.setWidthFull();
        add(heading, subtitle, joinBox, participants, new H3(getTranslation("workshop.agenda")), agenda, liveTitle,
                submissionCount, live, closedBox);
        LiveUpdates.bind(this, listener -> workshops.watch(workshopId, listener), event -> refresh());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.workshopId = id;
        refresh();
    }

    private void refresh() {
        Locale locale = getLocale();
        WorkshopDetail w = workshops.get(workshopId);
        title = w.title();
        heading.setText(w.title());
        subtitle.setText(w.clusterName().in(locale) + " · " + getTranslation("workshop.status." + w.status().name())
                + " · " + getTranslation("workshop.facilitator") + ": " + w.facilitator());
        participants.setText(getTranslation("workshop.participantsJoined", w.participants()));
        participants.getElement().setAttribute("data-count", Integer.toString(w.participants()));
        drawJoinBox(w, locale);
        drawAgenda(w, locale);
        if (w.closed()) {
            liveTitle.setVisible(false);
            submissionCount.setVisible(false);
            live.setVisible(false);
            drawClosed(w, locale);
            return;
        }
        closedBox.setVisible(false);
        ActivityInfo shown = shownActivity(w);
        if (shown == null) {
            liveTitle.setText(getTranslation("workshop.live.none"));
            submissionCount.setVisible(false);
            live.setVisible(false);
            return;
        }
        liveTitle.setText(getTranslation("workshop.live.title", Labels.activity(shown.activity(), locale)));
        submissionCount.setVisible(true);
        submissionCount.setText(getTranslation("workshop.live.submissions", shown.submissions(), w.participants()));
        submissionCount.getElement().setAttribute("data-count", Integer.toString(shown.submissions()));
        submissionCount.getElement().setAttribute("data-activity", Long.toString(shown.activity().id()));
        live.setVisible(true);
        live.show(workshops.presentation(workshopId, List.of(shown.activity().id())), locale);
    }

    private @Nullable ActivityInfo shownActivity(WorkshopDetail w) {
        if (selected != null) {
            for (ActivityInfo a : w.activities()) {
                if (a.activity().id() == selected) {
                    return a;
                }
            }
        }
        return w.current().orElseGet(() -> w.activities().stream().filter(a -> a.state() == ActivityState.CLOSED)
                .reduce((first, second) -> second).orElse(null));
    }

    private void drawJoinBox(WorkshopDetail w, Locale locale) {
        String key = w.status() + ":" + w.joinCode() + ":" + w.codeExpiresAt();
        if (key.equals(drawnJoinBox)) {
            return;
        }
        drawnJoinBox = key;
        joinBox.removeAll();
        if (w.closed() || w.joinCode() == null) {
            joinBox.setVisible(false);
            return;
        }
        joinBox.setVisible(true);
        String link = JoinLink.of(base, w.joinCode());
        Span code = new Span(JoinCode.display(w.joinCode()));
        code.setId("join-code");
        code.getStyle().set("font-size", "2rem").set("font-family", "monospace").set("font-weight", "700");
        Anchor url = new Anchor(link, link);
        url.setId("join-url");
        Image qr = new Image(QrSvg.dataUrl(link), getTranslation("workshop.join.qr"));
        qr.setId("join-qr");
        qr.setWidth("180px");
        Span expires = new Span(getTranslation("workshop.code.expires",
                w.codeExpiresAt() == null ? "" : WHEN.format(w.codeExpiresAt())));
        Button newCode = new Button(getTranslation("workshop.code.new"), e -> {
            workshops.newJoinCode(workshopId);
            refresh();
        });
        newCode.setId("new-code");
        Anchor present = new Anchor("present/" + workshopId, getTranslation("workshop.present"));
        present.setTarget(AnchorTarget.BLANK);
        present.setId("present");
        Button close = new Button(getTranslation("workshop.close"), e -> new CloseWorkshopDialog(workshops, workshopId, () -> {
            selected = null;
            refresh();
        }).open());
        close.setId("close-workshop");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(newCode, present, close);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        buttons.getStyle().set("flex-wrap", "wrap");
        url.getStyle().set("overflow-wrap", "anywhere");
        VerticalLayout text = new VerticalLayout(new Span(getTranslation("workshop.join.instructions")), code, url,
                expires, buttons);
        text.setPadding(false);
        text.getStyle().set("min-width", "min(20rem, 100%)").set("flex", "1 1 20rem");
        HorizontalLayout row = new HorizontalLayout(qr, text);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        // on a phone the QR code goes above the text rather than pushing the buttons off the screen
        row.getStyle().set("flex-wrap", "wrap");
        row.setWidthFull();
        joinBox.add(row);
    }

    private void drawAgenda(WorkshopDetail w, Locale locale) {
        String key = w.status() + ":" + w.activities().stream().map(a -> a.activity().id() + "/" + a.state()).toList();
        if (key.equals(drawnAgenda)) {
            for (ActivityInfo a : w.activities()) {
                Span count = counts.get(a.activity().id());
                if (count != null) {
                    count.setText(getTranslation("workshop.activity.submissions", a.submissions()));
                }
            }
            return;
        }
        drawnAgenda = key;
        counts.clear();
        agenda.removeAll();
        for (ActivityInfo a : w.activities()) {
            HorizontalLayout row = new HorizontalLayout();
            row.addClassName("activity-row");
            row.setWidthFull();
            row.getStyle().set("flex-wrap", "wrap");
            row.getElement().setAttribute("data-state", a.state().name());
            row.getElement().setAttribute("data-activity", Long.toString(a.activity().id()));
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            Span label = new Span(Labels.activity(a.activity(), locale));
            label.getStyle().set("min-width", "min(22rem, 100%)").set("flex", "1 1 22rem");
            Span state = new Span(getTranslation("workshop.activity." + a.state().name()));
            state.getElement().getThemeList().add("badge" + (a.state() == ActivityState.OPEN ? " success" : ""));
            Span count = new Span(getTranslation("workshop.activity.submissions", a.submissions()));
            counts.put(a.activity().id(), count);
            row.add(label, state, count);
            if (!w.closed()) {
                if (a.state() == ActivityState.OPEN) {
                    Button close = new Button(getTranslation("workshop.activity.close"), e -> {
                        workshops.closeActivity(workshopId, a.activity().id());
                        refresh();
                    });
                    close.addClassName("close-activity");
                    row.add(close);
                } else {
                    Button open = new Button(getTranslation(a.state() == ActivityState.PENDING
                            ? "workshop.activity.open" : "workshop.activity.reopen"), e -> {
                        selected = a.activity().id();
                        workshops.openActivity(workshopId, a.activity().id());
                        refresh();
                    });
                    open.addClassName("open-activity");
                    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    row.add(open);
                }
                Button show = new Button(getTranslation("workshop.activity.show"), e -> {
                    selected = a.activity().id();
                    refresh();
                });
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                show.addClassName("show-activity");
                row.add(show);
            }
            agenda.add(row);
        }
    }

    @SuppressWarnings("removal")
    private void drawClosed(WorkshopDetail w, Locale locale) {
        closedBox.removeAll();
        closedBox.setVisible(true);
        closedBox.add(new H3(getTranslation("workshop.frozen.title")));
        closedBox.add(new Paragraph(getTranslation("workshop.frozen.note",
                w.closedAt() == null ? "" : WHEN.format(w.closedAt()))));
        Anchor csv = new Anchor(new StreamResource("workshop-" + workshopId + "-raw.csv",
                () -> new ByteArrayInputStream(workshops.exportRawData(workshopId, false))),
                getTranslation("workshop.export.csv"));
        csv.setId("export-csv");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(new StreamResource("workshop-" + workshopId + "-raw.xlsx",
                () -> new ByteArrayInputStream(workshops.exportRawData(workshopId, true))),
                getTranslation("workshop.export.xlsx"));
        xlsx.setId("export-xlsx");
        xlsx.getElement().setAttribute("download", true);
        closedBox.add(new HorizontalLayout(csv, xlsx));
        ResultsPanel all = new ResultsPanel(false, "320px");
        all.show(workshops.presentation(workshopId, List.of()), locale);
        closedBox.add(all);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
