package org.gvclab.core.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookJsonCodecTest {

    /** A notebook as format 1 stores it. Frozen: it must open in every later GVC Lab version. */
    static final String FORMAT_1 = """
            {
              "formatVersion" : 1,
              "title" : "宁波服装集群简报",
              "language" : "zh-CN",
              "parameters" : { "clusterId" : "nb-garment", "years" : [ 2022, 2023 ], "scenarioId" : "base",
                               "ioTableId" : null },
              "cells" : [
                { "kind" : "markdown", "id" : "intro", "source" : "# 概况\\n\\n集群 **2023** 年。" },
                { "kind" : "indicator-table", "id" : "t1", "indicatorIds" : [ "rd_intensity", "export_dependence" ] },
                { "kind" : "chart", "id" : "c1", "chart" : "FACTOR_RADAR", "indicatorIds" : [ ] },
                { "kind" : "diagnosis-summary", "id" : "d1", "showDrivers" : true },
                { "kind" : "strategy-comparison", "id" : "s1", "strategyIds" : [ "obm", "odm" ], "horizonYears" : 5 },
                { "kind" : "io-indicator-table", "id" : "io1", "indicatorIds" : [ "gvc_position" ],
                  "regionCodes" : [ "CHN" ], "sectorCodes" : [ ] },
                { "kind" : "workshop-results", "id" : "w1", "workshopId" : "ws-7" }
              ]
            }
            """;

    private final NotebookJsonCodec codec = NotebookJsonCodec.standard();

    @Test
    void a_format_1_notebook_opens_with_every_cell_kind_and_its_settings() {
        NotebookDocument doc = codec.read(FORMAT_1, "format-1 literal");
        assertThat(doc.title()).isEqualTo("宁波服装集群简报");
        assertThat(doc.locale().getLanguage()).isEqualTo("zh");
        assertThat(doc.parameters()).isEqualTo(new NotebookParameters("nb-garment", List.of(2022, 2023), "base", null));
        assertThat(doc.cells()).extracting(Cell::kind).containsExactly(CellKind.values());
        assertThat(doc.cells().get(0)).isEqualTo(new MarkdownCell("intro", "# 概况\n\n集群 **2023** 年。"));
        assertThat(doc.cells().get(2)).isEqualTo(new ChartCell("c1", ChartChoice.FACTOR_RADAR, List.of()));
        assertThat(doc.cells().get(4)).isEqualTo(new StrategyComparisonCell("s1", List.of("obm", "odm"), 5));
        assertThat(doc.cells().get(6)).isEqualTo(new WorkshopResultsCell("w1", "ws-7"));
    }

    @Test
    void writing_then_reading_gives_the_same_document_with_the_current_format_version() {
        NotebookDocument doc = codec.read(FORMAT_1, "literal");
        String json = codec.write(doc);
        assertThat(json).contains("\"formatVersion\" : 1").contains("\"kind\" : \"io-indicator-table\"");
        assertThat(codec.read(json, "round trip")).isEqualTo(doc);
    }

    /**
     * Pretend the model moved on: in a hypothetical older format 1 the markdown field was called "text" and the
     * years were a "firstYear"/"lastYear" range; format 2 is today's model. The upgrader rewrites the old JSON and
     * the old notebook opens.
     */
    static final class RangeAndTextUpgrader implements FormatUpgrader {
        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public void upgrade(ObjectNode document) {
            ObjectNode parameters = (ObjectNode) document.get("parameters");
            int first = parameters.remove("firstYear").asInt();
            int last = parameters.remove("lastYear").asInt();
            ArrayNode years = parameters.putArray("years");
            for (int y = first; y <= last; y++) {
                years.add(y);
            }
            for (var cell : document.get("cells")) {
                if ("markdown".equals(cell.get("kind").asText())) {
                    ((ObjectNode) cell).set("source", ((ObjectNode) cell).remove("text"));
                }
            }
        }
    }

    static final String OLD_SHAPE_V1 = """
            {"formatVersion": 1, "title": "Brief", "language": "en",
             "parameters": {"clusterId": "c", "firstYear": 2020, "lastYear": 2022, "scenarioId": null, "ioTableId": null},
             "cells": [{"kind": "markdown", "id": "m", "text": "Hello"}]}
            """;

    @Test
    void an_old_format_notebook_opens_after_the_model_moved_to_format_2_through_its_upgrader() {
        var v2 = new NotebookJsonCodec(List.of(new RangeAndTextUpgrader()));
        assertThat(v2.currentVersion()).isEqualTo(2);
        NotebookDocument doc = v2.read(OLD_SHAPE_V1, "old.json");
        assertThat(doc.parameters().years()).containsExactly(2020, 2021, 2022);
        assertThat(doc.cells()).containsExactly(new MarkdownCell("m", "Hello"));
        assertThat(v2.write(doc)).contains("\"formatVersion\" : 2");
        // a document already in format 2 passes through untouched
        assertThat(v2.read(v2.write(doc), "new.json")).isEqualTo(doc);
    }

    @Test
    void without_the_upgrader_the_old_shape_is_refused_naming_the_field_it_lacks() {
        assertThatThrownBy(() -> codec.read(OLD_SHAPE_V1, "old.json"))
                .isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("old.json").hasMessageContaining("$.parameters.years")
                .hasMessageContaining("Missing creator property 'years'").hasMessageNotContaining("DeserializationFeature");
    }

    @Test
    void a_notebook_from_a_newer_version_is_refused_with_a_message_to_upgrade() {
        String v9 = FORMAT_1.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9");
        assertThatThrownBy(() -> codec.read(v9, "future.json"))
                .isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("future.json").hasMessageContaining("format 9")
                .hasMessageContaining("reads formats 1 to 1").hasMessageContaining("Upgrade GVC Lab");
    }

    @Test
    void a_missing_format_version_is_refused() {
        assertThatThrownBy(() -> codec.read("{\"title\":\"x\"}", "n.json"))
                .isInstanceOf(NotebookFormatException.class).hasMessageContaining("formatVersion");
    }

    @Test
    void an_unknown_cell_kind_is_refused_with_its_position() {
        String bad = FORMAT_1.replace("\"kind\" : \"chart\"", "\"kind\" : \"hologram\"");
        assertThatThrownBy(() -> codec.read(bad, "n.json"))
                .isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("$.cells[2]").hasMessageContaining("hologram");
    }

    @Test
    void a_bad_setting_is_refused_with_the_cells_message() {
        String bad = FORMAT_1.replace("\"horizonYears\" : 5", "\"horizonYears\" : 0");
        assertThatThrownBy(() -> codec.read(bad, "n.json"))
                .isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("$.cells[4]").hasMessageContaining("horizonYears must be at least 1");
    }

    @Test
    void a_missing_field_is_refused_by_name() {
        String noDrivers = FORMAT_1.replace(", \"showDrivers\" : true", "");
        assertThatThrownBy(() -> codec.read(noDrivers, "n.json"))
                .isInstanceOf(NotebookFormatException.class).hasMessageContaining("showDrivers");
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_line() {
        assertThatThrownBy(() -> codec.read("{\n\"formatVersion\": 1,\n oops", "broken.json"))
                .isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("broken.json: not JSON").hasMessageContaining("line 3");
    }

    @Test
    void an_upgrader_chain_with_a_gap_is_refused() {
        FormatUpgrader from2 = new FormatUpgrader() {
            @Override
            public int fromVersion() {
                return 2;
            }

            @Override
            public void upgrade(ObjectNode document) {
            }
        };
        assertThatThrownBy(() -> new NotebookJsonCodec(List.of(from2)))
                .hasMessageContaining("needs one from version 1");
    }

    @Test
    void duplicate_cell_ids_and_unknown_languages_are_refused() {
        var p = NotebookParameters.none();
        assertThatThrownBy(() -> new NotebookDocument("t", "en", p,
                List.of(new MarkdownCell("a", ""), new MarkdownCell("a", "")))).hasMessageContaining("'a'");
        assertThatThrownBy(() -> new NotebookDocument("t", "fr", p, List.of())).hasMessageContaining("'fr'");
    }

    /** A cell kind a feature adds, outside the kinds the core ships. */
    record PollCell(String id, String question) implements Cell {
        static final CellKind KIND = new CellKind("POLL", "poll", PollCell.class);

        @Override
        public CellKind kind() {
            return KIND;
        }
    }

    @Test
    void a_codec_with_a_features_kind_reads_and_writes_it_and_still_opens_the_frozen_format_1_notebook() {
        NotebookJsonCodec withPoll = codec.withKinds(List.of(PollCell.KIND));
        NotebookDocument frozen = withPoll.read(FORMAT_1, "format-1 literal");
        assertThat(frozen).isEqualTo(codec.read(FORMAT_1, "format-1 literal"));

        NotebookDocument doc = new NotebookDocument("Poll", "en", NotebookParameters.none(),
                List.of(new MarkdownCell("m", "# Hi"), new PollCell("p", "Which strategy first?")));
        String json = withPoll.write(doc);
        assertThat(json).contains("\"kind\" : \"poll\"").contains("\"formatVersion\" : 1");
        assertThat(withPoll.read(json, "poll.json")).isEqualTo(doc);
        assertThat(withPoll.kinds()).contains(PollCell.KIND).contains(CellKind.values());
    }

    @Test
    void a_codec_without_the_features_kind_refuses_its_cells_by_name_and_clashing_kinds_are_refused() {
        String json = codec.withKinds(List.of(PollCell.KIND)).write(new NotebookDocument("Poll", "en",
                NotebookParameters.none(), List.of(new PollCell("p", "?"))));
        assertThatThrownBy(() -> codec.read(json, "poll.json"))
                .isInstanceOf(NotebookFormatException.class).hasMessageContaining("poll");
        assertThatThrownBy(() -> codec.withKinds(List.of(new CellKind("POLL", "markdown", PollCell.class))))
                .hasMessageContaining("clashes");
        assertThatThrownBy(() -> new CellKind("Poll kind", "poll", PollCell.class)).hasMessageContaining("upper-case");
    }
}
