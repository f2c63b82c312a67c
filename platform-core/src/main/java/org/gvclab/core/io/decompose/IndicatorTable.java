package org.gvclab.core.io.decompose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.gvclab.core.io.model.Parallel;
import org.gvclab.core.io.write.CsvBytes;

/**
 * One computed indicator as a table: key columns (labels such as region and sector) and numeric value columns.
 * The web grid shows it; {@link #writeCsv(OutputStream)} gives the download and the command-line output (numbers
 * written so they read back as the same double, {@code NaN} where a ratio has a zero denominator).
 *
 * <p>Rows of a table built with {@link #lazy} are produced when read, from matrices the model already holds, so
 * that an n × n output (the Leontief inverse, say) is never copied whole: each row is formed, written and dropped.
 *
 * @param indicator    which indicator
 * @param keyColumns   names of the key columns (for example {@code id}, or {@code country, sector})
 * @param valueColumns names of the value columns
 * @param rows         the rows, in output order
 */
public record IndicatorTable(IndicatorId indicator, List<String> keyColumns, List<String> valueColumns,
                             List<Row> rows) {

    /** Rows formatted per task when a table is written on several threads (about 1–2 MB of text for n ≈ 2,500). */
    private static final int CHUNK_VALUES = 1 << 16;

    public IndicatorTable {
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
        if (!(rows instanceof LazyRows)) {
            rows = List.copyOf(rows);
            for (Row r : rows) {
                check(r, keyColumns.size(), valueColumns.size(), indicator);
            }
        }
    }

    /**
     * A table whose rows are produced on each read by {@code row} (which must give equal rows for equal indices and
     * be safe to call from several threads).
     */
    public static IndicatorTable lazy(IndicatorId indicator, List<String> keyColumns, List<String> valueColumns,
                                      int rowCount, IntFunction<Row> row) {
        return new IndicatorTable(indicator, keyColumns, valueColumns,
                new LazyRows(rowCount, row, keyColumns.size(), valueColumns.size(), indicator));
    }

    private static void check(Row r, int keys, int values, IndicatorId indicator) {
        if (r.keys().size() != keys || r.values().length != values) {
            throw new IllegalArgumentException("row " + r.keys() + " does not fit the columns of " + indicator);
        }
    }

    /** Rows computed when read; immutable. */
    private static final class LazyRows extends AbstractList<Row> implements RandomAccess {
        private final int size;
        private final IntFunction<Row> row;
        private final int keys;
        private final int values;
        private final IndicatorId indicator;

        LazyRows(int size, IntFunction<Row> row, int keys, int values, IndicatorId indicator) {
            this.size = size;
            this.row = row;
            this.keys = keys;
            this.values = values;
            this.indicator = indicator;
        }

        @Override
        public Row get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            Row r = row.apply(index);
            check(r, keys, values, indicator);
            return r;
        }

        @Override
        public int size() {
            return size;
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

    /** The same table with every row computed and held (for caches that outlive the model). */
    public IndicatorTable materialized() {
        return rows instanceof LazyRows ? new IndicatorTable(indicator, keyColumns, valueColumns,
                new ArrayList<>(rows)) : this;
    }

    /**
     * Writes header and rows as UTF-8 comma-separated text with "\n" line ends. Large tables are formatted in
     * chunks of rows on every core, and written in order.
     */
    public void writeCsv(OutputStream out) {
        try {
            CsvBytes header = new CsvBytes(1024);
            List<String> names = new ArrayList<>(keyColumns);
            names.addAll(valueColumns);
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    header.comma();
                }
                header.text(names.get(i));
            }
            header.newline().writeTo(out);
            int n = rows.size();
            int perChunk = Math.max(1, CHUNK_VALUES / Math.max(1, valueColumns.size()));
            if (Parallel.threads() == 1 || n <= perChunk) {
                format(0, n).writeTo(out);
            } else {
                // at most two chunks per core in flight, so memory stays a few MB whatever the table's size
                int window = 2 * Parallel.threads();
                ArrayDeque<Future<CsvBytes>> pending = new ArrayDeque<>();
                for (int from = 0; from < n; from += perChunk) {
                    int a = from;
                    int b = Math.min(n, from + perChunk);
                    pending.add(ForkJoinPool.commonPool().submit(() -> format(a, b)));
                    if (pending.size() >= window) {
                        await(pending.poll()).writeTo(out);
                    }
                }
                while (!pending.isEmpty()) {
                    await(pending.poll()).writeTo(out);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + indicator.fileName(), e);
        }
    }

    private CsvBytes format(int from, int to) {
        CsvBytes b = new CsvBytes((to - from) * (valueColumns.size() * 20 + 32));
        for (int i = from; i < to; i++) {
            Row r = rows.get(i);
            boolean first = true;
            for (String k : r.keys()) {
                if (!first) {
                    b.comma();
                }
                first = false;
                b.text(k);
            }
            for (double v : r.values()) {
                if (!first) {
                    b.comma();
                }
                first = false;
                b.number(v);
            }
            b.newline();
        }
        return b;
    }

    private static CsvBytes await(Future<CsvBytes> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a table", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes header and rows as comma-separated text with "\n" line ends. */
    public void writeCsv(Writer out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeCsv(bytes);
        try {
            out.write(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + indicator.fileName(), e);
        }
    }

    /** The CSV text (for small tables and tests). */
    public String toCsv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeCsv(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
