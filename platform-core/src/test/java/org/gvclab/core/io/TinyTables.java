package org.gvclab.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small balanced two-region, two-sector table written by hand in the golden layout, used to build
 * broken variants in the bad-input tests.
 */
public final class TinyTables {

    public static final List<String> LABELS = List.of("AA_s1", "AA_s2", "BB_s1", "BB_s2");

    // Z (row = seller), Y by region of use; x = row sums; va = x − column sums.
    public static final double[][] Z = {
        {10, 5, 2, 1},
        {4, 8, 1, 3},
        {2, 1, 12, 6},
        {1, 2, 5, 9}};
    public static final double[][] Y = {
        {20, 2},
        {15, 4},
        {3, 25},
        {2, 18}};

    private TinyTables() {
    }

    public static double[] x() {
        double[] x = new double[4];
        for (int i = 0; i < 4; i++) {
            double s = 0;
            for (int j = 0; j < 4; j++) {
                s += Z[i][j];
            }
            x[i] = s + Y[i][0] + Y[i][1];
        }
        return x;
    }

    public static double[] va() {
        double[] x = x();
        double[] va = new double[4];
        for (int j = 0; j < 4; j++) {
            double s = 0;
            for (int i = 0; i < 4; i++) {
                s += Z[i][j];
            }
            va[j] = x[j] - s;
        }
        return va;
    }

    /** Writes the table; returns the directory. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            List<String> z = new ArrayList<>();
            z.add("id," + String.join(",", LABELS));
            for (int i = 0; i < 4; i++) {
                z.add(LABELS.get(i) + "," + join(Z[i]));
            }
            Files.write(dir.resolve("Z.csv"), z, StandardCharsets.UTF_8);
            List<String> y = new ArrayList<>();
            y.add("id,AA,BB");
            for (int i = 0; i < 4; i++) {
                y.add(LABELS.get(i) + "," + join(Y[i]));
            }
            Files.write(dir.resolve("Y.csv"), y, StandardCharsets.UTF_8);
            Files.write(dir.resolve("X.csv"), List.of("id," + String.join(",", LABELS), "X," + join(x())));
            Files.write(dir.resolve("VA.csv"), List.of("id," + String.join(",", LABELS), "VA," + join(va())));
            Files.write(dir.resolve("countries.txt"), List.of("AA", "BB"));
            Files.write(dir.resolve("sectors.txt"), List.of("s1", "s2"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(v[i]);
        }
        return sb.toString();
    }

    /** Replaces the first occurrence of {@code from} by {@code to} in one file. */
    public static void edit(Path dir, String file, String from, String to) {
        try {
            Path p = dir.resolve(file);
            String s = Files.readString(p);
            if (!s.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(p, s.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
