package org.gvclab.core.io.read;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs the golden-layout reader a few times over a small balanced table made in memory, so that the just-in-time
 * compiler has compiled its loops (number parsing, field splitting, the balance check) before a user's first upload:
 * in a fresh process the first 126 MB table otherwise reads about half as fast as the later ones. Takes well under a
 * second; nothing is written to disk.
 */
public final class ReaderWarmUp {

    private static final int REGIONS = 6;
    private static final int SECTORS = 30;
    private static final int ROUNDS = 4;

    private ReaderWarmUp() {
    }

    /** Reads the in-memory table {@code ROUNDS} times; returns the number of values read. */
    public static long run() {
        Map<String, byte[]> files = table(new SplittableRandom(1));
        long values = 0;
        for (int i = 0; i < ROUNDS; i++) {
            values += GoldenLayoutReader.read(TableSource.memory(files, "warm-up table"), "warm-up",
                    ReadOptions.defaults()).Z().data().length;
        }
        return values;
    }

    /** A balanced table with full-precision numbers: Z, Y (one column per region), X and VA. */
    private static Map<String, byte[]> table(SplittableRandom rnd) {
        int n = REGIONS * SECTORS;
        String[] labels = new String[n];
        StringBuilder regions = new StringBuilder();
        StringBuilder sectors = new StringBuilder();
        for (int r = 0; r < REGIONS; r++) {
            regions.append('R').append(r).append('\n');
        }
        for (int s = 0; s < SECTORS; s++) {
            sectors.append('S').append(s).append('\n');
        }
        for (int i = 0; i < n; i++) {
            labels[i] = "R" + i / SECTORS + "_S" + i % SECTORS;
        }
        double[] x = new double[n];
        double[] colSum = new double[n];
        StringBuilder z = header(labels);
        StringBuilder y = new StringBuilder("id");
        for (int r = 0; r < REGIONS; r++) {
            y.append(",R").append(r);
        }
        y.append('\n');
        for (int i = 0; i < n; i++) {
            z.append(labels[i]);
            y.append(labels[i]);
            for (int j = 0; j < n; j++) {
                double v = rnd.nextDouble();
                z.append(',').append(v);
                x[i] += v;
                colSum[j] += v;
            }
            for (int r = 0; r < REGIONS; r++) {
                // final demand large enough that every column's inputs stay below its output
                double v = n * (1 + rnd.nextDouble());
                y.append(',').append(v);
                x[i] += v;
            }
            z.append('\n');
            y.append('\n');
        }
        StringBuilder xs = header(labels).append('X');
        StringBuilder va = header(labels).append("VA");
        for (int j = 0; j < n; j++) {
            xs.append(',').append(x[j]);
            va.append(',').append(x[j] - colSum[j]);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("countries.txt", bytes(regions));
        files.put("sectors.txt", bytes(sectors));
        files.put("Z.csv", bytes(z));
        files.put("Y.csv", bytes(y));
        files.put("X.csv", bytes(xs.append('\n')));
        files.put("VA.csv", bytes(va.append('\n')));
        return files;
    }

    private static StringBuilder header(String[] labels) {
        StringBuilder b = new StringBuilder("id");
        for (String l : labels) {
            b.append(',').append(l);
        }
        return b.append('\n');
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
