package org.gvclab.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * IO tables in the golden CSV layout for tests, as file name → bytes: the leather toy table of
 * {@code ../shared/golden} when the system property {@code gvclab.golden.dir} points at it, otherwise (and on
 * request) a seeded synthetic balanced table built here. Files can be edited to make broken variants and zipped
 * as a user would upload them.
 */
public final class IoTestFiles {

    private IoTestFiles() {
    }

    /** Whether the golden leather table is at hand ({@code gvclab.golden.dir}). */
    public static boolean hasLeather() {
        String dir = System.getProperty("gvclab.golden.dir");
        return dir != null && Files.isRegularFile(Path.of(dir, "leather", "input", "Z.csv"));
    }

    /** The leather table's input files, or a generated 3 × 3 table when the golden data is absent. */
    public static Map<String, byte[]> leatherOrGenerated() {
        if (hasLeather()) {
            Path input = Path.of(System.getProperty("gvclab.golden.dir"), "leather", "input");
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String f : List.of("Z.csv", "Y.csv", "Y_detail.csv", "VA.csv", "X.csv", "countries.txt",
                    "sectors.txt", "fd_categories.txt")) {
                if (Files.isRegularFile(input.resolve(f))) {
                    try {
                        files.put(f, Files.readAllBytes(input.resolve(f)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return files;
        }
        return generated(3, 3, 7);
    }

    /**
     * A balanced synthetic table (regions {@code R1…}, sectors {@code S1…}): final demand per row ~ U(50, 150)
     * split over regions with the own region weighted 20 times; intermediate inputs of column j are α_j·y_j with
     * α_j ~ U(0.2, 0.9) spread over suppliers (own region 10 times); x = Z·1 + Y·1 and va = x − 1'·Z, so both
     * balance identities hold up to rounding and va > 0.
     */
    public static Map<String, byte[]> generated(int g, int nSec, long seed) {
        int n = g * nSec;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] y = new double[n][g];
        double[] yTot = new double[n];
        for (int i = 0; i < n; i++) {
            yTot[i] = 50 + 100 * rnd.nextDouble();
            double s = 0;
            for (int r = 0; r < g; r++) {
                y[i][r] = (r == i / nSec ? 20.0 : 1.0) * rnd.nextDouble();
                s += y[i][r];
            }
            for (int r = 0; r < g; r++) {
                y[i][r] *= yTot[i] / s;
            }
        }
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) {
            double alpha = 0.2 + 0.7 * rnd.nextDouble();
            double s = 0;
            for (int i = 0; i < n; i++) {
                z[i][j] = (i / nSec == j / nSec ? 10.0 : 1.0) * rnd.nextDouble();
                s += z[i][j];
            }
            for (int i = 0; i < n; i++) {
                z[i][j] *= alpha * yTot[j] / s;
            }
        }
        double[] x = new double[n];
        double[] colSum = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += z[i][j];
                colSum[j] += z[i][j];
            }
            for (int r = 0; r < g; r++) {
                s += y[i][r];
            }
            x[i] = s;
        }
        String[] regions = new String[g];
        String[] sectors = new String[nSec];
        for (int r = 0; r < g; r++) {
            regions[r] = String.format(Locale.ROOT, "R%d", r + 1);
        }
        for (int s = 0; s < nSec; s++) {
            sectors[s] = String.format(Locale.ROOT, "S%d", s + 1);
        }
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = regions[i / nSec] + "_" + sectors[i % nSec];
        }
        double[] va = new double[n];
        for (int j = 0; j < n; j++) {
            va[j] = x[j] - colSum[j];
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder("id," + String.join(",", labels) + "\n");
        for (int i = 0; i < n; i++) {
            sb.append(labels[i]);
            for (int j = 0; j < n; j++) {
                sb.append(',').append(z[i][j]);
            }
            sb.append('\n');
        }
        files.put("Z.csv", bytes(sb));
        sb = new StringBuilder("id," + String.join(",", regions) + "\n");
        for (int i = 0; i < n; i++) {
            sb.append(labels[i]);
            for (int r = 0; r < g; r++) {
                sb.append(',').append(y[i][r]);
            }
            sb.append('\n');
        }
        files.put("Y.csv", bytes(sb));
        files.put("VA.csv", bytes(vector("VA", labels, va)));
        files.put("X.csv", bytes(vector("X", labels, x)));
        files.put("countries.txt", bytes(new StringBuilder(String.join("\n", regions)).append('\n')));
        files.put("sectors.txt", bytes(new StringBuilder(String.join("\n", sectors)).append('\n')));
        return files;
    }

    /**
     * The same table in the OECD ICIO CSV layout: header {@code V1, labels…, REGION_HFCE…, OUT}; one row per label
     * (Z, final demand by region as HFCE, output); footer rows TLS (10 % of value added), VA (90 %) and OUT, so
     * that the reader's {@code va = VA + TLS} gives the original value added back.
     */
    public static String icioCsv(Map<String, byte[]> golden) {
        List<String> z = Arrays.asList(new String(golden.get("Z.csv"), StandardCharsets.UTF_8).strip().split("\n"));
        List<String> y = Arrays.asList(new String(golden.get("Y.csv"), StandardCharsets.UTF_8).strip().split("\n"));
        String[] x = new String(golden.get("X.csv"), StandardCharsets.UTF_8).strip().split("\n")[1].split(",");
        String[] va = new String(golden.get("VA.csv"), StandardCharsets.UTF_8).strip().split("\n")[1].split(",");
        String[] labels = z.get(0).split(",");
        String[] regions = y.get(0).split(",");
        int n = labels.length - 1;
        StringBuilder sb = new StringBuilder("V1");
        for (int j = 1; j <= n; j++) {
            sb.append(',').append(labels[j]);
        }
        for (int r = 1; r < regions.length; r++) {
            sb.append(',').append(regions[r]).append("_HFCE");
        }
        sb.append(",OUT\n");
        for (int i = 1; i <= n; i++) {
            String yRow = y.get(i);
            sb.append(z.get(i)).append(yRow.substring(yRow.indexOf(','))).append(',').append(x[i]).append('\n');
        }
        String[] footer = {"TLS", "VA", "OUT"};
        for (String f : footer) {
            sb.append(f);
            for (int j = 1; j <= n; j++) {
                double v = Double.parseDouble(va[j]);
                sb.append(',').append(switch (f) {
                    case "TLS" -> Double.toString(0.1 * v);
                    case "VA" -> Double.toString(v - 0.1 * v);
                    default -> x[j];
                });
            }
            sb.append(",0".repeat(regions.length - 1)).append(",\n");
        }
        return sb.toString();
    }

    /** A copy of {@code files} with the first occurrence of {@code from} replaced by {@code to} in one file. */
    public static Map<String, byte[]> edited(Map<String, byte[]> files, String file, String from, String to) {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(file + " does not contain '" + from + "'");
        }
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        copy.put(file, (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    /** A copy of {@code files} with field {@code field} (0-based) of line {@code line} (1-based) of one file replaced. */
    public static Map<String, byte[]> withField(Map<String, byte[]> files, String file, int line, int field,
                                                String value) {
        String[] lines = new String(files.get(file), StandardCharsets.UTF_8).split("\n", -1);
        String[] cells = lines[line - 1].split(",", -1);
        cells[field] = value;
        lines[line - 1] = String.join(",", cells);
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        copy.put(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    /** The files as a zip, each under {@code prefix} (empty for the top level). */
    public static byte[] zip(Map<String, byte[]> files, String prefix) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(prefix + e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Line {@code line} (1-based) of a file, without its line end. */
    public static String line(Map<String, byte[]> files, String file, int line) {
        return new String(files.get(file), StandardCharsets.UTF_8).split("\r?\n")[line - 1];
    }

    private static StringBuilder vector(String label, String[] labels, double[] v) {
        StringBuilder sb = new StringBuilder("id," + String.join(",", labels) + "\n" + label);
        for (double d : v) {
            sb.append(',').append(d);
        }
        return sb.append('\n');
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
