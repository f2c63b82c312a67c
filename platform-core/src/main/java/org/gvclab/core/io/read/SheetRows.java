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
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of the first sheet of an .xlsx (Apache POI's SAX event API, bounded memory) or the lines of
 * a CSV as lists of cell texts. Numbers come as their exact shortest decimal text, not as the cell's display
 * format, so no precision is lost.
 */
final class SheetRows {

    private SheetRows() {
    }

    /** Calls {@code rowConsumer(lineOrRowNumber (1-based), cells)} for every row. */
    static void forEach(Path path, BiConsumer<Long, List<String>> rowConsumer) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsb") || name.endsWith(".xls")) {
            throw new TableValidationException(path.getFileName().toString(), 0, null,
                    "binary Excel workbooks are not read; open it in a spreadsheet and save the sheet as .xlsx or CSV");
        }
        if (name.endsWith(".xlsx")) {
            forEachXlsx(path, rowConsumer);
        } else {
            try (InputStream in = Files.newInputStream(path);
                    CsvLineReader r = new CsvLineReader(in, path.getFileName().toString(), 1)) {
                while (r.nextLine()) {
                    rowConsumer.accept(r.lineNumber(), r.readAllText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    private static void forEachXlsx(Path path, BiConsumer<Long, List<String>> rowConsumer) {
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
                XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                    private final List<String> cells = new ArrayList<>();
                    private int row;

                    @Override
                    public void startRow(int rowNum) {
                        cells.clear();
                        row = rowNum;
                    }

                    @Override
                    public void endRow(int rowNum) {
                        rowConsumer.accept((long) row + 1, List.copyOf(cells));
                    }

                    @Override
                    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                        int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
                        while (cells.size() < col) {
                            cells.add("");
                        }
                        cells.add(formattedValue == null ? "" : formattedValue);
                    }
                };
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, raw, false));
                xml.parse(new InputSource(sheet));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new TableValidationException(file, 0, null, "not a readable .xlsx workbook: " + e.getMessage());
        }
    }
}
