package org.gvclab.web.workshop;

import static org.gvclab.web.db.Tables.INDUSTRY_CLUSTER;
import static org.gvclab.web.db.Tables.WORKSHOP;
import static org.gvclab.web.db.Tables.WORKSHOP_ACTIVITY;
import static org.gvclab.web.db.Tables.WORKSHOP_PARTICIPANT;
import static org.gvclab.web.db.Tables.WORKSHOP_SUBMISSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.workshop.ActivityKind;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.web.base.Unscoped;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Stores workshops, their activities, participants and submissions. Facilitators' methods take the caller's
 * {@link TenantScope}; participants' methods take their {@link ParticipantPass}, which limits them to their own
 * workshop (and jurisdiction) and, for inputs, to their own rows. The one unscoped read is the lookup by join
 * code: the code is the participant's credential.
 */
@Repository
class WorkshopRepository {

    private final DSLContext dsl;

    WorkshopRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record WorkshopRow(long id, long jurisdictionId, long clusterId, LocalizedText clusterName, String title,
                       String facilitator, @Nullable String joinCode, @Nullable OffsetDateTime codeExpiresAt,
                       WorkshopStatus status, @Nullable Long currentActivity, OffsetDateTime createdAt,
                       @Nullable OffsetDateTime closedAt, @Nullable String resultsJson, int version) {

        /**
         * The scope of this workshop's own jurisdiction, for its activities, participants and inputs: the row was
         * found in the caller's scope (a facilitator) or through a pass (a participant), so this scope is never wider
         * than the caller's.
         */
        TenantScope scope() {
            return new TenantScope(0, "workshop " + id, Role.OFFICIAL, Set.of(jurisdictionId));
        }
    }

    record ActivityRow(long id, int position, ActivityKind kind, @Nullable CriteriaSet criteriaSet, String itemsJson,
                       ActivityState state) {
    }

    record SubmissionRow(long activityId, long participantId, int seq, String payloadJson,
                         OffsetDateTime submittedAt) {
    }

    // ---- facilitators (tenant scope) ----

    long insertWorkshop(TenantScope scope, long jurisdictionId, long clusterId, String title, String facilitator,
                        String code, OffsetDateTime expires, OffsetDateTime now) {
        return dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.JURISDICTION_ID, jurisdictionId)
                .set(WORKSHOP.CLUSTER_ID, clusterId)
                .set(WORKSHOP.TITLE, title)
                .set(WORKSHOP.FACILITATOR, facilitator)
                .set(WORKSHOP.JOIN_CODE, code)
                .set(WORKSHOP.CODE_EXPIRES_AT, expires)
                .set(WORKSHOP.STATUS, WorkshopStatus.OPEN.name())
                .set(WORKSHOP.CREATED_AT, now)
                .returning(WORKSHOP.ID)
                .fetchSingle(WORKSHOP.ID);
    }

    void insertActivity(TenantScope scope, long workshopId, long jurisdictionId, int position, ActivityKind kind,
                        @Nullable CriteriaSet set, String itemsJson) {
        dsl.insertInto(WORKSHOP_ACTIVITY)
                .set(WORKSHOP_ACTIVITY.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_ACTIVITY.JURISDICTION_ID, jurisdictionId)
                .set(WORKSHOP_ACTIVITY.AGENDA_POS, position)
                .set(WORKSHOP_ACTIVITY.KIND, kind.name())
                .set(WORKSHOP_ACTIVITY.CRITERIA_SET, set == null ? null : set.name())
                .set(WORKSHOP_ACTIVITY.ITEMS_JSON, itemsJson)
                .set(WORKSHOP_ACTIVITY.STATE, ActivityState.PENDING.name())
                .execute();
    }

    Optional<WorkshopRow> find(TenantScope scope, long id) {
        return selectWorkshops(WORKSHOP.ID.eq(id).and(scope.covers(WORKSHOP.JURISDICTION_ID))).stream()
                .findFirst();
    }

    /** The row, locked until the transaction ends (serialises joins and state changes of one workshop). */
    Optional<WorkshopRow> findForUpdate(TenantScope scope, long id) {
        lock(scope, id);
        return find(scope, id);
    }

    List<WorkshopRow> findAll(TenantScope scope) {
        return selectWorkshops(scope.covers(WORKSHOP.JURISDICTION_ID));
    }

    /** Closed workshops of a cluster, the most recently closed first. */
    List<WorkshopRow> closedOfCluster(TenantScope scope, long clusterId) {
        return selectWorkshops(WORKSHOP.CLUSTER_ID.eq(clusterId).and(WORKSHOP.STATUS.eq(WorkshopStatus.CLOSED.name()))
                .and(scope.covers(WORKSHOP.JURISDICTION_ID)));
    }

    List<ActivityRow> activities(TenantScope scope, long workshopId) {
        return dsl.select(WORKSHOP_ACTIVITY.ID, WORKSHOP_ACTIVITY.AGENDA_POS, WORKSHOP_ACTIVITY.KIND,
                        WORKSHOP_ACTIVITY.CRITERIA_SET, WORKSHOP_ACTIVITY.ITEMS_JSON, WORKSHOP_ACTIVITY.STATE)
                .from(WORKSHOP_ACTIVITY)
                .where(WORKSHOP_ACTIVITY.WORKSHOP_ID.eq(workshopId)
                        .and(scope.covers(WORKSHOP_ACTIVITY.JURISDICTION_ID)))
                .orderBy(WORKSHOP_ACTIVITY.AGENDA_POS)
                .fetch(r -> new ActivityRow(r.value1(), r.value2(), ActivityKind.valueOf(r.value3()),
                        r.value4() == null ? null : CriteriaSet.valueOf(r.value4()), r.value5(),
                        ActivityState.valueOf(r.value6())));
    }

    Map<Long, Integer> submissionCounts(TenantScope scope, long workshopId) {
        return dsl.select(WORKSHOP_SUBMISSION.ACTIVITY_ID, DSL.count())
                .from(WORKSHOP_SUBMISSION)
                .where(WORKSHOP_SUBMISSION.WORKSHOP_ID.eq(workshopId)
                        .and(scope.covers(WORKSHOP_SUBMISSION.JURISDICTION_ID)))
                .groupBy(WORKSHOP_SUBMISSION.ACTIVITY_ID)
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    int participantCount(TenantScope scope, long workshopId) {
        return dsl.fetchCount(WORKSHOP_PARTICIPANT, WORKSHOP_PARTICIPANT.WORKSHOP_ID.eq(workshopId)
                .and(scope.covers(WORKSHOP_PARTICIPANT.JURISDICTION_ID)));
    }

    /** Every submission of a workshop with its participant's number (never the name). */
    List<SubmissionRow> submissions(TenantScope scope, long workshopId) {
        return dsl.select(WORKSHOP_SUBMISSION.ACTIVITY_ID, WORKSHOP_SUBMISSION.PARTICIPANT_ID, WORKSHOP_PARTICIPANT.SEQ,
                        WORKSHOP_SUBMISSION.PAYLOAD_JSON, WORKSHOP_SUBMISSION.SUBMITTED_AT)
                .from(WORKSHOP_SUBMISSION)
                .join(WORKSHOP_PARTICIPANT).on(WORKSHOP_PARTICIPANT.ID.eq(WORKSHOP_SUBMISSION.PARTICIPANT_ID))
                .where(WORKSHOP_SUBMISSION.WORKSHOP_ID.eq(workshopId)
                        .and(scope.covers(WORKSHOP_SUBMISSION.JURISDICTION_ID)))
                .orderBy(WORKSHOP_SUBMISSION.ACTIVITY_ID, WORKSHOP_PARTICIPANT.SEQ)
                .fetch(r -> new SubmissionRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    void setActivityState(TenantScope scope, long workshopId, long activityId, ActivityState state) {
        dsl.update(WORKSHOP_ACTIVITY).set(WORKSHOP_ACTIVITY.STATE, state.name())
                .where(WORKSHOP_ACTIVITY.ID.eq(activityId).and(WORKSHOP_ACTIVITY.WORKSHOP_ID.eq(workshopId))
                        .and(scope.covers(WORKSHOP_ACTIVITY.JURISDICTION_ID)))
                .execute();
    }

    /** Closes every open activity of a workshop. */
    void closeOpenActivities(TenantScope scope, long workshopId) {
        dsl.update(WORKSHOP_ACTIVITY).set(WORKSHOP_ACTIVITY.STATE, ActivityState.CLOSED.name())
                .where(WORKSHOP_ACTIVITY.WORKSHOP_ID.eq(workshopId)
                        .and(scope.covers(WORKSHOP_ACTIVITY.JURISDICTION_ID))
                        .and(WORKSHOP_ACTIVITY.STATE.eq(ActivityState.OPEN.name())))
                .execute();
    }

    void setCurrentActivity(TenantScope scope, long workshopId, @Nullable Long activityId) {
        dsl.update(WORKSHOP).set(WORKSHOP.CURRENT_ACTIVITY, activityId).set(WORKSHOP.VERSION, WORKSHOP.VERSION.plus(1))
                .where(WORKSHOP.ID.eq(workshopId).and(scope.covers(WORKSHOP.JURISDICTION_ID)))
                .execute();
    }

    void updateCode(TenantScope scope, long workshopId, String code, OffsetDateTime expires) {
        dsl.update(WORKSHOP).set(WORKSHOP.JOIN_CODE, code).set(WORKSHOP.CODE_EXPIRES_AT, expires)
                .set(WORKSHOP.VERSION, WORKSHOP.VERSION.plus(1))
                .where(WORKSHOP.ID.eq(workshopId).and(scope.covers(WORKSHOP.JURISDICTION_ID)))
                .execute();
    }

    /** Freezes a workshop: status CLOSED, results stored, join code withdrawn. */
    void close(TenantScope scope, long workshopId, String resultsJson, OffsetDateTime now) {
        dsl.update(WORKSHOP)
                .set(WORKSHOP.STATUS, WorkshopStatus.CLOSED.name())
                .set(WORKSHOP.RESULTS_JSON, resultsJson)
                .set(WORKSHOP.CLOSED_AT, now)
                .setNull(WORKSHOP.JOIN_CODE)
                .setNull(WORKSHOP.CURRENT_ACTIVITY)
                .set(WORKSHOP.VERSION, WORKSHOP.VERSION.plus(1))
                .where(WORKSHOP.ID.eq(workshopId).and(scope.covers(WORKSHOP.JURISDICTION_ID))
                        .and(WORKSHOP.STATUS.eq(WorkshopStatus.OPEN.name())))
                .execute();
    }

    @Unscoped("join codes are unique across all jurisdictions, so the check must see every one")
    boolean codeInUse(String code) {
        return dsl.fetchExists(WORKSHOP, WORKSHOP.JOIN_CODE.eq(code));
    }

    // ---- participants (join code, then participant pass) ----

    /** The workshop a join code belongs to, whatever its state (the caller checks status and expiry). */
    @Unscoped("a participant has no account: the join code finds the workshop, whose jurisdiction scopes the rest")
    Optional<WorkshopRow> findByCode(String code) {
        return selectWorkshops(WORKSHOP.JOIN_CODE.eq(code)).stream().findFirst();
    }

    /** The participant's workshop, locked for the transaction when {@code lock}. */
    @Unscoped("a participant has no account: the pass (workshop, jurisdiction, participant) is checked instead")
    Optional<WorkshopRow> findForParticipant(ParticipantPass pass, boolean lock) {
        if (lock) {
            lockRow(pass.workshopId());
        }
        return selectWorkshops(WORKSHOP.ID.eq(pass.workshopId()).and(WORKSHOP.JURISDICTION_ID.eq(pass.jurisdictionId()))
                .andExists(DSL.selectOne().from(WORKSHOP_PARTICIPANT).where(WORKSHOP_PARTICIPANT.ID
                        .eq(pass.participantId()).and(WORKSHOP_PARTICIPANT.WORKSHOP_ID.eq(pass.workshopId())))))
                .stream().findFirst();
    }

    /** Adds a participant to a workshop whose row the caller has locked; returns the id and number. */
    long[] insertParticipant(TenantScope scope, long workshopId, long jurisdictionId, String displayName,
                             OffsetDateTime now) {
        Integer max = dsl.select(DSL.max(WORKSHOP_PARTICIPANT.SEQ)).from(WORKSHOP_PARTICIPANT)
                .where(WORKSHOP_PARTICIPANT.WORKSHOP_ID.eq(workshopId)
                        .and(scope.covers(WORKSHOP_PARTICIPANT.JURISDICTION_ID))).fetchOne(0, Integer.class);
        int seq = max == null ? 1 : max + 1;
        long id = dsl.insertInto(WORKSHOP_PARTICIPANT)
                .set(WORKSHOP_PARTICIPANT.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_PARTICIPANT.JURISDICTION_ID, jurisdictionId)
                .set(WORKSHOP_PARTICIPANT.SEQ, seq)
                .set(WORKSHOP_PARTICIPANT.DISPLAY_NAME, displayName)
                .set(WORKSHOP_PARTICIPANT.JOINED_AT, now)
                .returning(WORKSHOP_PARTICIPANT.ID)
                .fetchSingle(WORKSHOP_PARTICIPANT.ID);
        return new long[] {id, seq};
    }

    /** The participant's own latest input to an activity. */
    @Unscoped("a participant has no account: the pass (workshop, jurisdiction, participant) is checked instead")
    Optional<String> ownSubmission(ParticipantPass pass, long activityId) {
        return dsl.select(WORKSHOP_SUBMISSION.PAYLOAD_JSON).from(WORKSHOP_SUBMISSION)
                .where(WORKSHOP_SUBMISSION.ACTIVITY_ID.eq(activityId)
                        .and(WORKSHOP_SUBMISSION.PARTICIPANT_ID.eq(pass.participantId()))
                        .and(WORKSHOP_SUBMISSION.WORKSHOP_ID.eq(pass.workshopId()))
                        .and(WORKSHOP_SUBMISSION.JURISDICTION_ID.eq(pass.jurisdictionId())))
                .fetchOptional(WORKSHOP_SUBMISSION.PAYLOAD_JSON);
    }

    /** Stores or replaces the participant's input to an activity. */
    @Unscoped("a participant has no account: the pass (workshop, jurisdiction, participant) is checked instead")
    void saveSubmission(ParticipantPass pass, long activityId, String payloadJson, OffsetDateTime now) {
        Map<Field<?>, Object> input = Map.of(WORKSHOP_SUBMISSION.PAYLOAD_JSON, payloadJson,
                WORKSHOP_SUBMISSION.SUBMITTED_AT, now);
        int updated = dsl.update(WORKSHOP_SUBMISSION)
                .set(input)
                .where(WORKSHOP_SUBMISSION.ACTIVITY_ID.eq(activityId)
                        .and(WORKSHOP_SUBMISSION.PARTICIPANT_ID.eq(pass.participantId()))
                        .and(WORKSHOP_SUBMISSION.JURISDICTION_ID.eq(pass.jurisdictionId())))
                .execute();
        if (updated == 0) {
            dsl.insertInto(WORKSHOP_SUBMISSION)
                    .set(WORKSHOP_SUBMISSION.ACTIVITY_ID, activityId)
                    .set(WORKSHOP_SUBMISSION.WORKSHOP_ID, pass.workshopId())
                    .set(WORKSHOP_SUBMISSION.PARTICIPANT_ID, pass.participantId())
                    .set(WORKSHOP_SUBMISSION.JURISDICTION_ID, pass.jurisdictionId())
                    .set(input)
                    .execute();
        }
    }

    /** Locks a workshop's row until the transaction ends: serialises joins and state changes of one workshop. */
    void lock(TenantScope scope, long workshopId) {
        dsl.select(WORKSHOP.ID).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId))
                .and(scope.covers(WORKSHOP.JURISDICTION_ID)).forUpdate().fetch();
    }

    private void lockRow(long workshopId) {
        dsl.select(WORKSHOP.ID).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId)).forUpdate().fetch();
    }

    private List<WorkshopRow> selectWorkshops(Condition where) {
        var query = dsl.select(WORKSHOP.ID, WORKSHOP.JURISDICTION_ID, WORKSHOP.CLUSTER_ID, INDUSTRY_CLUSTER.NAME_ZH,
                        INDUSTRY_CLUSTER.NAME_EN, WORKSHOP.TITLE, WORKSHOP.FACILITATOR, WORKSHOP.JOIN_CODE,
                        WORKSHOP.CODE_EXPIRES_AT, WORKSHOP.STATUS, WORKSHOP.CURRENT_ACTIVITY, WORKSHOP.CREATED_AT,
                        WORKSHOP.CLOSED_AT, WORKSHOP.RESULTS_JSON, WORKSHOP.VERSION)
                .from(WORKSHOP).join(INDUSTRY_CLUSTER).on(INDUSTRY_CLUSTER.ID.eq(WORKSHOP.CLUSTER_ID))
                .where(where)
                .orderBy(WORKSHOP.CLOSED_AT.desc().nullsFirst(), WORKSHOP.CREATED_AT.desc(), WORKSHOP.ID.desc());
        return query.fetch().stream().map(WorkshopRepository::toRow).toList();
    }

    private static WorkshopRow toRow(Record r) {
        return new WorkshopRow(r.get(WORKSHOP.ID), r.get(WORKSHOP.JURISDICTION_ID), r.get(WORKSHOP.CLUSTER_ID),
                new LocalizedText(r.get(INDUSTRY_CLUSTER.NAME_ZH), r.get(INDUSTRY_CLUSTER.NAME_EN)),
                r.get(WORKSHOP.TITLE), r.get(WORKSHOP.FACILITATOR), r.get(WORKSHOP.JOIN_CODE),
                r.get(WORKSHOP.CODE_EXPIRES_AT), WorkshopStatus.valueOf(r.get(WORKSHOP.STATUS)),
                r.get(WORKSHOP.CURRENT_ACTIVITY), r.get(WORKSHOP.CREATED_AT), r.get(WORKSHOP.CLOSED_AT),
                r.get(WORKSHOP.RESULTS_JSON), r.get(WORKSHOP.VERSION));
    }
}
