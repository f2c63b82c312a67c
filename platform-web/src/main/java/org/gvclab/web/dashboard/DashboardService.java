package org.gvclab.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.Field;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.web.benchmark.BenchmarkService;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.Questionnaires;
import org.gvclab.web.dashboard.ClusterStatus.Completeness;
import org.gvclab.web.dashboard.ClusterStatus.Linked;
import org.gvclab.web.dashboard.ClusterStatus.NextStep;
import org.gvclab.web.dashboard.ClusterStatus.YearIndex;
import org.gvclab.web.diagnosis.DiagnosisService;
import org.gvclab.web.notebook.NotebookService;
import org.gvclab.web.notebook.StoredNotebook;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.Role;
import org.gvclab.web.workshop.WorkshopService;
import org.gvclab.web.workshop.WorkshopSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's answer to "how is my cluster doing": for every cluster in the user's scope, its {@link ClusterStatus}
 * from the core's diagnosis (docs/model.md, "Lock-in index"). The trend uses the index alone
 * ({@link Diagnosis#lockInIndex}) for earlier years, so only the latest year pays for the P10–P90 band; the
 * diagnostic part is kept in memory per cluster until its data, the reference values, the factor weights or the IO
 * link change (the keys are the services' fingerprints), so the page opens from memory on later visits.
 */
@Service
public class DashboardService {

    /** The questionnaire questions a cluster can answer: three on governance, five on production architecture. */
    public static final int QUESTIONS = 8;
    /** The most drivers shown per cluster. */
    static final int DRIVERS = 3;
    private static final int CACHE_SIZE = 512;

    private final ClusterService clusters;
    private final ClusterDataService data;
    private final DiagnosisService diagnoses;
    private final BenchmarkService benchmarks;
    private final NotebookService notebooks;
    private final WorkshopService workshops;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final Map<String, Diagnostic> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Diagnostic> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public DashboardService(ClusterService clusters, ClusterDataService data, DiagnosisService diagnoses,
                            BenchmarkService benchmarks, NotebookService notebooks, WorkshopService workshops,
                            Clock clock, CurrentUser currentUser) {
        this.clusters = clusters;
        this.data = data;
        this.diagnoses = diagnoses;
        this.benchmarks = benchmarks;
        this.notebooks = notebooks;
        this.workshops = workshops;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The status of every cluster the user may see, in the order of {@link ClusterService#visible()}. */
    @Transactional(readOnly = true)
    public List<ClusterStatus> statuses() {
        List<Cluster> visible = clusters.visible();
        List<StoredNotebook> briefs = notebooks.visible();
        // workshops are the consultants' and administrators' tool: an official has none to link to
        Role role = currentUser.scope().role();
        List<WorkshopSummary> sessions = role == Role.CONSULTANT || role == Role.ADMIN ? workshops.visible() : List.of();
        List<ClusterStatus> out = new ArrayList<>();
        for (Cluster c : visible) {
            out.add(status(c, briefs, sessions, role == Role.CONSULTANT || role == Role.ADMIN));
        }
        return out;
    }

    private ClusterStatus status(Cluster c, List<StoredNotebook> briefs, List<WorkshopSummary> sessions,
                                 boolean workshopsVisible) {
        List<YearlyRecord> records = data.records(c.id());
        Questionnaires answers = data.questionnaires(c.id());
        Diagnostic d = records.isEmpty() ? null : diagnostic(c.id());
        Completeness completeness = completeness(records, answers);
        Linked brief = briefs.stream()
                .filter(n -> String.valueOf(c.id()).equals(n.document().parameters().clusterId()))
                .max(Comparator.comparing(StoredNotebook::updatedAt))
                .map(n -> new Linked(n.id(), n.document().title(), n.updatedAt())).orElse(null);
        Linked workshop = sessions.stream().filter(w -> w.clusterId() == c.id())
                .max(Comparator.comparing(WorkshopSummary::createdAt))
                .map(w -> new Linked(w.id(), w.title(), w.closedAt() != null ? w.closedAt() : w.createdAt()))
                .orElse(null);
        if (d == null) {
            return new ClusterStatus(c, null, null, null, null, null, List.of(), List.of(), null, completeness,
                    brief, workshop, workshopsVisible);
        }
        return new ClusterStatus(c, d.year, d.index, d.low, d.high, d.change, d.trend, d.drivers, d.path,
                completeness, brief, workshop, workshopsVisible);
    }

    /** The diagnostic part of a cluster's status, from memory while nothing it reads has changed. */
    private Diagnostic diagnostic(long clusterId) {
        String key = clusterId + "|" + data.fingerprint(clusterId) + "|" + benchmarks.fingerprint() + "|"
                + diagnoses.workshopFactorWeights(clusterId).map(w -> w.workshopId() + "@" + w.closedAt())
                .orElse("equal") + "|" + clusters.ioLink(clusterId).map(Object::toString).orElse("none");
        synchronized (cache) {
            Diagnostic hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Diagnostic computed = diagnoses.inputs(clusterId).map(DashboardService::diagnose).orElseThrow();
        synchronized (cache) {
            cache.put(key, computed);
        }
        return computed;
    }

    /** The latest year's diagnosis (with its band) and the index alone for every earlier year. */
    static Diagnostic diagnose(DiagnosisInputs inputs) {
        List<YearlyRecord> records = inputs.records().stream().sorted(Comparator.comparingInt(YearlyRecord::year))
                .toList();
        DiagnosisResult latest = Diagnosis.diagnose(inputs.withRecords(records));
        List<YearIndex> trend = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Double index = Diagnosis.lockInIndex(inputs.withRecords(records.subList(0, i)));
            if (index != null) {
                trend.add(new YearIndex(records.get(i - 1).year(), index));
            }
        }
        if (latest.lockInIndex() != null) {
            trend.add(new YearIndex(latest.year(), latest.lockInIndex()));
        }
        Double change = null;
        if (latest.lockInIndex() != null) {
            change = trend.stream().filter(t -> t.year() == latest.year() - 1).findFirst()
                    .map(t -> latest.lockInIndex() - t.index()).orElse(null);
        }
        List<LocalizedText> drivers = latest.drivers().stream().limit(DRIVERS).map(x -> x.reason()).toList();
        return new Diagnostic(latest.year(), latest.lockInIndex(), latest.lockIn().low(), latest.lockIn().high(),
                change, trend, drivers, latest.recommendation().path().label());
    }

    /** Missing years and fields, unanswered questions and the next step. */
    Completeness completeness(List<YearlyRecord> records, Questionnaires answers) {
        int unanswered = unanswered(answers);
        if (records.isEmpty()) {
            return new Completeness(List.of(), List.of(), unanswered, NextStep.ENTER_DATA);
        }
        return completeness(records, unanswered, LocalDate.now(clock).getYear());
    }

    /**
     * Missing years are the gaps between the first stored year and the year before {@code thisYear} (the latest year
     * whose statistics can exist); missing fields are those the latest record lacks.
     */
    static Completeness completeness(List<YearlyRecord> records, int unanswered, int thisYear) {
        TreeSet<Integer> stored = new TreeSet<>();
        records.forEach(r -> stored.add(r.year()));
        int first = stored.first();
        int last = Math.max(stored.last(), thisYear - 1);
        List<Integer> missingYears = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (!stored.contains(y)) {
                missingYears.add(y);
            }
        }
        YearlyRecord latest = records.stream().max(Comparator.comparingInt(YearlyRecord::year)).orElseThrow();
        List<LocalizedText> missingFields = FieldCatalogue.all().stream().filter(f -> !latest.has(f.id()))
                .map(Field::label).toList();
        NextStep next = unanswered > 0 ? NextStep.ANSWER_QUESTIONNAIRES
                : !missingYears.isEmpty() || !missingFields.isEmpty() ? NextStep.COMPLETE_DATA
                : NextStep.COMPARE_STRATEGIES;
        return new Completeness(missingYears, missingFields, unanswered, next);
    }

    /** How many of the {@link #QUESTIONS} questionnaire questions are unanswered. */
    static int unanswered(Questionnaires q) {
        ArchitectureQuestionnaire a = q.architecture();
        return (int) Stream.of(q.complexity(), q.codifiability(), q.supplierCapability(), a.componentInputs(),
                a.sequentialStages(), a.stageCount(), a.parallelAssembly(), a.transformsMaterial())
                .filter(x -> x == null).count();
    }

    /** The cached diagnostic part of a status. */
    record Diagnostic(int year, @Nullable Double index, @Nullable Double low, @Nullable Double high,
                      @Nullable Double change, List<YearIndex> trend, List<LocalizedText> drivers,
                      LocalizedText path) {
    }
}
