package org.gvclab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table in the layouts the releases are published in, built from what the public parsers and the release
 * notes describe (pymrio {@code parse_oecd}/{@code parse_wiod}, exvatools {@code extract_icio}/{@code extract_wiod};
 * docs/io-formats.md), not copied from any file: OECD ICIO 2016, 2018, 2021, 2023 (extended and {@code _SML}) as
 * CSV, WIOD 2013 and 2016 as sheet rows (for .xlsx or CSV). Numbers are written so that they read back exactly.
 */
public final class ReleaseFiles {

    /**
     * A table to write: G regions × N sectors, region-major.
     *
     * @param yDetail    final demand, n × G·F, region-major, categories named in the release's own codes
     * @param categories the F category codes of {@code yDetail}; the release's other categories are written as 0
     * @param tls        taxes less subsidies on products by column (a primary input)
     * @param vaNet      value added without those taxes by column; va = vaNet + tls
     * @param x          gross output
     */
    public record Table(List<String> regions, List<String> sectors, double[][] z, double[][] yDetail,
            List<String> categories, double[] tls, double[] vaNet, double[] x) {

        int n() {
            return regions.size() * sectors.size();
        }

        int g() {
            return regions.size();
        }

        /** Final demand of row i by region r and release category code (0 when the table has no such category). */
        double y(int i, int r, String category) {
            int f = categories.indexOf(category);
            return f < 0 ? 0 : yDetail[i][r * categories.size() + f];
        }

        double colSum(int j) {
            double s = 0;
            for (int i = 0; i < n(); i++) {
                s += z[i][j];
            }
            return s;
        }
    }

    /** The OECD ICIO releases' conventions. */
    public enum Icio {
        R2016(List.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DIRP"), true, null, "\"\""),
        R2018(List.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "P33"), false, "TOTAL", ""),
        R2021(List.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"), false, "OUT", "V1"),
        R2023(List.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"), false, "OUT", "V1");

        final List<String> categories;
        final boolean categoryFirst;
        final String total;
        final String firstCell;

        Icio(List<String> categories, boolean categoryFirst, String total, String firstCell) {
            this.categories = categories;
            this.categoryFirst = categoryFirst;
            this.total = total;
            this.firstCell = firstCell;
        }

        /** The release's final-demand codes, in the file's order within a country. */
        public List<String> categories() {
            return categories;
        }
    }

    /**
     * How an ICIO file is written.
     *
     * @param splitChina  region CHN written as the extended files do: a CHN row and column of zeros and the values
     *                    split over CN1 (rows ¼, columns ½) and CN2 (rows ¾, columns ½)
     * @param disc        2016 only: DISC values by row (moved out of the row's own HFCE), or null
     * @param semicolons  semicolons and decimal commas, as Excel saves CSV in European locales
     * @param emptyCells  labels "ROW|COLUMN" of cells written empty (they must hold 0)
     * @param crlfAndBom  CRLF line ends and a UTF-8 byte-order mark
     */
    public record IcioOptions(boolean splitChina, double[] disc, boolean semicolons, Set<String> emptyCells,
            boolean crlfAndBom) {

        public static IcioOptions plain() {
            return new IcioOptions(false, null, false, Set.of(), false);
        }
    }

    private ReleaseFiles() {
    }

    /** One raw region of an ICIO file: its code, the table region it comes from and its row and column shares. */
    private record Raw(String code, int region, double rowShare, double colShare) {
    }

    private static List<Raw> raws(Table t, boolean splitChina) {
        List<Raw> out = new ArrayList<>();
        for (int r = 0; r < t.g(); r++) {
            if (splitChina && t.regions().get(r).equals("CHN")) {
                out.add(new Raw("CHN", r, 0, 0));
            } else {
                out.add(new Raw(t.regions().get(r), r, 1, 1));
            }
        }
        if (splitChina) {
            int chn = t.regions().indexOf("CHN");
            out.add(new Raw("CN1", chn, 0.25, 0.5));
            out.add(new Raw("CN2", chn, 0.75, 0.5));
        }
        return out;
    }

    /** The table as an OECD ICIO CSV of the given release. */
    public static String icio(Icio release, Table t, List<String> sectorCodes, IcioOptions o) {
        int nSec = t.sectors().size();
        List<Raw> raws = raws(t, o.splitChina());
        String sep = o.semicolons() ? ";" : ",";
        String nl = o.crlfAndBom() ? "\r\n" : "\n";
        List<String> header = new ArrayList<>();
        header.add(release.firstCell);
        List<String> rowLabels = new ArrayList<>();
        for (Raw raw : raws) {
            for (String s : sectorCodes) {
                rowLabels.add(raw.code() + "_" + s);
            }
        }
        header.addAll(rowLabels);
        List<String> fdCols = new ArrayList<>();
        if (release.categoryFirst) {
            for (String c : release.categories) {
                for (String r : t.regions()) {
                    fdCols.add(c + "_" + r);
                }
            }
        } else {
            for (String r : t.regions()) {
                for (String c : release.categories) {
                    fdCols.add(r + "_" + c);
                }
            }
        }
        header.addAll(fdCols);
        if (o.disc() != null) {
            header.add("DISC");
        }
        if (release.total != null) {
            header.add(release.total);
        }
        StringBuilder sb = new StringBuilder(o.crlfAndBom() ? "\uFEFF" : "");
        sb.append(String.join(sep, release == Icio.R2016 ? quoted(header) : header)).append(nl);
        for (int a = 0; a < raws.size(); a++) {
            Raw ra = raws.get(a);
            for (int si = 0; si < nSec; si++) {
                int i = ra.region() * nSec + si;
                String label = rowLabels.get(a * nSec + si);
                List<String> v = new ArrayList<>();
                v.add(release == Icio.R2016 ? "\"" + label + "\"" : label);
                double rowTotal = 0;
                for (int b = 0; b < raws.size(); b++) {
                    Raw rb = raws.get(b);
                    for (int sj = 0; sj < nSec; sj++) {
                        int j = rb.region() * nSec + sj;
                        double z = t.z()[i][j] * ra.rowShare() * rb.colShare();
                        rowTotal += z;
                        v.add(cell(o, label, rowLabels.get(b * nSec + sj), z));
                    }
                }
                for (String col : fdCols) {
                    int u = col.indexOf('_');
                    String region = release.categoryFirst ? col.substring(u + 1) : col.substring(0, u);
                    String cat = release.categoryFirst ? col.substring(0, u) : col.substring(u + 1);
                    double y = t.y(i, t.regions().indexOf(region), cat) * ra.rowShare();
                    if (o.disc() != null && cat.equals("HFCE") && region.equals(t.regions().get(ra.region()))) {
                        y -= o.disc()[a * nSec + si];
                    }
                    rowTotal += y;
                    v.add(cell(o, label, col, y));
                }
                if (o.disc() != null) {
                    rowTotal += o.disc()[a * nSec + si];
                    v.add(number(o, o.disc()[a * nSec + si]));
                }
                if (release.total != null) {
                    v.add(number(o, t.x()[i] * ra.rowShare()));
                }
                sb.append(String.join(sep, v)).append(nl);
            }
        }
        List<String[]> footers = new ArrayList<>();
        switch (release) {
            case R2016 -> {
                footers.add(new String[] {"VA+TAXSUB", "va"});
                footers.add(new String[] {"OUT", "x"});
            }
            case R2018 -> {
                for (Raw raw : raws) {
                    footers.add(new String[] {raw.code() + "_TAXSUB", "taxsub:" + raw.code()});
                }
                footers.add(new String[] {"VALU", "vaNet"});
                footers.add(new String[] {"OUTPUT", "x"});
            }
            default -> {
                footers.add(new String[] {"TLS", "tls"});
                footers.add(new String[] {"VA", "vaNet"});
                footers.add(new String[] {"OUT", "x"});
            }
        }
        for (String[] f : footers) {
            List<String> v = new ArrayList<>();
            v.add(release == Icio.R2016 ? "\"" + f[0] + "\"" : f[0]);
            for (int b = 0; b < raws.size(); b++) {
                Raw rb = raws.get(b);
                for (int sj = 0; sj < nSec; sj++) {
                    int j = rb.region() * nSec + sj;
                    double value = switch (f[1]) {
                        case "va" -> t.vaNet()[j] + t.tls()[j];
                        case "x" -> t.x()[j];
                        case "tls" -> t.tls()[j];
                        case "vaNet" -> t.vaNet()[j];
                        default -> taxsubShare(t, raws, f[1].substring("taxsub:".length()), j);
                    };
                    v.add(number(o, value * rb.colShare()));
                }
            }
            // the primary-input and output rows leave the final-demand cells empty, as the 2016 release does
            for (int k = 0; k < fdCols.size() + (o.disc() != null ? 1 : 0) + (release.total != null ? 1 : 0); k++) {
                v.add(release == Icio.R2016 ? "" : number(o, 0));
            }
            sb.append(String.join(sep, v)).append(nl);
        }
        return sb.toString();
    }

    /**
     * 2018: taxes less subsidies spread over one row per country: half on the first region's row, the other half
     * over the others; a split region's rows share its part by their row shares (exact binary fractions).
     */
    private static double taxsubShare(Table t, List<Raw> raws, String code, int j) {
        Raw raw = raws.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        double share = raw.region() == 0 ? 0.5 : 0.5 / Math.max(1, t.g() - 1);
        return t.tls()[j] * share * raw.rowShare();
    }

    private static List<String> quoted(List<String> cells) {
        List<String> q = new ArrayList<>();
        for (String c : cells) {
            q.add(c.startsWith("\"") ? c : "\"" + c + "\"");
        }
        return q;
    }

    private static String cell(IcioOptions o, String row, String col, double v) {
        if (o.emptyCells().contains(row + "|" + col)) {
            if (v != 0) {
                throw new IllegalArgumentException(row + "|" + col + " holds " + v + "; only a zero may be empty");
            }
            return "";
        }
        return number(o, v);
    }

    private static String number(IcioOptions o, double v) {
        String s = Double.toString(v);
        return o.semicolons() ? s.replace('.', ',') : s;
    }

    /**
     * The table as the rows of a WIOT sheet: 2016 (codes CONS_h … and II_fob … GO, country TOT in the footer) or
     * 2013 (final-demand columns without a code, numbered c37 … c42; footer rows r60 … r69 without a code).
     *
     * @param sectorNumbers the WIOD column numbers of the sectors (c1 …), used in the fourth header row
     */
    public static List<List<String>> wiot(int release, Table t, List<String> sectorCodes, List<String> sectorNumbers) {
        boolean r2016 = release == 2016;
        List<String> fdCodes = r2016 ? List.of("CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN")
                : List.of("c37", "c38", "c39", "c41", "c42");
        List<String> fdNames = List.of("Final consumption expenditure by households",
                "Final consumption expenditure by non-profit organisations serving households (NPISH)",
                "Final consumption expenditure by government", "Gross fixed capital formation",
                "Changes in inventories and valuables");
        int nSec = t.sectors().size();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("World Input-Output Table " + (r2016 ? "2014" : "2011")));
        rows.add(r2016 ? List.of() : List.of(""));
        List<String> codes = new ArrayList<>(List.of(r2016 ? "" : "(industry-by-industry)", "", "", ""));
        List<String> names = new ArrayList<>(List.of(r2016 ? "" : "(millions of US$)", "", "", ""));
        List<String> countries = new ArrayList<>(List.of("", "", "", ""));
        List<String> numbers = new ArrayList<>(List.of("", "", "", ""));
        for (String r : t.regions()) {
            for (int s = 0; s < nSec; s++) {
                codes.add(sectorCodes.get(s));
                names.add("Industry " + sectorCodes.get(s));
                countries.add(r);
                numbers.add(sectorNumbers.get(s));
            }
        }
        for (String r : t.regions()) {
            for (int f = 0; f < fdCodes.size(); f++) {
                codes.add(r2016 ? fdCodes.get(f) : "");
                names.add(fdNames.get(f));
                countries.add(r);
                numbers.add(r2016 ? "c" + (57 + f) : fdCodes.get(f));
            }
        }
        codes.add(r2016 ? "GO" : "");
        names.add("Total output");
        countries.add("TOT");
        numbers.add(r2016 ? "c62" : "c62");
        rows.add(codes);
        rows.add(names);
        rows.add(countries);
        rows.add(numbers);
        for (int i = 0; i < t.n(); i++) {
            List<String> v = new ArrayList<>(List.of(sectorCodes.get(i % nSec), "Industry " + sectorCodes.get(i % nSec),
                    t.regions().get(i / nSec), sectorNumbers.get(i % nSec)));
            for (int j = 0; j < t.n(); j++) {
                v.add(Double.toString(t.z()[i][j]));
            }
            for (int r = 0; r < t.g(); r++) {
                for (String f : fdCodes) {
                    v.add(Double.toString(t.y(i, r, f)));
                }
            }
            v.add(Double.toString(t.x()[i]));
            rows.add(v);
        }
        String[][] footer = r2016
                ? new String[][] {{"II_fob", "Total intermediate consumption", "r64"},
                    {"TXSP", "taxes less subsidies on products", "r65"},
                    {"EXP_adj", "Cif/ fob adjustments on exports", "r66"},
                    {"PURR", "Direct purchases abroad by residents", "r67"},
                    {"PURNR", "Purchases on the domestic territory by non-residents", "r68"},
                    {"VA", "Value added at basic prices", "r69"},
                    {"IntTTM", "International Transport Margins", "r70"},
                    {"GO", "Output at basic prices", "r71"}}
                : new String[][] {{"", "Total intermediate consumption", "r60"},
                    {"", "Taxes less subsidies on products", "r61"},
                    {"", "Cif/ fob adjustments on exports", "r62"},
                    {"", "Direct purchases abroad by residents", "r63"},
                    {"", "Purchases on the domestic territory by non-residents", "r64"},
                    {"", "Value added at basic prices", "r65"},
                    {"", "International Transport Margins", "r66"},
                    {"", "Output at basic prices", "r69"}};
        for (String[] f : footer) {
            List<String> v = new ArrayList<>(List.of(f[0], f[1], "TOT", f[2]));
            for (int j = 0; j < t.n(); j++) {
                double value = switch (f[1]) {
                    case "Total intermediate consumption" -> t.colSum(j);
                    case "taxes less subsidies on products", "Taxes less subsidies on products" -> t.tls()[j];
                    case "Value added at basic prices" -> t.vaNet()[j];
                    case "Output at basic prices" -> t.x()[j];
                    default -> 0;
                };
                v.add(Double.toString(value));
            }
            rows.add(v);
        }
        return rows;
    }

    /** Rows as CSV text: commas, or semicolons with decimal commas. */
    public static String csv(List<List<String>> rows, boolean semicolons) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : r) {
                boolean numeric = c.matches("-?[0-9.]+(E-?[0-9]+)?");
                String s = semicolons && numeric ? c.replace('.', ',') : c;
                cells.add(!semicolons && s.contains(",") ? "\"" + s + "\"" : s);
            }
            sb.append(String.join(semicolons ? ";" : ",", cells)).append('\n');
        }
        return sb.toString();
    }

    /** Rows as the first sheet of an .xlsx workbook: numbers as numeric cells, text as text, empty cells absent. */
    public static Path xlsx(List<List<String>> rows, Path file) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("WIOT");
            int r = 0;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    String s = cells.get(c);
                    if (s.isEmpty()) {
                        continue;
                    }
                    if (s.matches("-?[0-9.]+(E-?[0-9]+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(s));
                    } else {
                        row.createCell(c).setCellValue(s);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows as the first sheet of a binary workbook (.xlsb), the form the WIOD 2016 release is published in. POI
     * reads .xlsb but cannot write it, so the few parts a reader needs are written here from the format's
     * specification ([MS-XLSB]): content types and relationships, a workbook part naming the sheet (BrtBundleSh),
     * a styles part with one cell format (BrtBeginCellXFs, BrtXF) and the sheet (BrtRowHdr, BrtCellSt for text,
     * BrtCellReal for numbers, BrtEndSheetData). Each record is its type and size as 7-bit varints, then its data.
     */
    public static Path xlsb(List<List<String>> rows, Path file) {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/xl/workbook.bin\""
                    + " ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.bin\" ContentType=\"application/vnd.ms-excel.worksheet\"/>"
                    + "<Override PartName=\"/xl/styles.bin\" ContentType=\"application/vnd.ms-excel.styles\"/>"
                    + "</Types>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
            entry(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "officeDocument\" Target=\"xl/workbook.bin\"/>"
                    + "</Relationships>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            entry(zip, "xl/_rels/workbook.bin.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "worksheet\" Target=\"worksheets/sheet1.bin\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rels + "styles\" Target=\"styles.bin\"/>"
                    + "</Relationships>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream wb = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream sh = new java.io.ByteArrayOutputStream();
            sh.writeBytes(u32(0));
            sh.writeBytes(u32(1));
            sh.writeBytes(wide("rId1"));
            sh.writeBytes(wide("WIOT"));
            record(wb, 156, sh.toByteArray()); // BrtBundleSh
            entry(zip, "xl/workbook.bin", wb.toByteArray());
            java.io.ByteArrayOutputStream st = new java.io.ByteArrayOutputStream();
            record(st, 617, u32(1)); // BrtBeginCellXFs
            record(st, 47, new byte[16]); // BrtXF: parent 0, number format 0 (General)
            record(st, 618, new byte[0]); // BrtEndCellXFs
            entry(zip, "xl/styles.bin", st.toByteArray());
            java.io.ByteArrayOutputStream ws = new java.io.ByteArrayOutputStream();
            record(ws, 145, new byte[0]); // BrtBeginSheetData
            for (int r = 0; r < rows.size(); r++) {
                byte[] hdr = new byte[17];
                System.arraycopy(u32(r), 0, hdr, 0, 4);
                record(ws, 0, hdr); // BrtRowHdr
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    java.io.ByteArrayOutputStream cell = new java.io.ByteArrayOutputStream();
                    cell.writeBytes(u32(c));
                    cell.writeBytes(u32(0)); // style 0, no flags
                    if (v.matches("-?[0-9.]+(E-?[0-9]+)?")) {
                        long bits = Double.doubleToLongBits(Double.parseDouble(v));
                        cell.writeBytes(u32((int) bits));
                        cell.writeBytes(u32((int) (bits >>> 32)));
                        record(ws, 5, cell.toByteArray()); // BrtCellReal
                    } else {
                        cell.writeBytes(wide(v));
                        record(ws, 6, cell.toByteArray()); // BrtCellSt
                    }
                }
            }
            record(ws, 146, new byte[0]); // BrtEndSheetData
            entry(zip, "xl/worksheets/sheet1.bin", ws.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static void record(java.io.ByteArrayOutputStream out, int type, byte[] data) {
        if (type < 128) {
            out.write(type);
        } else {
            out.write((type & 0x7F) | 0x80);
            out.write(type >> 7);
        }
        int size = data.length;
        do {
            int b = size & 0x7F;
            size >>>= 7;
            out.write(size > 0 ? b | 0x80 : b);
        } while (size > 0);
        out.writeBytes(data);
    }

    private static byte[] u32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    /** XLWideString: the number of UTF-16 code units, then the text in UTF-16LE. */
    private static byte[] wide(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(u32(s.length()));
        out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    /** Writes text as UTF-8 (a byte-order mark, if wanted, is part of the text). */
    public static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
