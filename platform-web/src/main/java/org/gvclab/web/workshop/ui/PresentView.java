package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.gvclab.web.workshop.ActivityInfo;
import org.gvclab.web.workshop.JoinCode;
import org.gvclab.web.workshop.QrSvg;
import org.gvclab.web.workshop.WorkshopDetail;
import org.gvclab.web.workshop.WorkshopProperties;
import org.gvclab.web.workshop.WorkshopService;

/**
 * "Present" mode for the projector: large type, the join code and QR code for late joiners, and the group's view of
 * the activity open now, updating live; after closing, the frozen results. No navigation, nothing private.
 */
@Route(value = "present", autoLayout = false)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class PresentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final WorkshopService workshops;
    private final String base;
    private final H1 heading = new H1();
    private final Div join = new Div();
    private final H2 activity = new H2();
    private final Span count = new Span();
    private final ResultsPanel charts = new ResultsPanel(true, "62vh");
    private long workshopId;
    private String title = "";

    public PresentView(WorkshopService workshops, WorkshopProperties properties) {
        this.workshops = workshops;
        this.base = JoinLink.base(properties);
        setSizeFull();
        getStyle().set("font-size", "1.4rem").set("padding", "clamp(0.5rem, 3vw, 2rem)").set("box-sizing",
                "border-box");
        heading.setId("present-title");
        count.setId("present-count");
        count.getStyle().set("font-size", "2rem");
        VerticalLayout main = new VerticalLayout(activity, count, charts);
        main.setPadding(false);
        main.setWidthFull();
        HorizontalLayout body = new HorizontalLayout(main, join);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        // a narrow screen puts the join box below the results instead of beside them
        body.getStyle().set("flex-wrap", "wrap");
        join.getStyle().set("max-width", "100%");
        main.getStyle().set("min-width", "min(30rem, 100%)").set("flex", "1 1 30rem");
        add(heading, body);
        LiveUpdates.bind(this, listener -> workshops.watch(workshopId, listener), event -> refresh());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        workshopId = id;
        refresh();
    }

    private void refresh() {
        Locale locale = getLocale();
        WorkshopDetail w = workshops.get(workshopId);
        title = w.title();
        heading.setText(w.title());
        join.removeAll();
        if (!w.closed() && w.joinCode() != null) {
            String link = JoinLink.of(base, w.joinCode());
            Image qr = new Image(QrSvg.dataUrl(link), getTranslation("workshop.join.qr"));
            qr.setWidth("min(16rem, 70vw)");
            Span code = new Span(JoinCode.display(w.joinCode()));
            code.setId("present-code");
            code.getStyle().set("font-size", "clamp(1.6rem, 8vw, 2.6rem)").set("font-family", "monospace")
                    .set("font-weight", "700");
            // the whole link, code included, so that typing it from the wall lands on the filled-in join form
            Span url = new Span(link);
            url.setId("present-link");
            url.getStyle().set("font-size", "1.6rem").set("overflow-wrap", "anywhere").set("text-align", "center");
            VerticalLayout box = new VerticalLayout(new Span(getTranslation("workshop.join.instructions")), qr, code,
                    url);
            box.setMaxWidth("min(24rem, 100%)");
            box.setPadding(false);
            box.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.CENTER);
            join.add(box);
        }
        if (w.closed()) {
            activity.setText(getTranslation("workshop.frozen.title"));
            count.setText(getTranslation("workshop.participantsJoined", w.participants()));
            charts.show(workshops.presentation(workshopId, List.of()), locale);
            return;
        }
        ActivityInfo current = w.current().orElse(null);
        if (current == null) {
            activity.setText(getTranslation("workshop.present.waiting"));
            count.setText(getTranslation("workshop.participantsJoined", w.participants()));
            charts.setVisible(false);
            return;
        }
        activity.setText(Labels.activity(current.activity(), locale));
        count.setText(getTranslation("workshop.live.submissions", current.submissions(), w.participants()));
        count.getElement().setAttribute("data-count", Integer.toString(current.submissions()));
        charts.setVisible(true);
        charts.show(workshops.presentation(workshopId, List.of(current.activity().id())), locale);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
