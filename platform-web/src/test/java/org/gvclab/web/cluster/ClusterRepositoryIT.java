package org.gvclab.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.jurisdiction.AdminLevel;
import org.gvclab.web.jurisdiction.JurisdictionDraft;
import org.gvclab.web.jurisdiction.JurisdictionFixtures;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cluster storage is scoped by jurisdiction on both stores. */
class ClusterRepositoryIT {

    /** Inserts the test clusters (an administrator's scope may write to every jurisdiction). */
    private static final TenantScope SEEDER = new TenantScope(0, "seeder", Role.ADMIN, Set.of());

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reads_and_writes_stay_inside_the_callers_jurisdictions(TestDatabase db) {
        DSLContext dsl = db.freshlyMigrated();
                ClusterRepository clusters = new ClusterRepository(dsl);
        long a = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("330681", "诸暨市", "Zhuji", AdminLevel.COUNTY, null));
        long b = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("441900", "东莞市", "Dongguan", AdminLevel.CITY, null));
        long socks = clusters.insert(SEEDER, new ClusterDraft(a, "大唐袜业集群", "Datang hosiery", "C17", null, null, CurrencyUnit.CNY_10K), NOW);
        long phones = clusters.insert(SEEDER, new ClusterDraft(b, "东莞电子信息集群", "Dongguan electronics", "C39", null, null, CurrencyUnit.CNY_10K), NOW);
        TenantScope officialOfA = new TenantScope(1, "a", Role.OFFICIAL, Set.of(a));
        TenantScope admin = new TenantScope(2, "root", Role.ADMIN, Set.of());
        TenantScope nobody = new TenantScope(3, "n", Role.CONSULTANT, Set.of());

        assertThat(clusters.findAll(officialOfA)).extracting(Cluster::id).containsExactly(socks);
        assertThat(clusters.findAll(admin)).extracting(Cluster::id).containsExactlyInAnyOrder(socks, phones);
        assertThat(clusters.findAll(nobody)).isEmpty();
        assertThat(clusters.findById(officialOfA, phones)).isEmpty();
        assertThat(clusters.findById(officialOfA, socks).orElseThrow().nameZh()).isEqualTo("大唐袜业集群");

        Cluster theirs = clusters.findById(admin, phones).orElseThrow();
        assertThatThrownBy(() -> clusters.update(officialOfA, phones, theirs.version(),
                new ClusterDraft(b, "x", "x", null, null, null, CurrencyUnit.CNY_10K), NOW)).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> clusters.delete(officialOfA, phones, theirs.version()))
                .isInstanceOf(StaleDataException.class);
        assertThat(clusters.findById(admin, phones).orElseThrow().nameEn()).isEqualTo("Dongguan electronics");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_edit_based_on_an_old_version_is_refused_and_changes_nothing(TestDatabase db) {
        DSLContext dsl = db.freshlyMigrated();
        long a = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("330784", "永康市", "Yongkang", AdminLevel.COUNTY, null));
        ClusterRepository clusters = new ClusterRepository(dsl);
        TenantScope scope = new TenantScope(1, "a", Role.OFFICIAL, Set.of(a));
        long id = clusters.insert(SEEDER, new ClusterDraft(a, "五金", "Hardware", null, null, null, CurrencyUnit.CNY_10K), NOW);
        Cluster read = clusters.findById(scope, id).orElseThrow();

        clusters.update(scope, id, read.version(), new ClusterDraft(a, "五金集群", "Hardware cluster", null, null, null, CurrencyUnit.CNY_10K),
                NOW.plusMinutes(1));

        assertThatThrownBy(() -> clusters.update(scope, id, read.version(),
                new ClusterDraft(a, "覆盖", "Overwrite", null, null, null, CurrencyUnit.CNY_10K), NOW.plusMinutes(2)))
                .isInstanceOf(StaleDataException.class);
        Cluster now = clusters.findById(scope, id).orElseThrow();
        assertThat(now.nameEn()).isEqualTo("Hardware cluster");
        assertThat(now.version()).isEqualTo(read.version() + 1);
    }
}
