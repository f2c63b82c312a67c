package org.gvclab.reports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * Draws a {@link ChartSpec} as a self-contained SVG element (vector, integer sizes as openhtmltopdf requires,
 * text in the brief's font). The title is not drawn: the brief prints it as a real, searchable caption. Layout
 * only; every number comes from the spec.
 */
final class SvgChartWriter {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final String FONT = PdfBriefRenderer.FONT_FAMILY;

    private static final int LEFT = 72;
    private static final int RIGHT = WIDTH - 24;
    private static final int TOP = 16;
    private static final int BOTTOM = HEIGHT - 84;

    private final Locale locale;
    private final StringBuilder svg = new StringBuilder(8192);

    private SvgChartWriter(Locale locale) {
        this.locale = locale;
    }

    /** The SVG markup of {@code spec} with texts in the language of {@code locale}. */
    static String write(ChartSpec spec, Locale locale) {
        return new SvgChartWriter(locale).draw(spec);
    }

    private String draw(ChartSpec spec) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"11\">");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        switch (spec.kind()) {
            case RADAR -> radar(spec);
            case LINE, BAR -> categorical(spec);
            case SCATTER, SMILE_CURVE -> xy(spec);
        }
        legend(spec);
        svg.append("</svg>");
        return svg.toString();
    }

    // ---- category charts -------------------------------------------------------------------------------------

    private void categorical(ChartSpec spec) {
        AxisScale ys = spec.valueScale();
        valueGrid(ys);
        axisTitles(spec.xAxis().label(locale), spec.yAxis().label(locale));
        int n = spec.categories().size();
        double band = (double) (RIGHT - LEFT) / n;
        boolean line = spec.kind() == ChartKind.LINE;
        // category labels, thinned so they never overlap
        double widest = spec.categories().stream().mapToDouble(c -> textWidth(c.in(locale), 11)).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + 8) / band));
        for (int i = 0; i < n; i += every) {
            text(catX(i, n, band, line), BOTTOM + 16, spec.categories().get(i).in(locale), "middle", 11, "#333333");
        }
        line(LEFT, BOTTOM, RIGHT, BOTTOM, "#555555", 1);
        List<Series> series = spec.series();
        for (int s = 0; s < series.size(); s++) {
            CategorySeries cs = (CategorySeries) series.get(s);
            String colour = ChartPalette.colour(s);
            if (line) {
                Band b = cs.band();
                if (b != null) {
                    StringBuilder pts = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        point(pts, catX(i, n, band, true), y(b.high().get(i), ys));
                    }
                    for (int i = n - 1; i >= 0; i--) {
                        point(pts, catX(i, n, band, true), y(b.low().get(i), ys));
                    }
                    svg.append("<polygon points=\"").append(pts).append("\" fill=\"").append(colour)
                            .append("\" fill-opacity=\"0.18\" stroke=\"none\"/>");
                }
                StringBuilder pts = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    point(pts, catX(i, n, band, true), y(cs.values().get(i), ys));
                }
                svg.append("<polyline points=\"").append(pts).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"/>");
                for (int i = 0; i < n; i++) {
                    circle(catX(i, n, band, true), y(cs.values().get(i), ys), 3, colour);
                }
            } else {
                double group = band * 0.8;
                double w = group / series.size();
                double zero = y(Math.max(ys.min(), Math.min(ys.max(), 0)), ys);
                for (int i = 0; i < n; i++) {
                    double x = LEFT + i * band + (band - group) / 2 + s * w;
                    double yv = y(cs.values().get(i), ys);
                    svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(Math.min(yv, zero)))
                            .append("\" width=\"").append(fmt(Math.max(w - 1, 1))).append("\" height=\"")
                            .append(fmt(Math.abs(zero - yv))).append("\" fill=\"").append(colour).append("\"/>");
                }
            }
        }
    }

    private static double catX(int i, int n, double band, boolean line) {
        if (line && n > 1) {
            return LEFT + band / 2 + i * ((RIGHT - LEFT) - band) / (n - 1);
        }
        return LEFT + (i + 0.5) * band;
    }

    // ---- radar ------------------------------------------------------------------------------------------------

    private void radar(ChartSpec spec) {
        AxisScale scale = spec.valueScale();
        int n = spec.categories().size();
        double cx = WIDTH / 2.0;
        double cy = (TOP + BOTTOM) / 2.0 + 4;
        double r = (BOTTOM - TOP) / 2.0 - 12;
        NumberStyle tickStyle = NumberStyle.decimals(scale.decimals());
        for (double t : scale.ticks()) {
            if (t <= scale.min()) {
                continue;
            }
            double rr = r * (t - scale.min()) / (scale.max() - scale.min());
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                point(pts, cx + rr * Math.cos(angle(i, n)), cy + rr * Math.sin(angle(i, n)));
            }
            svg.append("<polygon points=\"").append(pts).append("\" fill=\"none\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            text(cx + 3, cy - rr + 10, tickStyle.format(t, locale), "start", 9, "#777777");
        }
        for (int i = 0; i < n; i++) {
            double ex = cx + r * Math.cos(angle(i, n));
            double ey = cy + r * Math.sin(angle(i, n));
            line(cx, cy, ex, ey, "#c0c0c0", 1);
            double lx = cx + (r + 10) * Math.cos(angle(i, n));
            double ly = cy + (r + 10) * Math.sin(angle(i, n)) + 4;
            double cos = Math.cos(angle(i, n));
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            text(lx, ly, spec.categories().get(i).in(locale), anchor, 11, "#333333");
        }
        for (int s = 0; s < spec.series().size(); s++) {
            CategorySeries cs = (CategorySeries) spec.series().get(s);
            String colour = ChartPalette.colour(s);
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double v = Math.max(scale.min(), Math.min(scale.max(), cs.values().get(i)));
                double rr = r * (v - scale.min()) / (scale.max() - scale.min());
                point(pts, cx + rr * Math.cos(angle(i, n)), cy + rr * Math.sin(angle(i, n)));
            }
            svg.append("<polygon points=\"").append(pts).append("\" fill=\"").append(colour)
                    .append("\" fill-opacity=\"0.15\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
        }
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    // ---- scatter and smile curve ------------------------------------------------------------------------------

    private void xy(ChartSpec spec) {
        AxisScale xs = spec.xScale();
        AxisScale ys = spec.valueScale();
        valueGrid(ys);
        NumberStyle xStyle = NumberStyle.decimals(xs.decimals());
        for (double t : xs.ticks()) {
            double x = x(t, xs);
            line(x, TOP, x, BOTTOM, "#eeeeee", 1);
            text(x, BOTTOM + 16, xStyle.format(t, locale), "middle", 10, "#333333");
        }
        line(LEFT, BOTTOM, RIGHT, BOTTOM, "#555555", 1);
        axisTitles(spec.xAxis().label(locale), spec.yAxis().label(locale));
        for (int s = 0; s < spec.series().size(); s++) {
            XySeries series = (XySeries) spec.series().get(s);
            String colour = ChartPalette.colour(s);
            if (spec.kind() == ChartKind.SMILE_CURVE && series.points().size() > 1) {
                svg.append("<path d=\"").append(smoothPath(series.pointsByX(), xs, ys)).append("\" fill=\"none\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2\"/>");
            }
            for (XyPoint p : series.points()) {
                double px = x(p.x(), xs);
                double py = y(p.y(), ys);
                circle(px, py, 4, colour);
                String label = p.label().in(locale);
                if (!label.isBlank()) {
                    text(px + 6, py - 6, label, "start", 10, "#222222");
                }
            }
        }
    }

    /** A Catmull–Rom spline through the points as cubic Bézier segments (tension 1/6), like ECharts' smooth line. */
    private String smoothPath(List<XyPoint> points, AxisScale xs, AxisScale ys) {
        List<double[]> p = new ArrayList<>();
        for (XyPoint point : points) {
            p.add(new double[] {x(point.x(), xs), y(point.y(), ys)});
        }
        StringBuilder d = new StringBuilder("M").append(fmt(p.get(0)[0])).append(',').append(fmt(p.get(0)[1]));
        for (int i = 0; i < p.size() - 1; i++) {
            double[] p0 = p.get(Math.max(0, i - 1));
            double[] p1 = p.get(i);
            double[] p2 = p.get(i + 1);
            double[] p3 = p.get(Math.min(p.size() - 1, i + 2));
            d.append(" C").append(fmt(p1[0] + (p2[0] - p0[0]) / 6)).append(',').append(fmt(p1[1] + (p2[1] - p0[1]) / 6))
                    .append(' ').append(fmt(p2[0] - (p3[0] - p1[0]) / 6)).append(',').append(fmt(p2[1] - (p3[1] - p1[1]) / 6))
                    .append(' ').append(fmt(p2[0])).append(',').append(fmt(p2[1]));
        }
        return d.toString();
    }

    // ---- shared pieces ----------------------------------------------------------------------------------------

    private void valueGrid(AxisScale ys) {
        NumberStyle style = NumberStyle.decimals(ys.decimals());
        for (double t : ys.ticks()) {
            double y = y(t, ys);
            line(LEFT, y, RIGHT, y, "#e4e4e4", 1);
            text(LEFT - 6, y + 4, style.format(t, locale), "end", 10, "#333333");
        }
    }

    private void axisTitles(String xTitle, String yTitle) {
        if (!xTitle.isBlank()) {
            text((LEFT + RIGHT) / 2.0, BOTTOM + 36, xTitle, "middle", 11, "#333333");
        }
        if (!yTitle.isBlank()) {
            double cx = 14;
            double cy = (TOP + BOTTOM) / 2.0;
            svg.append("<text x=\"").append(fmt(cx)).append("\" y=\"").append(fmt(cy))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333333\" transform=\"rotate(-90 ")
                    .append(fmt(cx)).append(' ').append(fmt(cy)).append(")\">").append(escape(yTitle)).append("</text>");
        }
    }

    private void legend(ChartSpec spec) {
        List<LegendEntry> withBands = legendEntries(spec, true);
        List<List<LegendEntry>> rows = legendRows(withBands);
        if (rows.size() > 2) {
            // too many for the two rows below the axis: the bands keep their series' colour, so their entries go
            rows = legendRows(legendEntries(spec, false));
        }
        double y = HEIGHT - 14 - 14 * (rows.size() - 1);
        for (List<LegendEntry> row : rows) {
            double total = row.stream().mapToDouble(LegendEntry::width).sum();
            double x = Math.max(8, (WIDTH - total) / 2);
            for (LegendEntry e : row) {
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 10))
                        .append("\" width=\"12\" height=\"12\" fill=\"").append(e.colour())
                        .append("\" fill-opacity=\"").append(e.opacity()).append("\"/>");
                text(x + 17, y, e.name(), "start", 11, "#222222");
                x += e.width();
            }
            y += 14;
        }
    }

    private record LegendEntry(String name, String colour, double opacity, double width) {
    }

    private List<LegendEntry> legendEntries(ChartSpec spec, boolean bands) {
        List<LegendEntry> entries = new ArrayList<>();
        for (int s = 0; s < spec.series().size(); s++) {
            Series series = spec.series().get(s);
            String name = series.name().in(locale);
            entries.add(new LegendEntry(name, ChartPalette.colour(s), 1.0, 18 + textWidth(name, 11) + 16));
            if (bands && series instanceof CategorySeries cs && cs.band() != null) {
                String band = cs.band().name().in(locale);
                entries.add(new LegendEntry(band, ChartPalette.colour(s), 0.3, 18 + textWidth(band, 11) + 16));
            }
        }
        return entries;
    }

    /** Legend entries in rows that fit the chart's width. */
    private static List<List<LegendEntry>> legendRows(List<LegendEntry> entries) {
        List<List<LegendEntry>> rows = new ArrayList<>();
        List<LegendEntry> row = new ArrayList<>();
        double width = 0;
        for (LegendEntry e : entries) {
            if (!row.isEmpty() && width + e.width() > WIDTH - 16) {
                rows.add(row);
                row = new ArrayList<>();
                width = 0;
            }
            row.add(e);
            width += e.width();
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static double y(double v, AxisScale s) {
        return BOTTOM - (v - s.min()) / (s.max() - s.min()) * (BOTTOM - TOP);
    }

    private static double x(double v, AxisScale s) {
        return LEFT + (v - s.min()) / (s.max() - s.min()) * (RIGHT - LEFT);
    }

    private void line(double x1, double y1, double x2, double y2, String colour, double width) {
        svg.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
                .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(fmt(width)).append("\"/>");
    }

    private void circle(double cx, double cy, double r, String colour) {
        svg.append("<circle cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy)).append("\" r=\"").append(fmt(r))
                .append("\" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
    }

    private void text(double x, double y, String text, String anchor, int size, String colour) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(size).append("\" fill=\"").append(colour).append("\">")
                .append(escape(text)).append("</text>");
    }

    private static void point(StringBuilder pts, double x, double y) {
        pts.append(fmt(x)).append(',').append(fmt(y)).append(' ');
    }

    /** Estimated advance width: CJK glyphs are square, Latin ones about 0.55 em. */
    static double textWidth(String text, int size) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x2E80 ? size : size * 0.55;
        }
        return w;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
