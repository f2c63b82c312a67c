package org.gvclab.web.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A balanced 2-region × 3-sector IO table written by hand in the golden layout, whose Type I multipliers are
 * calculated by hand in the tests that use it (x = (100, 200, 100 | 200, 100, 100), va = (55, 130, 45 | 100, 50, 50)).
 */
public final class HandTable {

    static final double[][] Z = {
        {10, 10, 20, 10, 0, 5},
        {20, 20, 10, 10, 5, 0},
        {5, 20, 10, 0, 5, 5},
        {5, 10, 0, 40, 10, 10},
        {0, 10, 10, 20, 20, 10},
        {5, 0, 5, 20, 10, 20}};
    static final double[][] Y = {{36, 9}, {108, 27}, {44, 11}, {25, 100}, {6, 24}, {8, 32}};
    static final double[] X = {100, 200, 100, 200, 100, 100};
    static final double[] VA = {55, 130, 45, 100, 50, 50};
    static final List<String> LABELS = List.of("R1_S1", "R1_S2", "R1_S3", "R2_S1", "R2_S2", "R2_S3");

    /** Regional and national employment of R1's sectors: RE = (20, 10, 20), NE = (200, 200, 100). */
    public static final String EMPLOYMENT = "sector,regional_employment,national_employment\n"
            + "S1,20,200\nS2,10,200\nS3,20,100\n";

    private HandTable() {
    }

    /** The table's files, file name → bytes. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder z = new StringBuilder("id," + String.join(",", LABELS) + "\n");
        StringBuilder y = new StringBuilder("id,R1,R2\n");
        for (int i = 0; i < 6; i++) {
            z.append(LABELS.get(i)).append(',').append(join(Z[i])).append('\n');
            y.append(LABELS.get(i)).append(',').append(join(Y[i])).append('\n');
        }
        files.put("Z.csv", bytes(z));
        files.put("Y.csv", bytes(y));
        files.put("VA.csv", bytes("id," + String.join(",", LABELS) + "\nVA," + join(VA) + "\n"));
        files.put("X.csv", bytes("id," + String.join(",", LABELS) + "\nX," + join(X) + "\n"));
        files.put("countries.txt", bytes("R1\nR2\n"));
        files.put("sectors.txt", bytes("S1\nS2\nS3\n"));
        return files;
    }

    private static String join(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(b.length() == 0 ? "" : ",").append(d);
        }
        return b.toString();
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
