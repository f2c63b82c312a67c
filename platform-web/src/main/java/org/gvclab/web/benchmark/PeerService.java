package org.gvclab.web.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.base.Msg;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorValue;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.core.paradox.BenchmarkSet;
import org.gvclab.core.paradox.BenchmarkValue;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.GroupScore;
import org.gvclab.core.paradox.LockInScorer;
import org.gvclab.web.benchmark.PeerRepository.PeerData;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares a cluster the caller may see with the clusters of every jurisdiction without disclosing theirs
 * (docs/model.md, "Peers"): all clusters are diagnosed alike (latest year, national reference set, equal factor
 * weights, no IO evidence, since another jurisdiction's workshop weights and IO links are its own), and only
 * aggregates leave this service: Harrell–Davis quartiles ({@link PeerQuantiles}) over at least {@link #MIN_PEERS}
 * peers, shown in whole units ({@link #PEER_MEASURE}), and the caller's cluster's quarter among them. Below the minimum only the reference values are shown.
 */
@Service
public class PeerService {

    /**
     * Peer figures in whole units (disclosure control by rounding): with few peers a quantile can lie within a
     * rounding step of one peer's value, and a figure coarser than the values themselves cannot be read as one.
     */
    static final Measure PEER_MEASURE = Measure.COUNT;

    /** The fewest peers with a value for which peer figures are published. */
    public static final int MIN_PEERS = 3;

    private final PeerRepository repository;
    private final ClusterService clusters;
    private final BenchmarkService benchmarks;
    private final Object lock = new Object();
    private @Nullable String cachedKey;
    private Map<Long, Metrics> cached = Map.of();

    public PeerService(PeerRepository repository, ClusterService clusters, BenchmarkService benchmarks) {
        this.repository = repository;
        this.clusters = clusters;
        this.benchmarks = benchmarks;
    }

    /**
     * Where the cluster stands among its peers, or empty when it has no data yet.
     *
     * @throws org.gvclab.web.security.NotFoundInScopeException when the caller may not see the cluster
     */
    @Transactional(readOnly = true)
    public Optional<PeerComparison> compare(long clusterId) {
        Cluster own = clusters.get(clusterId); // the caller's scope decides which cluster may be compared
        BenchmarkSet reference = benchmarks.current();
        Map<Long, Metrics> all = metrics(reference);
        Metrics mine = all.get(own.id());
        if (mine == null) {
            return Optional.empty();
        }
        List<Metrics> peers = all.entrySet().stream().filter(e -> e.getKey() != own.id()).map(Map.Entry::getValue)
                .toList();
        return Optional.of(compare(mine, peers, reference));
    }

    /** The comparison of one cluster's metrics with its peers' (aggregates only). */
    static PeerComparison compare(Metrics mine, List<Metrics> peers, BenchmarkSet reference) {
        List<PeerComparison.Row> rows = new ArrayList<>();
        for (Measured m : Measured.all()) {
            Double own = mine.values().get(m.key());
            double[] values = peers.stream().map(p -> p.values().get(m.key())).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).toArray();
            BenchmarkValue ref = m.indicator() == null ? null : reference.values().get(m.indicator().id());
            boolean enough = values.length >= MIN_PEERS;
            rows.add(new PeerComparison.Row(m.label(), m.unit(), m.measure(), PEER_MEASURE, m.higherIsWorse(), own,
                    ref == null ? null : ref.value(), ref != null && ref.assumption(), values.length,
                    enough ? PeerQuantiles.harrellDavis(values, 0.25) : null,
                    enough ? PeerQuantiles.harrellDavis(values, 0.5) : null,
                    enough ? PeerQuantiles.harrellDavis(values, 0.75) : null,
                    enough && own != null ? PeerComparison.Quarter.of(PeerQuantiles.percentile(own, values))
                            : null));
        }
        return new PeerComparison(peers.size(), MIN_PEERS, mine.year(), reference.name(), rows);
    }

    /** Every cluster's metrics, recomputed only when some cluster's data or the reference set changed. */
    private Map<Long, Metrics> metrics(BenchmarkSet reference) {
        String key = repository.fingerprint() + "|" + benchmarks.fingerprint();
        synchronized (lock) {
            if (key.equals(cachedKey)) {
                return cached;
            }
        }
        Map<Long, Metrics> computed = new LinkedHashMap<>();
        for (PeerData p : repository.allClusters()) {
            DiagnosisInputs in = new DiagnosisInputs(p.records(), p.currency(), p.governance(), p.architecture(),
                    null, reference, Map.of());
            computed.put(p.clusterId(), Metrics.of(Diagnosis.diagnose(in)));
        }
        synchronized (lock) {
            cachedKey = key;
            cached = Map.copyOf(computed);
        }
        return computed;
    }

    /** A cluster's measured values by {@link Measured#key()}; stays inside this service. */
    record Metrics(int year, Map<String, Double> values) {

        static Metrics of(DiagnosisResult r) {
            Map<String, Double> v = new LinkedHashMap<>();
            if (r.lockInIndex() != null) {
                v.put(Measured.INDEX, r.lockInIndex());
            }
            for (IndicatorValue iv : r.indicators()) {
                if (iv.value() != null && LockInScorer.OUTCOMES.stream().anyMatch(o -> o.id().equals(iv.indicatorId()))) {
                    v.put(iv.indicatorId(), iv.value());
                }
            }
            for (GroupScore g : r.factors()) {
                if (g.risk() != null) {
                    v.put(g.group().name(), g.risk());
                }
            }
            return new Metrics(r.year(), v);
        }
    }

    /** What is compared: the lock-in index, its outcome indicators and the five factor scores. */
    record Measured(String key, LocalizedText label, LocalizedText unit, Measure measure, boolean higherIsWorse,
                    @Nullable Indicator indicator) {

        static final String INDEX = "lock_in_index";

        static List<Measured> all() {
            List<Measured> out = new ArrayList<>();
            LocalizedText points = Msg.of("paradox.unit.points");
            out.add(new Measured(INDEX, Msg.of("paradox.lock_in_index"), points, Measure.INDEX, true, null));
            for (Indicator i : LockInScorer.OUTCOMES) {
                out.add(new Measured(i.id(), i.name(), i.unit(), Measure.INDEX,
                        i.polarity() == Polarity.HIGHER_IS_WORSE, i));
            }
            for (Group g : Group.factors()) {
                out.add(new Measured(g.name(), g.label(), points, Measure.INDEX, true, null));
            }
            return out;
        }
    }
}
