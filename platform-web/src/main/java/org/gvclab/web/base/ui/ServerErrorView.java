package org.gvclab.web.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gvclab.web.base.UserErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The page shown when opening a view fails unexpectedly: a friendly text and an incident number, no trace. */
@AnonymousAllowed
public class ServerErrorView extends InternalServerError {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UserErrors.incidentId();
        log.error("Incident {}: opening {} failed", incident, event.getLocation().getPath(),
                parameter.getCaughtException());
        getElement().removeAllChildren();
        getElement().appendChild(new H2(getTranslation("error.server.title")).getElement(),
                new Paragraph(getTranslation("error.unexpected", incident)).getElement(),
                new Anchor("", getTranslation("error.backHome")).getElement());
        getElement().getStyle().set("padding", "var(--lumo-space-l)");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
