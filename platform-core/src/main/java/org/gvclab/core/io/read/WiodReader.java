package org.gvclab.core.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gvclab.core.io.model.IoTable;

/**
 * Reads a WIOD world input-output table (WIOT; 2016 release, Timmer et al. 2015) from a CSV export of its sheet
 * or from .xlsx. Layout, as pymrio's {@code parse_wiod} reads it: title rows with text in the first column
 * only, then four header rows — industry codes (with {@code CONS_h}, {@code CONS_np}, {@code CONS_g},
 * {@code GFCF}, {@code INVEN} over the final-demand columns and a total column), descriptions, country codes,
 * and row numbers — from the fifth column on; data rows carry code, description, country and row number in
 * their first four cells. A column is intermediate when its (country, code) is also a data row, final demand
 * when its country is a table country otherwise, and ignored (the total) when neither. Footer rows follow:
 * {@code II_fob, TXSP, EXP_adj, PURR, PURNR, VA, IntTTM, GO}. *Assumption* (in the table's notes): every footer
 * row except II_fob (their sum) and GO is a primary input, {@code va = TXSP + EXP_adj + PURR + PURNR + VA +
 * IntTTM}, so that {@code GO = 1'·Z + va}; x is GO. Empty cells read as 0.
 */
final class WiodReader {

    private static final Set<String> PRIMARY = Set.of("TXSP", "EXP_adj", "PURR", "PURNR", "VA", "IntTTM");

    private WiodReader() {
    }

    static IoTable read(Path path, ReadOptions options) {
        String file = path.getFileName().toString();
        State st = new State(file);
        SheetRows.forEach(path, st::row);
        return st.finish(file.replaceFirst("\\.(csv|xlsx)$", ""), options);
    }

    private static final class State {
        final String file;
        final List<List<String>> header = new ArrayList<>();
        long headerLine;
        final List<String[]> rowKeys = new ArrayList<>();
        final List<Long> rowLines = new ArrayList<>();
        final List<double[]> rowValues = new ArrayList<>();
        double[] primary;
        double[] gross;
        long grossLine;
        int width;

        State(String file) {
            this.file = file;
        }

        void row(long line, List<String> cells) {
            if (header.size() < 4) {
                boolean wide = false;
                for (int c = 4; c < cells.size(); c++) {
                    wide |= !cells.get(c).isBlank();
                }
                if (!header.isEmpty() || wide) {
                    if (header.isEmpty()) {
                        headerLine = line;
                    }
                    header.add(cells.stream().map(String::trim).toList());
                    width = Math.max(width, cells.size());
                }
                return;
            }
            String code = cell(cells, 0);
            String region = cell(cells, 2);
            if (code.isEmpty() && region.isEmpty()) {
                return;
            }
            double[] values = new double[width - 4];
            for (int c = 4; c < width; c++) {
                values[c - 4] = number(cells, c, line, code + (region.isEmpty() ? "" : "/" + region));
            }
            if (!region.isEmpty() && !PRIMARY.contains(code) && !"GO".equals(code) && !"II_fob".equals(code)) {
                rowKeys.add(new String[] {region, code});
                rowLines.add(line);
                rowValues.add(values);
            } else if (PRIMARY.contains(code)) {
                if (primary == null) {
                    primary = new double[values.length];
                }
                for (int i = 0; i < values.length; i++) {
                    primary[i] += values[i];
                }
            } else if ("GO".equals(code)) {
                gross = values;
                grossLine = line;
            } else if (!"II_fob".equals(code)) {
                throw new TableValidationException(file, line, code, "unknown row: neither a country-industry row"
                        + " (country in the third column) nor one of II_fob, TXSP, EXP_adj, PURR, PURNR, VA, IntTTM, GO");
            }
        }

        private double number(List<String> cells, int c, long line, String label) {
            String t = cell(cells, c);
            if (t.isEmpty()) {
                return 0;
            }
            byte[] b = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
                        + cell(header.get(2), c) + "' holds '" + t + "', which is not a number");
            }
        }

        IoTable finish(String name, ReadOptions options) {
            if (header.size() < 4 || rowKeys.isEmpty()) {
                throw new TableValidationException(file, 0, null, "no WIOT layout found: expected four header rows"
                        + " (codes, descriptions, countries, row numbers) from the fifth column on, then data rows");
            }
            List<String> codes = header.get(0);
            List<String> countries = header.get(2);
            Set<String> rowLabels = new HashSet<>();
            Set<String> regions = new LinkedHashSet<>();
            for (String[] k : rowKeys) {
                if (!rowLabels.add(k[0] + "\u0000" + k[1])) {
                    throw new TableValidationException(file, rowLines.get(rowLabels.size()), k[0] + "_" + k[1],
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
                if (rowLabels.contains(country + "\u0000" + code)) {
                    kind[c - 4] = 0;
                    inter.add(new String[] {country, code});
                } else if (regions.contains(country) && !code.isEmpty()) {
                    kind[c - 4] = 1;
                    fd.add(new String[] {country, code});
                } else {
                    kind[c - 4] = -1;
                }
            }
            TableAssembler asm = new TableAssembler(file, inter, fd, r -> r);
            for (int i = 0; i < rowKeys.size(); i++) {
                double[] v = rowValues.get(i);
                asm.addRow(rowLines.get(i), rowKeys.get(i)[0], rowKeys.get(i)[1], pick(v, kind, 0, inter.size()),
                        pick(v, kind, 1, fd.size()));
                rowValues.set(i, null);
            }
            if (primary == null) {
                throw new TableValidationException(file, 0, "VA", "the value-added footer rows are missing");
            }
            if (gross == null) {
                throw new TableValidationException(file, 0, "GO", "the gross output (GO) row is missing");
            }
            asm.note("read from " + file + " in the WIOD WIOT layout (header from line " + headerLine + ")");
            asm.note("assumption: TXSP, EXP_adj, PURR, PURNR, VA and IntTTM together are the primary inputs (va);"
                    + " x is the GO row");
            return asm.build(name, asm.columnVector(pick(primary, kind, 0, inter.size())),
                    asm.columnVector(pick(gross, kind, 0, inter.size())), options, file);
        }

        private static double[] pick(double[] v, int[] kind, int which, int count) {
            double[] r = new double[count];
            int k = 0;
            for (int c = 0; c < kind.length; c++) {
                if (kind[c] == which) {
                    r[k++] = c < v.length ? v[c] : 0;
                }
            }
            return r;
        }
    }

    private static String cell(List<String> cells, int c) {
        return c < cells.size() ? cells.get(c).trim() : "";
    }
}
