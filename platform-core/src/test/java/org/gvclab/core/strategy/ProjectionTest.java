package org.gvclab.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.TestRecords;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.junit.jupiter.api.Test;

/**
 * The first projected year worked by hand for {@link TestRecords#complete}: output and sales 1,000,000, value added
 * 200,000, domestic sales and exports 500,000 each, R&amp;D 10,000, OBM / ODM / OEM sales 100,000 / 200,000 / 600,000
 * (cov = 0.9), 50,000 employees, 20 % of exports to restricted markets; one record, so the growth rates keep their
 * generic defaults (domestic 5 %, exports 3 %, pre-sample R&amp;D 5 %).
 */
class ProjectionTest {

    private static final double REL = 1e-12;
    private final ClusterBaseline b = ClusterBaseline.of(DiagnosisInputs.of(List.of(TestRecords.complete(2023)), null, null));
    private final double[] p = b.parameters().vector();

    private Projection.Path run(Strategy s, Shock shock, boolean shocked) {
        return Projection.run(b, p, new Projection.Plan(s, b.va0, 3), 3, shock, shocked, true);
    }

    private static Strategy strategy(Lever... levers) {
        return new Strategy("T", LocalizedText.of("T"), LocalizedText.of("T"), List.of(levers));
    }

    @Test
    void the_first_year_of_the_status_quo_matches_the_hand_calculation() {
        Projection.Path path = run(strategy(), Shock.none(), false);
        // demand: D1 = 500,000 × 1.05, X1 = 500,000 × 1.03; σ = 1 and Q/S = 1
        double q1 = 525_000 + 515_000;
        assertThat(path.q[1]).isCloseTo(q1, within(q1 * REL));
        // R&D capital: K0 = 10,000 / (0.05 + 0.15) = 50,000; K1 = 0.85 K0 + R0 = 52,500; k in % of output, floor f = 1
        double lR = Math.log((100 * 52_500 / q1 + 1) / (100 * 50_000 / 1e6 + 1));
        // brand: M0 = 5 % of OBM sales 100,000 = 5,000; KB0 = 5,000 / (0.05 + 0.20) = 20,000; KB1 = 0.8 KB0 + M0 = 21,000
        double lB = Math.log((100 * 21_000 / q1 + 1) / (100 * 20_000 / 1e6 + 1));
        // domestic share 525,000 / 1,040,000 against 0.5, in points
        double dDom = 100 * (525_000 / q1 - 0.5);
        double obmTarget = 1.0 / 9 + (8 * lB + 3 * lR + 0.2 * dDom) / 100;
        double odmTarget = 2.0 / 9 + 8 * lR / 100;
        double obm1 = 1.0 / 9 + 0.2 * (obmTarget - 1.0 / 9);
        double odm1 = 2.0 / 9 + 0.2 * (odmTarget - 2.0 / 9);
        double oem1 = 1 - obm1 - odm1;
        assertThat(path.obm[1]).isCloseTo(100 * 0.9 * obm1, within(1e-12));
        // smile curve: v_OEM = 0.2 / (6/9 + 1.3 · 2/9 + 1.7 · 1/9); the uncovered 10 % of sales keeps v0 = 0.2
        double vOem = 0.2 / (6.0 / 9 + 1.3 * 2.0 / 9 + 1.7 * 1.0 / 9);
        double v1 = (0.9 * vOem * (oem1 + 1.3 * odm1 + 1.7 * obm1) + 0.1 * 0.2) * Math.exp(0.08 * lR);
        assertThat(path.va[1]).isCloseTo(v1 * q1, within(v1 * q1 * REL));
        // jobs: E1 = 50,000 × (Q1 / Q0) / 1.03
        assertThat(path.jobs[1]).isCloseTo(50_000 * q1 / 1e6 / 1.03, within(1e-6));
        assertThat(path.cost[1]).isZero();
        // the base year is the cluster's own record
        assertThat(path.records[0]).isEqualTo(TestRecords.complete(2023));
        assertThat(path.va[0]).isEqualTo(200_000);
        assertThat(path.obm[0]).isCloseTo(10, within(1e-12));
    }

    @Test
    void the_calibrated_smile_curve_reproduces_the_base_year_value_added_rate() {
        double vOem = 0.2 / (6.0 / 9 + 1.3 * 2.0 / 9 + 1.7 * 1.0 / 9);
        assertThat(0.9 * vOem * (6.0 / 9 + 1.3 * 2.0 / 9 + 1.7 * 1.0 / 9) + 0.1 * 0.2).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void an_rd_subsidy_adds_its_additionality_times_the_budget_to_rd_and_the_budget_to_public_support() {
        Projection.Path path = run(strategy(Lever.of(LeverKind.RD_SUBSIDY, 1000, BudgetUnit.MONEY)), Shock.none(), false);
        double q1 = 1_040_000;
        // R1 = (R0 / Q0) Q1 + 1.0 × 1,000 = 0.01 × 1,040,000 + 1,000
        double r1 = 0.01 * q1 + 1000;
        YearlyRecord y1 = path.records[1];
        assertThat(y1.value("rd_expenditure").getAsDouble()).isCloseTo(r1, within(1e-6));
        // R&D personnel and patents scale with R&D: 1,500 × R1 / R0 and 25 × R1 / R0
        assertThat(y1.value("rd_personnel").getAsDouble()).isCloseTo(1500 * r1 / 10_000, within(1e-9));
        assertThat(y1.value("invention_patents").getAsDouble()).isCloseTo(25 * r1 / 10_000, within(1e-9));
        // public support: 2,000 / 200,000 of value added, plus the budget
        assertThat(y1.value("public_support").getAsDouble()).isCloseTo(0.01 * path.va[1] + 1000, within(1e-6));
        assertThat(path.cost).containsExactly(0, 1000, 2000, 3000);
        // the subsidy enters the R&D stock of year 2 (K_{t+1} = (1 − δ) K_t + R_t), not of year 1
        Projection.Path none = run(strategy(), Shock.none(), false);
        assertThat(path.obm[1]).isEqualTo(none.obm[1]);
        assertThat(path.obm[2]).isGreaterThan(none.obm[2]);
    }

    @Test
    void a_budget_in_percent_of_value_added_is_turned_into_money_with_the_base_year_value_added() {
        Projection.Path path = run(strategy(Lever.of(LeverKind.RD_SUBSIDY, 0.5, BudgetUnit.PERCENT_OF_VALUE_ADDED)),
                Shock.none(), false);
        assertThat(path.cost[1]).isCloseTo(0.005 * 200_000, within(1e-9));
    }

    @Test
    void the_shock_cuts_only_the_exports_to_restricted_markets_from_its_year_on() {
        Shock shock = new Shock(true, 50, 2);
        Projection.Path calm = run(strategy(), shock, false);
        Projection.Path hit = run(strategy(), shock, true);
        assertThat(hit.q[1]).isEqualTo(calm.q[1]);
        // year 2: X2 = 500,000 × 1.03² × (0.8 + 0.2 × 0.5), D2 = 500,000 × 1.05²
        double x2 = 500_000 * 1.03 * 1.03 * (0.8 + 0.2 * 0.5);
        double d2 = 500_000 * 1.05 * 1.05;
        assertThat(hit.q[2]).isCloseTo(d2 + x2, within(1e-6));
        assertThat(hit.records[2].value("restricted_market_share").getAsDouble()).isCloseTo(100 * 0.1 / 0.9, within(1e-9));
        // and it stays lower: year 3 grows from the lower level
        assertThat(hit.q[3]).isCloseTo(d2 * 1.05 + x2 * 1.03, within(1e-6));
    }

    @Test
    void public_procurement_is_domestic_sales_in_its_year_plus_a_lasting_effect() {
        Lever pp = new Lever(LeverKind.PUBLIC_PROCUREMENT, 10_000, BudgetUnit.MONEY, Target.ALL_FIRMS, 1, 1);
        Projection.Path path = run(strategy(pp), Shock.none(), false);
        Projection.Path none = run(strategy(), Shock.none(), false);
        // year 1: the purchase 10,000 plus the lasting 0.3 × 10,000; year 2: the lasting part grown by 5 %
        assertThat(path.q[1] - none.q[1]).isCloseTo(10_000 + 3_000, within(1e-6));
        assertThat(path.q[2] - none.q[2]).isCloseTo(3_000 * 1.05, within(1e-6));
    }

    @Test
    void a_projected_record_keeps_only_the_fields_entered_in_the_base_year() {
        YearlyRecord base = TestRecords.complete(2023).without("ecommerce_sales").without("rd_personnel");
        ClusterBaseline partial = ClusterBaseline.of(DiagnosisInputs.of(List.of(base), null, null));
        Projection.Path path = Projection.run(partial, partial.parameters().vector(),
                new Projection.Plan(strategy(Lever.of(LeverKind.PLATFORM, 1, BudgetUnit.PERCENT_OF_VALUE_ADDED)), partial.va0, 2),
                2, Shock.none(), false, true);
        assertThat(path.records[2].values().keySet()).isEqualTo(base.values().keySet());
        assertThat(path.records[2].has("ecommerce_sales")).isFalse();
    }
}
