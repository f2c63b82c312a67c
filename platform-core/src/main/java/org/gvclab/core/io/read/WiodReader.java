package org.gvclab.core.io.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gvclab.core.base.Msg;
import org.gvclab.core.io.model.IoTable;

/**
 * Reads a WIOD world input-output table (WIOT) of the 2013 release (Timmer ed. 2012, WIOD Working Paper 10) or the
 * 2016 release (Timmer et al. 2015), from its .xlsx or .xlsb workbook or a CSV export of the sheet, as pymrio's
 * {@code parse_wiod} and exvatools' {@code extract_wiod} read them (docs/io-formats.md). Title rows carry text in
 * the first column only; then four header rows from the fifth column on (industry codes, descriptions, country
 * codes, column numbers); data rows carry code, description, country and row number in their first four cells.
 * <ul>
 * <li>2016: final-demand columns coded {@code CONS_h, CONS_np, CONS_g, GFCF, INVEN}; footer rows coded
 * {@code II_fob, TXSP, EXP_adj, PURR, PURNR, VA, IntTTM, GO} with country {@code TOT}.</li>
 * <li>2013: final-demand columns have no code; their column numbers {@code c37 … c42} are their categories; footer
 * rows have no code, only row numbers {@code r60 … r69} (r60 total intermediate consumption, r69 output).</li>
 * </ul>
 * A column is intermediate when its (country, code) is also a data row, final demand when its country is a table
 * country otherwise, and ignored (the total) when neither. Every footer row except the total of intermediate
 * consumption (II_fob, r60) and output (GO, r69) is kept as a primary input, {@code va} = their sum, so that
 * {@code x = 1'·Z + va}; x is the output row. Empty cells read as zero and are counted in the balance note.
 */
final class WiodReader {

    static final Set<String> FOOTER_2016 = Set.of("II_fob", "TXSP", "EXP_adj", "PURR", "PURNR", "VA", "IntTTM", "GO");
    static final Set<String> FINAL_DEMAND_2016 = Set.of("CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN");
    /** How many rows layout detection reads at most. */
    static final int HEAD_ROWS = 12;

    private static final Pattern ROW_NUMBER = Pattern.compile("r\\d+");
    private static final Pattern FD_NUMBER_2013 = Pattern.compile("c3[7-9]|c4[0-2]");

    private WiodReader() {
    }

    /** One row of the sheet with its 1-based line (or row) number. */
    record Row(long line, List<String> cells) {
    }

    static IoTable read(Path path, ReadOptions options) {
        String file = path.getFileName().toString();
        SheetRows sheet = SheetRows.of(path);
        State st = new State(file, sheet);
        sheet.forEach((line, cells) -> {
            st.row(line, cells);
            return true;
        });
        return st.finish(file.replaceFirst("(?i)\\.(csv|xlsx|xlsb)$", ""), options);
    }

    /**
     * Recognises the release from the first rows of a sheet (title rows, four header rows, the first data row), or
     * says where they first differ from the WIOD layout.
     *
     * @param complete whether {@code rows} is the whole sheet (then a sheet that ends early is named as such)
     */
    static LayoutMatch recognise(List<Row> rows, boolean complete) {
        if (rows.isEmpty()) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.empty"));
        }
        int h = -1;
        for (int i = 0; i < rows.size() && h < 0; i++) {
            if (wide(rows.get(i).cells())) {
                h = i;
            }
        }
        if (h < 0) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.wiod.noHeader", rows.size()));
        }
        if (rows.size() < h + 4 || (complete && rows.size() < h + 5)) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.wiod.short", rows.get(rows.size() - 1).line()));
        }
        Row countries = rows.get(h + 2);
        if (cell(countries.cells(), 4).isEmpty()) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.wiod.countries", countries.line(),
                    cell(countries.cells(), 4)));
        }
        if (rows.size() > h + 4 && cell(rows.get(h + 4).cells(), 2).isEmpty()) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.wiod.data", rows.get(h + 4).line()));
        }
        Row codes = rows.get(h);
        for (String c : codes.cells()) {
            if (FINAL_DEMAND_2016.contains(c.trim())) {
                return new LayoutMatch.Found(TableRelease.WIOD_2016, Msg.of("io.read.evidence.wiod2016", c.trim(),
                        codes.line()));
            }
        }
        Row numbers = rows.get(h + 3);
        for (int c = 4; c < numbers.cells().size(); c++) {
            String n = cell(numbers.cells(), c);
            if (FD_NUMBER_2013.matcher(n).matches() && cell(codes.cells(), c).isEmpty()) {
                return new LayoutMatch.Found(TableRelease.WIOD_2013, Msg.of("io.read.evidence.wiod2013", n,
                        numbers.line()));
            }
        }
        return new LayoutMatch.Differs(Msg.of("io.read.evidence.wiodOther", codes.line()));
    }

    private static boolean wide(List<String> cells) {
        for (int c = 4; c < cells.size(); c++) {
            if (!cells.get(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static final class State {
        final String file;
        final SheetRows sheet;
        final List<Row> head = new ArrayList<>();
        final List<List<String>> header = new ArrayList<>();
        long headerLine;
        LayoutMatch.Found release;
        final List<String[]> rowKeys = new ArrayList<>();
        final List<Long> rowLines = new ArrayList<>();
        final List<double[]> rowValues = new ArrayList<>();
        final Map<String, double[]> primary = new LinkedHashMap<>();
        final Map<String, String> primaryNames = new LinkedHashMap<>();
        final EmptyCells empty = new EmptyCells();
        double[] gross;
        String grossLabel;
        int width;

        State(String file, SheetRows sheet) {
            this.file = file;
            this.sheet = sheet;
        }

        void row(long line, List<String> cells) {
            if (release == null) {
                head.add(new Row(line, cells));
            }
            if (header.size() < 4) {
                if (!header.isEmpty() || wide(cells)) {
                    if (header.isEmpty()) {
                        headerLine = line;
                    }
                    header.add(cells.stream().map(String::trim).toList());
                    width = Math.max(width, cells.size());
                }
                return;
            }
            if (release == null) {
                LayoutMatch m = recognise(head, false);
                if (m instanceof LayoutMatch.Differs d) {
                    throw new TableValidationException(file, line, null, d.difference());
                }
                release = (LayoutMatch.Found) m;
                head.clear();
            }
            String code = cell(cells, 0);
            String region = cell(cells, 2);
            String number = cell(cells, 3);
            if (code.isEmpty() && region.isEmpty() && number.isEmpty()) {
                return;
            }
            boolean footer = FOOTER_2016.contains(code) || "TOT".equals(region)
                    || (code.isEmpty() && ROW_NUMBER.matcher(number).matches());
            String label = footer ? (code.isEmpty() ? number : code) : code + "/" + region;
            double[] values = new double[width - 4];
            for (int c = 4; c < width; c++) {
                values[c - 4] = number(cells, c, line, label);
            }
            if (!footer) {
                if (code.isEmpty() || region.isEmpty()) {
                    throw new TableValidationException(file, line, label, "unknown row: neither a country-industry"
                            + " row (code in the first column, country in the third) nor a footer row (II_fob … GO,"
                            + " or r60 … r69 without a code)");
                }
                rowKeys.add(new String[] {region, code});
                rowLines.add(line);
                rowValues.add(values);
                return;
            }
            if ("II_fob".equals(code) || (code.isEmpty() && "r60".equals(number))) {
                return; // total intermediate consumption: the sum of the Z column
            }
            if ("GO".equals(code) || (code.isEmpty() && "r69".equals(number))) {
                if (gross != null) {
                    throw new TableValidationException(file, line, label, "a second output row after " + grossLabel);
                }
                gross = values;
                grossLabel = label;
                return;
            }
            if (!code.isEmpty() && !FOOTER_2016.contains(code)) {
                throw new TableValidationException(file, line, label, "unknown footer row: expected II_fob, TXSP,"
                        + " EXP_adj, PURR, PURNR, VA, IntTTM or GO (2016), or r60 … r69 without a code (2013)");
            }
            if (primary.put(label, values) != null) {
                throw new TableValidationException(file, line, label, "the footer row appears twice");
            }
            String description = cell(cells, 1);
            primaryNames.put(label, description.isEmpty() ? label
                    : Msg.in(Locale.ENGLISH, "io.read.row.wiod", label, description));
        }

        private double number(List<String> cells, int c, long line, String label) {
            String t = cell(cells, c);
            if (t.isEmpty()) {
                empty.seen();
                return Double.NaN;
            }
            if (sheet.decimalComma()) {
                t = CsvLineReader.fromDecimalComma(t);
            }
            byte[] b = t.getBytes(StandardCharsets.US_ASCII);
            double v = CsvLineReader.parseFast(b, 0, b.length);
            if (!Double.isNaN(v)) {
                return v;
            }
            try {
                v = Double.parseDouble(t);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new TableValidationException(file, line, label, "column '" + cell(header.get(0), c) + "/"
                        + cell(header.get(2), c) + "' holds '" + cell(cells, c) + "', which is not a number");
            }
        }

        IoTable finish(String name, ReadOptions options) {
            if (release == null) {
                LayoutMatch m = recognise(head, true);
                if (m instanceof LayoutMatch.Differs d) {
                    throw new TableValidationException(file, 0, null, d.difference());
                }
            }
            if (rowKeys.isEmpty()) {
                throw new TableValidationException(file, 0, null, "no country-industry rows follow the header");
            }
            List<String> codes = header.get(0);
            List<String> countries = header.get(2);
            List<String> numbers = header.get(3);
            Set<String> rowLabels = new HashSet<>();
            Set<String> regions = new LinkedHashSet<>();
            for (int i = 0; i < rowKeys.size(); i++) {
                String[] k = rowKeys.get(i);
                if (!rowLabels.add(k[0] + "\u0000" + k[1])) {
                    throw new TableValidationException(file, rowLines.get(i), k[0] + "_" + k[1],
                            "the row appears twice");
                }
                regions.add(k[0]);
            }
            List<String[]> inter = new ArrayList<>();
            List<String[]> fd = new ArrayList<>();
            int[] kind = new int[width - 4];
            for (int c = 4; c < width; c++) {
                String code = cell(codes, c);
                String country = cell(countries, c);
                // 2013 final-demand columns carry no code: their column number (c37 …) is the category
                String category = code.isEmpty() ? cell(numbers, c) : code;
                if (rowLabels.contains(country + "\u0000" + code)) {
                    kind[c - 4] = 0;
                    inter.add(new String[] {country, code});
                } else if (regions.contains(country) && !category.isEmpty()) {
                    kind[c - 4] = 1;
                    fd.add(new String[] {country, category});
                } else {
                    kind[c - 4] = -1;
                }
            }
            TableAssembler asm = new TableAssembler(file, inter, fd, r -> r);
            asm.note(Msg.in(Locale.ENGLISH, "io.read.note.release", release.release().displayName(),
                    release.evidence()));
            for (int i = 0; i < rowKeys.size(); i++) {
                double[] v = rowValues.get(i);
                asm.addRow(rowLines.get(i), rowKeys.get(i)[0], rowKeys.get(i)[1], empty.pick(v, kind, 0,
                        inter.size()), empty.pick(v, kind, 1, fd.size()));
                rowValues.set(i, null);
            }
            if (primary.isEmpty()) {
                throw new TableValidationException(file, 0, "VA", "the value-added footer rows are missing"
                        + " (TXSP … IntTTM in 2016, r61 … r68 in 2013)");
            }
            if (gross == null) {
                throw new TableValidationException(file, 0, "GO", "the gross output row is missing (GO in 2016,"
                        + " r69 in 2013)");
            }
            double[] va = new double[inter.size()];
            for (double[] p : primary.values()) {
                double[] picked = empty.pick(p, kind, 0, inter.size());
                for (int i = 0; i < va.length; i++) {
                    va[i] += picked[i];
                }
            }
            asm.note(Msg.in(Locale.ENGLISH, "io.read.note.primary", String.join(", ", primaryNames.values()),
                    Msg.in(Locale.ENGLISH, "io.read.note.outRow", grossLabel)));
            if (sheet.decimalComma()) {
                asm.note(Msg.in(Locale.ENGLISH, "io.read.note.semicolon"));
            }
            return asm.build(name, asm.columnVector(va), asm.columnVector(empty.pick(gross, kind, 0, inter.size())),
                    options, file, empty);
        }
    }

    private static String cell(List<String> cells, int c) {
        return c < cells.size() ? cells.get(c).trim() : "";
    }
}
