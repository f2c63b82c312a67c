package org.gvclab.core.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * The one CSV writer for files people open in a spreadsheet (every download of the web application): UTF-8 text
 * as given to the {@link Writer}, comma-separated, RFC 4180 quoting, CRLF line ends. A text cell that a spreadsheet
 * would run as a formula — one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return,
 * or their full-width forms — is written with a leading apostrophe, as the OWASP "CSV Injection" guidance advises;
 * a cell that is a plain decimal number ({@code -12.5}, {@code 1e-3}) stays a number. Numbers written with
 * {@link #number(double)} are never altered.
 *
 * <p>Files for programs (the command line's outputs) are raw data and do not go through this writer.
 */
public final class SpreadsheetCsv {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private final Writer out;
    private boolean rowStarted;

    public SpreadsheetCsv(Writer out) {
        this.out = out;
    }

    /** Whether a spreadsheet would treat {@code text} as the start of a formula when it opens or edits it. */
    public static boolean formulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** The text as a cell holds it safely: with a leading apostrophe when it is formula-like and not a number. */
    public static String neutralised(String text) {
        return formulaLike(text) && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** The cell as it appears in the file: neutralised, then quoted when it holds a comma, quote or line break. */
    public static String cell(String text) {
        String t = neutralised(text);
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /** A text cell. */
    public SpreadsheetCsv text(String text) {
        return raw(cell(text));
    }

    /** A number: integers without ".0", others in the shortest form that reads back exactly, NaN as empty. */
    public SpreadsheetCsv number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return raw("");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return raw(Long.toString((long) v));
        }
        return raw(Double.toString(v));
    }

    /** An empty cell. */
    public SpreadsheetCsv empty() {
        return raw("");
    }

    /** Ends the current row. */
    public SpreadsheetCsv endRow() {
        write("\r\n");
        rowStarted = false;
        return this;
    }

    /** A whole row of text cells. */
    public SpreadsheetCsv row(Iterable<String> cells) {
        cells.forEach(this::text);
        return endRow();
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpreadsheetCsv raw(String s) {
        if (rowStarted) {
            write(",");
        }
        rowStarted = true;
        write(s);
        return this;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
