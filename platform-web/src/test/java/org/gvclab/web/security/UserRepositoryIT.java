package org.gvclab.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.jurisdiction.AdminLevel;
import org.gvclab.web.jurisdiction.JurisdictionDraft;
import org.gvclab.web.jurisdiction.JurisdictionFixtures;
import org.gvclab.web.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Users, memberships and sign-in lock-out on both stores. */
class UserRepositoryIT {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_user_reads_back_with_role_locale_and_memberships(TestDatabase db) {
        DSLContext dsl = db.freshlyMigrated();
        UserRepository users = new UserRepository(dsl);
        long zhuji = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("330681", "诸暨市", "Zhuji", AdminLevel.COUNTY, null));
        long dongguan = JurisdictionFixtures.insert(dsl, new JurisdictionDraft("441900", "东莞市", "Dongguan", AdminLevel.CITY, null));

        long id = users.insert("li.wei", "李伟", "{noop}x", Role.OFFICIAL, "zh-CN", NOW);
        users.replaceMemberships(id, Set.of(zhuji, dongguan));
        users.replaceMemberships(id, Set.of(zhuji));

        UserAccount account = users.findByUsername("li.wei").orElseThrow();
        assertThat(account.displayName()).isEqualTo("李伟");
        assertThat(account.role()).isEqualTo(Role.OFFICIAL);
        assertThat(account.locale()).isEqualTo("zh-CN");
        assertThat(users.jurisdictionIds(id)).containsExactly(zhuji);
        assertThat(users.existsWithRole(Role.ADMIN)).isFalse();
        assertThat(users.existsWithRole(Role.OFFICIAL)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_fifth_failure_in_a_row_locks_the_account_and_a_success_clears_it(TestDatabase db) {
        UserRepository users = new UserRepository(db.freshlyMigrated());
        users.insert("wang", "Wang", "{noop}x", Role.OFFICIAL, null, NOW);
        OffsetDateTime until = NOW.plusMinutes(15);

        for (int i = 1; i <= 4; i++) {
            assertThat(users.recordFailedSignIn("wang", 5, until)).as("failure %d", i).isFalse();
        }
        assertThat(users.findByUsername("wang").orElseThrow().lockedAt(NOW.toInstant())).isFalse();
        assertThat(users.recordFailedSignIn("wang", 5, until)).isTrue();
        UserAccount locked = users.findByUsername("wang").orElseThrow();
        assertThat(locked.lockedAt(NOW.toInstant())).isTrue();
        assertThat(locked.lockedAt(until.plusSeconds(1).toInstant())).isFalse();

        users.resetFailedSignIns("wang");
        assertThat(users.findByUsername("wang").orElseThrow().lockedAt(NOW.toInstant())).isFalse();
        assertThat(users.recordFailedSignIn("nobody", 5, until)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_second_update_from_the_same_version_is_refused(TestDatabase db) {
        UserRepository users = new UserRepository(db.freshlyMigrated());
        long id = users.insert("zhao", "Zhao", "{noop}x", Role.OFFICIAL, null, NOW);
        int version = users.findById(id).orElseThrow().version();

        users.update(id, version, "Zhao", Role.CONSULTANT, true);

        assertThatThrownBy(() -> users.update(id, version, "Zhao", Role.ADMIN, true))
                .isInstanceOf(StaleDataException.class);
        assertThat(users.findById(id).orElseThrow().role()).isEqualTo(Role.CONSULTANT);
    }
}
