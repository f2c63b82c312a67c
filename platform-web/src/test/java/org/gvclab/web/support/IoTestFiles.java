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

    /** A golden-layout table parsed back into numbers, for writing it in the releases' layouts. */
    private record Parsed(String[] labels, String[] regions, String[] sectors, double[][] z, double[][] y, double[] va,
            double[] x) {
    }

    private static Parsed parse(Map<String, byte[]> golden) {
        String[] zLines = new String(golden.get("Z.csv"), StandardCharsets.UTF_8).strip().split("\n");
        String[] yLines = new String(golden.get("Y.csv"), StandardCharsets.UTF_8).strip().split("\n");
        String[] head = zLines[0].split(",");
        String[] labels = Arrays.copyOfRange(head, 1, head.length);
        String[] regions = Arrays.copyOfRange(yLines[0].split(","), 1, yLines[0].split(",").length);
        String[] sectors = new String(golden.get("sectors.txt"), StandardCharsets.UTF_8).strip().split("\\R");
        int n = labels.length;
        double[][] z = new double[n][];
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = numbers(zLines[i + 1]);
            y[i] = numbers(yLines[i + 1]);
        }
        double[] va = numbers(new String(golden.get("VA.csv"), StandardCharsets.UTF_8).strip().split("\n")[1]);
        double[] x = numbers(new String(golden.get("X.csv"), StandardCharsets.UTF_8).strip().split("\n")[1]);
        return new Parsed(labels, regions, sectors, z, y, va, x);
    }

    private static double[] numbers(String line) {
        String[] f = line.split(",");
        double[] v = new double[f.length - 1];
        for (int k = 1; k < f.length; k++) {
            v[k - 1] = Double.parseDouble(f[k]);
        }
        return v;
    }

    /**
     * The table in the OECD ICIO 2018 layout (docs/io-formats.md): an empty first cell; final demand named country
     * first with the release's six categories (households and fixed capital formation half each, the others 0);
     * a TOTAL column; one {@code COUNTRY_TAXSUB} row per country (together a tenth of value added), VALU (the
     * rest) and OUTPUT. With {@code semicolons}, written as Excel saves CSV in European locales: semicolons and
     * decimal commas.
     */
    public static String icio2018Csv(Map<String, byte[]> golden, boolean semicolons) {
        Parsed t = parse(golden);
        int n = t.labels().length;
        int g = t.regions().length;
        List<String> cats = List.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "P33");
        String sep = semicolons ? ";" : ",";
        java.util.function.DoubleFunction<String> num = v -> semicolons ? Double.toString(v).replace('.', ',')
                : Double.toString(v);
        StringBuilder sb = new StringBuilder();
        List<String> header = new java.util.ArrayList<>(List.of(""));
        header.addAll(Arrays.asList(t.labels()));
        for (String r : t.regions()) {
            for (String c : cats) {
                header.add(r + "_" + c);
            }
        }
        header.add("TOTAL");
        sb.append(String.join(sep, header)).append('\n');
        for (int i = 0; i < n; i++) {
            List<String> row = new java.util.ArrayList<>(List.of(t.labels()[i]));
            for (double v : t.z()[i]) {
                row.add(num.apply(v));
            }
            for (int r = 0; r < g; r++) {
                double half = t.y()[i][r] * 0.5;
                for (String c : cats) {
                    row.add(num.apply(c.equals("HFCE") ? half : c.equals("GFCF") ? t.y()[i][r] - half : 0));
                }
            }
            row.add(num.apply(t.x()[i]));
            sb.append(String.join(sep, row)).append('\n');
        }
        List<String> footers = new java.util.ArrayList<>();
        for (String r : t.regions()) {
            footers.add(r + "_TAXSUB");
        }
        footers.add("VALU");
        footers.add("OUTPUT");
        for (String f : footers) {
            List<String> row = new java.util.ArrayList<>(List.of(f));
            for (int j = 0; j < n; j++) {
                double tls = 0.1 * t.va()[j];
                row.add(num.apply(switch (f) {
                    case "VALU" -> t.va()[j] - tls;
                    case "OUTPUT" -> t.x()[j];
                    default -> tls / g;
                }));
            }
            for (int k = 0; k < g * cats.size() + 1; k++) {
                row.add(num.apply(0));
            }
            sb.append(String.join(sep, row)).append('\n');
        }
        return sb.toString();
    }

    /**
     * The table as a WIOD 2013 workbook (wiotYY_row_sep12.xlsx, docs/io-formats.md): title rows, four header rows
     * from the fifth column on (industry codes, descriptions, countries, column numbers), final-demand columns
     * without a code and numbered c37 (households, half) and c41 (fixed capital formation, the other half), a total
     * column; footer rows without a code, numbered r60 (intermediate consumption), r61 (taxes less subsidies, a
     * tenth of value added), r65 (value added, the rest) and r69 (output).
     */
    public static byte[] wiot2013Xlsx(Map<String, byte[]> golden) {
        Parsed t = parse(golden);
        int n = t.labels().length;
        int nSec = t.sectors().length;
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("World Input-Output Table 2011"));
        rows.add(List.of());
        List<Object> codes = new java.util.ArrayList<>(List.of("(industry-by-industry)", "", "", ""));
        List<Object> names = new java.util.ArrayList<>(List.of("(millions of US$)", "", "", ""));
        List<Object> countries = new java.util.ArrayList<>(List.of("", "", "", ""));
        List<Object> numbers = new java.util.ArrayList<>(List.of("", "", "", ""));
        for (int j = 0; j < n; j++) {
            codes.add(t.sectors()[j % nSec]);
            names.add("Industry " + t.sectors()[j % nSec]);
            countries.add(t.regions()[j / nSec]);
            numbers.add("c" + (j % nSec + 1));
        }
        for (String r : t.regions()) {
            for (String c : List.of("c37", "c41")) {
                codes.add("");
                names.add(c.equals("c37") ? "Final consumption expenditure by households"
                        : "Gross fixed capital formation");
                countries.add(r);
                numbers.add(c);
            }
        }
        codes.add("");
        names.add("Total output");
        countries.add("TOT");
        numbers.add("c62");
        rows.add(codes);
        rows.add(names);
        rows.add(countries);
        rows.add(numbers);
        double[] colSum = new double[n];
        for (int i = 0; i < n; i++) {
            List<Object> row = new java.util.ArrayList<>(List.of(t.sectors()[i % nSec], "Industry "
                    + t.sectors()[i % nSec], t.regions()[i / nSec], "c" + (i % nSec + 1)));
            for (int j = 0; j < n; j++) {
                row.add(t.z()[i][j]);
                colSum[j] += t.z()[i][j];
            }
            for (int r = 0; r < t.regions().length; r++) {
                double half = t.y()[i][r] * 0.5;
                row.add(half);
                row.add(t.y()[i][r] - half);
            }
            row.add(t.x()[i]);
            rows.add(row);
        }
        String[][] footer = {{"r60", "Total intermediate consumption"}, {"r61", "Taxes less subsidies on products"},
            {"r65", "Value added at basic prices"}, {"r69", "Output at basic prices"}};
        for (String[] f : footer) {
            List<Object> row = new java.util.ArrayList<>(List.of("", f[1], "TOT", f[0]));
            for (int j = 0; j < n; j++) {
                double tls = 0.1 * t.va()[j];
                row.add(switch (f[0]) {
                    case "r60" -> colSum[j];
                    case "r61" -> tls;
                    case "r65" -> t.va()[j] - tls;
                    default -> t.x()[j];
                });
            }
            rows.add(row);
        }
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("WIOT");
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (!v.toString().isEmpty()) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
