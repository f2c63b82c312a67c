package org.gvclab.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.FactorScores;
import org.gvclab.web.Application;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.support.SignedIn;
import org.gvclab.web.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes (two Spring contexts, each with its own web server) share one PostgreSQL: a submission
 * made through node A's service reaches a listener on node B through LISTEN/NOTIFY, also after B's listening
 * connection was killed and re-established.
 */
class WorkshopTwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(WorkshopTwoNodesIT.class);
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static String url;
    /** Each context installs its own holder strategy globally; the other tests' context gets its own back after. */
    private static SecurityContextHolderStrategy strategyBefore;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        EmbeddedPostgres server = TestDatabase.EmbeddedPostgresHolder.server();
        String db = "twonodes" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + db);
        }
        url = server.getJdbcUrl("postgres", db);
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        nodeA = node(true);
        nodeB = node(false);
    }

    private static ConfigurableApplicationContext node(boolean demo) {
        // command-line arguments, so that they win over application.properties
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.jmx.enabled=false",
                "--gvclab.demo.enabled=" + demo,
                "--gvclab.admin-password=two-nodes-admin-password");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            node.getBean(SecurityContextHolderStrategy.class).clearContext();
        }
    }

    /** Signs in on both nodes: each context's method security reads its own (Vaadin-aware) context holder. */
    private static void signIn(String username, String role) {
        SignedIn.as(username, role);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            SecurityContextHolderStrategy strategy = node.getBean(SecurityContextHolderStrategy.class);
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(authentication);
            strategy.setContext(context);
        }
    }

    private static Map<String, Integer> allFours() {
        Map<String, Integer> m = new HashMap<>();
        CriteriaSet.FACTORS.ids().forEach(id -> m.put(id, 4));
        return m;
    }

    @Test
    void a_submission_on_node_a_reaches_a_listener_on_node_b_also_after_a_reconnect() throws Exception {
        WorkshopService serviceA = nodeA.getBean(WorkshopService.class);
        WorkshopService serviceB = nodeB.getBean(WorkshopService.class);
        assertThat(nodeA.getBean(WorkshopEventBus.class)).isInstanceOf(PostgresWorkshopEventBus.class);
        PostgresWorkshopEventBus busB = (PostgresWorkshopEventBus) nodeB.getBean(WorkshopEventBus.class);

        signIn("demo-consultant", "CONSULTANT");
        long cluster = nodeA.getBean(ClusterService.class).visible().stream()
                .filter(c -> c.nameEn().startsWith("Zhuji Datang")).findFirst().orElseThrow().id();
        WorkshopDetail w = serviceA.create(new WorkshopDraft(cluster, "Two nodes",
                List.of(ActivityDraft.factorScoring())));
        long activity = w.activities().get(0).activity().id();
        BlockingQueue<WorkshopEvent> heardOnB = new LinkedBlockingQueue<>();
        WorkshopEventBus.Subscription sub = serviceB.watch(w.id(), heardOnB::add);

        ParticipantPass pass = serviceA.join(w.joinCode(), "Node-A participant", "198.51.100.77");
        assertThat(heardOnB.poll(5, TimeUnit.SECONDS)).isEqualTo(new WorkshopEvent(w.id(), WorkshopEvent.Kind.JOINED));
        serviceA.openActivity(w.id(), activity);
        assertThat(heardOnB.poll(5, TimeUnit.SECONDS)).isEqualTo(new WorkshopEvent(w.id(), WorkshopEvent.Kind.AGENDA));

        long t0 = System.nanoTime();
        serviceA.submit(pass, activity, new FactorScores(allFours(), Map.of()));
        WorkshopEvent submitted = heardOnB.poll(5, TimeUnit.SECONDS);
        log.info("Node B heard the submission {} ms after node A began submitting",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        assertThat(submitted).isEqualTo(new WorkshopEvent(w.id(), WorkshopEvent.Kind.SUBMITTED));
        assertThat(serviceB.get(w.id()).activities().get(0).submissions()).isEqualTo(1);

        // kill node B's listening connection: it reconnects, asks its screens to reload, and hears again
        try (Connection c = nodeA.getBean(javax.sql.DataSource.class).getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where query = 'LISTEN "
                    + PostgresWorkshopEventBus.CHANNEL + "'");
        }
        assertThat(heardOnB.poll(15, TimeUnit.SECONDS)).isEqualTo(new WorkshopEvent(w.id(), WorkshopEvent.Kind.RESYNC));
        assertThat(busB.isListening()).isTrue();
        ParticipantPass second = serviceA.join(w.joinCode(), "After reconnect", "198.51.100.78");
        assertThat(heardOnB.poll(5, TimeUnit.SECONDS)).isEqualTo(new WorkshopEvent(w.id(), WorkshopEvent.Kind.JOINED));
        serviceA.submit(second, activity, new FactorScores(allFours(), Map.of()));
        assertThat(heardOnB.poll(5, TimeUnit.SECONDS)).isEqualTo(new WorkshopEvent(w.id(), WorkshopEvent.Kind.SUBMITTED));

        sub.close();
        assertThat(busB.listenerCount()).isZero();
    }
}
