package org.gvclab.web.workshop.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Enlarges the texts of a chart option for a projector (/present): read from the back of a room, ECharts' 12 px
 * default is too small, so titles, axis labels and names, legends and bar labels are set to sizes fit for a wall.
 * Only the workshop's own charts are changed; the shared chart style stays as it is.
 */
final class ProjectorFonts {

    /** Axis labels, legend and tooltips. */
    static final int TEXT = 22;
    /** The chart's title. */
    static final int TITLE = 28;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectorFonts() {
    }

    /** The option with projector-sized texts. */
    static String enlarge(String optionJson) {
        try {
            ObjectNode option = (ObjectNode) JSON.readTree(optionJson);
            option.putObject("textStyle").put("fontSize", TEXT);
            if (option.get("title") instanceof ObjectNode title) {
                title.putObject("textStyle").put("fontSize", TITLE);
            }
            if (option.get("legend") instanceof ObjectNode legend) {
                legend.putObject("textStyle").put("fontSize", TEXT);
                legend.put("itemWidth", 36).put("itemHeight", 20);
            }
            if (option.get("grid") instanceof ObjectNode grid) {
                grid.put("top", 80).put("bottom", 64);
            }
            for (String axis : new String[] {"xAxis", "yAxis"}) {
                JsonNode node = option.get(axis);
                if (node != null && node.isArray()) {
                    node.forEach(ProjectorFonts::axis);
                } else if (node instanceof ObjectNode o) {
                    axis(o);
                }
            }
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("chart option of a workshop result is not JSON", e);
        }
    }

    private static void axis(JsonNode node) {
        if (node instanceof ObjectNode axis) {
            ObjectNode label = axis.get("axisLabel") instanceof ObjectNode l ? l : axis.putObject("axisLabel");
            label.put("fontSize", TEXT);
            ObjectNode name = axis.get("nameTextStyle") instanceof ObjectNode n ? n : axis.putObject("nameTextStyle");
            name.put("fontSize", TEXT);
            if (axis.has("name")) {
                axis.put("nameGap", Math.max(axis.path("nameGap").asInt(0), 2 * TEXT + 16));
            }
            if ("category".equals(axis.path("type").asText())) {
                // every factor's name, wrapped onto two lines rather than dropped or overlapping
                label.put("interval", 0).put("width", 180).put("overflow", "break");
            }
        }
    }
}
