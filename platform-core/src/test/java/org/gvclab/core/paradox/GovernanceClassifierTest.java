package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gvclab.core.cluster.Level.HIGH;
import static org.gvclab.core.cluster.Level.LOW;

import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.core.cluster.Level;
import org.junit.jupiter.api.Test;

class GovernanceClassifierTest {

    private static GovernanceResult classify(Level complexity, Level codifiability, Level capability) {
        return GovernanceClassifier.classify(new GovernanceQuestionnaire(complexity, codifiability, capability));
    }

    @Test
    void ghs_table_maps_each_of_its_five_rows() {
        // Gereffi, Humphrey & Sturgeon (2005), Table 1
        assertThat(classify(LOW, HIGH, HIGH).type()).isEqualTo(GovernanceType.MARKET);
        assertThat(classify(HIGH, HIGH, HIGH).type()).isEqualTo(GovernanceType.MODULAR);
        assertThat(classify(HIGH, LOW, HIGH).type()).isEqualTo(GovernanceType.RELATIONAL);
        assertThat(classify(HIGH, HIGH, LOW).type()).isEqualTo(GovernanceType.CAPTIVE);
        assertThat(classify(HIGH, LOW, LOW).type()).isEqualTo(GovernanceType.HIERARCHY);
        assertThat(classify(HIGH, HIGH, LOW).generated()).isTrue();
        assertThat(classify(HIGH, HIGH, LOW).explanation().en()).contains("captive").contains("functional upgrading");
        assertThat(classify(HIGH, HIGH, LOW).explanation().zh()).contains("俘获型");
    }

    @Test
    void ghs_table_refuses_the_other_three_combinations() {
        for (GovernanceResult r : new GovernanceResult[] {classify(LOW, LOW, HIGH), classify(LOW, LOW, LOW), classify(LOW, HIGH, LOW)}) {
            assertThat(r.type()).isNull();
            assertThat(r.generated()).isFalse();
            assertThat(r.explanation().en()).contains("not a combination the theory generates");
            assertThat(r.explanation().zh()).contains("不是理论所生成的组合");
        }
        assertThat(classify(LOW, HIGH, LOW).explanation().en()).contains("exclusion");
        assertThat(classify(LOW, LOW, HIGH).explanation().en()).contains("unlikely");
    }

    @Test
    void an_unanswered_questionnaire_gives_no_type_and_says_so() {
        GovernanceResult r = GovernanceClassifier.classify(null);
        assertThat(r.type()).isNull();
        assertThat(r.explanation().en()).contains("not answered");
    }

    @Test
    void five_point_answers_go_through_the_documented_threshold() {
        assertThat(GovernanceClassifier.classify(GovernanceQuestionnaire.fromScale(5, 4, 2)).type()).isEqualTo(GovernanceType.CAPTIVE);
        assertThat(GovernanceClassifier.classify(GovernanceQuestionnaire.fromScale(3, 4, 4)).type()).isEqualTo(GovernanceType.MARKET);
    }
}
