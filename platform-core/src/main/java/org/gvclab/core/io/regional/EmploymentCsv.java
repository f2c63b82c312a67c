package org.gvclab.core.io.regional;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.SpreadsheetCsv;
import org.jspecify.annotations.Nullable;

/**
 * Reads regional and national employment by sector from a CSV file: UTF-8 (a byte-order mark is skipped),
 * comma-separated with RFC 4180 quotes, header {@value #HEADER} (columns in any order), one line per sector of the
 * linked table's region with the sector code exactly as in the table, non-negative numbers, regional ≤ national.
 * Every sector must be listed once. All problems are collected and reported together
 * ({@link EmploymentCsvException}); nothing is returned unless the whole file is good.
 */
public final class EmploymentCsv {

    /** The sector column. */
    public static final String SECTOR = "sector";
    /** The regional employment column (persons). */
    public static final String REGIONAL = "regional_employment";
    /** The national employment column (persons). */
    public static final String NATIONAL = "national_employment";
    /** The header line. */
    public static final String HEADER = SECTOR + "," + REGIONAL + "," + NATIONAL;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int LISTED = 12;

    private EmploymentCsv() {
    }

    /**
     * The employment in a file, for the given sectors.
     *
     * @param content                 the file's bytes
     * @param fileName                its name, used in every problem's location
     * @param sectors                 the table's sector codes, in table order
     * @param tableUnitInClusterUnits the money conversion factor (see {@link RegionalEmployment}), checked there
     * @throws EmploymentCsvException   with every problem when the file is not good
     * @throws IllegalArgumentException when the conversion factor is not a positive finite number
     */
    public static RegionalEmployment read(byte[] content, String fileName, List<String> sectors,
                                          double tableUnitInClusterUnits) {
        List<EmploymentCsvException.Problem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new EmploymentCsvException(List.of(problem(fileName, 0, "", Msg.of("io.regional.csv.not_utf8"))));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int h = 0;
        while (h < lines.length && lines[h].isBlank()) {
            h++;
        }
        if (h == lines.length) {
            throw new EmploymentCsvException(List.of(problem(fileName, 0, "", Msg.of("io.regional.csv.empty", HEADER))));
        }
        Map<String, Integer> columns = header(lines[h], fileName, h + 1, problems);
        if (columns == null) {
            throw new EmploymentCsvException(problems);
        }
        int width = columns.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sectors.size(); i++) {
            index.put(sectors.get(i), i);
        }
        double[] re = new double[sectors.size()];
        double[] ne = new double[sectors.size()];
        long[] seenOn = new long[sectors.size()];
        for (int k = h + 1; k < lines.length; k++) {
            long line = k + 1L;
            if (lines[k].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[k]);
            if (cells == null) {
                problems.add(problem(fileName, line, "", Msg.of("io.regional.csv.quote_open")));
                continue;
            }
            if (cells.size() != width) {
                problems.add(problem(fileName, line, "", Msg.of("io.regional.csv.width", width, cells.size())));
                continue;
            }
            String sector = unneutralised(cells.get(columns.get(SECTOR)).strip());
            Integer s = null;
            if (sector.isEmpty()) {
                problems.add(problem(fileName, line, SECTOR, Msg.of("io.regional.csv.sector_empty")));
            } else if (!index.containsKey(sector)) {
                problems.add(problem(fileName, line, SECTOR, Msg.of("io.regional.csv.sector_unknown", sector, listed(sectors))));
            } else if (seenOn[index.get(sector)] > 0) {
                problems.add(problem(fileName, line, SECTOR,
                        Msg.of("io.regional.csv.sector_twice", sector, seenOn[index.get(sector)])));
            } else {
                s = index.get(sector);
                seenOn[s] = line;
            }
            Double r = number(cells.get(columns.get(REGIONAL)), fileName, line, REGIONAL, problems);
            Double n = number(cells.get(columns.get(NATIONAL)), fileName, line, NATIONAL, problems);
            if (r != null && n != null && r > n) {
                problems.add(problem(fileName, line, REGIONAL, Msg.of("io.regional.csv.regional_above_national", num(r), num(n))));
            }
            if (s != null && r != null && n != null) {
                re[s] = r;
                ne[s] = n;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            if (seenOn[i] == 0) {
                missing.add(sectors.get(i));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(problem(fileName, 0, SECTOR, Msg.of("io.regional.csv.sectors_missing", missing.size(), listed(missing))));
        }
        if (problems.isEmpty()) {
            double rt = 0;
            double nt = 0;
            for (int i = 0; i < re.length; i++) {
                rt += re[i];
                nt += ne[i];
            }
            if (!(rt > 0)) {
                problems.add(problem(fileName, 0, REGIONAL, Msg.of("io.regional.csv.regional_zero")));
            }
            if (!(nt > 0)) {
                problems.add(problem(fileName, 0, NATIONAL, Msg.of("io.regional.csv.national_zero")));
            }
        }
        if (!problems.isEmpty()) {
            throw new EmploymentCsvException(problems);
        }
        return new RegionalEmployment(sectors, re, ne, tableUnitInClusterUnits);
    }

    /** A file to fill in: the header and one line per sector with empty numbers. */
    public static String template(List<String> sectors) {
        // written by the one spreadsheet CSV writer: a sector label that looks like a formula gets an apostrophe,
        // which reading removes again (unneutralised)
        java.io.StringWriter text = new java.io.StringWriter();
        SpreadsheetCsv csv = new SpreadsheetCsv(text);
        csv.row(List.of(HEADER.split(",")));
        for (String s : sectors) {
            csv.text(s).empty().empty().endRow();
        }
        return text.toString();
    }

    /** A label as written before {@link SpreadsheetCsv} neutralised it. */
    static String unneutralised(String cell) {
        return cell.startsWith("'") && SpreadsheetCsv.formulaLike(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** The column positions by name, or null (with problems added) when the header is not usable. */
    private static @Nullable Map<String, Integer> header(String line, String file, long lineNo,
                                               List<EmploymentCsvException.Problem> problems) {
        List<String> cells = split(line);
        if (cells == null) {
            problems.add(problem(file, lineNo, "", Msg.of("io.regional.csv.header_quote_open")));
            return null;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (!List.of(SECTOR, REGIONAL, NATIONAL).contains(name)) {
                problems.add(problem(file, lineNo, name, Msg.of("io.regional.csv.unknown_column", cells.get(i).strip(), HEADER)));
            } else if (columns.containsKey(name)) {
                problems.add(problem(file, lineNo, name, Msg.of("io.regional.csv.column_twice", name)));
            } else {
                columns.put(name, i);
            }
        }
        for (String required : List.of(SECTOR, REGIONAL, NATIONAL)) {
            if (!columns.containsKey(required)) {
                problems.add(problem(file, lineNo, required, Msg.of("io.regional.csv.column_missing", required, HEADER)));
            }
        }
        return problems.isEmpty() ? columns : null;
    }

    private static @Nullable Double number(String cell, String file, long line, String field,
                                 List<EmploymentCsvException.Problem> problems) {
        String t = cell.strip();
        if (t.isEmpty()) {
            problems.add(problem(file, line, field, Msg.of("io.regional.csv.number_missing")));
            return null;
        }
        if (!NUMBER.matcher(t).matches()) {
            problems.add(problem(file, line, field, Msg.of("io.regional.csv.not_a_number", t)));
            return null;
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            problems.add(problem(file, line, field, Msg.of("io.regional.csv.too_large", t)));
            return null;
        }
        if (v < 0) {
            problems.add(problem(file, line, field, Msg.of("io.regional.csv.negative", t)));
            return null;
        }
        return v;
    }

    /** The fields of one line (RFC 4180 quotes, {@code ""} inside quotes), or null when a quote is not closed. */
    static @Nullable List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cell.toString());
        return out;
    }

    private static String listed(List<String> codes) {
        return codes.size() <= LISTED ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, LISTED)) + ", … (" + codes.size() + ")";
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static EmploymentCsvException.Problem problem(String file, long line, String field, LocalizedText message) {
        return new EmploymentCsvException.Problem(file, line, field, message);
    }
}
