package org.gvclab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.support.SignedIn;
import org.gvclab.web.support.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application in the {@code postgres} profile, configured through its environment variables. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
class PostgresProfileIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        var server = TestDatabase.EmbeddedPostgresHolder.server();
        registry.add("GVCLAB_DB_URL", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("GVCLAB_DB_USER", () -> "postgres");
        registry.add("GVCLAB_DB_PASSWORD", () -> "postgres");
    }

    @Autowired
    DSLContext dsl;
    @Autowired
    ClusterService clusters;
    @Autowired
    org.springframework.boot.autoconfigure.web.ServerProperties server;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void the_postgres_profile_migrates_postgresql_and_serves_the_demo_data() {
        assertThat(dsl.dialect().family()).isEqualTo(SQLDialect.POSTGRES);
        SignedIn.as("demo-official", "OFFICIAL");
        assertThat(clusters.visible()).extracting(c -> c.nameZh()).anySatisfy(n -> assertThat(n).contains("大唐袜业"));
    }

    @Test
    void the_postgres_profile_sends_the_session_cookie_over_https_only_and_never_cross_site() {
        var cookie = server.getServlet().getSession().getCookie();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo(org.springframework.boot.web.server.Cookie.SameSite.LAX);
        assertThat(cookie.getHttpOnly()).isTrue();
    }
}
