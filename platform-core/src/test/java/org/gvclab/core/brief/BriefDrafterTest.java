package org.gvclab.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.SampleClusters.SampleCluster;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.notebook.DraftSection;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.NpvRanking;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.StrategyComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The brief's prose is drafted from the computed results, in both languages, and states what the numbers say. */
class BriefDrafterTest {

    private static SampleCluster zhuji;
    private static BriefFacts facts;

    @BeforeAll
    static void draftZhuji() {
        zhuji = SampleClusters.all().stream().filter(c -> c.id().equals("zhuji-socks")).findFirst().orElseThrow();
        facts = facts(zhuji.records(), true);
    }

    private static BriefFacts facts(List<YearlyRecord> records, boolean compare) {
        DiagnosisInputs in = DiagnosisInputs.of(records, zhuji.governance(), zhuji.architecture());
        DiagnosisResult now = Diagnosis.diagnose(in);
        DiagnosisResult before = Diagnosis.diagnose(in.withRecords(records.subList(0, records.size() - 1)));
        ComparisonResult c = compare ? StrategyComparison.run(ClusterBaseline.of(in),
                Scenario.defaults("brief").withDraws(11, 120).withHorizon(10), null, p -> { }, () -> false) : null;
        return new BriefFacts(now, before, c);
    }

    private static String text(DraftSection s, Locale locale) {
        return BriefDrafter.draft(s, facts).markdown(locale);
    }

    @Test
    void every_section_is_drafted_in_both_languages_without_placeholders_or_raw_numbers() {
        for (DraftSection s : DraftSection.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String t = text(s, locale);
                assertThat(t).as(s + " " + locale).isNotBlank().doesNotContain("{").doesNotContain("请")
                        .doesNotContainPattern("\\d+\\.\\d{4,}").doesNotContainPattern("\\b\\d,\\d{3}\\.0{3}\\b")
                        .doesNotContainPattern("[A-Z]+_[A-Z_]+");
            }
            assertThat(BriefDrafter.draft(s, facts).provenance().isEmpty()).as(s + " states numbers").isFalse();
        }
        assertThat(text(DraftSection.FINDINGS, Locale.SIMPLIFIED_CHINESE)).contains("低端锁定指数").contains("1. ");
    }

    @Test
    void the_strategy_text_says_what_the_net_present_values_say() {
        ComparisonResult c = facts.comparison();
        List<NpvRanking.Entry> options = c.npvRanking().strategies().stream()
                .filter(e -> !e.strategyId().equals("S0")).toList();
        NpvRanking.Entry best = options.stream().max(java.util.Comparator.comparingDouble(NpvRanking.Entry::p50))
                .orElseThrow();
        String en = text(DraftSection.STRATEGIES, Locale.ENGLISH);
        if (options.stream().allMatch(e -> e.p50() <= 0)) {
            assertThat(en).contains("No strategy repays its cost within the 10-year horizon")
                    .contains(best.strategyId() + " ").contains(best.median().format(Locale.ENGLISH));
            assertThat(text(DraftSection.RECOMMENDATION, Locale.ENGLISH)).contains("commit no");
        } else {
            assertThat(en).contains("repay their cost").contains(best.median().format(Locale.ENGLISH));
        }
        assertThat(BriefDrafter.draft(DraftSection.STRATEGIES, facts).provenance().entries())
                .extracting(e -> e.quantityId()).contains("npv_net_benefit", "strategy_ranking");
    }

    @Test
    void a_changed_record_changes_the_drafted_finding() {
        List<YearlyRecord> changed = new ArrayList<>(zhuji.records());
        YearlyRecord last = changed.get(changed.size() - 1);
        changed.set(changed.size() - 1, last.with("value_added", last.values().get("value_added") / 2));
        BriefFacts other = facts(changed, false);
        assertThat(other.diagnosis().lockInIndex()).isNotEqualTo(facts.diagnosis().lockInIndex());
        String before = BriefDrafter.draft(DraftSection.FINDINGS, facts).markdown(Locale.ENGLISH);
        String after = BriefDrafter.draft(DraftSection.FINDINGS, other).markdown(Locale.ENGLISH);
        assertThat(after).isNotEqualTo(before)
                .contains(org.gvclab.core.base.Num.index(other.diagnosis().lockInIndex()).format(Locale.ENGLISH));
    }

    @Test
    void without_a_strategy_comparison_the_strategy_text_says_it_could_not_be_run() {
        BriefFacts noComparison = new BriefFacts(facts.diagnosis(), null, null);
        assertThat(BriefDrafter.draft(DraftSection.STRATEGIES, noComparison).markdown(Locale.ENGLISH))
                .contains("could not be run");
        assertThat(BriefDrafter.draft(DraftSection.SUMMARY, noComparison).markdown(Locale.ENGLISH))
                .contains("lock-in index").doesNotContain("(S0)");
    }
}
