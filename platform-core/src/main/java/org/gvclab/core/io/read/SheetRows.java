package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.binary.XSSFBParseException;
import org.apache.poi.xssf.binary.XSSFBSharedStringsTable;
import org.apache.poi.xssf.binary.XSSFBSheetHandler;
import org.apache.poi.xssf.binary.XSSFBStylesTable;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFBReader;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of the first sheet of an .xlsx (Apache POI's SAX event API, bounded memory) or .xlsb (POI's
 * binary-record event reader), or the lines of a CSV, as lists of cell texts. Numbers come as their exact shortest decimal text, not as the cell's display
 * format, so no precision is lost. A CSV may be comma- or semicolon-separated ({@link #decimalComma()} tells the
 * second, where numbers carry decimal commas).
 */
final class SheetRows {

    private final Path path;
    private boolean decimalComma;

    private SheetRows(Path path) {
        this.path = path;
    }

    /** The rows of a workbook's first sheet or of a CSV file. */
    static SheetRows of(Path path) {
        return new SheetRows(path);
    }

    /** Whether the CSV read so far is semicolon-separated with decimal commas (never for a workbook). */
    boolean decimalComma() {
        return decimalComma;
    }

    /** Calls {@code rowConsumer(lineOrRowNumber (1-based), cells)} for every row. */
    static void forEach(Path path, BiConsumer<Long, List<String>> rowConsumer) {
        of(path).forEach((line, cells) -> {
            rowConsumer.accept(line, cells);
            return true;
        });
    }

    /** Reads rows until {@code rows} returns false or the sheet ends. */
    void forEach(RowConsumer rows) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new TableValidationException(path.getFileName().toString(), 0, null,
                    "Excel 97–2003 workbooks (.xls) are not read; open it in a spreadsheet and save the sheet as"
                            + " .xlsx or CSV");
        }
        if (name.endsWith(".xlsx")) {
            forEachXlsx(path, rows);
        } else if (name.endsWith(".xlsb")) {
            forEachXlsb(path, rows);
        } else {
            try (InputStream in = Files.newInputStream(path);
                    CsvLineReader r = new CsvLineReader(in, path.getFileName().toString(), 1).detectSeparator()) {
                while (r.nextLine()) {
                    decimalComma = r.decimalComma();
                    if (!rows.row(r.lineNumber(), r.readAllText())) {
                        return;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    /** Receives one row; returns whether to go on. */
    @FunctionalInterface
    interface RowConsumer {
        boolean row(long line, List<String> cells);
    }

    /** Thrown through POI's SAX parser to stop reading a sheet early. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * Collects the cells of each row of a sheet (both workbook kinds send the same events) and hands the row on;
     * cells a workbook leaves out are empty texts, numbers come as {@link Double#toString}.
     */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler,
            XSSFBSheetHandler.XSSFBSheetContentsHandler {
        private final RowConsumer rowConsumer;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Cells(RowConsumer rowConsumer) {
            this.rowConsumer = rowConsumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            row = rowNum;
        }

        @Override
        public void endRow(int rowNum) {
            if (!rowConsumer.row((long) row + 1, List.copyOf(cells))) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            put(cellReference, formattedValue);
        }

        @Override
        public void stringCell(String cellReference, String value, XSSFComment comment) {
            put(cellReference, value);
        }

        @Override
        public void doubleCell(String cellReference, double value, XSSFComment comment, ExcelNumberFormat format) {
            put(cellReference, Double.toString(value));
        }

        @Override
        public void booleanCell(String cellReference, boolean value, XSSFComment comment) {
            put(cellReference, Boolean.toString(value));
        }

        @Override
        public void errorCell(String cellReference, FormulaError error, XSSFComment comment) {
            put(cellReference, error == null ? "#ERROR" : error.getString());
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // page headers and footers hold no table cells
        }

        @Override
        public void endSheet() {
            // every row was handed on at its end
        }

        private void put(String cellReference, String text) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(text == null ? "" : text);
        }
    }

    private static void forEachXlsx(Path path, RowConsumer rowConsumer) {
        String file = path.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableValidationException(file, 0, null, "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                DataFormatter raw = new DataFormatter(Locale.ROOT) {
                    @Override
                    public String formatRawCellContents(double value, int formatIndex, String formatString) {
                        return Double.toString(value);
                    }
                };
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Cells(rowConsumer), raw,
                        false));
                try {
                    xml.parse(new InputSource(sheet));
                } catch (Stop stop) {
                    // the consumer has what it needs
                }
            }
        } catch (TableValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (zipBomb(e)) {
                // POI's own guard (ZipSecureFile): the workbook inflates far beyond its size
                throw new TableValidationException(file, 0, null, "the workbook unpacks to far more data than its"
                        + " size suggests (a zip bomb); it was not read", TableValidationException.Reason.TOO_LARGE);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot read " + path, io);
            }
            throw (RuntimeException) e;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new TableValidationException(file, 0, null, "not a readable .xlsx workbook: " + e.getMessage(),
                    TableValidationException.Reason.NOT_A_CONTAINER);
        }
    }

    /**
     * The first sheet of a binary workbook (.xlsb, as the WIOD 2016 release is published), streamed record by record
     * with Apache POI's XSSFB event reader; numbers arrive as doubles, never through a display format.
     */
    private static void forEachXlsb(Path path, RowConsumer rowConsumer) {
        String file = path.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFBReader reader = new XSSFBReader(pkg);
            XSSFBSharedStringsTable strings = new XSSFBSharedStringsTable(pkg);
            XSSFBStylesTable styles = reader.getXSSFBStylesTable();
            XSSFBReader.SheetIterator sheets = (XSSFBReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableValidationException(file, 0, null, "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                if (styles == null) {
                    throw new TableValidationException(file, 0, null, "not a readable .xlsb workbook: it has no"
                            + " styles part");
                }
                XSSFBSheetHandler handler = new XSSFBSheetHandler(sheet, styles, sheets.getXSSFBSheetComments(),
                        strings, new Cells(rowConsumer), false);
                try {
                    handler.parse();
                } catch (Stop stop) {
                    // the consumer has what it needs
                }
            }
        } catch (IOException e) {
            if (zipBomb(e)) {
                throw new TableValidationException(file, 0, null, "the workbook unpacks to far more data than its"
                        + " size suggests (a zip bomb); it was not read", TableValidationException.Reason.TOO_LARGE);
            }
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (OpenXML4JException | SAXException | POIXMLException | XSSFBParseException e) {
            throw new TableValidationException(file, 0, null, "not a readable .xlsb workbook: " + e.getMessage());
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
