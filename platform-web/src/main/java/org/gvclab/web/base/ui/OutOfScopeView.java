package org.gvclab.web.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import org.gvclab.web.base.NotFoundInScopeException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record outside the caller's jurisdictions looks exactly like one that does not exist. */
@AnonymousAllowed
public class OutOfScopeView extends Div implements HasErrorParameter<NotFoundInScopeException> {

    private static final Logger log = LoggerFactory.getLogger(OutOfScopeView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundInScopeException> parameter) {
        log.warn("Refused {}: {}", event.getLocation().getPath(), parameter.getCaughtException().getMessage());
        NotFoundView.render(this);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
