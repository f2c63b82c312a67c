package org.gvclab.core.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.SpreadsheetCsv;

/**
 * CSV import and export of yearly records: UTF-8, comma-separated, RFC 4180 quoting, one row per year, header =
 * {@code year} followed by field ids ({@link FieldCatalogue}); an empty cell means "not entered". Reading returns an
 * {@link ImportPreview} with every problem located by file, row (1-based, the header is row 1) and column (1-based
 * number); it never saves anything.
 */
public final class CsvRecords {

    /** The header of the year column. */
    public static final String YEAR = "year";

    private CsvRecords() {
    }

    /** Writes records with a header of all field ids, in catalogue order, through the one spreadsheet CSV writer. */
    public static void write(OutputStream out, List<YearlyRecord> records) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        SpreadsheetCsv csv = new SpreadsheetCsv(w);
        List<String> header = new ArrayList<>();
        header.add(YEAR);
        FieldCatalogue.all().forEach(f -> header.add(f.id()));
        csv.row(header);
        for (YearlyRecord r : records) {
            csv.number(r.year());
            for (Field f : FieldCatalogue.all()) {
                r.value(f.id()).ifPresentOrElse(csv::number, csv::empty);
            }
            csv.endRow();
        }
        csv.flush();
    }

    /**
     * Reads records from a CSV file and reports every problem: unknown, duplicated or missing columns, rows with the
     * wrong number of cells, values that are not numbers or out of range, inconsistent values, duplicated years,
     * text that is not UTF-8.
     */
    public static ImportPreview read(InputStream in, String fileName) throws IOException {
        RowImporter imp = new RowImporter(fileName, null);
        // never more than the limit in memory: a larger file is refused after reading one byte past it
        byte[] bytes = in.readNBytes(ExcelTemplate.MAX_BYTES + 1);
        if (bytes.length > ExcelTemplate.MAX_BYTES) {
            imp.problem(0, "", "", Severity.ERROR, Msg.of("cluster.import.tooLarge", ExcelTemplate.MAX_BYTES >> 20));
            return imp.preview();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            imp.error(0, "", "", Msg.of("cluster.csv.not_utf8"));
            return imp.preview();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows;
        try {
            rows = parse(text, ExcelTemplate.MAX_DATA_ROWS + 1);
        } catch (IllegalArgumentException e) {
            imp.error(0, "", "", Msg.of("cluster.csv.malformed", String.valueOf(e.getMessage())));
            return imp.preview();
        }
        if (rows.isEmpty()) {
            return imp.preview();
        }
        if (rows.size() > ExcelTemplate.MAX_DATA_ROWS + 1) {
            // one row per year: more rows than that is not a cluster's data; refuse before checking any row
            imp.problem(rows.get(rows.size() - 1).line(), "", "", Severity.ERROR,
                    Msg.of("cluster.import.tooManyRows", ExcelTemplate.MAX_DATA_ROWS));
            return imp.preview();
        }
        Row head = rows.get(0);
        int yearColumn = -1;
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        boolean headerOk = true;
        for (int c = 0; c < head.cells().size(); c++) {
            String h = head.cells().get(c).strip();
            String col = Integer.toString(c + 1);
            Integer before = firstSeen.putIfAbsent(h, c + 1);
            if (before != null && !h.isEmpty()) {
                imp.error(head.line(), col, h, Msg.of("cluster.csv.column_twice", h, before));
                headerOk = false;
            } else if (h.equals(YEAR)) {
                yearColumn = c;
            } else if (FieldCatalogue.contains(h)) {
                columnOf.put(h, c);
            } else {
                imp.error(head.line(), col, "", Msg.of("cluster.csv.unknown_column", h));
                headerOk = false;
            }
        }
        if (yearColumn < 0) {
            imp.error(head.line(), "", YEAR, Msg.of("cluster.csv.year_missing"));
            headerOk = false;
        }
        if (!headerOk) {
            return imp.preview();
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.cells().size() != head.cells().size()) {
                imp.error(row.line(), "", "", Msg.of("cluster.csv.cell_count", row.cells().size(), head.cells().size()));
                continue;
            }
            Map<String, RowImporter.RawCell> cells = new LinkedHashMap<>();
            columnOf.forEach((id, c) -> cells.put(id, new RowImporter.RawCell(Integer.toString(c + 1), null, row.cells().get(c))));
            imp.row(row.line(), new RowImporter.RawCell(Integer.toString(yearColumn + 1), null, row.cells().get(yearColumn)), cells);
        }
        return imp.preview();
    }

    private record Row(int line, List<String> cells) {
    }

    /**
     * RFC 4180: fields separated by commas, optionally quoted with doubled quotes inside; CRLF or LF. Stops after
     * {@code maxRows} + 1 rows, so that the caller sees there are too many without holding them all.
     */
    private static List<Row> parse(String s, int maxRows) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                if (rows.size() > maxRows) {
                    return rows;
                }
                cells.clear();
                any = false;
                line++;
                rowLine = line;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell starting in line " + rowLine + " is never closed");
        }
        if (any || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
