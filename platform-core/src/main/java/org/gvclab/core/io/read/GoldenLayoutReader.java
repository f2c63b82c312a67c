package org.gvclab.core.io.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoTable;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV layout of {@code shared/golden/<table>/input/} (golden README §1): {@code Z.csv} (n × n with an
 * {@code id} column), {@code Y.csv} (n × G) and/or {@code Y_detail.csv} (n × G·F, {@code REGION_CATEGORY}),
 * {@code VA.csv} and {@code X.csv} (one row each), optional {@code countries.txt}, {@code sectors.txt},
 * {@code fd_categories.txt}. Labels are {@code REGION_SECTOR}, split at the first underscore.
 */
final class GoldenLayoutReader {

    static final Set<String> FILES = Set.of("Z.csv", "Y.csv", "Y_detail.csv", "VA.csv", "X.csv", "countries.txt",
            "sectors.txt", "fd_categories.txt");

    /** Largest countries.txt or sectors.txt: names of regions or sectors, one per line. */
    static final long MAX_LABEL_FILE_BYTES = 4L << 20;

    private GoldenLayoutReader() {
    }

    static IoTable read(TableSource src, String name, ReadOptions options) {
        if (!src.exists("Z.csv")) {
            throw new TableValidationException("Z.csv", 0, null, "missing from " + src.describe()
                    + "; the golden layout needs Z.csv, Y.csv or Y_detail.csv, VA.csv and X.csv");
        }
        List<String> labels = LabeledCsv.readHeader(src, "Z.csv");
        if (labels.size() < 2) {
            throw new TableValidationException("Z.csv", 1, null, "the header has no column labels");
        }
        labels = List.copyOf(labels.subList(1, labels.size()));
        LabeledCsv.checkUnique("Z.csv", 1, labels);
        List<String> regions;
        List<String> sectors;
        if (src.exists("countries.txt") && src.exists("sectors.txt")) {
            regions = readLines(src, "countries.txt");
            sectors = readLines(src, "sectors.txt");
            List<String> expected = new ArrayList<>();
            for (String r : regions) {
                for (String s : sectors) {
                    expected.add(r + "_" + s);
                }
            }
            LabeledCsv.checkSameLabels("Z.csv", 1, labels, expected, "column", "countries.txt × sectors.txt");
        } else {
            List<String>[] split = splitLabels(labels, "Z.csv");
            regions = split[0];
            sectors = split[1];
        }
        int n = labels.size();
        int g = regions.size();
        LabeledCsv.Labeled z = LabeledCsv.read(src, "Z.csv", labels, "Z.csv header", labels, "Z.csv header");

        List<String> categories = List.of();
        DenseMatrix yDetail = null;
        if (src.exists("Y_detail.csv")) {
            List<String> header = LabeledCsv.readHeader(src, "Y_detail.csv");
            List<String> cols = header.subList(Math.min(1, header.size()), header.size());
            categories = categoriesOf(cols, regions, "Y_detail.csv");
            List<String> expected = new ArrayList<>();
            for (String r : regions) {
                for (String c : categories) {
                    expected.add(r + "_" + c);
                }
            }
            yDetail = LabeledCsv.read(src, "Y_detail.csv", expected, "countries × categories", labels,
                    "Z.csv header").matrix();
        }
        DenseMatrix y;
        if (src.exists("Y.csv")) {
            y = LabeledCsv.read(src, "Y.csv", regions, "the regions of Z.csv", labels, "Z.csv header").matrix();
            if (yDetail != null) {
                checkDetailSums(y, yDetail, labels, regions, categories.size(), options);
            }
        } else if (yDetail != null) {
            y = sumCategories(yDetail, g, categories.size());
        } else {
            throw new TableValidationException("Y.csv", 0, null, "missing from " + src.describe()
                    + "; final demand needs Y.csv or Y_detail.csv");
        }
        List<String> notes = new ArrayList<>();
        notes.add("read from " + src.describe() + " in the golden CSV layout");
        double[] x;
        if (src.exists("X.csv")) {
            x = readVector(src, "X.csv", labels);
        } else {
            x = z.matrix().rowSums();
            double[] yr = y.rowSums();
            for (int i = 0; i < n; i++) {
                x[i] += yr[i];
            }
            notes.add("X.csv is absent: gross output computed as row sums of Z and Y");
        }
        TableChecks.checkOutput(x, labels, "X.csv", 2);
        double[] va;
        if (src.exists("VA.csv")) {
            va = readVector(src, "VA.csv", labels);
        } else {
            va = x.clone();
            double[] cs = z.matrix().colSums();
            for (int j = 0; j < n; j++) {
                va[j] -= cs[j];
            }
            notes.add("VA.csv is absent: value added computed as x minus column sums of Z");
        }
        if (src.exists("fd_categories.txt") && !categories.isEmpty()) {
            List<String> codes = new ArrayList<>();
            for (String l : readLines(src, "fd_categories.txt")) {
                int tab = l.indexOf('\t');
                codes.add(tab >= 0 ? l.substring(0, tab).trim() : l.trim());
            }
            if (!codes.equals(categories)) {
                throw new TableValidationException("fd_categories.txt", 0, null, "the categories " + codes
                        + " differ from those in the Y_detail.csv header " + categories);
            }
        }
        IoTable t = new IoTable(name, regions, sectors, categories, z.matrix(), y, yDetail, va, x, notes);
        return TableChecks.checkBalance(t, options, "X.csv", "VA.csv");
    }

    private static void checkDetailSums(DenseMatrix y, DenseMatrix yDetail, List<String> labels, List<String> regions,
            int f, ReadOptions options) {
        DenseMatrix sum = sumCategories(yDetail, regions.size(), f);
        for (int i = 0; i < y.rows(); i++) {
            for (int r = 0; r < y.cols(); r++) {
                double a = y.get(i, r);
                double b = sum.get(i, r);
                double scale = Math.max(Math.abs(a), Math.abs(b));
                if (Math.abs(a - b) > options.balanceTolerance() * scale + 1e-12) {
                    throw new TableValidationException("Y.csv", i + 2, labels.get(i), "final demand of region '"
                            + regions.get(r) + "' is " + a + " but its categories in Y_detail.csv sum to " + b);
                }
            }
        }
    }

    static DenseMatrix sumCategories(DenseMatrix yDetail, int g, int f) {
        DenseMatrix y = new DenseMatrix(yDetail.rows(), g);
        for (int i = 0; i < yDetail.rows(); i++) {
            for (int r = 0; r < g; r++) {
                double s = 0;
                for (int c = 0; c < f; c++) {
                    s += yDetail.get(i, r * f + c);
                }
                y.set(i, r, s);
            }
        }
        return y;
    }

    private static List<String> categoriesOf(List<String> cols, List<String> regions, String file) {
        if (cols.isEmpty() || regions.isEmpty() || cols.size() % regions.size() != 0) {
            throw new TableValidationException(file, 1, null, cols.size() + " final-demand columns cannot be split"
                    + " evenly among " + regions.size() + " regions");
        }
        int f = cols.size() / regions.size();
        List<String> categories = new ArrayList<>();
        String first = regions.get(0) + "_";
        for (int c = 0; c < f; c++) {
            String col = cols.get(c);
            if (!col.startsWith(first)) {
                throw new TableValidationException(file, 1, col, "expected a column '" + first + "<category>'");
            }
            categories.add(col.substring(first.length()));
        }
        return categories;
    }

    private static double[] readVector(TableSource src, String file, List<String> labels) {
        LabeledCsv.Labeled v = LabeledCsv.read(src, file, labels, "Z.csv header", null, "");
        if (v.matrix().rows() != 1) {
            throw new TableValidationException(file, v.matrix().rows() == 0 ? 1 : 3, null,
                    "expected exactly one data row, found " + v.matrix().rows());
        }
        return v.matrix().data().clone();
    }

    /** Splits {@code REGION_SECTOR} labels at the first underscore and checks the region-major grid. */
    @SuppressWarnings("unchecked")
    static List<String>[] splitLabels(List<String> labels, String file) {
        Set<String> regions = new LinkedHashSet<>();
        Set<String> sectors = new LinkedHashSet<>();
        for (String l : labels) {
            int u = l.indexOf('_');
            if (u <= 0 || u == l.length() - 1) {
                throw new TableValidationException(file, 1, l, "a label must read REGION_SECTOR");
            }
            regions.add(l.substring(0, u));
            sectors.add(l.substring(u + 1));
        }
        List<String> r = List.copyOf(regions);
        List<String> s = List.copyOf(sectors);
        if (r.size() * s.size() != labels.size()) {
            throw new TableValidationException(file, 1, null, labels.size() + " labels do not form a grid of "
                    + r.size() + " regions × " + s.size() + " sectors");
        }
        for (int i = 0; i < labels.size(); i++) {
            String expected = r.get(i / s.size()) + "_" + s.get(i % s.size());
            if (!labels.get(i).equals(expected)) {
                throw new TableValidationException(file, 1, labels.get(i), "labels must be region-major; expected '"
                        + expected + "' at position " + (i + 1));
            }
        }
        return new List[] {r, s};
    }

    static List<String> readLines(TableSource src, String file) {
        if (src.size(file) > MAX_LABEL_FILE_BYTES) {
            throw new TableValidationException(file, 0, null, "the label list is larger than "
                    + (MAX_LABEL_FILE_BYTES >> 20) + " MiB; it holds one short name per line",
                    TableValidationException.Reason.TOO_LARGE);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(new InputStreamReader(src.open(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                String t = line.strip();
                if (t.startsWith("\uFEFF")) {
                    t = t.substring(1);
                }
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        if (out.isEmpty()) {
            throw new TableValidationException(file, 1, null, "the file is empty");
        }
        return out;
    }

    static @Nullable String firstUnexpected(Iterable<String> names) {
        for (String n : names) {
            if (!FILES.contains(n)) {
                return n;
            }
        }
        return null;
    }
}
