package org.gvclab.reports.excel;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.gvclab.core.base.Measure;
import org.gvclab.core.base.Msg;
import org.gvclab.core.chart.AxisScale;
import org.gvclab.core.chart.Band;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartKind;
import org.gvclab.core.chart.ChartPalette;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.chart.Series;
import org.gvclab.core.chart.XyPoint;
import org.gvclab.core.chart.XySeries;
import org.gvclab.core.notebook.NumberStyle;
import org.gvclab.reports.BriefLabels;

/**
 * Writes a chart's data as a table and a native Excel (DrawingML) chart over that table, so the reader can edit the
 * numbers and see the chart follow. Line bands become two dashed edge lines; smile curves are smoothed scatter lines
 * through the points ordered by distance.
 */
final class ChartSheetWriter {

    private static final int FIRST_DATA_ROW = 2;

    private final XSSFSheet sheet;
    private final Styles styles;
    private final Locale locale;

    ChartSheetWriter(XSSFSheet sheet, Styles styles, Locale locale) {
        this.sheet = sheet;
        this.styles = styles;
        this.locale = locale;
    }

    void write(ChartSpec spec, String title) {
        SafeText.set(sheet.createRow(0).createCell(0), title, styles.title, styles);
        int columns = spec.kind().usesCategories() ? categoryTable(spec) : xyTable(spec);
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, columns + 1, 1, columns + 11, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(SafeText.clean(spec.title().in(locale)));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        switch (spec.kind()) {
            case LINE, BAR -> categoryChart(chart, spec);
            case RADAR -> radarChart(chart, spec);
            case SCATTER, SMILE_CURVE -> xyChart(chart, spec);
        }
    }

    // ---- data tables ------------------------------------------------------------------------------------------

    private int categoryTable(ChartSpec spec) {
        XSSFRow header = sheet.createRow(1);
        SafeText.set(header.createCell(0), BriefLabels.CATEGORY.in(locale), styles.header, styles);
        List<String> names = new ArrayList<>();
        List<List<Double>> columns = new ArrayList<>();
        for (Series s : spec.series()) {
            CategorySeries cs = (CategorySeries) s;
            names.add(cs.name().in(locale));
            columns.add(cs.values());
            Band band = cs.band();
            if (band != null) {
                names.add(Msg.in(locale, "brief.label.bandLow", band.name().in(locale)));
                columns.add(band.low());
                names.add(Msg.in(locale, "brief.label.bandHigh", band.name().in(locale)));
                columns.add(band.high());
            }
        }
        for (int c = 0; c < names.size(); c++) {
            SafeText.set(header.createCell(c + 1), names.get(c), styles.header, styles);
        }
        // chart data keeps its full precision; the shown digits follow the one number rule (by the column's size)
        List<org.apache.poi.ss.usermodel.CellStyle> shown = new ArrayList<>();
        for (List<Double> column : columns) {
            double magnitude = column.stream().filter(v -> v != null && Double.isFinite(v))
                    .mapToDouble(Math::abs).max().orElse(0);
            shown.add(styles.number(NumberStyle.of(Measure.DECIMAL, magnitude)));
        }
        for (int i = 0; i < spec.categories().size(); i++) {
            XSSFRow row = sheet.createRow(FIRST_DATA_ROW + i);
            SafeText.set(row.createCell(0), spec.categories().get(i).in(locale), styles.text, styles);
            for (int c = 0; c < columns.size(); c++) {
                org.apache.poi.ss.usermodel.Cell x = row.createCell(c + 1);
                x.setCellValue(columns.get(c).get(i));
                x.setCellStyle(shown.get(c));
            }
        }
        return names.size() + 1;
    }

    private static double maxAbs(List<XyPoint> points, boolean x) {
        return points.stream().mapToDouble(p -> Math.abs(x ? p.x() : p.y())).filter(Double::isFinite).max().orElse(0);
    }

    private int xyTable(ChartSpec spec) {
        XSSFRow names = sheet.createRow(1);
        XSSFRow header = sheet.createRow(2);
        int col = 0;
        int maxPoints = 0;
        for (Series s : spec.series()) {
            XySeries xs = (XySeries) s;
            SafeText.set(names.createCell(col), xs.name().in(locale), styles.label, styles);
            SafeText.set(header.createCell(col), BriefLabels.LABEL.in(locale), styles.header, styles);
            SafeText.set(header.createCell(col + 1), spec.xAxis().label(locale), styles.header, styles);
            SafeText.set(header.createCell(col + 2), spec.yAxis().label(locale), styles.header, styles);
            List<XyPoint> points = spec.kind() == ChartKind.SMILE_CURVE ? xs.pointsByX() : xs.points();
            for (int i = 0; i < points.size(); i++) {
                XSSFRow row = sheet.getRow(3 + i) != null ? sheet.getRow(3 + i) : sheet.createRow(3 + i);
                SafeText.set(row.createCell(col), points.get(i).label().in(locale), styles.text, styles);
                org.apache.poi.ss.usermodel.Cell x = row.createCell(col + 1);
                x.setCellValue(points.get(i).x());
                x.setCellStyle(styles.number(NumberStyle.of(Measure.DECIMAL, maxAbs(points, true))));
                org.apache.poi.ss.usermodel.Cell y = row.createCell(col + 2);
                y.setCellValue(points.get(i).y());
                y.setCellStyle(styles.number(NumberStyle.of(Measure.DECIMAL, maxAbs(points, false))));
            }
            maxPoints = Math.max(maxPoints, points.size());
            col += 3;
        }
        return col;
    }

    // ---- charts -----------------------------------------------------------------------------------------------

    private void categoryChart(XSSFChart chart, ChartSpec spec) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        title(x, spec.xAxis().label(locale));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        title(y, spec.yAxis().label(locale));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        bounds(y, spec.valueScale());
        int n = spec.categories().size();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(FIRST_DATA_ROW, FIRST_DATA_ROW + n - 1, 0, 0));
        XDDFChartData data;
        if (spec.kind() == ChartKind.BAR) {
            XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
            bar.setBarDirection(BarDirection.COL);
            bar.setBarGrouping(BarGrouping.CLUSTERED);
            bar.setVaryColors(false);
            data = bar;
        } else {
            data = chart.createData(ChartTypes.LINE, x, y);
            data.setVaryColors(false);
        }
        int col = 1;
        for (int s = 0; s < spec.series().size(); s++) {
            CategorySeries cs = (CategorySeries) spec.series().get(s);
            String colour = ChartPalette.colour(s);
            XDDFChartData.Series series = data.addSeries(cats, values(col, n));
            series.setTitle(cs.name().in(locale), new CellReference(sheet.getSheetName(), 1, col, true, true));
            if (data instanceof XDDFBarChartData) {
                series.setFillProperties(solid(colour));
            } else {
                XDDFLineChartData.Series line = (XDDFLineChartData.Series) series;
                line.setLineProperties(lineOf(colour, false));
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
            }
            col++;
            if (cs.band() != null) {
                for (int edge = 0; edge < 2; edge++) {
                    XDDFLineChartData.Series e = (XDDFLineChartData.Series) data.addSeries(cats, values(col, n));
                    e.setTitle(sheet.getRow(1).getCell(col).getStringCellValue(),
                            new CellReference(sheet.getSheetName(), 1, col, true, true));
                    e.setLineProperties(lineOf(colour, true));
                    e.setMarkerStyle(MarkerStyle.NONE);
                    e.setSmooth(false);
                    col++;
                }
            }
        }
        chart.plot(data);
    }

    private void radarChart(XSSFChart chart, ChartSpec spec) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        bounds(y, spec.valueScale());
        int n = spec.categories().size();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(FIRST_DATA_ROW, FIRST_DATA_ROW + n - 1, 0, 0));
        XDDFRadarChartData data = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, x, y);
        data.setStyle(RadarStyle.MARKER);
        data.setVaryColors(false);
        for (int s = 0; s < spec.series().size(); s++) {
            CategorySeries cs = (CategorySeries) spec.series().get(s);
            XDDFChartData.Series series = data.addSeries(cats, values(s + 1, n));
            series.setTitle(cs.name().in(locale), new CellReference(sheet.getSheetName(), 1, s + 1, true, true));
            series.setLineProperties(lineOf(ChartPalette.colour(s), false));
        }
        chart.plot(data);
    }

    private void xyChart(XSSFChart chart, ChartSpec spec) {
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        title(x, spec.xAxis().label(locale));
        bounds(x, spec.xScale());
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        title(y, spec.yAxis().label(locale));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        bounds(y, spec.valueScale());
        boolean smile = spec.kind() == ChartKind.SMILE_CURVE;
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setStyle(smile ? ScatterStyle.SMOOTH_MARKER : ScatterStyle.MARKER);
        data.setVaryColors(false);
        int col = 0;
        for (int s = 0; s < spec.series().size(); s++) {
            XySeries xs = (XySeries) spec.series().get(s);
            int n = xs.points().size();
            if (n == 0) {
                col += 3;
                continue;
            }
            XDDFNumericalDataSource<Double> xv = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(3, 3 + n - 1, col + 1, col + 1));
            XDDFNumericalDataSource<Double> yv = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(3, 3 + n - 1, col + 2, col + 2));
            XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) data.addSeries(xv, yv);
            series.setTitle(xs.name().in(locale), new CellReference(sheet.getSheetName(), 1, col, true, true));
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setSmooth(smile);
            series.setLineProperties(smile ? lineOf(ChartPalette.colour(s), false)
                    : new XDDFLineProperties(new XDDFNoFillProperties()));
            col += 3;
        }
        chart.plot(data);
    }

    private XDDFNumericalDataSource<Double> values(int col, int n) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(FIRST_DATA_ROW, FIRST_DATA_ROW + n - 1, col, col));
    }

    private static void title(org.apache.poi.xddf.usermodel.chart.XDDFChartAxis axis, String title) {
        if (!title.isBlank()) {
            axis.setTitle(SafeText.clean(title));
        }
    }

    private static void bounds(XDDFValueAxis axis, AxisScale scale) {
        axis.setMinimum(scale.min());
        axis.setMaximum(scale.max());
        axis.setMajorUnit(scale.step());
    }

    private static XDDFSolidFillProperties solid(String hex) {
        return new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(hex.substring(1))));
    }

    private static XDDFLineProperties lineOf(String hex, boolean dashed) {
        XDDFLineProperties line = new XDDFLineProperties(solid(hex));
        line.setWidth(dashed ? 1.25 : 2.0);
        if (dashed) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        return line;
    }

    private boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
