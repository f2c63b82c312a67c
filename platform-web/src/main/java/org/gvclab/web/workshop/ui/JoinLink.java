package org.gvclab.web.workshop.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.gvclab.web.workshop.WorkshopProperties;

/** The link participants open (also encoded in the QR code): {@code <base>/join/<code>}. */
final class JoinLink {

    private JoinLink() {
    }

    /** The configured public address, or the scheme, host and port the facilitator's browser uses. */
    static String base(WorkshopProperties properties) {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            HttpServletRequest r = servlet.getHttpServletRequest();
            int port = r.getServerPort();
            boolean defaultPort = ("http".equals(r.getScheme()) && port == 80) || ("https".equals(r.getScheme()) && port == 443);
            return r.getScheme() + "://" + r.getServerName() + (defaultPort ? "" : ":" + port) + r.getContextPath();
        }
        return "";
    }

    static String of(String base, String code) {
        return base + "/join/" + code;
    }
}
