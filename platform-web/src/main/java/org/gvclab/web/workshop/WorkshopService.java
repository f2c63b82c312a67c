package org.gvclab.web.workshop;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.workshop.Activity;
import org.gvclab.core.workshop.ActivityResult;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.Criterion;
import org.gvclab.core.workshop.InvalidSubmissionException;
import org.gvclab.core.workshop.RawData;
import org.gvclab.core.workshop.Submission;
import org.gvclab.core.workshop.WorkshopAggregation;
import org.gvclab.core.workshop.WorkshopNotebook;
import org.gvclab.core.workshop.WorkshopResults;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.gvclab.web.workshop.WorkshopRepository.ActivityRow;
import org.gvclab.web.workshop.WorkshopRepository.SubmissionRow;
import org.gvclab.web.workshop.WorkshopRepository.WorkshopRow;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workshops: facilitators (consultants and administrators, within their jurisdictions) set them up, open and close
 * activities, watch live results and close them, which freezes the results; participants join by code without an
 * account and submit their own inputs; notebooks and the strategy ranking read the frozen results.
 */
@Service
public class WorkshopService {

    /** The longest display name a participant may give. */
    public static final int MAX_NAME = 40;
    private static final int CODE_ATTEMPTS = 10;

    private final WorkshopRepository repository;
    private final ClusterService clusters;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final WorkshopEventBus bus;
    private final JoinRateLimiter limiter;
    private final WorkshopProperties properties;
    private final Clock clock;

    public WorkshopService(WorkshopRepository repository, ClusterService clusters, CurrentUser currentUser,
                           AuditLog audit, WorkshopEventBus bus, JoinRateLimiter limiter,
                           WorkshopProperties properties, Clock clock) {
        this.repository = repository;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.audit = audit;
        this.bus = bus;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ facilitators

    /** The workshops of the caller's jurisdictions, running ones first. */
    @Transactional(readOnly = true)
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public List<WorkshopSummary> visible() {
        TenantScope scope = currentUser.scope();
        return repository.findAll(scope).stream().map(w -> new WorkshopSummary(w.id(), w.clusterId(), w.clusterName(),
                w.title(), w.facilitator(), w.status(), w.createdAt(), w.closedAt(),
                repository.participantCount(w.scope(), w.id()))).toList();
    }

    /** Custom strategies typed by the facilitator (one name each) as criteria C1, C2, …; validated. */
    public static List<Criterion> customStrategies(List<String> names) {
        List<Criterion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > WorkshopDraft.MAX_STRATEGY_NAME || !seen.add(name)) {
                throw new UserFacingException("workshop.error.strategies", WorkshopDraft.MAX_CUSTOM_STRATEGIES,
                        WorkshopDraft.MAX_STRATEGY_NAME);
            }
            out.add(new Criterion("C" + (out.size() + 1), LocalizedText.of(name)));
        }
        if (out.size() > WorkshopDraft.MAX_CUSTOM_STRATEGIES) {
            throw new UserFacingException("workshop.error.strategies", WorkshopDraft.MAX_CUSTOM_STRATEGIES,
                    WorkshopDraft.MAX_STRATEGY_NAME);
        }
        return List.copyOf(out);
    }

    /** Creates a workshop for a cluster of the caller's jurisdictions, with a fresh join code. */
    @Transactional
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopDetail create(WorkshopDraft draft) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = clusters.get(draft.clusterId());
        if (!scope.canWrite(cluster.jurisdictionId())) {
            throw new NotFoundInScopeException("cluster", draft.clusterId());
        }
        String title = draft.title().strip();
        if (title.isEmpty() || title.length() > WorkshopDraft.MAX_TITLE) {
            throw new UserFacingException("workshop.error.title", WorkshopDraft.MAX_TITLE);
        }
        if (draft.agenda().isEmpty()) {
            throw new UserFacingException("workshop.error.agenda");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insertWorkshop(scope, cluster.jurisdictionId(), cluster.id(), title, scope.username(),
                freshCode(), now.plus(properties.codeValidity()), now);
        int position = 1;
        for (ActivityDraft a : draft.agenda()) {
            // checks the combination (an AHP needs a criteria set, strategies at least two, …)
            new Activity(0, position, a.kind(), a.criteriaSet(), a.items());
            repository.insertActivity(scope, id, cluster.jurisdictionId(), position++, a.kind(), a.criteriaSet(),
                    WorkshopJson.write(a.items()));
        }
        WorkshopDetail created = detail(scope, id);
        audit.record(scope.username(), cluster.jurisdictionId(), "workshop", id, "create", null,
                Map.of("title", title, "clusterId", cluster.id(), "activities", draft.agenda().size()));
        return created;
    }

    /** A workshop of the caller's jurisdictions. */
    @Transactional(readOnly = true)
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopDetail get(long id) {
        return detail(currentUser.scope(), id);
    }

    /** Opens an activity (closing the one open before); participants' screens switch to it. */
    @Transactional
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopDetail openActivity(long workshopId, long activityId) {
        TenantScope scope = currentUser.scope();
        WorkshopRow w = runningForUpdate(scope, workshopId);
        requireActivity(w, activityId);
        repository.closeOpenActivities(w.scope(), w.id());
        repository.setActivityState(w.scope(), w.id(), activityId, ActivityState.OPEN);
        repository.setCurrentActivity(scope, w.id(), activityId);
        audit.record(scope.username(), w.jurisdictionId(), "workshop", w.id(), "open-activity", null,
                Map.of("activityId", activityId));
        bus.publish(new WorkshopEvent(w.id(), WorkshopEvent.Kind.AGENDA));
        return detail(scope, w.id());
    }

    /** Closes an activity: it accepts no more input. */
    @Transactional
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopDetail closeActivity(long workshopId, long activityId) {
        TenantScope scope = currentUser.scope();
        WorkshopRow w = runningForUpdate(scope, workshopId);
        requireActivity(w, activityId);
        repository.setActivityState(w.scope(), w.id(), activityId, ActivityState.CLOSED);
        if (Long.valueOf(activityId).equals(w.currentActivity())) {
            repository.setCurrentActivity(scope, w.id(), null);
        }
        audit.record(scope.username(), w.jurisdictionId(), "workshop", w.id(), "close-activity", null,
                Map.of("activityId", activityId));
        bus.publish(new WorkshopEvent(w.id(), WorkshopEvent.Kind.AGENDA));
        return detail(scope, w.id());
    }

    /** Replaces the join code (the old one stops working at once) and restarts its validity. */
    @Transactional
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopDetail newJoinCode(long workshopId) {
        TenantScope scope = currentUser.scope();
        WorkshopRow w = runningForUpdate(scope, workshopId);
        repository.updateCode(scope, w.id(), freshCode(), OffsetDateTime.now(clock).plus(properties.codeValidity()));
        audit.record(scope.username(), w.jurisdictionId(), "workshop", w.id(), "new-code", null, null);
        bus.publish(new WorkshopEvent(w.id(), WorkshopEvent.Kind.AGENDA));
        return detail(scope, w.id());
    }

    /**
     * Closes the workshop: every activity closes, the join code is withdrawn and the results are computed once and
     * stored (frozen). From then on it accepts nothing more.
     */
    @Transactional
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopResults close(long workshopId) {
        return close(workshopId, WeightsDecision.UNDECIDED);
    }

    /**
     * Closes the workshop ({@link #close(long)}) with the facilitator's decision about inconsistent group weights: AHP
     * group weights with CR ≥ 0.10 are applied to the lock-in driver composite or the strategy ranking only when the
     * facilitator confirms them ({@link WeightsDecision#APPLY}, recorded in the audit trail with the CR); withheld
     * ones are frozen with the results but never applied.
     *
     * @throws UserFacingException {@code workshop.close.inconsistent} (nothing changes) when any group weights are
     *                             inconsistent and no decision was given
     */
    @Transactional
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopResults close(long workshopId, WeightsDecision decision) {
        TenantScope scope = currentUser.scope();
        WorkshopRow w = runningForUpdate(scope, workshopId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        WorkshopResults frozen = compute(w, now);
        List<ActivityResult.Weighting> inconsistent = frozen.inconsistentWeightings();
        if (!inconsistent.isEmpty()) {
            String crs = String.join(", ", inconsistent.stream().map(a -> crText(a.group().cr())).toList());
            if (decision == WeightsDecision.UNDECIDED) {
                throw new UserFacingException("workshop.close.inconsistent", crs);
            }
            List<Long> ids = inconsistent.stream().map(ActivityResult.Weighting::activityId).toList();
            if (decision == WeightsDecision.APPLY) {
                frozen = frozen.confirming(ids);
            }
            audit.record(scope.username(), w.jurisdictionId(), "workshop", w.id(),
                    decision == WeightsDecision.APPLY ? "apply-weights" : "withhold-weights",
                    null, Map.of("activities", ids, "cr", crs));
        }
        repository.closeOpenActivities(w.scope(), w.id());
        repository.close(scope, w.id(), WorkshopJson.write(frozen), now);
        audit.record(scope.username(), w.jurisdictionId(), "workshop", w.id(), "close", null,
                Map.of("participants", frozen.participants()));
        bus.publish(new WorkshopEvent(w.id(), WorkshopEvent.Kind.CLOSED));
        return frozen;
    }

    /** The results as they stand: live while the workshop runs, the frozen ones once it is closed. */
    @Transactional(readOnly = true)
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopResults liveResults(long workshopId) {
        WorkshopRow w = repository.find(currentUser.scope(), workshopId)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", workshopId));
        return w.status() == WorkshopStatus.CLOSED ? WorkshopJson.results(requireResults(w)) : compute(w, null);
    }

    /**
     * The results as they stand ({@link #liveResults}) of the given activities (all when {@code activityIds} is
     * empty), as tables and charts.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopPresentation presentation(long workshopId, List<Long> activityIds) {
        WorkshopResults results = liveResults(workshopId);
        List<ActivityResult> selected = results.activities().stream()
                .filter(a -> activityIds.isEmpty() || activityIds.contains(a.activityId())).toList();
        List<GroupConsistency> consistency = new ArrayList<>();
        for (ActivityResult a : selected) {
            if (a instanceof ActivityResult.Weighting weighting && weighting.group() != null) {
                boolean ok = weighting.group().consistent();
                consistency.add(new GroupConsistency(a.activityId(), weighting.criteriaSet(), weighting.group().cr(),
                        ok, ok || results.confirmedInconsistent().contains(a.activityId())));
            }
        }
        return new WorkshopPresentation(selected.stream().map(ActivityResult::activityId).toList(),
                WorkshopNotebook.results(new WorkshopResults(results.workshopId(), results.clusterId(),
                        results.title(), results.participants(), results.closedAt(), selected)), consistency);
    }

    /** The anonymised raw data (participants as P01, P02, … in joining order; no names) as CSV or Excel. */
    @Transactional(readOnly = true)
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public byte[] exportRawData(long workshopId, boolean excel) {
        TenantScope scope = currentUser.scope();
        WorkshopRow w = repository.find(scope, workshopId)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", workshopId));
        Map<Long, Activity> activities = new LinkedHashMap<>();
        for (ActivityRow a : repository.activities(w.scope(), w.id())) {
            activities.put(a.id(), toActivity(a));
        }
        List<RawData.Entry> entries = new ArrayList<>();
        for (SubmissionRow s : repository.submissions(w.scope(), w.id())) {
            entries.add(new RawData.Entry(s.seq(), activities.get(s.activityId()),
                    WorkshopJson.submission(s.payloadJson()), s.submittedAt().toInstant()));
        }
        entries.sort(java.util.Comparator.comparingInt((RawData.Entry e) -> e.activity().position())
                .thenComparingInt(RawData.Entry::participant));
        audit.record(scope.username(), w.jurisdictionId(), "workshop", w.id(), "export", null,
                Map.of("format", excel ? "xlsx" : "csv"));
        List<RawData.Row> rows = RawData.rows(entries);
        return excel ? RawData.xlsx(rows) : RawData.csv(rows);
    }

    /**
     * Calls {@code listener} (on a bus thread) whenever the workshop changes, on any node, until the subscription is
     * closed. Facilitators' screens; the caller must be able to read the workshop.
     */
    @RolesAllowed({"CONSULTANT", "ADMIN"})
    public WorkshopEventBus.Subscription watch(long workshopId, Consumer<WorkshopEvent> listener) {
        repository.find(currentUser.scope(), workshopId)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", workshopId));
        return bus.subscribe(workshopId, listener);
    }

    // ------------------------------------------------------------------ notebooks and strategy ranking

    /**
     * The frozen results of a closed workshop of the caller's jurisdictions (the workshop-results notebook cell).
     *
     * @throws NotFoundInScopeException when it does not exist or lies outside the caller's jurisdictions
     * @throws UserFacingException      ({@code workshop.error.notClosed}) while it still runs
     */
    @Transactional(readOnly = true)
    public WorkshopResults frozenResults(long workshopId) {
        WorkshopRow w = repository.find(currentUser.scope(), workshopId)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", workshopId));
        if (w.status() != WorkshopStatus.CLOSED) {
            throw new UserFacingException("workshop.error.notClosed", w.title());
        }
        return WorkshopJson.results(requireResults(w));
    }

    /** The frozen results as notebook results: per activity a table and a chart ({@link WorkshopNotebook}). */
    @Transactional(readOnly = true)
    public List<CellResult> notebookResults(long workshopId) {
        return WorkshopNotebook.results(frozenResults(workshopId));
    }

    /**
     * The applied group AHP weights over {@code set} (consistent, or inconsistent and confirmed by the facilitator)
     * of the cluster's most recently closed workshop that weighted it, for the
     * strategy ranking ({@link CriteriaSet#OUTCOMES}) or the lock-in index ({@link CriteriaSet#FACTORS}); empty when
     * no closed workshop of the cluster (in the caller's jurisdictions) did.
     */
    @Transactional(readOnly = true)
    public Optional<WorkshopWeights> latestWeights(long clusterId, CriteriaSet set) {
        for (WorkshopRow w : repository.closedOfCluster(currentUser.scope(), clusterId)) {
            if (w.resultsJson() == null || w.closedAt() == null) {
                continue;
            }
            // inconsistent group weights count only when the facilitator confirmed them on closing
            var weights = WorkshopJson.results(w.resultsJson()).appliedWeights(set);
            if (weights.isPresent()) {
                return Optional.of(new WorkshopWeights(w.id(), w.title(), w.closedAt().toInstant(), set, weights.get()));
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ participants (no account)

    /**
     * Joins a running workshop by its code under a display name. Limited per client address
     * ({@link JoinRateLimiter}); an unknown, withdrawn or expired code and a closed workshop get the same answer.
     *
     * @param address the client's address, for rate limiting
     */
    @Transactional
    public ParticipantPass join(String code, String displayName, String address) {
        if (!limiter.tryAcquire(address)) {
            throw new UserFacingException("workshop.join.tooMany");
        }
        String name = displayName.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new UserFacingException("workshop.join.nameInvalid", MAX_NAME);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String normalised = JoinCode.normalise(code);
        Optional<WorkshopRow> found = normalised.length() == JoinCode.LENGTH ? repository.findByCode(normalised)
                : Optional.empty();
        if (found.isEmpty() || found.get().status() != WorkshopStatus.OPEN || found.get().codeExpiresAt() == null
                || !found.get().codeExpiresAt().isAfter(now)) {
            limiter.recordFailure(address);
            throw new UserFacingException("workshop.join.invalid");
        }
        WorkshopRow w = found.get();
        repository.lock(w.scope(), w.id());
        if (repository.participantCount(w.scope(), w.id()) >= properties.maxParticipants()) {
            throw new UserFacingException("workshop.join.full");
        }
        long[] idAndSeq = repository.insertParticipant(w.scope(), w.id(), w.jurisdictionId(), name, now);
        bus.publish(new WorkshopEvent(w.id(), WorkshopEvent.Kind.JOINED));
        return new ParticipantPass(w.id(), idAndSeq[0], w.jurisdictionId(), (int) idAndSeq[1], name);
    }

    /** What the participant's page shows: the open activity and only their own input to it. */
    @Transactional(readOnly = true)
    public ParticipantState participantState(ParticipantPass pass) {
        WorkshopRow w = repository.findForParticipant(pass, false)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", pass.workshopId()));
        Activity current = null;
        Submission own = null;
        if (w.status() == WorkshopStatus.OPEN && w.currentActivity() != null) {
            for (ActivityRow a : repository.activities(w.scope(), w.id())) {
                if (a.id() == w.currentActivity() && a.state() == ActivityState.OPEN) {
                    current = toActivity(a);
                    own = repository.ownSubmission(pass, a.id()).map(WorkshopJson::submission).orElse(null);
                }
            }
        }
        return new ParticipantState(w.title(), w.clusterName(), pass.displayName(), w.status() == WorkshopStatus.CLOSED,
                current, own);
    }

    /**
     * Stores (or replaces) the participant's input to the open activity.
     *
     * @throws UserFacingException {@code workshop.submit.closed} when the activity or the workshop is no longer open,
     *                             {@code workshop.submit.invalid} when the input does not fit the activity
     */
    @Transactional
    public void submit(ParticipantPass pass, long activityId, Submission submission) {
        WorkshopRow w = repository.findForParticipant(pass, true)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", pass.workshopId()));
        ActivityRow activity = repository.activities(w.scope(), w.id()).stream()
                .filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundInScopeException("activity", activityId));
        if (w.status() != WorkshopStatus.OPEN || activity.state() != ActivityState.OPEN) {
            throw new UserFacingException("workshop.submit.closed");
        }
        try {
            if (submission.kind() != activity.kind()) {
                throw new InvalidSubmissionException("a " + submission.kind() + " input for a " + activity.kind()
                        + " activity");
            }
            submission.validate(toActivity(activity).itemIds());
        } catch (InvalidSubmissionException e) {
            throw new UserFacingException("workshop.submit.invalid", e.getMessage());
        }
        repository.saveSubmission(pass, activityId, WorkshopJson.write(submission), OffsetDateTime.now(clock));
        bus.publish(new WorkshopEvent(w.id(), WorkshopEvent.Kind.SUBMITTED));
    }

    /** Calls {@code listener} when the participant's workshop changes (activity opened or closed, workshop closed). */
    @Transactional(readOnly = true)
    public WorkshopEventBus.Subscription watch(ParticipantPass pass, Consumer<WorkshopEvent> listener) {
        repository.findForParticipant(pass, false)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", pass.workshopId()));
        return bus.subscribe(pass.workshopId(), listener);
    }

    // ------------------------------------------------------------------ internals

    private WorkshopDetail detail(TenantScope scope, long id) {
        WorkshopRow w = repository.find(scope, id).orElseThrow(() -> new NotFoundInScopeException("workshop", id));
        Map<Long, Integer> counts = repository.submissionCounts(w.scope(), w.id());
        List<ActivityInfo> activities = repository.activities(w.scope(), w.id()).stream()
                .map(a -> new ActivityInfo(toActivity(a), a.state(), counts.getOrDefault(a.id(), 0))).toList();
        return new WorkshopDetail(w.id(), w.clusterId(), w.clusterName(), w.jurisdictionId(), w.title(),
                w.facilitator(), w.joinCode(), w.codeExpiresAt(), w.status(), w.createdAt(), w.closedAt(),
                repository.participantCount(w.scope(), w.id()), activities);
    }

    private WorkshopResults compute(WorkshopRow w, @Nullable OffsetDateTime closedAt) {
        Map<Long, List<Submission>> byActivity = new LinkedHashMap<>();
        for (SubmissionRow s : repository.submissions(w.scope(), w.id())) {
            byActivity.computeIfAbsent(s.activityId(), k -> new ArrayList<>()).add(WorkshopJson.submission(s.payloadJson()));
        }
        List<ActivityResult> results = new ArrayList<>();
        for (ActivityRow a : repository.activities(w.scope(), w.id())) {
            results.add(WorkshopAggregation.aggregate(toActivity(a), byActivity.getOrDefault(a.id(), List.of())));
        }
        return new WorkshopResults(w.id(), w.clusterId(), w.title(), repository.participantCount(w.scope(), w.id()), closedAt == null ? null : closedAt.toInstant(), results);
    }

    private WorkshopRow runningForUpdate(TenantScope scope, long workshopId) {
        WorkshopRow w = repository.findForUpdate(scope, workshopId)
                .orElseThrow(() -> new NotFoundInScopeException("workshop", workshopId));
        if (!scope.canWrite(w.jurisdictionId())) {
            throw new NotFoundInScopeException("workshop", workshopId);
        }
        if (w.status() != WorkshopStatus.OPEN) {
            throw new UserFacingException("workshop.error.closed");
        }
        return w;
    }

    private void requireActivity(WorkshopRow w, long activityId) {
        if (repository.activities(w.scope(), w.id()).stream().noneMatch(a -> a.id() == activityId)) {
            throw new NotFoundInScopeException("activity", activityId);
        }
    }

    private static String requireResults(WorkshopRow w) {
        if (w.resultsJson() == null) {
            throw new IllegalStateException("closed workshop " + w.id() + " has no stored results");
        }
        return w.resultsJson();
    }

    private static Activity toActivity(ActivityRow a) {
        return new Activity(a.id(), a.position(), a.kind(), a.criteriaSet(), WorkshopJson.items(a.itemsJson()));
    }

    /** A consistency ratio as shown with the 0.10 threshold: three decimals, so 0.099 does not read as 0.10. */
    static String crText(double cr) {
        return String.format(java.util.Locale.ROOT, "%.3f", cr);
    }

    private String freshCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = JoinCode.generate();
            if (!repository.codeInUse(code)) {
                return code;
            }
        }
        throw new DuplicateKeyException("no unused join code after " + CODE_ATTEMPTS + " attempts");
    }
}
