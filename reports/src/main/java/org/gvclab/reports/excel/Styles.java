package org.gvclab.reports.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.gvclab.core.notebook.NumberStyle;

/** The workbook's cell styles, created once each (Excel allows about 64,000 styles per workbook). */
final class Styles {

    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle header;
    final CellStyle title;
    final CellStyle label;
    private final Workbook wb;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    Styles(Workbook wb) {
        this.wb = wb;
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);

        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
    }

    /** {@code base} with Excel's quote prefix ("this is text, never a formula"). */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base.getIndex(), index -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(true);
            return s;
        });
    }

    /** The style showing numbers as {@code style} does (its pattern is a valid Excel number format). */
    CellStyle number(NumberStyle style) {
        return numbers.computeIfAbsent(style.pattern(), pattern -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(pattern));
            return s;
        });
    }
}
