package org.gvclab.core.io.decompose;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One computed indicator as a table: key columns (labels such as region and sector) and numeric value columns.
 * The web grid shows it; {@link #writeCsv(Writer)} gives the download and the command-line output (numbers
 * written so they read back as the same double, {@code NaN} where a ratio has a zero denominator).
 *
 * @param indicator    which indicator
 * @param keyColumns   names of the key columns (for example {@code id}, or {@code country, sector})
 * @param valueColumns names of the value columns
 * @param rows         the rows, in output order
 */
public record IndicatorTable(IndicatorId indicator, List<String> keyColumns, List<String> valueColumns, List<Row> rows) {

    public IndicatorTable {
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.keys().size() != keyColumns.size() || r.values().length != valueColumns.size()) {
                throw new IllegalArgumentException("row " + r.keys() + " does not fit the columns of " + indicator);
            }
        }
    }

    /**
     * One row: its keys and values (the array is not copied).
     *
     * @param keys   key values, one per key column
     * @param values numeric values, one per value column
     */
    public record Row(List<String> keys, double[] values) {

        public Row {
            keys = List.copyOf(keys);
        }
    }

    /** The value in a row by value-column name. */
    public double value(int row, String column) {
        int c = valueColumns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException(indicator + " has no column " + column);
        }
        return rows.get(row).values()[c];
    }

    /** Writes header and rows as comma-separated text with "\n" line ends. */
    public void writeCsv(Writer out) {
        try {
            StringBuilder sb = new StringBuilder(1 << 16);
            List<String> header = new ArrayList<>(keyColumns);
            header.addAll(valueColumns);
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                appendText(sb, header.get(i));
            }
            sb.append('\n');
            for (Row r : rows) {
                boolean first = true;
                for (String k : r.keys()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    appendText(sb, k);
                }
                for (double v : r.values()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    appendNumber(sb, v);
                }
                sb.append('\n');
                if (sb.length() > (1 << 16)) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
            out.append(sb);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + indicator.fileName(), e);
        }
    }

    /** The CSV text (for small tables and tests). */
    public String toCsv() {
        StringWriter w = new StringWriter();
        writeCsv(w);
        return w.toString();
    }

    static void appendText(StringBuilder sb, String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(s);
        }
    }

    /** Shortest text that reads back as the same double; integers without ".0"; NaN as {@code NaN}. */
    static void appendNumber(StringBuilder sb, double v) {
        if (v == 0) {
            sb.append(Double.doubleToRawLongBits(v) == 0 ? "0" : "-0");
        } else if (Double.isNaN(v)) {
            sb.append("NaN");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(Double.toString(v));
        }
    }
}
