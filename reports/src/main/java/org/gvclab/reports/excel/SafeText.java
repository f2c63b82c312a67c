package org.gvclab.reports.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.gvclab.core.base.SpreadsheetCsv;

/**
 * Writes text cells so that Excel never runs them (CSV/formula injection, OWASP; the rule of
 * {@link SpreadsheetCsv#formulaLike}): a text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (or their full-width forms) gets a quote-prefixed
 * style, Excel's own "this is text" marker, so even editing the cell keeps it text. POI never stores a string as a
 * formula; the prefix guards what a user does next. Characters XML 1.0 cannot hold are replaced by U+FFFD, and text
 * longer than an Excel cell holds (32,767) is cut with an ellipsis.
 */
final class SafeText {

    static final int MAX_CELL = 32_767;

    private SafeText() {
    }

    /** Whether Excel would treat {@code text} as the start of a formula when typed or edited. */
    static boolean formulaLike(String text) {
        return SpreadsheetCsv.formulaLike(text);
    }

    /** Sets {@code text} on {@code cell} in {@code style}, quote-prefixed when it looks like a formula. */
    static void set(Cell cell, String text, CellStyle style, Styles styles) {
        String clean = clean(text);
        cell.setCellValue(clean);
        cell.setCellStyle(formulaLike(clean) ? styles.quoted(style) : style);
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CELL));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c);
        }
        if (out.length() > MAX_CELL) {
            out.setLength(MAX_CELL - 1);
            out.append('…');
        }
        return out.toString();
    }
}
