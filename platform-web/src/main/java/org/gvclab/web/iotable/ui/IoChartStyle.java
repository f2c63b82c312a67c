package org.gvclab.web.iotable.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Layout of the table page's two point charts (participation–position and the smile curve): the axis titles sit in
 * the middle of their axes, clear of the tick labels and of the legend below, and point labels that would overlap
 * are hidden (ECharts {@code labelLayout.hideOverlap}) so that 25 labelled participants do not pile up. Applied to
 * the option the shared chart style produces; only these charts change.
 */
final class IoChartStyle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IoChartStyle() {
    }

    /** The option with room for the axis titles and without overlapping point labels. */
    static String points(String optionJson) {
        try {
            ObjectNode option = (ObjectNode) JSON.readTree(optionJson);
            ObjectNode grid = option.get("grid") instanceof ObjectNode g ? g : option.putObject("grid");
            // containLabel keeps tick labels inside the grid; the margins leave room for the titles outside them
            grid.put("containLabel", true).put("left", 48).put("right", 32).put("top", 56).put("bottom", 72);
            axis(option.get("xAxis"), 34);
            axis(option.get("yAxis"), 56);
            if (option.get("legend") instanceof ObjectNode legend) {
                legend.put("bottom", 4);
            }
            JsonNode series = option.get("series");
            if (series != null) {
                for (JsonNode s : series) {
                    if (s instanceof ObjectNode o && "scatter".equals(o.path("type").asText())) {
                        o.putObject("labelLayout").put("hideOverlap", true);
                        if (o.get("label") instanceof ObjectNode label) {
                            label.put("fontSize", 11);
                        }
                    }
                }
            }
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("chart option of an IO table is not JSON", e);
        }
    }

    private static void axis(JsonNode node, int gap) {
        if (node instanceof ObjectNode axis && axis.has("name")) {
            axis.put("nameLocation", "middle").put("nameGap", gap);
            axis.putObject("nameTextStyle").put("fontWeight", "bold");
        }
    }
}
