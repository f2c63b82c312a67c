package org.gvclab.reports.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a CJK font: they fail under CI (which installs fonts-wqy-microhei) and are skipped, with the
 * message saying what to install, on a developer machine without one.
 */
final class CjkFonts {

    private CjkFonts() {
    }

    static CjkFont requireOrSkip() {
        Optional<CjkFont> font = new CjkFontLocator().find();
        if (font.isEmpty()) {
            String message = "No CJK TrueType font on this machine. " + CjkFontLocator.HOW_TO_INSTALL;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return font.get();
    }
}
