package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.junit.jupiter.api.Test;

/** The path follows the specialised market and the concentration around lead firms, not the shape alone. */
class PathAdvisorTest {

    private static final ArchitectureQuestionnaire SNAKE = new ArchitectureQuestionnaire(3, true, 5, false, true);
    private static final ArchitectureQuestionnaire SPIDER = new ArchitectureQuestionnaire(200, false, 2, true, false);
    private static final GovernanceQuestionnaire CAPTIVE = GovernanceQuestionnaire.fromScale(4, 4, 2);

    /** A cluster of 8,000 small firms around a market turning over twice its output, CR4 6 %, 15 lead firms. */
    private static YearlyRecord marketCluster() {
        return TestRecords.complete(2023).with("firms", 8000).with("lead_firms", 15).with("top4_sales", 60_000)
                .with("market_turnover", 2_000_000).with("ecommerce_sales", 300_000).with("certified_firms", 400);
    }

    /** The same output made by 200 firms, CR4 60 %, 20 lead firms, no specialised market, no online sales. */
    private static YearlyRecord leadFirmCluster() {
        return TestRecords.complete(2023).with("firms", 200).with("lead_firms", 20).with("top4_sales", 600_000)
                .with("market_turnover", 0).with("ecommerce_sales", 0).with("certified_firms", 40);
    }

    private static PathRecommendation path(YearlyRecord r, ArchitectureQuestionnaire a) {
        return Diagnosis.diagnose(DiagnosisInputs.of(List.of(r), CAPTIVE, a)).recommendation();
    }

    @Test
    void a_snake_with_a_strong_specialised_market_and_dispersed_small_firms_is_a_platform_case() {
        PathRecommendation p = path(marketCluster(), SNAKE);
        assertThat(p.path()).isIn(UpgradingPath.PLATFORM, UpgradingPath.BOTH);
        assertThat(p.evidence().market()).isGreaterThan(0.7);
        assertThat(p.reasons().get(0).en()).contains("snake").contains("specialised-market turnover 2.00 × output")
                .contains("8,000 firms").contains("platform score");
        assertThat(p.reasons().get(0).zh()).contains("专业市场成交额为产值的 2.00 倍");
    }

    @Test
    void a_concentrated_cluster_with_lead_firms_and_no_market_is_a_lead_firm_case_whatever_its_shape() {
        assertThat(path(leadFirmCluster(), SNAKE).path()).isEqualTo(UpgradingPath.LEAD_FIRM);
        PathRecommendation spider = path(leadFirmCluster(), SPIDER);
        assertThat(spider.evidence().concentration()).isGreaterThan(0.7);
        assertThat(spider.path()).isIn(UpgradingPath.LEAD_FIRM, UpgradingPath.BOTH);
    }

    @Test
    void a_stronger_specialised_market_moves_the_path_towards_the_platform() {
        double previous = -1;
        for (double turnover : new double[] {0, 250_000, 1_000_000, 4_000_000}) {
            PathEvidence e = path(TestRecords.complete(2023).with("market_turnover", turnover), SNAKE).evidence();
            assertThat(e.platformScore()).isGreaterThan(previous);
            previous = e.platformScore();
        }
    }

    @Test
    void the_scores_are_the_weighted_evidence_worked_by_hand() {
        // TestRecords: turnover / output 0.5 against 0.5 → 0.5; e-commerce 10 % against 27.2 → 10/37.2;
        // 1,000 firms against 500 → 2/3; CR4 20 % against 30 → dispersion 0.6, concentration 0.4; lead firms 2 % of
        // firms against 1 % → 2/3. Snake (A = 0), captive governance (g = 0.5).
        PathEvidence e = path(TestRecords.complete(2023), SNAKE).evidence();
        double m = (0.5 + 10 / 37.2 + 2.0 / 3 + 0.6) / 4;
        double c = (0.4 + 2.0 / 3) / 2;
        assertThat(e.market()).isCloseTo(m, within(1e-12));
        assertThat(e.concentration()).isCloseTo(c, within(1e-12));
        assertThat(e.platformScore()).isCloseTo(0.30 * 0 + 0.55 * m + 0.15 * 0.5, within(1e-12));
        assertThat(e.leadFirmScore()).isCloseTo(0.30 * 1 + 0.55 * c + 0.15 * 0.5, within(1e-12));
    }
}
