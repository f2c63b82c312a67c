package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;

import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.junit.jupiter.api.Test;

class ArchitectureClassifierTest {

    @Test
    void many_parts_assembled_in_parallel_make_a_spider() {
        ArchitectureResult r = ArchitectureClassifier.classify(new ArchitectureQuestionnaire(200, false, 2, true, false), null);
        assertThat(r.type()).isEqualTo(Architecture.SPIDER);
        assertThat(r.spiderShare()).isEqualTo(1.0);
        assertThat(r.evidence()).hasSize(5);
        assertThat(r.unanswered()).hasSize(1); // the IO input shape
    }

    @Test
    void a_sequence_of_transforming_stages_makes_a_snake() {
        ArchitectureResult r = ArchitectureClassifier.classify(new ArchitectureQuestionnaire(3, true, 5, false, true), null);
        assertThat(r.type()).isEqualTo(Architecture.SNAKE);
        assertThat(r.spiderShare()).isEqualTo(0.0);
        assertThat(r.evidence().get(1).text().en()).isEqualTo("stages run in a fixed sequence");
    }

    @Test
    void evidence_split_in_half_is_mixed() {
        // 12 parts (spider), sequential (snake), 3 stages (neutral), parallel assembly (spider), transforms (snake)
        ArchitectureResult r = ArchitectureClassifier.classify(new ArchitectureQuestionnaire(12, true, 3, true, true), null);
        assertThat(r.type()).isEqualTo(Architecture.MIXED);
        assertThat(r.spiderShare()).isEqualTo(0.5);
    }

    @Test
    void the_io_input_shape_counts_half_and_can_tip_the_balance() {
        // questionnaire: 1 spider vote, 1 snake vote; IO: inputs spread over many sectors (spider, weight 0.5)
        ArchitectureQuestionnaire q = new ArchitectureQuestionnaire(null, true, null, true, null);
        assertThat(ArchitectureClassifier.classify(q, null).type()).isEqualTo(Architecture.MIXED);
        ArchitectureResult r = ArchitectureClassifier.classify(q, IoEvidence.shape(0.15));
        assertThat(r.spiderShare()).isCloseTo(1.5 / 2.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ArchitectureClassifier.classify(q, IoEvidence.shape(0.6)).spiderShare())
                .isCloseTo(1.0 / 2.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.evidence().get(r.evidence().size() - 1).text().en()).contains("15.0%");
    }

    @Test
    void without_enough_evidence_it_is_undetermined_and_lists_the_open_questions() {
        ArchitectureResult r = ArchitectureClassifier.classify(null, IoEvidence.shape(0.3));
        assertThat(r.type()).isEqualTo(Architecture.UNDETERMINED);
        assertThat(r.unanswered()).hasSize(5);
    }

    @Test
    void the_number_of_stages_of_an_io_chain_is_no_evidence_of_shape() {
        // production length is not read at all: the only IO vote is the input shape
        ArchitectureResult r = ArchitectureClassifier.classify(new ArchitectureQuestionnaire(200, false, 2, true, false), null);
        assertThat(r.evidence()).noneMatch(e -> e.text().en().contains("production length"));
        assertThat(r.unanswered()).hasSize(1);
    }
}
