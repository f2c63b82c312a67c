package org.gvclab.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.gvclab.web.db.Tables.WORKSHOP;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.gvclab.core.workshop.ActivityResult;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.FactorScores;
import org.gvclab.core.workshop.PairwiseJudgements;
import org.gvclab.core.workshop.StrategyRanking;
import org.gvclab.core.workshop.WorkshopResults;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDraft;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.UserAccounts;
import org.gvclab.web.support.AppIT;
import org.gvclab.web.support.SignedIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workshop service against the whole application on H2: set-up, joining, submissions, freezing, tenancy. */
@AppIT
class WorkshopServiceIT {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ClusterService clusters;
    @Autowired
    WorkshopEventBus bus;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAccounts users;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private Cluster cluster(String englishStart) {
        return clusters.visible().stream().filter(c -> c.nameEn().startsWith(englishStart)).findFirst().orElseThrow();
    }

    /** A cluster of Zhuji of its own, so that other tests' workshops do not show in this one's results. */
    private Cluster freshCluster() {
        SignedIn.as("demo-consultant", "CONSULTANT");
        long zhuji = cluster("Zhuji Datang").jurisdictionId();
        return clusters.create(new ClusterDraft(zhuji, "研讨会测试集群", "Workshop test cluster " + System.nanoTime(),
                null, null, null, CurrencyUnit.CNY_10K));
    }

    private WorkshopDetail newWorkshop(String title) {
        Cluster cluster = freshCluster();
        return workshops.create(new WorkshopDraft(cluster.id(), title, List.of(
                ActivityDraft.factorScoring(), ActivityDraft.ahp(CriteriaSet.OUTCOMES),
                ActivityDraft.ranking(WorkshopService.customStrategies(List.of("Socks e-commerce hub"))))));
    }

    private static Map<String, Integer> scores(int... s) {
        Map<String, Integer> m = new HashMap<>();
        List<String> ids = CriteriaSet.FACTORS.ids();
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), s[i]);
        }
        return m;
    }

    @Test
    void a_workshop_runs_from_set_up_to_frozen_results_that_feed_the_strategy_ranking() {
        WorkshopDetail w = newWorkshop("Datang upgrading workshop");
        assertThat(w.joinCode()).hasSize(9);
        assertThat(w.activities()).hasSize(3);
        assertThat(w.activities().get(2).activity().items()).extracting(c -> c.id())
                .containsExactly("S0", "S1", "S2", "S3", "S4", "C1");
        long scoring = w.activities().get(0).activity().id();
        long ahp = w.activities().get(1).activity().id();
        long ranking = w.activities().get(2).activity().id();

        ParticipantPass ann = workshops.join(JoinCode.display(w.joinCode()).toLowerCase(), "Ann", "198.51.100.1");
        ParticipantPass bo = workshops.join(w.joinCode(), "  Bo ", "198.51.100.1");
        assertThat(ann.seq()).isEqualTo(1);
        assertThat(bo.seq()).isEqualTo(2);
        assertThat(bo.displayName()).isEqualTo("Bo");
        assertThat(workshops.participantState(ann).current()).as("nothing open yet").isNull();

        workshops.openActivity(w.id(), scoring);
        assertThat(workshops.participantState(bo).current().id()).isEqualTo(scoring);
        workshops.submit(ann, scoring, new FactorScores(scores(2, 3, 4, 5, 6), Map.of("TECHNOLOGY_GAP", "no lab")));
        workshops.submit(bo, scoring, new FactorScores(scores(4, 3, 4, 5, 6), Map.of()));
        // Ann changes her mind: the latest input replaces the first
        workshops.submit(ann, scoring, new FactorScores(scores(6, 3, 4, 5, 6), Map.of()));
        assertThat(workshops.participantState(ann).own()).isEqualTo(new FactorScores(scores(6, 3, 4, 5, 6), Map.of()));

        workshops.openActivity(w.id(), ahp);
        // a late joiner lands in the open activity
        ParticipantPass cy = workshops.join(w.joinCode(), "Cy", "198.51.100.2");
        assertThat(workshops.participantState(cy).current().id()).isEqualTo(ahp);
        assertThatThrownBy(() -> workshops.submit(cy, scoring, new FactorScores(scores(1, 1, 1, 1, 1), Map.of())))
                .isInstanceOf(UserFacingException.class).hasMessage("workshop.submit.closed");
        // value added twice as important as everything, all else equal → w = 2/8 = 0.25, others 1/8
        List<Double> upper = new ArrayList<>(Collections.nCopies(21, 1.0));
        for (int j = 0; j < 6; j++) {
            upper.set(PairwiseJudgements.indexOf(0, j + 1, 7), 2.0);
        }
        workshops.submit(cy, ahp, new PairwiseJudgements(upper));
        workshops.openActivity(w.id(), ranking);
        workshops.submit(bo, ranking, new StrategyRanking(List.of("S2", "C1", "S1", "S0", "S3", "S4")));

        WorkshopResults live = workshops.liveResults(w.id());
        assertThat(live.participants()).isEqualTo(3);
        ActivityResult.Scoring s = (ActivityResult.Scoring) live.activities().get(0);
        assertThat(s.submissions()).isEqualTo(2);
        assertThat(s.distributions().get(0).mean()).isEqualTo(5.0); // (6 + 4) / 2

        String csv = new String(workshops.exportRawData(w.id(), false), java.nio.charset.StandardCharsets.UTF_8);
        // anonymised: participants by number in joining order, never by name; one row per factor, pair or strategy
        assertThat(csv).contains("\r\nP01,1,FACTOR_SCORING,TECHNOLOGY_GAP,").contains("\r\nP03,2,AHP,value_added|va_rate,")
                .contains("\r\nP02,3,STRATEGY_RANKING,S2,").doesNotContain("Ann").doesNotContain("Cy");
        assertThat(csv.split("\r\n")).hasSize(1 + 2 * 5 + 21 + 6);
        assertThat(workshops.exportRawData(w.id(), true)).startsWith(0x50, 0x4B); // a zip (xlsx) file

        WorkshopResults frozen = workshops.close(w.id());
        assertThat(frozen.closedAt()).isNotNull();
        assertThat(workshops.frozenResults(w.id())).isEqualTo(frozen);
        assertThat(workshops.notebookResults(w.id())).hasSize(6);

        var weights = workshops.latestWeights(w.clusterId(), CriteriaSet.OUTCOMES).orElseThrow();
        assertThat(weights.workshopId()).isEqualTo(w.id());
        assertThat(weights.byId().get("value_added")).isCloseTo(0.25, within(1e-9));
        assertThat(weights.byId().get("resilience")).isCloseTo(0.125, within(1e-9));
        assertThat(weights.weights().cr()).isCloseTo(0, within(1e-9));
        assertThat(workshops.latestWeights(w.clusterId(), CriteriaSet.FACTORS)).isEmpty();

        // a closed workshop accepts nothing more
        assertThatThrownBy(() -> workshops.submit(bo, ranking, new StrategyRanking(List.of("S0", "S1", "S2", "S3", "S4", "C1"))))
                .isInstanceOf(UserFacingException.class).hasMessage("workshop.submit.closed");
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "Late", "198.51.100.3"))
                .isInstanceOf(UserFacingException.class).hasMessage("workshop.join.invalid");
        assertThatThrownBy(() -> workshops.openActivity(w.id(), scoring))
                .isInstanceOf(UserFacingException.class).hasMessage("workshop.error.closed");
        assertThat(workshops.participantState(ann).closed()).isTrue();
    }

    /** Judgements over the five factor groups that contradict each other: 0 ≫ 1, 1 ≫ 2, but 2 ≫ 0. */
    private static PairwiseJudgements circular() {
        List<Double> upper = new ArrayList<>(Collections.nCopies(10, 1.0));
        upper.set(PairwiseJudgements.indexOf(0, 1, 5), 9.0);
        upper.set(PairwiseJudgements.indexOf(1, 2, 5), 9.0);
        upper.set(PairwiseJudgements.indexOf(0, 2, 5), 1.0 / 9);
        return new PairwiseJudgements(upper);
    }

    private WorkshopDetail inconsistentFactorWorkshop(String title) {
        Cluster cluster = freshCluster();
        WorkshopDetail w = workshops.create(new WorkshopDraft(cluster.id(), title,
                List.of(ActivityDraft.ahp(CriteriaSet.FACTORS))));
        long ahp = w.activities().get(0).activity().id();
        workshops.openActivity(w.id(), ahp);
        ParticipantPass p = workshops.join(w.joinCode(), "Dee", "198.51.100.20");
        assertThat(circular().ahp().consistent()).isFalse();
        workshops.submit(p, ahp, circular());
        return w;
    }

    private List<String> auditActions(long workshopId) {
        return dsl.select(org.jooq.impl.DSL.field("action", String.class))
                .from(org.jooq.impl.DSL.table("audit_log"))
                .where(org.jooq.impl.DSL.field("entity").eq("workshop"))
                .and(org.jooq.impl.DSL.field("entity_id").eq(Long.toString(workshopId)))
                .fetch(0, String.class);
    }

    @Test
    void closing_with_inconsistent_group_weights_is_refused_without_the_facilitators_decision() {
        WorkshopDetail w = inconsistentFactorWorkshop("Inconsistent weights");
        var consistency = workshops.presentation(w.id(), List.of()).consistency();
        assertThat(consistency).singleElement().satisfies(g -> {
            assertThat(g.consistent()).isFalse();
            assertThat(g.cr()).isGreaterThanOrEqualTo(0.10);
            assertThat(g.applied()).isFalse();
        });

        assertThatThrownBy(() -> workshops.close(w.id())).isInstanceOf(UserFacingException.class)
                .hasMessage("workshop.close.inconsistent");
        assertThatThrownBy(() -> workshops.close(w.id(), WeightsDecision.UNDECIDED))
                .isInstanceOf(UserFacingException.class).hasMessage("workshop.close.inconsistent");
        // nothing changed: the workshop still runs and no weights reach the lock-in index
        assertThat(workshops.get(w.id()).closed()).isFalse();
        assertThat(workshops.get(w.id()).current()).isPresent();
        assertThat(workshops.latestWeights(w.clusterId(), CriteriaSet.FACTORS)).isEmpty();
        assertThat(auditActions(w.id())).doesNotContain("apply-weights", "withhold-weights", "close");
    }

    @Test
    void inconsistent_group_weights_are_applied_only_when_the_facilitator_confirms_them_and_the_audit_says_so() {
        WorkshopDetail withheld = inconsistentFactorWorkshop("Withheld weights");
        WorkshopResults frozen = workshops.close(withheld.id(), WeightsDecision.WITHHOLD);
        assertThat(frozen.weights(CriteriaSet.FACTORS)).isPresent();
        assertThat(frozen.appliedWeights(CriteriaSet.FACTORS)).isEmpty();
        assertThat(workshops.latestWeights(withheld.clusterId(), CriteriaSet.FACTORS)).isEmpty();
        assertThat(auditActions(withheld.id())).contains("withhold-weights", "close");

        WorkshopDetail applied = inconsistentFactorWorkshop("Applied weights");
        workshops.close(applied.id(), WeightsDecision.APPLY);
        var weights = workshops.latestWeights(applied.clusterId(), CriteriaSet.FACTORS).orElseThrow();
        assertThat(weights.workshopId()).isEqualTo(applied.id());
        assertThat(weights.weights().consistent()).isFalse();
        assertThat(workshops.presentation(applied.id(), List.of()).consistency())
                .singleElement().satisfies(g -> assertThat(g.applied()).isTrue());
        assertThat(auditActions(applied.id())).contains("apply-weights", "close");
    }

    @Test
    void fifty_people_joining_and_submitting_at_the_same_moment_are_all_counted() throws Exception {
        WorkshopDetail w = newWorkshop("Burst");
        long activity = w.activities().get(0).activity().id();
        int n = 50;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ParticipantPass>> joins = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                joins.add(pool.submit(() -> {
                    start.await();
                    return workshops.join(w.joinCode(), "Burst " + k, "198.51.100." + (100 + k));
                }));
            }
            start.countDown();
            List<ParticipantPass> passes = new ArrayList<>();
            for (var f : joins) {
                passes.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(passes).extracting(ParticipantPass::seq).doesNotHaveDuplicates().hasSize(n);
            workshops.openActivity(w.id(), activity);

            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> submits = new ArrayList<>();
            for (ParticipantPass p : passes) {
                submits.add(pool.submit(() -> {
                    go.await();
                    workshops.submit(p, activity, new FactorScores(scores(1 + p.seq() % 7, 4, 4, 4, 4), Map.of()));
                    return null;
                }));
            }
            go.countDown();
            for (var f : submits) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        WorkshopResults live = workshops.liveResults(w.id());
        assertThat(live.participants()).isEqualTo(n);
        assertThat(live.activities().get(0).submissions()).isEqualTo(n);
        // seq 1…50 → scores 1 + seq mod 7: every score from 1 to 7 appears 7 or 8 times
        assertThat(((ActivityResult.Scoring) live.activities().get(0)).distributions().get(0).counts())
                .allSatisfy(c -> assertThat(c).isBetween(7, 8));
    }

    @Test
    void results_are_not_frozen_while_the_workshop_runs() {
        WorkshopDetail w = newWorkshop("Still running");
        assertThatThrownBy(() -> workshops.frozenResults(w.id())).isInstanceOf(UserFacingException.class)
                .hasMessage("workshop.error.notClosed");
    }

    @Test
    void an_expired_code_admits_nobody_and_a_new_code_replaces_it() {
        WorkshopDetail w = newWorkshop("Expiring code");
        dsl.update(WORKSHOP).set(WORKSHOP.CODE_EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .where(WORKSHOP.ID.eq(w.id())).execute();
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "Dee", "203.0.113.5"))
                .isInstanceOf(UserFacingException.class).hasMessage("workshop.join.invalid");

        WorkshopDetail renewed = workshops.newJoinCode(w.id());
        assertThat(renewed.joinCode()).isNotEqualTo(w.joinCode());
        assertThat(renewed.codeExpiresAt()).isAfter(OffsetDateTime.now().plusHours(11));
        assertThat(workshops.join(renewed.joinCode(), "Dee", "203.0.113.5").seq()).isEqualTo(1);
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "Eve", "203.0.113.5"))
                .isInstanceOf(UserFacingException.class).hasMessage("workshop.join.invalid");
    }

    @Test
    void guessing_codes_gets_an_address_blocked_even_for_the_right_code() {
        WorkshopDetail w = newWorkshop("Guarded");
        String address = "203.0.113.99";
        for (int i = 0; i < 30; i++) {
            assertThatThrownBy(() -> workshops.join("AAAAAAAAA", "Mallory", address))
                    .hasMessage("workshop.join.invalid");
        }
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "Mallory", address)).hasMessage("workshop.join.tooMany");
        assertThat(workshops.join(w.joinCode(), "Neighbour", "203.0.113.100").seq()).isEqualTo(1);
    }

    @Test
    void a_participant_pass_opens_nothing_but_its_own_workshop() {
        WorkshopDetail mine = newWorkshop("Mine");
        WorkshopDetail other = newWorkshop("Other");
        ParticipantPass pass = workshops.join(mine.joinCode(), "Fay", "198.51.100.20");
        SignedIn.clear();
        ParticipantPass forged = new ParticipantPass(other.id(), pass.participantId(), pass.jurisdictionId(), 1, "Fay");
        assertThatThrownBy(() -> workshops.participantState(forged)).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> workshops.submit(forged, other.activities().get(0).activity().id(),
                new FactorScores(scores(1, 1, 1, 1, 1), Map.of()))).isInstanceOf(NotFoundInScopeException.class);
        // without an account, no facilitator method answers
        assertThatThrownBy(() -> workshops.get(mine.id()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> workshops.liveResults(mine.id())).isInstanceOf(Exception.class);
    }

    @Test
    void workshops_are_limited_to_the_callers_jurisdictions() {
        WorkshopDetail zhuji = newWorkshop("Zhuji only");
        long zhujiCluster = zhuji.clusterId();
        String yongkangConsultant = "yk-consultant-" + System.nanoTime();
        long id = users.insert(yongkangConsultant, "Yongkang consultant", "{noop}x", Role.CONSULTANT, null,
                OffsetDateTime.now());
        SignedIn.as("demo-admin", "ADMIN");
        users.replaceMemberships(id, List.of(cluster("Yongkang").jurisdictionId()));

        SignedIn.as(yongkangConsultant, "CONSULTANT");
        assertThatThrownBy(() -> workshops.create(new WorkshopDraft(zhujiCluster, "Not mine",
                List.of(ActivityDraft.factorScoring())))).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> workshops.get(zhuji.id())).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> workshops.close(zhuji.id())).isInstanceOf(NotFoundInScopeException.class);
        assertThat(workshops.visible()).extracting(WorkshopSummary::id).doesNotContain(zhuji.id());
        assertThat(workshops.latestWeights(zhujiCluster, CriteriaSet.OUTCOMES)).isEmpty();

        SignedIn.as("demo-official", "OFFICIAL");
        assertThatThrownBy(() -> workshops.get(zhuji.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // an official of Zhuji may read (not run) its workshops' results once they are frozen
        assertThatThrownBy(() -> workshops.frozenResults(zhuji.id())).isInstanceOf(UserFacingException.class)
                .hasMessage("workshop.error.notClosed");
    }

    @Test
    void listeners_hear_joins_and_submissions_after_commit() throws Exception {
        WorkshopDetail w = newWorkshop("Events");
        List<WorkshopEvent> heard = new CopyOnWriteArrayList<>();
        WorkshopEventBus.Subscription sub = workshops.watch(w.id(), heard::add);
        ParticipantPass p = workshops.join(w.joinCode(), "Gil", "198.51.100.30");
        workshops.openActivity(w.id(), w.activities().get(0).activity().id());
        workshops.submit(p, w.activities().get(0).activity().id(), new FactorScores(scores(1, 2, 3, 4, 5), Map.of()));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (heard.size() < 3 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(heard).extracting(WorkshopEvent::kind).containsExactly(WorkshopEvent.Kind.JOINED,
                WorkshopEvent.Kind.AGENDA, WorkshopEvent.Kind.SUBMITTED);
        sub.close();
        assertThat(bus).isInstanceOf(LocalWorkshopEventBus.class);
    }
}
