package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvclab.core.io.model.IoTable;

/**
 * Reads the OECD ICIO CSV layout (2016, 2018, 2021 and 2023 releases): header {@code (id), CTRY_SECTOR…,
 * CTRY_HFCE, CTRY_NPISH, CTRY_GGFC, CTRY_GFCF, CTRY_INVNT, CTRY_DPABR | CTRY_NONRES | CTRY_P33 …, OUT}; data
 * rows {@code CTRY_SECTOR}, then {@code TLS}, {@code VA} and {@code OUT} rows. A column is intermediate when its
 * label is also a row label; other {@code CTRY_CODE} columns are final demand. The China and Mexico splits of
 * the 2021 release ({@code CN1}, {@code CN2} → {@code CHN}; {@code MX1}, {@code MX2} → {@code MEX}) are summed
 * into one region, rows and columns. *Assumption* (stated in the table's notes): TLS, taxes less subsidies on
 * products, is treated as a primary input, {@code va = VA + TLS}, so that {@code x = 1'·Z + va} holds.
 */
final class IcioReader {

    private static final Map<String, String> SPLITS = TableAssembler.mapOf("CN1", "CHN", "CN2", "CHN", "MX1", "MEX",
            "MX2", "MEX");
    private static final Set<String> TOTAL_COLUMNS = Set.of("OUT", "TOTAL", "X");

    private IcioReader() {
    }

    static IoTable read(Path path, ReadOptions options) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.getFileName().toString(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static IoTable read(InputStream in, String file, ReadOptions options) {
        try (CsvLineReader r = new CsvLineReader(in, file, 1)) {
            if (!r.nextLine()) {
                throw new TableValidationException(file, 1, null, "the file is empty");
            }
            List<String> header = r.readAllText();
            if (header.size() < 3) {
                throw new TableValidationException(file, 1, null, "the header has too few columns");
            }
            List<String> cols = List.copyOf(header.subList(1, header.size()));
            LabeledCsv.checkUnique(file, 1, cols);
            // Rows are parsed as they stream in; columns are classified once all row labels are known:
            // a column is intermediate when its label is also a row label (release-independent).
            List<String> rowLabels = new ArrayList<>();
            List<Long> rowLines = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            double[] vaRaw = null;
            double[] tlsRaw = null;
            double[] outRaw = null;
            while (r.nextLine()) {
                String label = r.readText();
                long line = r.lineNumber();
                boolean footer = FOOTER.contains(label);
                double[] v = new double[cols.size()];
                for (int c = 0; c < cols.size(); c++) {
                    if (r.atEndOfLine()) {
                        if (footer) {
                            break; // footer rows may stop after the intermediate columns
                        }
                        throw new TableValidationException(file, line, label, "ragged row: " + (c + 1)
                                + " fields, the header has " + header.size());
                    }
                    v[c] = r.readDouble(label, cols.get(c));
                }
                if (!r.atEndOfLine()) {
                    throw new TableValidationException(file, line, label, "ragged row: " + r.countFields()
                            + " fields, the header has " + header.size());
                }
                switch (label) {
                    case "VA", "VALU" -> vaRaw = v;
                    case "TLS", "TAXSUB" -> tlsRaw = v;
                    case "OUT", "TOTAL" -> outRaw = v;
                    default -> {
                        if (label.indexOf('_') <= 0) {
                            throw new TableValidationException(file, line, label,
                                    "unknown row: expected CTRY_SECTOR, TLS, VA or OUT");
                        }
                        rowLabels.add(label);
                        rowLines.add(line);
                        rows.add(v);
                    }
                }
            }
            Set<String> rowSet = new HashSet<>(rowLabels);
            if (rowSet.size() != rowLabels.size()) {
                throw new TableValidationException(file, 0, null, "a row label appears twice");
            }
            Set<String> regions = new HashSet<>();
            for (String l : rowLabels) {
                regions.add(l.substring(0, l.indexOf('_')));
            }
            List<String[]> inter = new ArrayList<>();
            List<String[]> fd = new ArrayList<>();
            int[] kind = new int[cols.size()]; // 0 inter, 1 fd, 2 total
            int outCol = -1;
            for (int c = 0; c < cols.size(); c++) {
                String label = cols.get(c);
                int u = label.indexOf('_');
                if (rowSet.contains(label)) {
                    inter.add(new String[] {label.substring(0, u), label.substring(u + 1)});
                } else if (TOTAL_COLUMNS.contains(label)) {
                    kind[c] = 2;
                    outCol = c;
                } else if (u > 0 && regions.contains(label.substring(0, u))) {
                    kind[c] = 1;
                    fd.add(new String[] {label.substring(0, u), label.substring(u + 1)});
                } else {
                    throw new TableValidationException(file, 1, label,
                            "a column must be a row label (CTRY_SECTOR), CTRY_<final-demand code> or OUT");
                }
            }
            TableAssembler asm = new TableAssembler(file, inter, fd, reg -> SPLITS.getOrDefault(reg, reg));
            Set<String> mapped = new java.util.TreeSet<>();
            for (String[] c : inter) {
                if (SPLITS.containsKey(c[0])) {
                    mapped.add(c[0]);
                }
            }
            if (!mapped.isEmpty()) {
                asm.note("OECD ICIO regions " + mapped + " summed into CHN and MEX (rows and columns)");
            }
            double[] outColumn = new double[asm.labels().size()];
            for (int i = 0; i < rows.size(); i++) {
                String l = rowLabels.get(i);
                int u = l.indexOf('_');
                double[] v = rows.get(i);
                asm.addRow(rowLines.get(i), l.substring(0, u), l.substring(u + 1), pick(v, kind, 0, inter.size()),
                        pick(v, kind, 1, fd.size()));
                if (outCol >= 0) {
                    outColumn[asm.rowIndex(l.substring(0, u), l.substring(u + 1))] += v[outCol];
                }
                rows.set(i, null);
            }
            if (vaRaw == null) {
                throw new TableValidationException(file, 0, "VA", "the VA (value added) row is missing");
            }
            double[] va = asm.columnVector(pick(vaRaw, kind, 0, inter.size()));
            if (tlsRaw != null) {
                double[] tls = asm.columnVector(pick(tlsRaw, kind, 0, inter.size()));
                for (int i = 0; i < va.length; i++) {
                    va[i] += tls[i];
                }
                asm.note("assumption: TLS (taxes less subsidies on products) is treated as a primary input,"
                        + " va = VA + TLS, so that the table balances");
            }
            double[] x;
            if (outRaw != null) {
                x = asm.columnVector(pick(outRaw, kind, 0, inter.size()));
            } else if (outCol >= 0) {
                x = outColumn;
            } else {
                throw new TableValidationException(file, 0, "OUT", "neither an OUT row nor an OUT column is present");
            }
            asm.note("read from " + file + " in the OECD ICIO CSV layout");
            return asm.build(file.replaceFirst("\\.csv$", ""), va, x, options, file);
        }
    }

    private static final Set<String> FOOTER = Set.of("VA", "VALU", "TLS", "TAXSUB", "OUT", "TOTAL");

    private static double[] pick(double[] v, int[] kind, int which, int count) {
        double[] r = new double[count];
        int k = 0;
        for (int c = 0; c < kind.length; c++) {
            if (kind[c] == which) {
                r[k++] = v[c];
            }
        }
        return r;
    }
}
