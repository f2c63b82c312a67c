package org.gvclab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.junit.jupiter.api.Test;

class EChartsOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }

    @Test
    void a_line_with_a_band_becomes_a_stacked_lower_edge_a_filled_width_and_the_line() throws Exception {
        var band = new Band(new LocalizedText("P10–P90 区间", "P10–P90"), List.of(1.0, 2.0, 4.0), List.of(3.0, 5.0, 4.5));
        var s = new CategorySeries(new LocalizedText("出口", "Exports"), List.of(2.0, 3.5, 4.2), band);
        var spec = ChartSpec.line(new LocalizedText("出口预测", "Export projection"), Axis.untitled(),
                Axis.of(new LocalizedText("出口", "Exports"), new LocalizedText("亿元", "100m CNY")),
                List.of(LocalizedText.of("2024"), LocalizedText.of("2025"), LocalizedText.of("2026")), List.of(s));

        JsonNode en = parse(EChartsOption.toJson(spec, Locale.ENGLISH));
        assertThat(en.at("/title/text").asText()).isEqualTo("Export projection");
        assertThat(en.at("/xAxis/type").asText()).isEqualTo("category");
        assertThat(en.at("/xAxis/data/0").asText()).isEqualTo("2024");
        assertThat(en.at("/yAxis/name").asText()).isEqualTo("Exports (100m CNY)");
        JsonNode series = en.get("series");
        assertThat(series).hasSize(3);
        assertThat(series.get(0).get("stack").asText()).isEqualTo(series.get(1).get("stack").asText());
        assertThat(doubles(series.get(0).get("data"))).containsExactly(1.0, 2.0, 4.0);
        // widths high − low by hand: 3−1, 5−2, 4.5−4
        assertThat(doubles(series.get(1).get("data"))).containsExactly(2.0, 3.0, 0.5);
        assertThat(series.get(1).has("areaStyle")).isTrue();
        assertThat(series.get(2).get("type").asText()).isEqualTo("line");
        assertThat(series.get(2).get("name").asText()).isEqualTo("Exports");
        assertThat(doubles(series.get(2).get("data"))).containsExactly(2.0, 3.5, 4.2);

        JsonNode zh = parse(EChartsOption.toJson(spec, Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.at("/title/text").asText()).isEqualTo("出口预测");
        assertThat(zh.at("/yAxis/name").asText()).isEqualTo("出口 (亿元)");
        assertThat(zh.at("/series/2/name").asText()).isEqualTo("出口");
    }

    @Test
    void bands_are_named_once_as_their_series_in_a_light_fill_and_titles_stay_clear_of_the_ticks() throws Exception {
        List<CategorySeries> strategies = new java.util.ArrayList<>();
        for (String id : List.of("S0", "S1", "S2")) {
            strategies.add(new CategorySeries(LocalizedText.of(id), List.of(1.0, 2.0),
                    new Band(LocalizedText.of("P10–P90"), List.of(0.5, 1.5), List.of(1.5, 2.5))));
        }
        var spec = ChartSpec.line(LocalizedText.of("Value added"), Axis.of(LocalizedText.of("Year"),
                        LocalizedText.of("")), Axis.of(LocalizedText.of("Value added"), LocalizedText.of("10k CNY")),
                List.of(LocalizedText.of("2024"), LocalizedText.of("2025")), strategies);
        JsonNode o = parse(EChartsOption.toJson(spec, Locale.ENGLISH));
        // one legend entry per strategy; every band series carries its strategy's name
        assertThat(o.at("/legend/data")).hasSize(3);
        for (JsonNode series : o.get("series")) {
            assertThat(series.get("name").asText()).isIn("S0", "S1", "S2");
            if (series.has("areaStyle")) {
                assertThat(series.at("/areaStyle/opacity").asDouble()).isLessThanOrEqualTo(0.15);
            }
        }
        assertThat(o.at("/title/subtext").asText()).isEqualTo("P10–P90");
        // the value axis title sits above the axis, the category title below the tick labels, the legend below both
        assertThat(o.at("/yAxis/nameLocation").asText()).isEqualTo("end");
        assertThat(o.at("/xAxis/nameGap").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(o.at("/grid/bottom").asInt()).isGreaterThan(o.at("/xAxis/nameGap").asInt());
        assertThat(o.at("/legend/bottom").asInt()).isZero();
        // projected: larger texts everywhere
        JsonNode big = parse(EChartsOption.toJson(spec, Locale.ENGLISH, EChartsOption.Display.PROJECTOR));
        assertThat(big.at("/legend/textStyle/fontSize").asInt()).isGreaterThan(o.at("/legend/textStyle/fontSize").asInt());
        assertThat(big.at("/xAxis/axisLabel/fontSize").asInt()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void point_labels_hide_where_they_would_overlap() throws Exception {
        var spec = ChartSpec.scatter(LocalizedText.of("t"), Axis.of(LocalizedText.of("x"), LocalizedText.of("")),
                Axis.of(LocalizedText.of("y"), LocalizedText.of("")), List.of(new XySeries(LocalizedText.of("s"),
                        List.of(new XyPoint(1, 2, LocalizedText.of("a")), new XyPoint(1, 2, LocalizedText.of("b"))))));
        JsonNode o = parse(EChartsOption.toJson(spec, Locale.ENGLISH));
        assertThat(o.at("/series/0/labelLayout/hideOverlap").asBoolean()).isTrue();
    }

    @Test
    void grouped_bars_give_one_bar_series_per_series() throws Exception {
        var a = CategorySeries.of(LocalizedText.of("A"), List.of(1.0, 2.0));
        var b = CategorySeries.of(LocalizedText.of("B"), List.of(3.0, 4.0));
        var spec = ChartSpec.bar(LocalizedText.of("t"), Axis.untitled(), Axis.untitled(),
                List.of(LocalizedText.of("x1"), LocalizedText.of("x2")), List.of(a, b));
        JsonNode o = parse(EChartsOption.toJson(spec, Locale.ENGLISH));
        assertThat(o.get("series")).hasSize(2);
        assertThat(o.at("/series/1/type").asText()).isEqualTo("bar");
        assertThat(doubles(o.at("/series/1/data"))).containsExactly(3.0, 4.0);
        assertThat(o.at("/legend/data/1").asText()).isEqualTo("B");
    }

    @Test
    void a_radar_lists_its_categories_as_indicators_with_the_axis_maximum() throws Exception {
        var s = CategorySeries.of(new LocalizedText("本地", "Local"), List.of(40.0, 55.0, 62.0, 30.0, 70.0));
        var cats = List.of(new LocalizedText("技术差距", "Technology gap"), new LocalizedText("规则标准", "Rules"),
                new LocalizedText("国家战略", "Strategy"), new LocalizedText("国际政治", "Politics"),
                new LocalizedText("产业创新", "Innovation"));
        var spec = ChartSpec.radar(new LocalizedText("五因素", "Five factors"),
                Axis.bounded(LocalizedText.of("score"), LocalizedText.of(""), 0, 100), cats, List.of(s));
        JsonNode o = parse(EChartsOption.toJson(spec, Locale.SIMPLIFIED_CHINESE));
        assertThat(o.at("/radar/indicator")).hasSize(5);
        assertThat(o.at("/radar/indicator/0/name").asText()).isEqualTo("技术差距");
        assertThat(o.at("/radar/indicator/4/max").asDouble()).isEqualTo(100);
        assertThat(o.at("/series/0/type").asText()).isEqualTo("radar");
        assertThat(o.at("/series/0/data/0/name").asText()).isEqualTo("本地");
        assertThat(doubles(o.at("/series/0/data/0/value"))).containsExactly(40.0, 55.0, 62.0, 30.0, 70.0);
    }

    @Test
    void a_smile_curve_has_labelled_points_and_a_line_joining_them_by_distance() throws Exception {
        var chain = new XySeries(new LocalizedText("电子链", "Electronics chain"), List.of(
                new XyPoint(2.5, 0.12, new LocalizedText("组装", "Assembly")),
                new XyPoint(4.1, 0.31, new LocalizedText("芯片", "Chips")),
                new XyPoint(1.2, 0.27, new LocalizedText("品牌", "Brand"))));
        var spec = ChartSpec.smileCurve(LocalizedText.of("smile"),
                Axis.of(LocalizedText.of("distance to final demand"), LocalizedText.of("")),
                Axis.of(LocalizedText.of("value-added share"), LocalizedText.of("")), List.of(chain));
        JsonNode o = parse(EChartsOption.toJson(spec, Locale.ENGLISH));
        assertThat(o.at("/xAxis/type").asText()).isEqualTo("value");
        assertThat(o.at("/series/0/type").asText()).isEqualTo("scatter");
        assertThat(o.at("/series/0/label/formatter").asText()).isEqualTo("{b}");
        assertThat(o.at("/series/0/data/1/name").asText()).isEqualTo("Chips");
        assertThat(doubles(o.at("/series/0/data/1/value"))).containsExactly(4.1, 0.31);
        assertThat(o.at("/series/1/type").asText()).isEqualTo("line");
        assertThat(o.at("/series/1/data/0/0").asDouble()).isEqualTo(1.2);
        assertThat(o.at("/series/1/data/1/0").asDouble()).isEqualTo(2.5);
        assertThat(o.at("/series/1/data/2/0").asDouble()).isEqualTo(4.1);
    }

    @Test
    void text_with_quotes_and_script_tags_stays_inside_json_strings_and_cannot_close_a_script_element() throws Exception {
        var s = CategorySeries.of(LocalizedText.of("\"};alert(1);//</script>"), List.of(1.0));
        var spec = ChartSpec.bar(LocalizedText.of("t"), Axis.untitled(), Axis.untitled(),
                List.of(LocalizedText.of("c")), List.of(s));
        String json = EChartsOption.toJson(spec, Locale.ENGLISH);
        assertThat(json).doesNotContain("</script>").doesNotContain("<");
        assertThat(parse(json).at("/series/0/name").asText()).isEqualTo("\"};alert(1);//</script>");
    }
}
