package org.gvclab.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An official of Zhuji can neither read nor change anything of Dongguan, whatever id they try. */
@AppIT
class TenantIsolationIT {

    @Autowired
    ClusterService clusters;
    @Autowired
    JurisdictionService jurisdictions;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private Cluster dongguanCluster() {
        SignedIn.as("demo-admin", "ADMIN");
        Cluster c = clusters.visible().stream().filter(x -> x.nameEn().startsWith("Dongguan electronics cluster"))
                .findFirst().orElseThrow();
        SignedIn.clear();
        return c;
    }

    @Test
    void an_official_sees_only_the_clusters_and_jurisdictions_of_their_own_jurisdiction() {
        SignedIn.as("demo-official", "OFFICIAL");

        List<Jurisdiction> visible = jurisdictions.visible();
        assertThat(visible).extracting(Jurisdiction::code).containsExactly("330681");
        assertThat(clusters.visible()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.jurisdictionId()).isEqualTo(visible.get(0).id()));
    }

    @Test
    void an_official_can_neither_read_nor_change_a_cluster_of_another_jurisdiction() {
        Cluster theirs = dongguanCluster();
        SignedIn.as("demo-official", "OFFICIAL");

        assertThatThrownBy(() -> clusters.get(theirs.id())).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> clusters.update(theirs,
                new ClusterDraft(theirs.jurisdictionId(), "改", "Changed", null, null, null, CurrencyUnit.CNY_10K)))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> clusters.delete(theirs)).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> jurisdictions.get(theirs.jurisdictionId()))
                .isInstanceOf(NotFoundInScopeException.class);

        SignedIn.as("demo-admin", "ADMIN");
        Cluster unchanged = clusters.get(theirs.id());
        assertThat(unchanged.nameEn()).startsWith("Dongguan electronics cluster");
        assertThat(unchanged.version()).isEqualTo(theirs.version());
    }

    @Test
    void an_official_cannot_create_a_cluster_in_another_jurisdiction_nor_move_one_there() {
        Cluster theirs = dongguanCluster();
        SignedIn.as("demo-official", "OFFICIAL");
        long own = jurisdictions.visible().get(0).id();

        assertThatThrownBy(() -> clusters.create(
                new ClusterDraft(theirs.jurisdictionId(), "新", "New", null, null, null, CurrencyUnit.CNY_10K)))
                .isInstanceOf(NotFoundInScopeException.class);
        Cluster mine = clusters.create(new ClusterDraft(own, "测试集群", "Test cluster", null, null, null, CurrencyUnit.CNY_10K));
        assertThatThrownBy(() -> clusters.update(mine,
                new ClusterDraft(theirs.jurisdictionId(), "测试集群", "Test cluster", null, null, null, CurrencyUnit.CNY_10K)))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(clusters.get(mine.id()).jurisdictionId()).isEqualTo(own);
        clusters.delete(clusters.get(mine.id()));
    }

    @Test
    void a_consultant_sees_the_jurisdictions_assigned_to_them_and_an_admin_sees_all() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        assertThat(jurisdictions.visible()).extracting(Jurisdiction::code)
                .containsExactlyInAnyOrder("330681", "330784", "441900", "350582");
        SignedIn.as("demo-admin", "ADMIN");
        assertThat(jurisdictions.visible()).hasSizeGreaterThanOrEqualTo(7);
    }
}
