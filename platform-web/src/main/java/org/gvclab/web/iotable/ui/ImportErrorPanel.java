package org.gvclab.web.iotable.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.gvclab.core.io.model.IoException;
import org.gvclab.core.io.model.SingularMatrixException;
import org.gvclab.core.io.read.TableValidationException;
import org.gvclab.web.base.UserErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why an upload was refused: the reader's file, line, label and problem for a bad table, the row of a singular
 * {@code I − A}, the user's own message, or an incident id (the detail logged by {@link UserErrors}); and that
 * nothing was stored.
 */
final class ImportErrorPanel extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(ImportErrorPanel.class);

    ImportErrorPanel() {
        Div panel = getContent();
        panel.setId("io-import-error");
        panel.setVisible(false);
        panel.getStyle().set("border-left", "4px solid var(--lumo-error-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-error-color-10pct)");
    }

    /** @param maxUnpacked the largest unpacked size of an upload, as a too large one's refusal says it */
    void show(String uploadName, Throwable failure, String maxUnpacked) {
        Throwable error = UserErrors.unwrap(failure);
        Div panel = getContent();
        panel.removeAll();
        panel.add(new H4(getTranslation("io.error.title")));
        if (error instanceof TableValidationException e && e.reason() != TableValidationException.Reason.CONTENT) {
            // known bad uploads get a message in the reader's language; the core's detail stays in the log
            log.info("Upload {} refused: {}", uploadName, e.getMessage());
            panel.add(line("io-error-file", "io.error.file", uploadName));
            panel.add(line("io-error-problem", "io.error.problem",
                    e.reason() == TableValidationException.Reason.TOO_LARGE
                            ? getTranslation("io.error.tooLarge", uploadName, maxUnpacked)
                            : getTranslation("io.error.notContainer", uploadName)));
        } else if (error instanceof TableValidationException e) {
            panel.add(line("io-error-file", "io.error.file", e.file()));
            panel.add(line("io-error-line", "io.error.line", e.line() > 0 ? String.valueOf(e.line())
                    : getTranslation("io.error.wholeFile")));
            if (e.label() != null) {
                panel.add(line("io-error-label", "io.error.label", e.label()));
            }
            panel.add(line("io-error-problem", "io.error.problem", e.problemIn(getLocale())));
        } else if (error instanceof SingularMatrixException e) {
            panel.add(line("io-error-file", "io.error.file", uploadName));
            panel.add(line("io-error-label", "io.error.label", e.label()));
            panel.add(line("io-error-problem", "io.error.problem",
                    getTranslation("io.error.singular", e.matrix(), e.label(), e.getMessage())));
        } else if (error instanceof IoException e) {
            panel.add(line("io-error-file", "io.error.file", uploadName));
            panel.add(line("io-error-problem", "io.error.problem", e.getMessage()));
        } else {
            UserErrors.Explanation x = UserErrors.explain(error, "import of " + uploadName);
            panel.add(line("io-error-problem", "io.error.problem",
                    getTranslation(x.message().key(), x.message().argArray())));
        }
        Paragraph nothing = new Paragraph(getTranslation("io.error.nothingStored"));
        nothing.setId("io-nothing-stored");
        panel.add(nothing);
        panel.setVisible(true);
    }

    void hide() {
        getContent().setVisible(false);
    }

    private Div line(String id, String key, String value) {
        Span name = new Span(getTranslation(key) + ": ");
        name.getStyle().set("font-weight", "600");
        Span text = new Span(value);
        text.setId(id);
        return new Div(name, text);
    }
}
