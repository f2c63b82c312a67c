package org.gvclab.core.io;

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
        // First pass: row labels (first field of each line), to tell intermediate from final-demand columns.
        // The stream is read once; lines are buffered as parsed numbers only after the header is classified.
        try (CsvLineReader r = new CsvLineReader(in, file, 1)) {
            if (!r.nextLine()) {
                throw new TableValidationException(file, 1, null, "the file is empty");
            }
            List<String> header = r.readAllText();
            if (header.size() < 3) {
                throw new TableValidationException(file, 1, null, "the header has too few columns");
            }
            List<String> cols = header.subList(1, header.size());
            LabeledCsv.checkUnique(file, 1, cols);
            // Intermediate columns are the CTRY_SECTOR labels whose code is not a final-demand category.
            Set<String> fdCodes = Set.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "INVNT_VALU", "DPABR", "NONRES",
                    "P33", "DISC", "NPS", "CONS_ABR", "CONS_NONRES", "EXPO", "IMPO");
            List<String[]> inter = new ArrayList<>();
            List<String[]> fd = new ArrayList<>();
            int[] kind = new int[cols.size()]; // 0 inter, 1 fd, 2 total
            for (int c = 0; c < cols.size(); c++) {
                String label = cols.get(c);
                if (TOTAL_COLUMNS.contains(label)) {
                    kind[c] = 2;
                    continue;
                }
                int u = label.indexOf('_');
                if (u <= 0 || u == label.length() - 1) {
                    throw new TableValidationException(file, 1, label, "a column label must read CTRY_CODE or OUT");
                }
                String region = label.substring(0, u);
                String code = label.substring(u + 1);
                if (fdCodes.contains(code)) {
                    kind[c] = 1;
                    fd.add(new String[] {region, code});
                } else {
                    inter.add(new String[] {region, code});
                }
            }
            TableAssembler asm = new TableAssembler(file, inter, fd, reg -> SPLITS.getOrDefault(reg, reg));
            Set<String> mapped = new HashSet<>();
            for (String[] c : inter) {
                if (SPLITS.containsKey(c[0])) {
                    mapped.add(c[0]);
                }
            }
            if (!mapped.isEmpty()) {
                asm.note("OECD ICIO regions " + new java.util.TreeSet<>(mapped)
                        + " summed into CHN and MEX (rows and columns)");
            }
            double[] vaRaw = null;
            double[] tlsRaw = null;
            double[] outRaw = null;
            double[] outColumn = new double[asm.labels().size()];
            boolean hasOutColumn = false;
            while (r.nextLine()) {
                String label = r.readText();
                long line = r.lineNumber();
                double[] interV = new double[inter.size()];
                double[] fdV = new double[fd.size()];
                double total = Double.NaN;
                int ii = 0;
                int fi = 0;
                for (int c = 0; c < cols.size(); c++) {
                    if (r.atEndOfLine() && !label.equals("VA") && !label.equals("TLS") && !label.equals("OUT")) {
                        throw new TableValidationException(file, line, label, "ragged row: " + (c + 1)
                                + " fields, the header has " + header.size());
                    }
                    double v = r.atEndOfLine() ? 0 : r.readDouble(label, cols.get(c));
                    switch (kind[c]) {
                        case 0 -> interV[ii++] = v;
                        case 1 -> fdV[fi++] = v;
                        default -> total = v;
                    }
                }
                if (!r.atEndOfLine()) {
                    throw new TableValidationException(file, line, label, "ragged row: " + r.countFields()
                            + " fields, the header has " + header.size());
                }
                switch (label) {
                    case "VA", "VALU" -> vaRaw = interV;
                    case "TLS", "TAXSUB" -> tlsRaw = interV;
                    case "OUT", "TOTAL" -> outRaw = interV;
                    default -> {
                        int u = label.indexOf('_');
                        if (u <= 0) {
                            throw new TableValidationException(file, line, label,
                                    "unknown row: expected CTRY_SECTOR, TLS, VA or OUT");
                        }
                        asm.addRow(line, label.substring(0, u), label.substring(u + 1), interV, fdV);
                        if (!Double.isNaN(total)) {
                            int i = asm.rowIndex(label.substring(0, u), label.substring(u + 1));
                            outColumn[i] += total;
                            hasOutColumn = true;
                        }
                    }
                }
            }
            if (vaRaw == null) {
                throw new TableValidationException(file, 0, "VA", "the VA (value added) row is missing");
            }
            double[] va = asm.columnVector(vaRaw);
            if (tlsRaw != null) {
                double[] tls = asm.columnVector(tlsRaw);
                for (int i = 0; i < va.length; i++) {
                    va[i] += tls[i];
                }
                asm.note("assumption: TLS (taxes less subsidies on products) is treated as a primary input,"
                        + " va = VA + TLS, so that the table balances");
            }
            double[] x;
            if (outRaw != null) {
                x = asm.columnVector(outRaw);
            } else if (hasOutColumn) {
                x = outColumn;
            } else {
                throw new TableValidationException(file, 0, "OUT", "neither an OUT row nor an OUT column is present");
            }
            asm.note("read from " + file + " in the OECD ICIO CSV layout");
            String name = file.replaceFirst("\\.csv$", "");
            return asm.build(name, va, x, options, file);
        }
    }
}
