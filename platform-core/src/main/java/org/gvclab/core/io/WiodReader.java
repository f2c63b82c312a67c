package org.gvclab.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the WIOD 2016 release world input-output table (WIOT, Timmer et al. 2015) from a CSV export of its sheet
 * or from .xlsx. Layout (as pymrio's {@code parse_wiod} reads it): two title rows, then four header rows —
 * codes ({@code c1…c56}, {@code CONS_h}, {@code CONS_np}, {@code CONS_g}, {@code GFCF}, {@code INVEN}, total),
 * descriptions, country codes, row numbers — and data rows whose first four cells are code, description,
 * country and RNr; the footer rows {@code II_fob, TXSP, EXP_adj, PURR, PURNR, VA, IntTTM, GO} follow.
 * *Assumption* (in the table's notes): every footer row between II_fob and GO except II_fob itself is a primary
 * input, {@code va = TXSP + EXP_adj + PURR + PURNR + VA + IntTTM}, so that {@code GO = 1'·Z + va}; x is GO.
 * Empty cells read as 0.
 */
final class WiodReader {

    private static final Pattern SECTOR = Pattern.compile("c\\d+");
    private static final Set<String> FD = Set.of("CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN");
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
        final List<List<String>> headerRows = new ArrayList<>();
        int codeRowSeen = -1;
        List<String> codes;
        List<String> countries;
        int[] kind; // per column index: -1 ignore, 0 inter, 1 fd
        int nInter;
        int nFd;
        TableAssembler asm;
        double[] vaRaw;
        double[] goRaw;

        State(String file) {
            this.file = file;
        }

        void row(long line, List<String> cells) {
            if (asm == null) {
                if (codeRowSeen < 0) {
                    for (int c = 4; c < cells.size(); c++) {
                        if ("c1".equals(cells.get(c).trim())) {
                            codeRowSeen = 0;
                            codes = trimmed(cells);
                            return;
                        }
                    }
                    return;
                }
                codeRowSeen++;
                if (codeRowSeen == 2) {
                    countries = trimmed(cells);
                    setUpColumns(line);
                }
                return;
            }
            String code = cell(cells, 0);
            if (code.isEmpty()) {
                return;
            }
            if (codeRowSeen == 2) {
                codeRowSeen = 3; // the RNr header row follows the country row
                if (!SECTOR.matcher(code).matches() && !PRIMARY.contains(code) && !"GO".equals(code)
                        && !"II_fob".equals(code)) {
                    return;
                }
            }
            double[] inter = new double[nInter];
            double[] fd = new double[nFd];
            int ii = 0;
            int fi = 0;
            for (int c = 0; c < kind.length; c++) {
                if (kind[c] < 0) {
                    continue;
                }
                double v = number(cells, c, line, code + (cell(cells, 2).isEmpty() ? "" : "/" + cell(cells, 2)));
                if (kind[c] == 0) {
                    inter[ii++] = v;
                } else {
                    fd[fi++] = v;
                }
            }
            if (SECTOR.matcher(code).matches()) {
                asm.addRow(line, cell(cells, 2), code, inter, fd);
            } else if (PRIMARY.contains(code)) {
                if (vaRaw == null) {
                    vaRaw = new double[nInter];
                }
                for (int i = 0; i < nInter; i++) {
                    vaRaw[i] += inter[i];
                }
            } else if ("GO".equals(code)) {
                goRaw = inter;
            } else if (!"II_fob".equals(code)) {
                throw new TableValidationException(file, line, code, "unknown row code: expected c1…cN, II_fob, "
                        + "TXSP, EXP_adj, PURR, PURNR, VA, IntTTM or GO");
            }
        }

        private void setUpColumns(long line) {
            List<String[]> inter = new ArrayList<>();
            List<String[]> fd = new ArrayList<>();
            kind = new int[codes.size()];
            for (int c = 0; c < codes.size(); c++) {
                kind[c] = -1;
                if (c < 4) {
                    continue;
                }
                String code = codes.get(c);
                String country = c < countries.size() ? countries.get(c) : "";
                if (SECTOR.matcher(code).matches()) {
                    if (country.isEmpty()) {
                        throw new TableValidationException(file, line, code, "column without a country code");
                    }
                    kind[c] = 0;
                    inter.add(new String[] {country, code});
                } else if (FD.contains(code)) {
                    kind[c] = 1;
                    fd.add(new String[] {country, code});
                }
            }
            nInter = inter.size();
            nFd = fd.size();
            asm = new TableAssembler(file, inter, fd, r -> r);
        }

        private double number(List<String> cells, int c, long line, String label) {
            String t = cell(cells, c);
            if (t.isEmpty()) {
                return 0;
            }
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new TableValidationException(file, line, label, "column '" + codes.get(c) + "/"
                        + (c < countries.size() ? countries.get(c) : "") + "' holds '" + t + "', which is not a number");
            }
        }

        IoTable finish(String name, ReadOptions options) {
            if (asm == null) {
                throw new TableValidationException(file, 0, null,
                        "no WIOD header found (a row with the codes c1, c2, … from the fifth column on)");
            }
            if (vaRaw == null) {
                throw new TableValidationException(file, 0, "VA", "the value-added footer rows are missing");
            }
            if (goRaw == null) {
                throw new TableValidationException(file, 0, "GO", "the gross output (GO) row is missing");
            }
            asm.note("read from " + file + " in the WIOD 2016 WIOT layout");
            asm.note("assumption: TXSP, EXP_adj, PURR, PURNR, VA and IntTTM together are the primary inputs (va);"
                    + " x is the GO row");
            return asm.build(name, asm.columnVector(vaRaw), asm.columnVector(goRaw), options, file);
        }
    }

    private static String cell(List<String> cells, int c) {
        return c < cells.size() ? cells.get(c).trim() : "";
    }

    private static List<String> trimmed(List<String> cells) {
        return cells.stream().map(String::trim).toList();
    }
}
