package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tight streaming reader of comma-separated lines: it keeps one line (and a bounded buffer) in memory,
 * splits fields without creating strings for numbers, and parses decimals with an exact fast path
 * ({@link DecimalToDouble}: Clinger's fast path, then Eisel–Lemire), falling back to {@link Double#parseDouble} otherwise. Quoted fields
 * ({@code "a,b"}, {@code ""} as an escaped quote) are accepted for labels and numbers.
 *
 * <p>Two options serve files as analysts download or save them (docs/io-formats.md): {@link #detectSeparator()}
 * switches to semicolons with decimal commas when the first line that has a separator holds more semicolons than
 * commas (how Excel saves CSV in European locales), and {@link #emptyCellsAsNaN()} returns NaN for an empty cell
 * instead of refusing it, so that a reader can count it and read it as zero.
 */
final class CsvLineReader implements AutoCloseable {

    /** The longest line read: 64 MiB (a row of 3 million 20-character numbers). */
    static final int MAX_LINE_BYTES = 64 << 20;
    private final InputStream in;
    private final String file;
    private byte[] buf;
    private int bufLen;
    private boolean eof;
    private long bytesBefore;

    private int lineStart;
    private int pos;
    private long lineNumber;
    private int fieldIndex;
    private boolean firstLine = true;
    private byte sep = ',';
    private boolean decideSeparator;
    private boolean decimalComma;
    private boolean emptyAsNaN;

    CsvLineReader(InputStream in, String file, long firstLineNumber) {
        this.in = in;
        this.file = file;
        this.buf = new byte[1 << 20];
        this.lineNumber = firstLineNumber - 1;
        this.lineStart = 0;
        this.pos = 0;
    }

    String file() {
        return file;
    }

    /**
     * Decides the separator on the first line that holds one: semicolons (with decimal commas in numbers) when
     * that line has more unquoted semicolons than commas, commas otherwise.
     */
    CsvLineReader detectSeparator() {
        decideSeparator = true;
        return this;
    }

    /** Makes {@link #readDouble} return NaN for an empty cell (NaN never comes from a cell otherwise). */
    CsvLineReader emptyCellsAsNaN() {
        emptyAsNaN = true;
        return this;
    }

    /** Whether the file turned out to be semicolon-separated with decimal commas. */
    boolean decimalComma() {
        return decimalComma;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Byte offset (from the start of the stream) where the current line starts. */
    long lineOffset() {
        return bytesBefore + lineStart;
    }

    /** Byte offset (from the start of the stream) where the next line starts. */
    long nextLineOffset() {
        return bytesBefore + next;
    }

    /** Skips bytes up to and including the next newline (used to align a chunk to a line start). */
    void skipPartialLine() {
        nextLineRaw();
        lineNumber--;
    }

    /**
     * Advances to the next non-empty line. Returns false at the end of the stream.
     */
    boolean nextLine() {
        while (true) {
            if (!nextLineRaw()) {
                return false;
            }
            if (contentEnd > lineStart) {
                return true;
            }
        }
    }

    private boolean nextLineRaw() {
        int start = next;
        int scan = start;
        while (true) {
            int nl = indexOfNewline(scan);
            if (nl >= 0) {
                setLine(start, nl);
                next = nl + 1;
                return true;
            }
            if (eof) {
                if (start >= bufLen) {
                    lineStart = contentEnd = pos = bufLen;
                    return false;
                }
                setLine(start, bufLen);
                next = bufLen;
                return true;
            }
            int keep = bufLen - start;
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, keep);
                bytesBefore += start;
                bufLen = keep;
                start = 0;
            }
            if (bufLen == buf.length) {
                if (buf.length >= MAX_LINE_BYTES) {
                    // memory stays bounded whatever the input: a line this long is no table row (a zip bomb is)
                    throw new TableValidationException(file, lineNumber + 1, null, "a line is longer than "
                            + (MAX_LINE_BYTES >> 20) + " MiB; a table row is never that long",
                            TableValidationException.Reason.TOO_LARGE);
                }
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE_BYTES));
            }
            scan = bufLen;
            fill();
        }
    }

    private void setLine(int start, int end) {
        int s = start;
        int e = end;
        if (e > s && buf[e - 1] == '\r') {
            e--;
        }
        if (firstLine) {
            firstLine = false;
            if (e - s >= 3 && (buf[s] & 0xFF) == 0xEF && (buf[s + 1] & 0xFF) == 0xBB && (buf[s + 2] & 0xFF) == 0xBF) {
                s += 3;
            }
        }
        lineStart = s;
        contentEnd = e;
        pos = s;
        fieldIndex = 0;
        lineNumber++;
        if (decideSeparator) {
            chooseSeparator();
        }
    }

    private void chooseSeparator() {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = lineStart; i < contentEnd; i++) {
            byte c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        if (commas + semicolons > 0) {
            decideSeparator = false;
            if (semicolons > commas) {
                sep = ';';
                decimalComma = true;
            }
        }
    }

    private int contentEnd;
    private int next;

    private int indexOfNewline(int from) {
        byte[] b = buf;
        for (int i = from; i < bufLen; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void fill() {
        try {
            int r = in.read(buf, bufLen, buf.length - bufLen);
            if (r < 0) {
                eof = true;
            } else {
                bufLen += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** True when every field of the current line has been consumed. */
    boolean atEndOfLine() {
        return pos > contentEnd || (pos == contentEnd && fieldIndex > 0);
    }

    /** Number of fields read so far on this line. */
    int fieldIndex() {
        return fieldIndex;
    }

    /** Counts the fields of the current line (without consuming them). */
    int countFields() {
        int count = 1;
        boolean quoted = false;
        for (int i = lineStart; i < contentEnd; i++) {
            byte c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** Reads the next field as text (unquoted). */
    String readText() {
        nextField();
        if (fieldQuoted) {
            return unquote(fieldStart, fieldEnd);
        }
        return new String(buf, fieldStart, fieldEnd - fieldStart, StandardCharsets.UTF_8).trim();
    }

    /** Reads every remaining field as text. */
    List<String> readAllText() {
        List<String> out = new ArrayList<>();
        while (!atEndOfLine()) {
            out.add(readText());
        }
        return out;
    }

    /**
     * Reads the next field as a finite number.
     *
     * @param label the row label, for the error message
     * @param columnLabel the column label, for the error message
     */
    double readDouble(String label, String columnLabel) {
        if (emptyAsNaN && pos == contentEnd && fieldIndex > 0) {
            // the line ends with a separator: one empty last cell
            pos++;
            fieldIndex++;
            return Double.NaN;
        }
        if (atEndOfLine()) {
            throw new TableValidationException(file, lineNumber, label,
                    "ragged row: only " + fieldIndex + " fields, missing the value for column '" + columnLabel + "'");
        }
        // fast path: an unquoted plain decimal parsed while scanning for the comma
        int p0 = pos;
        if (p0 < contentEnd && buf[p0] != '"') {
            double v = parseFastAndAdvance(p0);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        nextField();
        int s = fieldStart;
        int e = fieldEnd;
        if (fieldQuoted) {
            String t = unquote(s, e).trim();
            return parseText(t, label, columnLabel);
        }
        while (s < e && buf[s] == ' ') {
            s++;
        }
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        double v = parseFast(buf, s, e);
        if (Double.isNaN(v)) {
            // NaN is the "not handled by the fast path" marker; a literal NaN is rejected below too
            return parseText(new String(buf, s, e - s, StandardCharsets.UTF_8), label, columnLabel);
        }
        return v;
    }

    private double parseText(String text, String label, String columnLabel) {
        if (emptyAsNaN && text.isBlank()) {
            return Double.NaN;
        }
        String t = decimalComma ? fromDecimalComma(text) : text;
        double v;
        try {
            if (t.isEmpty() || !looksNumeric(t)) {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            throw new TableValidationException(file, lineNumber, label,
                    "column '" + columnLabel + "' holds '" + abbreviate(text) + "', which is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new TableValidationException(file, lineNumber, label,
                    "column '" + columnLabel + "' holds '" + abbreviate(text) + "', which is not a finite number");
        }
        return v;
    }

    /**
     * A number as Excel writes it in European locales: the comma is the decimal mark and dots group thousands
     * ({@code 1.234,5}); a number with several dots and no comma is grouped only ({@code 1.234.567}); a single dot
     * without a comma stays a decimal point (files written by programs that use semicolons with decimal points).
     */
    static String fromDecimalComma(String t) {
        int comma = t.indexOf(',');
        if (comma >= 0) {
            return t.replace(".", "").replace(',', '.');
        }
        int dot = t.indexOf('.');
        return dot >= 0 && t.indexOf('.', dot + 1) >= 0 ? t.replace(".", "") : t;
    }

    private static boolean looksNumeric(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private int fieldStart;
    private int fieldEnd;
    private boolean fieldQuoted;

    /**
     * Parses the unquoted field at {@code p} (up to a comma or the line end) with {@link #parseFast}; on success
     * advances past the field and returns the value; otherwise returns NaN and leaves the position.
     */
    private double parseFastAndAdvance(int p) {
        byte[] b = buf;
        int end = contentEnd;
        byte separator = sep;
        int comma = p;
        while (comma < end && b[comma] != separator) {
            comma++;
        }
        double v = parseFast(b, p, comma);
        if (Double.isNaN(v)) {
            return v;
        }
        pos = comma + 1;
        fieldIndex++;
        return v;
    }

    /** Sets fieldStart/fieldEnd/fieldQuoted to the next field and advances past its comma. */
    private void nextField() {
        int s = pos;
        int end = contentEnd;
        if (s < end && buf[s] == '"') {
            int i = s + 1;
            while (i < end) {
                if (buf[i] == '"') {
                    if (i + 1 < end && buf[i + 1] == '"') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i++;
            }
            int close = Math.min(i, end);
            int next = close + 1;
            while (next < end && buf[next] != sep) {
                next++;
            }
            pos = next + 1;
            fieldIndex++;
            fieldStart = s + 1;
            fieldEnd = close;
            fieldQuoted = true;
            return;
        }
        int i = s;
        byte[] b = buf;
        byte separator = sep;
        while (i < end && b[i] != separator) {
            i++;
        }
        pos = i + 1;
        fieldIndex++;
        fieldStart = s;
        fieldEnd = i;
        fieldQuoted = false;
    }

    private String unquote(int s, int e) {
        return new String(buf, s, e - s, StandardCharsets.UTF_8).replace("\"\"", "\"");
    }

    /**
     * Exact fast path for plain decimals; returns NaN when the text needs the slow path (or is not a number).
     */
    static double parseFast(byte[] b, int s, int e) {
        if (s >= e) {
            return Double.NaN;
        }
        int i = s;
        boolean negative = false;
        if (b[i] == '-') {
            negative = true;
            i++;
        } else if (b[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int exp10 = 0;
        boolean any = false;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            any = true;
            if (mantissa != 0 || b[i] != '0') {
                if (++digits > 19) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (b[i] - '0');
            }
            i++;
        }
        if (i < e && b[i] == '.') {
            i++;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                any = true;
                if (mantissa != 0 || b[i] != '0') {
                    if (++digits > 19) {
                        return Double.NaN;
                    }
                    mantissa = mantissa * 10 + (b[i] - '0');
                }
                exp10--;
                i++;
            }
        }
        if (!any) {
            return Double.NaN;
        }
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNeg = false;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                expNeg = b[i] == '-';
                i++;
            }
            int ex = 0;
            boolean expDigits = false;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                expDigits = true;
                ex = ex * 10 + (b[i] - '0');
                if (ex > 10000) {
                    return Double.NaN;
                }
                i++;
            }
            if (!expDigits) {
                return Double.NaN;
            }
            exp10 += expNeg ? -ex : ex;
        }
        if (i != e) {
            return Double.NaN;
        }
        return DecimalToDouble.convert(mantissa, exp10, negative);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + file, e);
        }
    }
}
