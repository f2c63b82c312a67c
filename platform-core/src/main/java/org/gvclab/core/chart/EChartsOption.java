package org.gvclab.core.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Serialises a {@link ChartSpec} to an Apache ECharts (5.x) {@code option} object as JSON, for the browser to pass
 * to {@code echarts.init(el).setOption(JSON.parse(json))}. A pure function of the spec and the language; the JSON
 * holds no functions, so it is safe to embed. A line series' band becomes the usual ECharts stacked pair (an
 * invisible lower edge plus a filled {@code high − low} area stacked on it). {@code <}, {@code >} and {@code &} are
 * written as JSON unicode escapes, so the JSON may also be embedded in an HTML {@code <script>} element.
 *
 * <p>One style for every chart on screen: the legend at the bottom (scrolling when long) with the plot area kept
 * clear of it, the value axis title above the axis and the category axis title below the tick labels (never over
 * them), one legend entry per series (a band carries its series' name, so it shows and hides with its line, and is
 * a light translucent fill of the series' colour; the band's meaning is the chart's subtitle), and point labels that
 * hide where they would overlap. {@link Display#PROJECTOR} enlarges every text for a room.
 */
public final class EChartsOption {

    /** Where a chart is read: on a screen, or projected for a room (larger texts, thicker lines). */
    public enum Display {
        SCREEN(12, 16, 2),
        PROJECTOR(20, 26, 4);

        private final int font;
        private final int titleFont;
        private final int lineWidth;

        Display(int font, int titleFont, int lineWidth) {
            this.font = font;
            this.titleFont = titleFont;
            this.lineWidth = lineWidth;
        }
    }

    /** The opacity of a band's fill: light enough that overlapping bands of several series stay distinguishable. */
    static final double BAND_OPACITY = 0.12;

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // <, > and & as JSON unicode escapes: the JSON can then sit inside an HTML <script> element without closing it.
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private EChartsOption() {
    }

    /** The ECharts option for {@code spec} on a screen, with every text in the language of {@code locale}. */
    public static String toJson(ChartSpec spec, Locale locale) {
        return toJson(spec, locale, Display.SCREEN);
    }

    /** The ECharts option for {@code spec} in the given display, with every text in the language of {@code locale}. */
    public static String toJson(ChartSpec spec, Locale locale, Display display) {
        ObjectNode option = JSON.createObjectNode();
        ObjectNode title = option.putObject("title").put("text", spec.title().in(locale)).put("left", "center");
        title.putObject("textStyle").put("fontSize", display.titleFont);
        title.putObject("subtextStyle").put("fontSize", display.font);
        option.putObject("textStyle").put("fontSize", display.font);
        ArrayNode colours = option.putArray("color");
        for (int i = 0; i < Math.max(8, spec.series().size()); i++) {
            colours.add(ChartPalette.colour(i));
        }
        ObjectNode legend = option.putObject("legend");
        legend.put("bottom", 0).put("type", "scroll");
        legend.putObject("textStyle").put("fontSize", display.font);
        ArrayNode legendData = legend.putArray("data");
        for (Series s : spec.series()) {
            legendData.add(s.name().in(locale));
        }
        ArrayNode series = option.putArray("series");
        switch (spec.kind()) {
            case RADAR -> radar(spec, locale, option, series, display);
            case LINE, BAR -> categorical(spec, locale, option, series, display);
            case SCATTER, SMILE_CURVE -> xy(spec, locale, option, series, display);
        }
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the ECharts option of chart '" + spec.title().en() + "'", e);
        }
    }

    private static void radar(ChartSpec spec, Locale locale, ObjectNode option, ArrayNode series, Display display) {
        option.putObject("tooltip").put("trigger", "item");
        AxisScale scale = spec.valueScale();
        ObjectNode radar = option.putObject("radar");
        // below the title and above the legend, so that the top and bottom axis names stay readable
        radar.putArray("center").add("50%").add("55%");
        radar.put("radius", "60%");
        radar.putObject("axisName").put("fontSize", display.font);
        ArrayNode indicators = radar.putArray("indicator");
        for (var category : spec.categories()) {
            indicators.addObject().put("name", category.in(locale)).put("min", scale.min()).put("max", scale.max());
        }
        ObjectNode s = series.addObject();
        s.put("type", "radar");
        s.put("name", spec.title().in(locale));
        ArrayNode data = s.putArray("data");
        for (Series each : spec.series()) {
            CategorySeries cs = (CategorySeries) each;
            ObjectNode item = data.addObject();
            item.put("name", cs.name().in(locale));
            numbers(item.putArray("value"), cs.values());
        }
    }

    private static void categorical(ChartSpec spec, Locale locale, ObjectNode option, ArrayNode series,
                                    Display display) {
        option.putObject("tooltip").put("trigger", "axis");
        grid(option, spec, locale, display);
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category");
        x.putObject("axisLabel").put("fontSize", display.font).put("hideOverlap", true);
        categoryAxisName(x, spec.xAxis(), locale, display);
        ArrayNode cats = x.putArray("data");
        spec.categories().forEach(c -> cats.add(c.in(locale)));
        if (spec.kind() == ChartKind.LINE) {
            x.put("boundaryGap", false);
        }
        valueAxis(option.putObject("yAxis"), spec.yAxis(), locale, display, true);
        List<String> bandNames = new java.util.ArrayList<>();
        int index = 0;
        for (Series each : spec.series()) {
            CategorySeries cs = (CategorySeries) each;
            String colour = ChartPalette.colour(index++);
            if (cs.band() != null) {
                Band band = cs.band();
                String stack = "band:" + cs.name().in(locale);
                // named as the series: one legend entry shows and hides the line and its band together
                ObjectNode lower = series.addObject();
                lower.put("name", cs.name().in(locale));
                lower.put("type", "line").put("stack", stack).put("symbol", "none").put("silent", true);
                lower.putObject("lineStyle").put("opacity", 0);
                lower.putObject("tooltip").put("show", false);
                numbers(lower.putArray("data"), band.low());
                ObjectNode width = series.addObject();
                width.put("name", cs.name().in(locale));
                width.put("type", "line").put("stack", stack).put("symbol", "none").put("silent", true);
                width.putObject("lineStyle").put("opacity", 0);
                width.putObject("areaStyle").put("color", colour).put("opacity", BAND_OPACITY);
                width.putObject("tooltip").put("show", false);
                ArrayNode widths = width.putArray("data");
                for (int i = 0; i < band.low().size(); i++) {
                    widths.add(band.high().get(i) - band.low().get(i));
                }
                if (!bandNames.contains(band.name().in(locale))) {
                    bandNames.add(band.name().in(locale));
                }
            }
            ObjectNode s = series.addObject();
            s.put("name", cs.name().in(locale));
            s.put("type", spec.kind() == ChartKind.LINE ? "line" : "bar");
            s.putObject("itemStyle").put("color", colour);
            if (spec.kind() == ChartKind.LINE) {
                s.putObject("lineStyle").put("color", colour).put("width", display.lineWidth);
            }
            numbers(s.putArray("data"), cs.values());
        }
        if (!bandNames.isEmpty()) {
            ((ObjectNode) option.get("title")).put("subtext", String.join(" · ", bandNames));
        }
    }

    /**
     * The plot area: clear of the title (and the value axis title above the axis) at the top and of the category
     * axis title and the legend at the bottom; tick labels are inside it ({@code containLabel}).
     */
    private static void grid(ObjectNode option, ChartSpec spec, Locale locale, Display display) {
        int line = display.font + 8;
        boolean legend = !spec.series().isEmpty();
        boolean xTitle = !spec.xAxis().label(locale).isBlank();
        boolean yTitle = !spec.yAxis().label(locale).isBlank();
        int top = display.titleFont + 16 + (yTitle ? line : 0)
                + (spec.series().stream().anyMatch(s -> s instanceof CategorySeries cs && cs.band() != null) ? line : 0);
        int bottom = 8 + (xTitle ? line + 4 : 0) + (legend ? line + 8 : 0);
        option.putObject("grid").put("containLabel", true).put("left", 16).put("right", 32).put("top", top)
                .put("bottom", bottom);
    }

    private static void xy(ChartSpec spec, Locale locale, ObjectNode option, ArrayNode series, Display display) {
        option.putObject("tooltip").put("trigger", "item");
        grid(option, spec, locale, display);
        valueAxis(option.putObject("xAxis"), spec.xAxis(), locale, display, false);
        valueAxis(option.putObject("yAxis"), spec.yAxis(), locale, display, true);
        int index = 0;
        for (Series each : spec.series()) {
            XySeries xs = (XySeries) each;
            String colour = ChartPalette.colour(index++);
            ObjectNode points = series.addObject();
            points.put("name", xs.name().in(locale)).put("type", "scatter").put("symbolSize", 9);
            points.putObject("itemStyle").put("color", colour);
            points.putObject("label").put("show", true).put("formatter", "{b}").put("position", "top")
                    .put("fontSize", display.font);
            points.putObject("labelLayout").put("hideOverlap", true);
            ArrayNode data = points.putArray("data");
            for (XyPoint p : xs.points()) {
                ObjectNode item = data.addObject();
                item.put("name", p.label().in(locale));
                item.putArray("value").add(p.x()).add(p.y());
            }
            if (spec.kind() == ChartKind.SMILE_CURVE) {
                ObjectNode curve = series.addObject();
                curve.put("name", xs.name().in(locale)).put("type", "line").put("smooth", true)
                        .put("showSymbol", false).put("silent", true);
                curve.putObject("lineStyle").put("color", colour);
                ArrayNode line = curve.putArray("data");
                for (XyPoint p : xs.pointsByX()) {
                    line.addArray().add(p.x()).add(p.y());
                }
            }
        }
    }

    private static void valueAxis(ObjectNode axis, Axis spec, Locale locale, Display display, boolean vertical) {
        axis.put("type", "value");
        axis.putObject("axisLabel").put("fontSize", display.font).put("hideOverlap", true);
        if (vertical) {
            // above the axis, starting at it: never over the tick labels, whatever their width
            String name = spec.label(locale);
            if (!name.isBlank()) {
                axis.put("name", name).put("nameLocation", "end").put("nameGap", display.font);
                axis.putObject("nameTextStyle").put("align", "left").put("fontSize", display.font);
            }
        } else {
            categoryAxisName(axis, spec, locale, display);
        }
        if (spec.min() != null) {
            axis.put("min", spec.min());
        }
        if (spec.max() != null) {
            axis.put("max", spec.max());
        }
    }

    /** A horizontal axis title, centred below the tick labels (their height plus a gap). */
    private static void categoryAxisName(ObjectNode axis, Axis spec, Locale locale, Display display) {
        String name = spec.label(locale);
        if (!name.isBlank()) {
            axis.put("name", name).put("nameLocation", "middle").put("nameGap", 2 * display.font + 10);
            axis.putObject("nameTextStyle").put("fontSize", display.font);
        }
    }

    private static void numbers(ArrayNode array, List<Double> values) {
        values.forEach(array::add);
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
