package org.gvclab.reports.pdf;

/** No usable CJK TrueType font: the message says what to install or which variable to set. */
public final class CjkFontNotFoundException extends RuntimeException {

    CjkFontNotFoundException(String message) {
        super(message);
    }
}
