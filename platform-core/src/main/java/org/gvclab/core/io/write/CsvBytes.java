package org.gvclab.core.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of CSV text as UTF-8 bytes: quoted text fields, numbers in the golden files' convention and
 * separators, written to a stream in one piece. Not thread-safe: each thread formats into its own buffer.
 */
public final class CsvBytes {

    private static final int LONG_LIMIT_EXPONENT = 15;

    private byte[] buf;
    private int len;

    public CsvBytes(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** Bytes written so far. */
    public int length() {
        return len;
    }

    /** Forgets the content, keeping the memory. */
    public void clear() {
        len = 0;
    }

    public CsvBytes comma() {
        ensure(1);
        buf[len++] = ',';
        return this;
    }

    public CsvBytes newline() {
        ensure(1);
        buf[len++] = '\n';
        return this;
    }

    /** A text field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
    public CsvBytes text(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0;
        String t = quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) {
            ascii = t.charAt(i) < 0x80;
        }
        if (ascii) {
            ensure(t.length());
            for (int i = 0; i < t.length(); i++) {
                buf[len++] = (byte) t.charAt(i);
            }
        } else {
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }
        return this;
    }

    /**
     * A number as the golden files and the peers' CSVs hold it: the shortest text that reads back as the same
     * double ({@link ShortestDouble}); integers below 10^15 without ".0" ({@code 3}, {@code -12}); zero as
     * {@code 0} or {@code -0}; {@code NaN} where a ratio has a zero denominator.
     */
    public CsvBytes number(double v) {
        ensure(ShortestDouble.MAX_CHARS);
        len = writeNumber(v, buf, len);
        return this;
    }

    /** {@link #number} into a plain array with {@link ShortestDouble#MAX_CHARS} free bytes; returns the new end. */
    public static int writeNumber(double v, byte[] b, int pos) {
        if (v == 0) {
            if (Double.doubleToRawLongBits(v) == 0) {
                b[pos] = '0';
                return pos + 1;
            }
            b[pos] = '-';
            b[pos + 1] = '0';
            return pos + 2;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return writeLong((long) v, b, pos);
        }
        return ShortestDouble.write(v, b, pos);
    }

    private static int writeLong(long value, byte[] b, int pos) {
        int p = pos;
        long x = value;
        if (x < 0) {
            b[p++] = '-';
            x = -x;
        }
        int digits = 1;
        for (long t = x; t >= 10; t /= 10) {
            digits++;
        }
        if (digits > LONG_LIMIT_EXPONENT + 1) {
            throw new IllegalArgumentException("not an integer below 10^15: " + value);
        }
        int end = p + digits;
        for (int i = end - 1; i >= p; i--) {
            b[i] = (byte) ('0' + x % 10);
            x /= 10;
        }
        return end;
    }

    /** Writes the content to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    /** The content as a string (for small tables and tests). */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
