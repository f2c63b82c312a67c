package org.gvclab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

    @Test
    void an_official_may_read_and_write_only_their_own_jurisdictions() {
        TenantScope scope = new TenantScope(1, "o", Role.OFFICIAL, Set.of(10L, 11L));
        assertThat(scope.canRead(10)).isTrue();
        assertThat(scope.canWrite(11)).isTrue();
        assertThat(scope.canRead(12)).isFalse();
        assertThat(scope.canWrite(12)).isFalse();
    }

    @Test
    void an_admin_may_read_every_jurisdiction() {
        TenantScope scope = new TenantScope(1, "a", Role.ADMIN, Set.of());
        assertThat(scope.canRead(12345)).isTrue();
    }

    @Test
    void a_user_without_memberships_sees_nothing() {
        TenantScope scope = new TenantScope(1, "c", Role.CONSULTANT, Set.of());
        assertThat(scope.canRead(1)).isFalse();
        assertThat(scope.covers(org.gvclab.web.db.Tables.INDUSTRY_CLUSTER.JURISDICTION_ID).toString())
                .contains("false");
    }
}
