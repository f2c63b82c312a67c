package org.gvclab.core.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A drafted text cell keeps an author's edit (and the draft it came from) in the stored notebook. */
class DraftedTextCellTest {

    private final NotebookJsonCodec codec = NotebookJsonCodec.standard().withKinds(List.of(DraftedTextCell.KIND));

    @Test
    void an_edited_cell_is_stored_with_its_text_the_draft_it_came_from_and_the_edited_flag() {
        DraftedTextCell edited = DraftedTextCell.drafted("d1", DraftSection.RECOMMENDATION, "zh-CN")
                .edit("建议沿诊断推荐的升级路径推进。", "建议优先支持 S3，由县经信局牵头。");
        NotebookDocument doc = new NotebookDocument("简报", "zh-CN", new NotebookParameters("7", List.of(), null, null),
                List.of(edited, DraftedTextCell.drafted("d2", DraftSection.SUMMARY, "zh-CN")));
        String json = codec.write(doc);
        assertThat(json).contains("\"kind\" : \"drafted-text\"").contains("\"edited\" : true")
                .contains("\"section\" : \"RECOMMENDATION\"");
        NotebookDocument back = codec.read(json, "round trip");
        assertThat(back).isEqualTo(doc);
        DraftedTextCell kept = (DraftedTextCell) back.cells().get(0);
        assertThat(kept.edited()).isTrue();
        assertThat(kept.text()).isEqualTo("建议优先支持 S3，由县经信局牵头。");
        assertThat(kept.draft()).isEqualTo("建议沿诊断推荐的升级路径推进。");
    }

    @Test
    void clearing_the_text_makes_the_cell_follow_the_data_again() {
        DraftedTextCell edited = DraftedTextCell.drafted("d", DraftSection.FINDINGS, "en").edit("draft", "mine");
        DraftedTextCell cleared = edited.edit(null, "  ");
        assertThat(cleared.edited()).isFalse();
        assertThat(cleared.text()).isNull();
        assertThatThrownBy(() -> new DraftedTextCell("d", DraftSection.FINDINGS, "en", null, "", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_policy_brief_template_drafts_its_prose_and_holds_no_writing_prompt() {
        for (String language : List.of("zh-CN", "en")) {
            NotebookDocument brief = NotebookTemplates.policyBrief(language,
                    new NotebookParameters("7", List.of(), null, null));
            assertThat(brief.cells()).filteredOn(DraftedTextCell.class::isInstance)
                    .extracting(c -> ((DraftedTextCell) c).section()).containsExactly(DraftSection.SUMMARY,
                            DraftSection.FINDINGS, DraftSection.STRATEGIES, DraftSection.RECOMMENDATION);
            assertThat(brief.cells()).filteredOn(MarkdownCell.class::isInstance)
                    .extracting(c -> ((MarkdownCell) c).source())
                    .allSatisfy(s -> assertThat(s).startsWith("#").doesNotContain("请").doesNotContain("*"));
        }
    }
}
