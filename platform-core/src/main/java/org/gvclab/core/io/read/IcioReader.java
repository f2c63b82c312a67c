package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.io.model.IoTable;

/**
 * Reads an OECD ICIO CSV of the 2016, 2018, 2021 or 2023 release (extended or {@code _SML}) as the OECD publishes
 * it, and as pymrio's {@code parse_oecd} and exvatools' {@code extract_icio} read it (docs/io-formats.md):
 * <ul>
 * <li>header: a first cell (empty, {@code V1} or anything), intermediate columns {@code COUNTRY_SECTOR}, final
 * demand named country first ({@code AUS_HFCE}) or, in 2016, category first ({@code HFCE_AUS}) with a {@code DISC}
 * column, and a total column ({@code TOTAL} in 2018, {@code OUT} in 2021 and 2023) or none (2016);</li>
 * <li>data rows {@code COUNTRY_SECTOR}; a column is intermediate when its label is also a row label, final demand
 * when one half of its label is a row region;</li>
 * <li>primary-input rows, all kept as value added ({@code va}): {@code VA+TAXSUB} (2016); one
 * {@code COUNTRY_TAXSUB} row per country and {@code VALU} (2018); {@code TLS} and {@code VA} (2021, 2023). Gross
 * output x is the {@code OUT} (2016, 2021, 2023) or {@code OUTPUT} (2018) row, else the total column.</li>
 * </ul>
 * China and Mexico splits ({@code CN1 … CN4}, {@code MX1 … MX3}) are summed into {@code CHN} and {@code MEX}, rows
 * and columns, as pymrio does. Empty cells read as zero and are counted in the balance note; semicolon-separated
 * files with decimal commas (Excel in European locales) are read too. Which release was recognised, and every
 * choice above, is written into the table's notes.
 */
final class IcioReader {

    private IcioReader() {
    }

    static IoTable read(Path path, ReadOptions options) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.getFileName().toString(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** What a row that is not {@code COUNTRY_SECTOR} holds. */
    private enum Footer { PRIMARY, OUTPUT }

    private static Footer footer(String label) {
        return switch (label) {
            case "VA", "VALU", "TLS", "TAXSUB", "VA+TAXSUB" -> Footer.PRIMARY;
            case "OUT", "OUTPUT", "TOTAL" -> Footer.OUTPUT;
            default -> label.endsWith("_TAXSUB") ? Footer.PRIMARY : null;
        };
    }

    static IoTable read(InputStream in, String file, ReadOptions options) {
        try (CsvLineReader r = new CsvLineReader(in, file, 1).detectSeparator().emptyCellsAsNaN()) {
            if (!r.nextLine()) {
                throw new TableValidationException(file, 1, null, Msg.of("io.read.diff.empty"));
            }
            List<String> header = r.readAllText();
            LayoutMatch match = IcioLayout.recognise(header);
            if (match instanceof LayoutMatch.Differs d) {
                throw new TableValidationException(file, 1, null, d.difference());
            }
            LayoutMatch.Found found = (LayoutMatch.Found) match;
            List<String> cols = List.copyOf(header.subList(1, header.size()));
            LabeledCsv.checkUnique(file, 1, cols);
            EmptyCells empty = new EmptyCells();
            // Rows are parsed as they stream in; columns are classified once all row labels are known:
            // a column is intermediate when its label is also a row label (release-independent).
            List<String> rowLabels = new ArrayList<>();
            List<Long> rowLines = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            Map<String, double[]> primary = new LinkedHashMap<>();
            double[] outRaw = null;
            String outLabel = null;
            Set<String> seen = new HashSet<>();
            while (r.nextLine()) {
                String label = r.readText();
                long line = r.lineNumber();
                if (!seen.add(label)) {
                    throw new TableValidationException(file, line, label, "the row label appears twice");
                }
                Footer footer = footer(label);
                double[] v = new double[cols.size()];
                for (int c = 0; c < cols.size(); c++) {
                    if (footer != null && r.atEndOfLine()) {
                        // footer rows may stop after the intermediate columns: the rest is empty
                        for (int k = c; k < v.length; k++) {
                            v[k] = Double.NaN;
                            empty.seen();
                        }
                        break;
                    }
                    v[c] = r.readDouble(label, cols.get(c));
                    if (Double.isNaN(v[c])) {
                        empty.seen();
                    }
                }
                if (!r.atEndOfLine()) {
                    throw new TableValidationException(file, line, label, "ragged row: " + r.countFields()
                            + " fields, the header has " + header.size());
                }
                if (footer == Footer.PRIMARY) {
                    primary.put(label, v);
                } else if (footer == Footer.OUTPUT) {
                    if (outRaw != null) {
                        throw new TableValidationException(file, line, label, "a second output row after "
                                + outLabel);
                    }
                    outRaw = v;
                    outLabel = label;
                } else {
                    if (label.indexOf('_') <= 0) {
                        throw new TableValidationException(file, line, label, "unknown row: expected COUNTRY_SECTOR,"
                                + " a primary-input row (VA, TLS, VALU, COUNTRY_TAXSUB, VA+TAXSUB) or OUT, OUTPUT");
                    }
                    rowLabels.add(label);
                    rowLines.add(line);
                    rows.add(v);
                }
            }
            Set<String> rowSet = new HashSet<>(rowLabels);
            Set<String> regions = new HashSet<>();
            for (String l : rowLabels) {
                regions.add(l.substring(0, l.indexOf('_')));
            }
            List<String[]> inter = new ArrayList<>();
            List<String[]> fd = new ArrayList<>();
            int[] kind = new int[cols.size()]; // 0 inter, 1 fd, 2 total
            int outCol = -1;
            int discCol = -1;
            for (int c = 0; c < cols.size(); c++) {
                String label = cols.get(c);
                int u = label.indexOf('_');
                if (rowSet.contains(label)) {
                    inter.add(new String[] {label.substring(0, u), label.substring(u + 1)});
                } else if (IcioLayout.TOTALS.contains(label)) {
                    kind[c] = 2;
                    outCol = c;
                } else if (IcioLayout.DISC.equals(label)) {
                    kind[c] = 1;
                    discCol = c;
                    fd.add(new String[] {null, IcioLayout.DISC});
                } else if (u > 0 && regions.contains(label.substring(0, u))) {
                    kind[c] = 1;
                    fd.add(new String[] {label.substring(0, u), label.substring(u + 1)});
                } else if (u > 0 && regions.contains(label.substring(u + 1))) {
                    kind[c] = 1; // the 2016 release names final demand category first: HFCE_AUS
                    fd.add(new String[] {label.substring(u + 1), label.substring(0, u)});
                } else {
                    throw new TableValidationException(file, 1, label, "a column must be a row label"
                            + " (COUNTRY_SECTOR), final demand (COUNTRY_CATEGORY or CATEGORY_COUNTRY), DISC or OUT");
                }
            }
            TableAssembler asm = new TableAssembler(file, inter, fd, IcioLayout::merged);
            asm.note(Msg.in(Locale.ENGLISH, "io.read.note.release", found.release().displayName(),
                    found.evidence()));
            double[] outColumn = new double[asm.labels().size()];
            double disc = 0;
            for (int i = 0; i < rows.size(); i++) {
                String l = rowLabels.get(i);
                int u = l.indexOf('_');
                double[] v = rows.get(i);
                asm.addRow(rowLines.get(i), l.substring(0, u), l.substring(u + 1), empty.pick(v, kind, 0,
                        inter.size()), empty.pick(v, kind, 1, fd.size()));
                if (outRaw == null && outCol >= 0) {
                    outColumn[asm.rowIndex(l.substring(0, u), l.substring(u + 1))] += empty.value(v[outCol]);
                }
                if (discCol >= 0 && !Double.isNaN(v[discCol])) {
                    disc += Math.abs(v[discCol]);
                }
                rows.set(i, null);
            }
            if (!primary.containsKey("VA") && !primary.containsKey("VALU") && !primary.containsKey("VA+TAXSUB")) {
                throw new TableValidationException(file, 0, "VA", "no value-added row: expected VA and TLS (2021,"
                        + " 2023), VALU and COUNTRY_TAXSUB (2018) or VA+TAXSUB (2016)");
            }
            double[] va = new double[asm.labels().size()];
            for (double[] p : primary.values()) {
                double[] col = asm.columnVector(empty.pick(p, kind, 0, inter.size()));
                for (int i = 0; i < va.length; i++) {
                    va[i] += col[i];
                }
            }
            double[] x;
            String xFrom;
            if (outRaw != null) {
                x = asm.columnVector(empty.pick(outRaw, kind, 0, inter.size()));
                xFrom = Msg.in(Locale.ENGLISH, "io.read.note.outRow", outLabel);
            } else if (outCol >= 0) {
                x = outColumn;
                xFrom = Msg.in(Locale.ENGLISH, "io.read.note.outColumn", cols.get(outCol));
            } else {
                throw new TableValidationException(file, 0, "OUT", "neither an output row (OUT, OUTPUT) nor a"
                        + " total column (OUT, TOTAL) is present");
            }
            asm.note(Msg.in(Locale.ENGLISH, "io.read.note.primary", primaryInputs(primary.keySet()), xFrom));
            Set<String> split = new TreeSet<>();
            for (String[] c : inter) {
                if (IcioLayout.isSplit(c[0])) {
                    split.add(c[0]);
                }
            }
            if (!split.isEmpty()) {
                Set<String> into = new TreeSet<>();
                split.forEach(s -> into.add(IcioLayout.merged(s)));
                asm.note(Msg.in(Locale.ENGLISH, "io.read.note.splits", String.join(", ", split),
                        String.join(", ", into)));
            }
            if (discCol >= 0) {
                asm.note(Msg.in(Locale.ENGLISH, "io.read.note.disc", Num.money(disc)));
            }
            if (r.decimalComma()) {
                asm.note(Msg.in(Locale.ENGLISH, "io.read.note.semicolon"));
            }
            return asm.build(file.replaceFirst("(?i)\\.csv$", ""), va, x, options, file, empty);
        }
    }

    /** "VA (value added), TLS (taxes less subsidies on products)", in the order the rows came. */
    private static String primaryInputs(Set<String> labels) {
        List<String> parts = new ArrayList<>();
        int taxsub = 0;
        for (String l : labels) {
            if (l.endsWith("_TAXSUB") || l.equals("TAXSUB")) {
                if (taxsub++ == 0) {
                    parts.add("");
                }
                continue;
            }
            parts.add(Msg.in(Locale.ENGLISH, "io.read.row." + l.replace('+', '_')));
        }
        if (taxsub > 0) {
            parts.set(parts.indexOf(""), Msg.in(Locale.ENGLISH, "io.read.row.TAXSUB", taxsub));
        }
        return String.join(", ", parts);
    }
}
