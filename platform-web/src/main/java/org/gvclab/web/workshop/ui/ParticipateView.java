package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.gvclab.core.workshop.Activity;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.workshop.ParticipantPass;
import org.gvclab.web.workshop.ParticipantState;
import org.gvclab.web.workshop.WorkshopEvent;
import org.gvclab.web.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;

/**
 * A participant's page (phone or laptop): the activity the facilitator has open, with the participant's own input
 * only; it switches by itself when the facilitator opens or closes an activity, and says thank you when the
 * workshop closes. Reached only with a participant pass in the session.
 */
@Route(value = "participate", autoLayout = false)
@AnonymousAllowed
public class ParticipateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final H2 heading = new H2();
    private final Span who = new Span();
    private final Div content = new Div();
    private final Paragraph submitted = new Paragraph();
    private @Nullable ParticipantPass pass;
    private @Nullable Long shownActivity;
    private boolean shownClosed;
    private String title = "";

    public ParticipateView(WorkshopService workshops) {
        this.workshops = workshops;
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
        heading.setId("participant-workshop");
        who.setId("participant-name");
        content.setId("participant-activity");
        content.setWidthFull();
        submitted.setId("submitted-note");
        submitted.getStyle().set("color", "var(--lumo-success-text-color)");
        submitted.setVisible(false);
        add(heading, who, content, submitted);
        LiveUpdates.bind(this, listener -> workshops.watch(requirePass(), listener),
                event -> event.kind() != WorkshopEvent.Kind.JOINED && event.kind() != WorkshopEvent.Kind.SUBMITTED,
                event -> draw(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pass = VaadinSession.getCurrent().getAttribute(ParticipantPass.class);
        if (pass == null) {
            event.forwardTo(JoinView.class);
            return;
        }
        draw(true);
    }

    private ParticipantPass requirePass() {
        if (pass == null) {
            throw new IllegalStateException("no participant pass in this session");
        }
        return pass;
    }

    /** Redraws when the open activity changed (or {@code force}); never while the participant is filling in the same one. */
    private void draw(boolean force) {
        ParticipantPass p = requirePass();
        Locale locale = getLocale();
        ParticipantState state = workshops.participantState(p);
        title = state.title();
        heading.setText(state.title());
        who.setText(getTranslation("workshop.participant.you", state.displayName(), state.clusterName().in(locale)));
        Activity current = state.current();
        Long currentId = current == null ? null : current.id();
        if (!force && state.closed() == shownClosed && java.util.Objects.equals(currentId, shownActivity)) {
            return;
        }
        shownActivity = currentId;
        shownClosed = state.closed();
        content.removeAll();
        submitted.setVisible(false);
        if (state.closed()) {
            content.add(message("workshop.participant.closed"));
            return;
        }
        if (current == null) {
            content.add(message("workshop.participant.waiting"));
            return;
        }
        H3 label = new H3(Labels.activity(current, locale));
        label.setId("participant-activity-title");
        Component form = InputForms.of(current, state.own(), locale, submission -> {
            try {
                workshops.submit(p, current.id(), submission);
                submitted.setText(getTranslation("workshop.participant.submitted"));
                submitted.getStyle().set("color", "var(--lumo-success-text-color)");
            } catch (UserFacingException e) {
                submitted.setText(getTranslation(e.messageKey(), e.args()));
                submitted.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            submitted.setVisible(true);
        });
        content.add(label, form);
        if (state.own() != null) {
            submitted.setText(getTranslation("workshop.participant.alreadySubmitted"));
            submitted.setVisible(true);
        }
    }

    private Paragraph message(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("participant-message");
        p.getStyle().set("font-size", "var(--lumo-font-size-l)");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
