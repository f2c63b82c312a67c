package org.gvclab.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Turns one data row of an uploaded file (CSV or Excel) into a {@link YearlyRecord}, collecting every problem with
 * its file, sheet, row and column. Shared by {@link CsvRecords} and {@link ExcelTemplate} so both report alike.
 */
final class RowImporter {

    /** A raw cell: a number, a text, or blank (both null). */
    record RawCell(String column, @Nullable Double number, @Nullable String text) {

        boolean blank() {
            return number == null && (text == null || text.isBlank());
        }
    }

    private final String file;
    private final @Nullable String sheet;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<YearlyRecord> records = new ArrayList<>();
    private final Map<Integer, Integer> rowOfYear = new HashMap<>();
    private int errors;
    private int warnings;

    RowImporter(String file, @Nullable String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    /** Counts every problem; keeps only the first {@link ImportPreview#MAX_LISTED}, so memory stays bounded. */
    void problem(int row, String column, String fieldId, Severity severity, LocalizedText message) {
        if (severity == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        if (problems.size() < ImportPreview.MAX_LISTED) {
            problems.add(new ImportProblem(file, sheet, row, column, fieldId, severity, message));
        }
    }

    void error(int row, String column, String fieldId, LocalizedText message) {
        problem(row, column, fieldId, Severity.ERROR, message);
    }

    /**
     * Reads one row.
     *
     * @param row     1-based row number as shown
     * @param year    the year cell
     * @param cells   the value cells by field id
     */
    void row(int row, RawCell year, Map<String, RawCell> cells) {
        Integer y = year(row, year);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, RawCell> e : cells.entrySet()) {
            Field f = FieldCatalogue.get(e.getKey());
            RawCell c = e.getValue();
            if (c.blank()) {
                continue;
            }
            Double v = number(c);
            if (v == null) {
                error(row, c.column(), f.id(),
                        f.unit().en().isBlank()
                                ? Msg.of("cluster.import.not_a_number", f.label(), String.valueOf(c.text()), f.rangeText())
                                : Msg.of("cluster.import.not_a_number_unit", f.label(), String.valueOf(c.text()),
                                        f.rangeText(), f.unit()));
            } else if (!f.accepts(v)) {
                RecordProblem p = RecordValidator.rangeProblem(y == null ? 0 : y, f, v);
                problem(row, c.column(), f.id(), Severity.ERROR, p.message());
            } else {
                values.put(f.id(), v);
            }
        }
        if (y == null) {
            return;
        }
        Integer first = rowOfYear.putIfAbsent(y, row);
        if (first != null) {
            error(row, year.column(), "year", Msg.of("cluster.import.year_twice", y, first));
            return;
        }
        YearlyRecord r = new YearlyRecord(y, values);
        records.add(r);
        Function<String, String> columnOf = id -> {
            RawCell c = cells.get(id);
            return c == null ? "" : c.column();
        };
        for (RecordProblem p : RecordValidator.validate(r)) {
            // a value that failed the range check above is absent here; do not report it twice as "required"
            if (p.rule().equals("required") && cells.containsKey(p.fieldId()) && !cells.get(p.fieldId()).blank()) {
                continue;
            }
            problem(row, columnOf.apply(p.fieldId()), p.fieldId(), p.severity(), p.message());
        }
    }

    private @Nullable Integer year(int row, RawCell c) {
        if (c.blank()) {
            error(row, c.column(), "year", Msg.of("cluster.import.year_empty"));
            return null;
        }
        Double v = number(c);
        if (v == null || v != Math.rint(v) || v < YearlyRecord.MIN_YEAR || v > YearlyRecord.MAX_YEAR) {
            String shown = c.text() != null ? c.text() : RecordValidator.num(c.number() == null ? 0 : c.number());
            error(row, c.column(), "year",
                    Msg.of("cluster.import.year_invalid", shown, YearlyRecord.MIN_YEAR, YearlyRecord.MAX_YEAR));
            return null;
        }
        return v.intValue();
    }

    /** The number in a cell: numeric cells as they are, text cells when they hold a plain decimal number. */
    static @Nullable Double number(RawCell c) {
        if (c.number() != null) {
            return Double.isFinite(c.number()) ? c.number() : null;
        }
        String t = c.text() == null ? "" : c.text().strip();
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : null;
    }

    ImportPreview preview() {
        if (records.isEmpty() && errors == 0) {
            error(0, "", "", Msg.of("cluster.import.no_rows"));
        }
        return new ImportPreview(records, problems, errors, warnings);
    }
}
