package org.gvclab.web.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The benchmark page's comparison: the clusters the caller may see, ranked with their 5–95 % rank bands. */
@AppIT
class ComparisonServiceIT {

    @Autowired
    ComparisonService comparisons;
    @Autowired
    DiagnosisService diagnoses;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void a_consultant_compares_the_clusters_of_their_jurisdictions_with_rank_bands() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        ClusterComparison c = comparisons.compare().orElseThrow();

        List<ClusterComparison.Row> demo = c.rows().stream()
                .filter(r -> r.cluster().nameEn().contains("synthetic demo data")).toList();
        assertThat(demo).hasSize(4);
        // other tests add clusters with identical data (ties); the four demo clusters differ from each other
        assertThat(demo).extracting(r -> r.rank().nominalRank()).doesNotHaveDuplicates();
        assertThat(c.rows()).extracting(r -> r.rank().nominalRank())
                .allSatisfy(rank -> assertThat(rank).isBetween(1, c.rows().size()));
        for (ClusterComparison.Row r : c.rows()) {
            assertThat(r.rank().p05()).isLessThanOrEqualTo(r.rank().medianRank());
            assertThat(r.rank().medianRank()).isLessThanOrEqualTo(r.rank().p95());
            assertThat(r.lockInIndex()).isEqualTo(diagnoses.diagnoseLatest(r.cluster().id()).orElseThrow()
                    .lockInIndex());
        }
        assertThat(c.varied()).isNotEmpty();
    }

    @Test
    void the_cluster_with_the_least_risk_in_every_factor_ranks_first_nominally() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        ClusterComparison c = comparisons.compare().orElseThrow();
        // a cluster whose factor risks are all lower than another's must rank better than it
        for (ClusterComparison.Row a : c.rows()) {
            for (ClusterComparison.Row b : c.rows()) {
                boolean dominates = true;
                for (int f = 0; f < c.factors().size(); f++) {
                    dominates &= a.factorRisks().get(f) < b.factorRisks().get(f);
                }
                if (dominates) {
                    assertThat(a.rank().nominalRank()).isLessThan(b.rank().nominalRank());
                }
            }
        }
    }
}
