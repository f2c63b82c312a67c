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
 */
public final class EChartsOption {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // <, > and & as JSON unicode escapes: the JSON can then sit inside an HTML <script> element without closing it.
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private EChartsOption() {
    }

    /** The ECharts option for {@code spec}, with every text in the language of {@code locale}. */
    public static String toJson(ChartSpec spec, Locale locale) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", spec.title().in(locale)).put("left", "center");
        ArrayNode colours = option.putArray("color");
        for (int i = 0; i < Math.max(8, spec.series().size()); i++) {
            colours.add(ChartPalette.colour(i));
        }
        ObjectNode legend = option.putObject("legend");
        legend.put("bottom", 0);
        ArrayNode legendData = legend.putArray("data");
        for (Series s : spec.series()) {
            legendData.add(s.name().in(locale));
        }
        ArrayNode series = option.putArray("series");
        switch (spec.kind()) {
            case RADAR -> radar(spec, locale, option, series);
            case LINE, BAR -> categorical(spec, locale, option, series, legendData);
            case SCATTER, SMILE_CURVE -> xy(spec, locale, option, series);
        }
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the ECharts option of chart '" + spec.title().en() + "'", e);
        }
    }

    private static void radar(ChartSpec spec, Locale locale, ObjectNode option, ArrayNode series) {
        option.putObject("tooltip").put("trigger", "item");
        AxisScale scale = spec.valueScale();
        ObjectNode radar = option.putObject("radar");
        // below the title and above the legend, so that the top and bottom axis names stay readable
        radar.putArray("center").add("50%").add("55%");
        radar.put("radius", "60%");
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
                                    ArrayNode legendData) {
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("containLabel", true).put("left", 16).put("right", 24).put("bottom", 40);
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category");
        axisName(x, spec.xAxis(), locale);
        ArrayNode cats = x.putArray("data");
        spec.categories().forEach(c -> cats.add(c.in(locale)));
        if (spec.kind() == ChartKind.LINE) {
            x.put("boundaryGap", false);
        }
        valueAxis(option.putObject("yAxis"), spec.yAxis(), locale);
        int index = 0;
        for (Series each : spec.series()) {
            CategorySeries cs = (CategorySeries) each;
            String colour = ChartPalette.colour(index++);
            if (cs.band() != null) {
                Band band = cs.band();
                String stack = "band:" + cs.name().in(locale);
                ObjectNode lower = series.addObject();
                lower.put("name", band.name().in(locale) + " (low)");
                lower.put("type", "line").put("stack", stack).put("symbol", "none").put("silent", true);
                lower.putObject("lineStyle").put("opacity", 0);
                lower.putObject("tooltip").put("show", false);
                numbers(lower.putArray("data"), band.low());
                ObjectNode width = series.addObject();
                width.put("name", band.name().in(locale));
                width.put("type", "line").put("stack", stack).put("symbol", "none").put("silent", true);
                width.putObject("lineStyle").put("opacity", 0);
                width.putObject("areaStyle").put("color", colour).put("opacity", 0.2);
                width.putObject("tooltip").put("show", false);
                ArrayNode widths = width.putArray("data");
                for (int i = 0; i < band.low().size(); i++) {
                    widths.add(band.high().get(i) - band.low().get(i));
                }
                legendData.add(band.name().in(locale));
            }
            ObjectNode s = series.addObject();
            s.put("name", cs.name().in(locale));
            s.put("type", spec.kind() == ChartKind.LINE ? "line" : "bar");
            s.putObject("itemStyle").put("color", colour);
            if (spec.kind() == ChartKind.LINE) {
                s.putObject("lineStyle").put("color", colour);
            }
            numbers(s.putArray("data"), cs.values());
        }
    }

    private static void xy(ChartSpec spec, Locale locale, ObjectNode option, ArrayNode series) {
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid").put("containLabel", true).put("left", 16).put("right", 24).put("bottom", 40);
        valueAxis(option.putObject("xAxis"), spec.xAxis(), locale);
        valueAxis(option.putObject("yAxis"), spec.yAxis(), locale);
        int index = 0;
        for (Series each : spec.series()) {
            XySeries xs = (XySeries) each;
            String colour = ChartPalette.colour(index++);
            ObjectNode points = series.addObject();
            points.put("name", xs.name().in(locale)).put("type", "scatter").put("symbolSize", 9);
            points.putObject("itemStyle").put("color", colour);
            points.putObject("label").put("show", true).put("formatter", "{b}").put("position", "top");
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

    private static void valueAxis(ObjectNode axis, Axis spec, Locale locale) {
        axis.put("type", "value");
        axisName(axis, spec, locale);
        if (spec.min() != null) {
            axis.put("min", spec.min());
        }
        if (spec.max() != null) {
            axis.put("max", spec.max());
        }
    }

    private static void axisName(ObjectNode axis, Axis spec, Locale locale) {
        String name = spec.label(locale);
        if (!name.isBlank()) {
            axis.put("name", name).put("nameLocation", "middle").put("nameGap", 32);
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
