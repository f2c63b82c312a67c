package org.gvclab.web.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.core.indicator.Uncertainty;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.GroupScore;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the clusters a user may see (docs/model.md, "Lock-in index": composite of the five factor scores, Monte Carlo over
 * weights, normalisation and aggregation, median rank and 5–95 % band), with the core's {@link Uncertainty}.
 */
@Service
public class ComparisonService {

    /** Fixed so that the same data give the same bands on every visit. */
    static final long SEED = 20_240_601L;
    private final ClusterService clusters;
    private final DiagnosisService diagnoses;

    public ComparisonService(ClusterService clusters, DiagnosisService diagnoses) {
        this.clusters = clusters;
        this.diagnoses = diagnoses;
    }

    /** The comparison, or empty when fewer than two visible clusters have a diagnosis. */
    @Transactional(readOnly = true)
    public Optional<ClusterComparison> compare() {
        List<Cluster> without = new ArrayList<>();
        List<Cluster> compared = new ArrayList<>();
        List<DiagnosisResult> results = new ArrayList<>();
        for (Cluster c : clusters.visible()) {
            Optional<DiagnosisResult> d = diagnoses.diagnoseLatest(c.id());
            if (d.isPresent() && d.get().lockInIndex() != null) {
                compared.add(c);
                results.add(d.get());
            } else {
                without.add(c);
            }
        }
        List<Group> factors = Arrays.stream(Group.values()).filter(Group::isFactor)
                .filter(g -> results.stream().allMatch(r -> r.score(g).map(GroupScore::risk).isPresent()))
                .toList();
        if (compared.size() < 2 || factors.isEmpty()) {
            return Optional.empty();
        }
        double[][] x = new double[compared.size()][factors.size()];
        for (int i = 0; i < compared.size(); i++) {
            for (int j = 0; j < factors.size(); j++) {
                x[i][j] = results.get(i).score(factors.get(j)).orElseThrow().risk();
            }
        }
        Polarity[] polarity = new Polarity[factors.size()];
        Arrays.fill(polarity, Polarity.HIGHER_IS_WORSE);
        double[] weights = new double[factors.size()];
        Arrays.fill(weights, 1.0);
        Uncertainty.Result ranks = Uncertainty.run(x, polarity, weights, null, Uncertainty.Settings.defaults(SEED));
        List<ClusterComparison.Row> rows = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            rows.add(new ClusterComparison.Row(compared.get(i), results.get(i).year(), results.get(i).lockInIndex(),
                    Arrays.stream(x[i]).boxed().toList(), ranks.units().get(i)));
        }
        return Optional.of(new ClusterComparison(rows, factors, ranks.varied(), ranks.draws(), ranks.seed(), without,
                rdEllisonGlaeser(compared)));
    }

    /** γ of R&D staff over the compared clusters' latest records, or null when one lacks the data. */
    private @org.jspecify.annotations.Nullable Double rdEllisonGlaeser(List<Cluster> compared) {
        double[] rd = new double[compared.size()];
        double[] employees = new double[compared.size()];
        double[] firms = new double[compared.size()];
        for (int i = 0; i < compared.size(); i++) {
            org.gvclab.core.cluster.YearlyRecord r = org.gvclab.core.cluster.YearlyRecords.latest(
                    diagnoses.inputs(compared.get(i).id(), java.util.Map.of()).orElseThrow().records());
            if (!r.has("rd_personnel") || !r.has("employees") || !r.has("firms")) {
                return null;
            }
            rd[i] = r.value("rd_personnel").getAsDouble();
            employees[i] = r.value("employees").getAsDouble();
            firms[i] = r.value("firms").getAsDouble();
        }
        try {
            return org.gvclab.core.paradox.InnovationAgglomeration.acrossAreas(rd, employees, firms);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
