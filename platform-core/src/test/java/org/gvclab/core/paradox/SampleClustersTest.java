package org.gvclab.core.paradox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gvclab.core.cluster.RecordValidator;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.SampleClusters.SampleCluster;
import org.junit.jupiter.api.Test;

class SampleClustersTest {

    private static DiagnosisResult diagnose(SampleCluster c) {
        return Diagnosis.diagnose(new DiagnosisInputs(c.records(), c.cluster().currency(), c.governance(), c.architecture(),
                null, BenchmarkSet.defaults(), Map.of()));
    }

    @Test
    void the_demo_clusters_are_labelled_synthetic_and_their_records_pass_validation() {
        List<SampleCluster> all = SampleClusters.all();
        assertThat(all).extracting(SampleCluster::id)
                .containsExactly("zhuji-socks", "yongkang-hardware", "dongguan-electronics", "jinjiang-footwear");
        assertThat(all).allSatisfy(c -> {
            assertThat(c.cluster().name().en()).contains("synthetic");
            assertThat(c.cluster().name().zh()).contains("合成");
            assertThat(c.records()).hasSize(5);
            assertThat(RecordValidator.validateAll(c.records())).isEmpty();
        });
    }

    @Test
    void the_demo_clusters_read_as_a_gvc_expert_expects() {
        Map<String, DiagnosisResult> d = new java.util.LinkedHashMap<>();
        SampleClusters.all().forEach(c -> d.put(c.id(), diagnose(c)));
        // Datang socks: the textbook specialised-market cluster, thousands of small family firms around the market,
        // OEM work for captive buyers; snake-shaped production, so the market-led platform path comes with lead firms
        DiagnosisResult datang = d.get("zhuji-socks");
        assertThat(datang.recommendation().path()).isIn(UpgradingPath.PLATFORM, UpgradingPath.BOTH);
        assertThat(datang.architecture().type()).isEqualTo(Architecture.SNAKE);
        assertThat(datang.recommendation().evidence().market()).isGreaterThan(0.7);
        assertThat(datang.recommendation().evidence().concentration()).isLessThan(0.3);
        assertThat(datang.governance().type()).isEqualTo(GovernanceType.CAPTIVE);
        assertThat(datang.recommendation().reasons()).anySatisfy(r -> assertThat(r.en())
                .contains("specialised-market turnover 2.10 × output").contains("8,325 firms"));
        // Dongguan electronics: a modular spider
        assertThat(d.get("dongguan-electronics").recommendation().path()).isEqualTo(UpgradingPath.PLATFORM);
        assertThat(d.get("dongguan-electronics").governance().type()).isEqualTo(GovernanceType.MODULAR);
        // Yongkang hardware: a mixed shape organised through a large specialised market (China Hardware City)
        assertThat(d.get("yongkang-hardware").recommendation().path()).isEqualTo(UpgradingPath.PLATFORM);
        assertThat(d.get("yongkang-hardware").governance().type()).isEqualTo(GovernanceType.MARKET);
        // Jinjiang sportswear: brand-owning lead firms at the top of a snake, moving into apparel (a related chain)
        DiagnosisResult jinjiang = d.get("jinjiang-footwear");
        assertThat(jinjiang.recommendation().path()).isEqualTo(UpgradingPath.LEAD_FIRM);
        assertThat(jinjiang.governance().type()).isEqualTo(GovernanceType.RELATIONAL);
        assertThat(jinjiang.upgrading().stage()).isEqualTo(UpgradingStage.CHAIN);
        assertThat(jinjiang.chain().detected()).isTrue();
        // the OEM cluster under captive buyers is the most locked in, the brand owners the least
        assertThat(datang.lockInIndex()).isGreaterThan(d.get("dongguan-electronics").lockInIndex())
                .isGreaterThan(d.get("yongkang-hardware").lockInIndex());
        assertThat(jinjiang.lockInIndex()).isLessThan(d.get("yongkang-hardware").lockInIndex());
        assertThat(d.values()).allSatisfy(r -> {
            assertThat(r.year()).isEqualTo(2023);
            assertThat(r.lockInIndex()).isBetween(0.0, 100.0);
            assertThat(r.factors()).allSatisfy(f -> assertThat(f.risk()).isNotNull());
            assertThat(r.rent().labourShare()).isNotNull();
            assertThat(r.agglomeration().locationQuotient()).isNotNull();
        });
    }
}
