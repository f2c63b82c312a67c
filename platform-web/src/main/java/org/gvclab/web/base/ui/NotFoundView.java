package org.gvclab.web.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Not found" for unknown routes and for records outside the caller's jurisdictions alike, so that a guessed
 * id does not reveal whether the record exists.
 */
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError {

    private static final Logger log = LoggerFactory.getLogger(NotFoundView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.info("Not found: {} ({})", event.getLocation().getPath(), parameter.getCustomMessage());
        render(this);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    static void render(Component view) {
        view.getElement().removeAllChildren();
        H2 title = new H2(view.getTranslation("error.notFound.title"));
        title.setId("not-found-title");
        view.getElement().appendChild(title.getElement(),
                new Paragraph(view.getTranslation("error.notFound")).getElement(),
                new Anchor("", view.getTranslation("error.backHome")).getElement());
        view.getElement().getStyle().set("padding", "var(--lumo-space-l)");
    }
}
