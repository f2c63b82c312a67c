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
    void the_demo_clusters_show_the_contrasts_they_were_made_for() {
        Map<String, DiagnosisResult> d = new java.util.LinkedHashMap<>();
        SampleClusters.all().forEach(c -> d.put(c.id(), diagnose(c)));
        assertThat(d.get("zhuji-socks").recommendation().path()).isEqualTo(UpgradingPath.LEAD_FIRM);
        assertThat(d.get("zhuji-socks").governance().type()).isEqualTo(GovernanceType.CAPTIVE);
        assertThat(d.get("dongguan-electronics").recommendation().path()).isEqualTo(UpgradingPath.PLATFORM);
        assertThat(d.get("dongguan-electronics").governance().type()).isEqualTo(GovernanceType.MODULAR);
        assertThat(d.get("yongkang-hardware").recommendation().path()).isEqualTo(UpgradingPath.BOTH);
        assertThat(d.get("yongkang-hardware").governance().type()).isEqualTo(GovernanceType.MARKET);
        assertThat(d.get("jinjiang-footwear").governance().type()).isEqualTo(GovernanceType.RELATIONAL);
        assertThat(d.get("jinjiang-footwear").upgrading().stage()).isEqualTo(UpgradingStage.FUNCTIONAL);
        assertThat(d.values()).allSatisfy(r -> {
            assertThat(r.year()).isEqualTo(2023);
            assertThat(r.lockInIndex()).isBetween(0.0, 100.0);
            assertThat(r.factors()).allSatisfy(f -> assertThat(f.risk()).isNotNull());
        });
    }
}
