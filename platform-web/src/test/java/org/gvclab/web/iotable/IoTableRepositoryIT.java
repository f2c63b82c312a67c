package org.gvclab.web.iotable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.read.TableFormat;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterFixtures;
import org.gvclab.web.jurisdiction.AdminLevel;
import org.gvclab.web.jurisdiction.JurisdictionDraft;
import org.gvclab.web.jurisdiction.JurisdictionFixtures;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IO tables, their binary data and cached results are stored alike on H2 and PostgreSQL. */
class IoTableRepositoryIT {

    /** Inserts the test clusters (an administrator's scope may write to every jurisdiction). */
    private static final TenantScope SEEDER = new TenantScope(0, "seeder", Role.ADMIN, Set.of());

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC);

    /** A table of random values (the repository does not care about balance), G regions × N sectors. */
    private static IoTable table(int g, int nSec, long seed) {
        int n = g * nSec;
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> regions = IntStream.range(0, g).mapToObj(r -> "R" + r).toList();
        List<String> sectors = IntStream.range(0, nSec).mapToObj(s -> "S_" + s).toList();
        double[] z = rnd.doubles((long) n * n).map(v -> v < 0.3 ? 0 : v * 1e4).toArray();
        z[0] = -0.0;
        z[1] = Double.MIN_VALUE;
        return new IoTable("t" + seed, regions, sectors, List.of(), new DenseMatrix(n, n, z),
                new DenseMatrix(n, g, rnd.doubles((long) n * g).toArray()), null, rnd.doubles(n).toArray(),
                rnd.doubles(n).toArray(), List.of("synthetic test table"));
    }

    private static StoredIoTable summary(IoTable t, String checksum) {
        return new StoredIoTable(0, t.name(), TableFormat.GOLDEN, checksum, t.layout(), t.notes(), t.balance(), t.name() + ".zip", 1234, "demo-consultant", NOW);
    }

    private static long store(IoTableRepository repo, IoTable t) {
        return repo.insert(summary(t, t.checksum()), IoCodec.encodeTable(t), 8L * t.n() * t.n());
    }

    private static void assertBitExact(double[] expected, double[] actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(actual[i]) != Double.doubleToRawLongBits(expected[i])) {
                throw new AssertionError("value " + i + " differs: " + expected[i] + " stored, " + actual[i] + " read");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_stored_table_is_found_by_id_and_checksum_and_its_data_reads_back_bit_for_bit(TestDatabase db) {
        IoTableRepository repo = new IoTableRepository(db.freshlyMigrated());
        IoTable t = table(3, 4, 1);
        long id = store(repo, t);

        StoredIoTable found = repo.findByChecksum(t.checksum()).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.regions()).containsExactly("R0", "R1", "R2");
        assertThat(found.sectors()).containsExactly("S_0", "S_1", "S_2", "S_3");
        assertThat(found.notes()).containsExactly("synthetic test table");
        assertThat(found.balance()).isEqualTo(t.balance());
        assertThat(found.uploadedAt()).isEqualTo(NOW);
        assertThat(repo.findById(id)).contains(found);
        assertThat(repo.findAll()).containsExactly(found);

        IoTable back = IoCodec.decodeTable(repo.data(id).orElseThrow());
        assertBitExact(t.Z().data(), back.Z().data());
        assertBitExact(t.Y().data(), back.Y().data());
        assertBitExact(t.va(), back.va());
        assertBitExact(t.x(), back.x());
        assertThat(back.checksum()).isEqualTo(t.checksum());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_table_of_several_megabytes_is_stored_in_one_binary_value(TestDatabase db) {
        IoTableRepository repo = new IoTableRepository(db.freshlyMigrated());
        IoTable t = table(20, 45, 2); // n = 900: Z is 6.5 MB raw, about 5 MB encoded
        byte[] data = IoCodec.encodeTable(t);
        assertThat(data.length).isGreaterThan(4_000_000);
        long id = repo.insert(summary(t, t.checksum()), data, 8L * 900 * 900);
        assertThat(repo.data(id).orElseThrow()).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_same_content_cannot_be_stored_twice(TestDatabase db) {
        IoTableRepository repo = new IoTableRepository(db.freshlyMigrated());
        IoTable t = table(2, 2, 3);
        store(repo, t);
        assertThatThrownBy(() -> store(repo, t)).isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(repo.findAll()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_result_is_cached_once_per_checksum_and_output_and_the_first_copy_wins(TestDatabase db) {
        IoTableRepository repo = new IoTableRepository(db.freshlyMigrated());
        IoTable t = table(2, 2, 4);
        store(repo, t);
        IndicatorTable first = new IndicatorTable(IndicatorId.EXPORTS_TOTAL, List.of("id"), List.of("E"),
                List.of(new IndicatorTable.Row(List.of("R0_S_0"), new double[] {1.5})));
        IndicatorTable second = new IndicatorTable(IndicatorId.EXPORTS_TOTAL, List.of("id"), List.of("E"),
                List.of(new IndicatorTable.Row(List.of("R0_S_0"), new double[] {2.5})));

        assertThat(repo.result(t.checksum(), "exports_total")).isEmpty();
        assertThat(repo.insertResult(t.checksum(), "exports_total", IoCodec.encodeResult(first), 12, NOW)).isTrue();
        assertThat(repo.insertResult(t.checksum(), "exports_total", IoCodec.encodeResult(second), 12, NOW)).isFalse();
        assertThat(repo.insertResult(t.checksum(), "smile_curve/0/1", IoCodec.encodeResult(first), 3, NOW)).isTrue();

        IndicatorTable read = IoCodec.decodeResult(repo.result(t.checksum(), "exports_total").orElseThrow());
        assertThat(read.rows().get(0).values()).containsExactly(1.5);
        assertThat(repo.resultKeys(t.checksum())).containsExactly("exports_total", "smile_curve/0/1");
        assertThat(repo.resultKeys("0".repeat(64))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deleting_a_table_removes_its_data_results_and_the_clusters_links(TestDatabase db) {
        DSLContext dsl = db.freshlyMigrated();
        IoTableRepository repo = new IoTableRepository(dsl);
        long zhuji = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("330681", "诸暨市", "Zhuji",
                AdminLevel.COUNTY, null));
        ClusterFixtures clusters = new ClusterFixtures(dsl);
        long socks = clusters.insert(SEEDER, new ClusterDraft(zhuji, "大唐袜业", "Datang hosiery", null, null, null,
                CurrencyUnit.CNY_10K), NOW);
        TenantScope official = new TenantScope(1, "o", Role.OFFICIAL, Set.of(zhuji));
        IoTable t = table(2, 3, 5);
        long id = store(repo, t);
        repo.insertResult(t.checksum(), "exports_total", IoCodec.encodeResult(new IndicatorTable(
                IndicatorId.EXPORTS_TOTAL, List.of("id"), List.of("E"), List.of())), 1, NOW);
        clusters.setIoLink(official, socks, id, "R1", "S_2");
        assertThat(clusters.findIoLink(official, socks)).hasValueSatisfying(l -> {
            assertThat(l.tableName()).isEqualTo("t5");
            assertThat(l.region()).isEqualTo("R1");
            assertThat(l.sector()).isEqualTo("S_2");
        });
        assertThat(clusters.findIoLinks(official, id)).hasSize(1);

        assertThat(repo.delete(id)).isTrue();

        assertThat(repo.findById(id)).isEmpty();
        assertThat(repo.data(id)).isEmpty();
        assertThat(repo.result(t.checksum(), "exports_total")).isEmpty();
        assertThat(clusters.findIoLink(official, socks)).isEmpty();
        assertThat(clusters.findById(official, socks)).isPresent();
        assertThat(repo.delete(id)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_cluster_outside_the_callers_jurisdictions_cannot_be_linked_or_seen(TestDatabase db) {
        DSLContext dsl = db.freshlyMigrated();
        IoTableRepository repo = new IoTableRepository(dsl);
        long zhuji = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("330681", "诸暨市", "Zhuji", AdminLevel.COUNTY, null));
        long dongguan = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("441900", "东莞市", "Dongguan", AdminLevel.CITY,
                null));
        ClusterFixtures clusters = new ClusterFixtures(dsl);
        long phones = clusters.insert(SEEDER, new ClusterDraft(dongguan, "东莞电子", "Dongguan electronics", null, null, null,
                CurrencyUnit.CNY_10K), NOW);
        long id = store(repo, table(2, 2, 6));
        TenantScope zhujiOfficial = new TenantScope(1, "o", Role.OFFICIAL, Set.of(zhuji));
        TenantScope admin = new TenantScope(2, "a", Role.ADMIN, Set.of());

        assertThatThrownBy(() -> clusters.setIoLink(zhujiOfficial, phones, id, "R0", "S_0"))
                .isInstanceOf(StaleDataException.class);
        assertThat(clusters.findIoLink(admin, phones)).isEmpty();
        clusters.setIoLink(admin, phones, id, "R0", "S_1");
        assertThat(clusters.findIoLink(zhujiOfficial, phones)).isEmpty();
        assertThat(clusters.findIoLinks(zhujiOfficial, id)).isEmpty();
        assertThat(clusters.findIoLinks(admin, id)).extracting(l -> l.sector()).containsExactly("S_1");
        clusters.setIoLink(admin, phones, null, null, null);
        assertThat(clusters.findIoLink(admin, phones)).isEmpty();
    }
}
