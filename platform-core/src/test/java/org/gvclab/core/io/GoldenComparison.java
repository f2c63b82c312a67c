package org.gvclab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison the golden README §3 suggests: headers equal, key columns equal, each numeric column within
 * {@code 1e-9·max|expected column| + 1e-12}, NaN (or NA) where the expected file has it and nowhere else.
 */
final class GoldenComparison {

    private GoldenComparison() {
    }

    static void assertSameTable(List<List<String>> expected, List<List<String>> actual, String what) {
        assertThat(actual.get(0)).as(what + " header").isEqualTo(expected.get(0));
        assertThat(actual).as(what + " row count").hasSameSizeAs(expected);
        int cols = expected.get(0).size();
        for (int c = 0; c < cols; c++) {
            List<String> e = column(expected, c);
            List<String> a = column(actual, c);
            if (!isNumeric(e)) {
                assertThat(a).as(what + " key column " + expected.get(0).get(c)).isEqualTo(e);
                continue;
            }
            double max = 0;
            for (String s : e) {
                double v = parse(s);
                if (!Double.isNaN(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            double tol = 1e-9 * max + 1e-12;
            for (int i = 0; i < e.size(); i++) {
                double ev = parse(e.get(i));
                double av;
                try {
                    av = parse(a.get(i));
                } catch (NumberFormatException ex) {
                    fail(what + " row " + (i + 2) + " column " + expected.get(0).get(c) + ": '" + a.get(i)
                            + "' is not a number");
                    return;
                }
                String where = what + " row " + (i + 2) + " (" + expected.get(i + 1).get(0) + ") column "
                        + expected.get(0).get(c);
                if (Double.isNaN(ev) || Double.isNaN(av)) {
                    assertThat(Double.isNaN(av)).as(where + ": expected " + e.get(i) + ", got " + a.get(i))
                            .isEqualTo(Double.isNaN(ev));
                    continue;
                }
                if (Math.abs(av - ev) > tol) {
                    fail(where + ": expected " + ev + ", got " + av + " (tolerance " + tol + ")");
                }
            }
        }
    }

    private static List<String> column(List<List<String>> t, int c) {
        List<String> r = new ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            r.add(t.get(i).get(c));
        }
        return r;
    }

    private static boolean isNumeric(List<String> values) {
        for (String s : values) {
            try {
                parse(s);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    static double parse(String s) {
        if ("NA".equals(s) || "NaN".equals(s)) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }
}
