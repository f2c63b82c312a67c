package org.gvclab.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.reports.SampleBriefs;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartWriterTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String texts(Document d) {
        StringBuilder all = new StringBuilder();
        NodeList t = d.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) {
            all.append(t.item(i).getTextContent()).append('|');
        }
        return all.toString();
    }

    @Test
    void every_kind_is_well_formed_svg_with_integer_size_as_openhtmltopdf_requires() throws Exception {
        for (var chart : List.of(SampleBriefs.radar(), SampleBriefs.projection(), SampleBriefs.bars(),
                SampleBriefs.scatter(), SampleBriefs.smile())) {
            Element svg = parse(SvgChartWriter.write(chart.chart(), Locale.ENGLISH)).getDocumentElement();
            assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(svg.getAttribute("width")).matches("\\d+");
            assertThat(svg.getAttribute("height")).matches("\\d+");
        }
    }

    @Test
    void a_radar_draws_one_filled_polygon_per_series_and_labels_its_categories_in_the_language() throws Exception {
        Document d = parse(SvgChartWriter.write(SampleBriefs.radar().chart(), Locale.SIMPLIFIED_CHINESE));
        NodeList polygons = d.getElementsByTagName("polygon");
        int filled = 0;
        for (int i = 0; i < polygons.getLength(); i++) {
            if (!((Element) polygons.item(i)).getAttribute("fill").equals("none")) {
                filled++;
            }
        }
        assertThat(filled).isEqualTo(2);
        assertThat(texts(d)).contains("技术差距").contains("产业创新").contains("鄞州").contains("全国基准")
                .contains("|100|");
    }

    @Test
    void a_line_band_is_a_translucent_polygon_and_the_axis_ticks_are_nice_numbers() throws Exception {
        Document d = parse(SvgChartWriter.write(SampleBriefs.projection().chart(), Locale.ENGLISH));
        Element band = (Element) d.getElementsByTagName("polygon").item(0);
        assertThat(band.getAttribute("fill-opacity")).isEqualTo("0.18");
        // data and band span 30..46 → nice scale 30..50 step 5
        assertThat(texts(d)).startsWith("30|35|40|45|50|").contains("Value-added rate (%)").contains("P10–P90");
        assertThat(d.getElementsByTagName("polyline").getLength()).isEqualTo(1);
    }

    @Test
    void labels_are_escaped_so_markup_in_data_stays_text() throws Exception {
        var s = CategorySeries.of(LocalizedText.of("<script>alert(1)</script> & \"q\""), List.of(1.0, -2.0));
        var spec = ChartSpec.bar(LocalizedText.of("t"), Axis.untitled(), Axis.untitled(),
                List.of(LocalizedText.of("a<b"), LocalizedText.of("c")), List.of(s));
        String svg = SvgChartWriter.write(spec, Locale.ENGLISH);
        assertThat(svg).doesNotContain("<script");
        Document d = parse(svg);
        assertThat(texts(d)).contains("<script>alert(1)</script> & \"q\"").contains("a<b");
        assertThat(d.getElementsByTagName("script").getLength()).isZero();
        assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(1 + 2 + 1); // background, 2 bars, legend
    }

    @Test
    void a_legend_too_long_for_one_row_wraps_and_keeps_every_series() throws Exception {
        List<CategorySeries> series = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            series.add(new CategorySeries(LocalizedText.of("S" + i + " a strategy with a long name"),
                    List.of(1.0 + i, 2.0 + i), new org.gvclab.core.chart.Band(LocalizedText.of("S" + i + " P10–P90"),
                    List.of(0.5 + i, 1.5 + i), List.of(1.5 + i, 2.5 + i))));
        }
        ChartSpec spec = ChartSpec.line(LocalizedText.of("many"), Axis.untitled(), Axis.untitled(),
                List.of(LocalizedText.of("2024"), LocalizedText.of("2025")), series);

        Document d = parse(SvgChartWriter.write(spec, Locale.ENGLISH));

        NodeList texts = d.getElementsByTagName("text");
        int found = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            Element e = (Element) texts.item(i);
            if (e.getTextContent().contains("a strategy with a long name")) {
                found++;
                double x = Double.parseDouble(e.getAttribute("x"));
                assertThat(x).as("legend entry '%s' starts inside the chart", e.getTextContent())
                        .isBetween(0.0, SvgChartWriter.WIDTH - 100.0);
            }
        }
        assertThat(found).isEqualTo(5);
    }
}
