package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.Parallel;
import org.jspecify.annotations.Nullable;

/**
 * Reads a labelled numeric CSV (first column = row label, header = column labels) straight into a
 * {@link DenseMatrix}, streaming; files on disk above a few megabytes are parsed in two halves in parallel.
 * Rows must appear in the expected order; any difference names the file, line and label.
 */
final class LabeledCsv {

    static final long PARALLEL_THRESHOLD = 4L << 20;

    private LabeledCsv() {
    }

    /** A parsed matrix with its labels. */
    record Labeled(String idHeader, List<String> rowLabels, List<String> colLabels, DenseMatrix matrix) {
    }

    /** Reads only the header line: the id column name followed by the column labels. */
    static List<String> readHeader(TableSource src, String name) {
        try (CsvLineReader r = new CsvLineReader(src.open(name), name, 1)) {
            if (!r.nextLine()) {
                throw new TableValidationException(name, 1, null, "the file is empty (a header line is required)");
            }
            return r.readAllText();
        }
    }

    /**
     * Reads the whole matrix.
     *
     * @param expectedCols the column labels the header must carry, in order (null: take the header as is)
     * @param expectedRows the row labels the rows must carry, in order (null: accept any, keep their order)
     * @param colsFrom     where {@code expectedCols} came from, for error messages
     * @param rowsFrom     where {@code expectedRows} came from, for error messages
     */
    static Labeled read(TableSource src, String name, @Nullable List<String> expectedCols, String colsFrom,
            @Nullable List<String> expectedRows, String rowsFrom) {
        List<String> header = readHeader(src, name);
        if (header.size() < 2) {
            throw new TableValidationException(name, 1, null,
                    "the header has " + header.size() + " field(s); expected an id column and at least one label");
        }
        String idHeader = header.get(0);
        List<String> cols = List.copyOf(header.subList(1, header.size()));
        checkUnique(name, 1, cols);
        if (expectedCols != null) {
            checkSameLabels(name, 1, cols, expectedCols, "column", colsFrom);
        }
        Optional<Path> path = src.path(name);
        if (expectedRows != null && path.isPresent() && src.size(name) > PARALLEL_THRESHOLD && Parallel.threads() > 1) {
            DenseMatrix m = readParallel(path.get(), name, cols, expectedRows, rowsFrom, src.size(name));
            return new Labeled(idHeader, expectedRows, cols, m);
        }
        try (CsvLineReader r = new CsvLineReader(src.open(name), name, 1)) {
            r.nextLine();
            if (expectedRows != null) {
                DenseMatrix m = new DenseMatrix(expectedRows.size(), cols.size());
                int rows = readRows(r, cols, expectedRows, rowsFrom, m, 0, Long.MAX_VALUE);
                checkRowCount(name, rows, expectedRows, rowsFrom, r.lineNumber());
                return new Labeled(idHeader, expectedRows, cols, m);
            }
            List<String> labels = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            while (r.nextLine()) {
                String label = r.readText();
                Long before = seen.put(label, r.lineNumber());
                if (before != null) {
                    throw new TableValidationException(name, r.lineNumber(), label,
                            "the row label repeats line " + before);
                }
                double[] row = new double[cols.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = r.readDouble(label, cols.get(j));
                }
                checkEnd(r, label, cols.size());
                labels.add(label);
                values.add(row);
            }
            DenseMatrix m = new DenseMatrix(labels.size(), cols.size());
            for (int i = 0; i < values.size(); i++) {
                System.arraycopy(values.get(i), 0, m.data(), i * cols.size(), cols.size());
            }
            return new Labeled(idHeader, List.copyOf(labels), cols, m);
        }
    }

    private static void checkRowCount(String name, int rows, List<String> expectedRows, String rowsFrom, long line) {
        if (rows < expectedRows.size()) {
            throw new TableValidationException(name, line + 1, expectedRows.get(rows),
                    "the file ends after " + rows + " data rows; " + expectedRows.size()
                            + " are expected (labels from " + rowsFrom + "), the next one is missing");
        }
    }

    /**
     * Parses data lines into rows {@code firstRow, firstRow+1, …} of m. Stops at the end of the stream or at the
     * first line starting at or after {@code stopOffset}. Returns the index after the last row read.
     */
    private static int readRows(CsvLineReader r, List<String> cols, List<String> expectedRows, String rowsFrom,
            DenseMatrix m, int firstRow, long stopOffset) {
        int nCols = cols.size();
        double[] data = m.data();
        int row = firstRow;
        while (r.nextLine()) {
            if (r.lineOffset() >= stopOffset) {
                return row;
            }
            String label = r.readText();
            if (row >= expectedRows.size()) {
                throw new TableValidationException(r.file(), r.lineNumber(), label,
                        "an extra row: " + expectedRows.size() + " rows are expected (labels from " + rowsFrom + ")");
            }
            if (!label.equals(expectedRows.get(row))) {
                throw new TableValidationException(r.file(), r.lineNumber(), label,
                        "the row label differs from '" + expectedRows.get(row) + "', expected at this position (from "
                                + rowsFrom + ")");
            }
            int o = row * nCols;
            for (int j = 0; j < nCols; j++) {
                data[o + j] = r.readDouble(label, cols.get(j));
            }
            checkEnd(r, label, nCols);
            row++;
        }
        return row;
    }

    private static void checkEnd(CsvLineReader r, String label, int nCols) {
        if (!r.atEndOfLine()) {
            throw new TableValidationException(r.file(), r.lineNumber(), label,
                    "ragged row: " + r.countFields() + " fields, the header has " + (nCols + 1));
        }
    }

    private static DenseMatrix readParallel(Path path, String name, List<String> cols, List<String> expectedRows,
            String rowsFrom, long size) {
        DenseMatrix m = new DenseMatrix(expectedRows.size(), cols.size());
        long mid = size / 2;
        int[] firstHalfRows = new int[1];
        long[] firstHalfLines = new long[1];
        CompletableFuture<int[]> second = CompletableFuture.supplyAsync(() -> {
            try (CsvLineReader r = new CsvLineReader(openAt(path, mid - 1), name, 1)) {
                r.skipPartialLine();
                if (!r.nextLine()) {
                    return new int[] {-1, 0};
                }
                String label = r.readText();
                int start = expectedRows.indexOf(label);
                if (start < 0) {
                    throw new TableValidationException(name, r.lineNumber(), label,
                            "the row label is not among the expected labels (from " + rowsFrom + ")");
                }
                // re-read that line as a normal row
                try (CsvLineReader again = new CsvLineReader(openAt(path, mid - 1), name, 1)) {
                    again.skipPartialLine();
                    int end = readRows(again, cols, expectedRows, rowsFrom, m, start, Long.MAX_VALUE);
                    return new int[] {start, end, (int) again.lineNumber()};
                }
            }
        });
        TableValidationException firstError = null;
        try (CsvLineReader r = new CsvLineReader(openAt(path, 0), name, 1)) {
            r.nextLine();
            firstHalfRows[0] = readRows(r, cols, expectedRows, rowsFrom, m, 0, mid);
            firstHalfLines[0] = r.lineNumber() - 1; // the line read at or after mid was not parsed
        } catch (TableValidationException e) {
            firstError = e;
        }
        int[] secondResult;
        try {
            secondResult = second.join();
        } catch (CompletionException e) {
            if (firstError != null) {
                throw firstError;
            }
            if (e.getCause() instanceof TableValidationException tve) {
                throw tve.shiftedBy(firstHalfLines[0]);
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        if (firstError != null) {
            throw firstError;
        }
        if (secondResult[0] < 0) {
            checkRowCount(name, firstHalfRows[0], expectedRows, rowsFrom, firstHalfLines[0]);
            return m;
        }
        if (secondResult[0] != firstHalfRows[0]) {
            long line = firstHalfLines[0] + 1;
            String label = expectedRows.get(secondResult[0]);
            throw new TableValidationException(name, line, label, "the row label differs from '"
                    + (firstHalfRows[0] < expectedRows.size() ? expectedRows.get(firstHalfRows[0]) : "(none)")
                    + "', expected at this position (from " + rowsFrom + ")");
        }
        checkRowCount(name, secondResult[1], expectedRows, rowsFrom, firstHalfLines[0] + secondResult[2]);
        return m;
    }

    private static InputStream openAt(Path path, long offset) {
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            ch.position(Math.max(0, offset));
            return Channels.newInputStream(ch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path, e);
        }
    }

    static void checkUnique(String name, long line, List<String> labels) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer before = seen.put(labels.get(i), i);
            if (before != null) {
                throw new TableValidationException(name, line, labels.get(i),
                        "the label appears twice (positions " + (before + 1) + " and " + (i + 1) + ")");
            }
        }
    }

    static void checkSameLabels(String name, long line, List<String> actual, List<String> expected, String kind,
            String from) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                throw new TableValidationException(name, line, actual.get(i), kind + " label " + (i + 1)
                        + " differs from '" + expected.get(i) + "' (from " + from + ")");
            }
        }
        if (actual.size() != expected.size()) {
            throw new TableValidationException(name, line, null, actual.size() + " " + kind + " labels, but " + from
                    + " has " + expected.size());
        }
    }
}
