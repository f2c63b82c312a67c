package org.gvclab.web.strategy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.RegionalMultipliers;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.StrategyComparison;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.diagnosis.DiagnosisService;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy comparison for a cluster (docs/model.md#strategies) with the core's projection model: the cluster's baseline from
 * its stored data, saved scenarios, and runs. The lock-in index of every projected year comes from the same
 * diagnosis code as the diagnosis page.
 */
@Service
public class StrategyService {

    private final ClusterService clusters;
    private final DiagnosisService diagnoses;
    private final ScenarioRepository scenarios;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    StrategyService(ClusterService clusters, DiagnosisService diagnoses, ScenarioRepository scenarios,
                           CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.clusters = clusters;
        this.diagnoses = diagnoses;
        this.scenarios = scenarios;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The starting point of the projection, or empty when the cluster has no data yet.
     *
     * @throws org.gvclab.core.strategy.BaselineDataException when a field the model needs is missing
     */
    @Transactional(readOnly = true)
    public Optional<ClusterBaseline> baseline(long clusterId) {
        return diagnoses.inputs(clusterId).map(ClusterBaseline::of);
    }

    /**
     * Runs a comparison. Pure computation on data read before: call it off the UI thread.
     */
    public ComparisonResult run(ClusterBaseline baseline, Scenario scenario, @Nullable RegionalMultipliers multipliers,
                                DoubleConsumer progress, BooleanSupplier cancelled) {
        return StrategyComparison.run(baseline, scenario, multipliers, progress, cancelled);
    }

    @Transactional(readOnly = true)
    public List<SavedScenario> scenarios(long clusterId) {
        TenantScope scope = currentUser.scope();
        clusters.get(clusterId);
        return scenarios.ofCluster(scope, clusterId);
    }

    @Transactional(readOnly = true)
    public SavedScenario scenario(long id) {
        return scenarios.findById(currentUser.scope(), id).orElseThrow(() -> new NotFoundInScopeException("scenario",
                id));
    }

    @Transactional
    public SavedScenario save(long clusterId, Scenario scenario) {
        TenantScope scope = currentUser.scope();
        Cluster cluster = clusters.get(clusterId);
        if (!scope.canWrite(cluster.jurisdictionId())) {
            throw new NotFoundInScopeException("cluster", clusterId);
        }
        long id = scenarios.insert(scope, cluster, scenario, OffsetDateTime.now(clock));
        audit.record(scope.username(), cluster.jurisdictionId(), "scenario", id, "create", null, scenario.name());
        return scenarios.findById(scope, id).orElseThrow();
    }

    @Transactional
    public void delete(SavedScenario saved) {
        TenantScope scope = currentUser.scope();
        if (!scenarios.delete(scope, saved.id())) {
            throw new NotFoundInScopeException("scenario", saved.id());
        }
        audit.record(scope.username(), clusters.get(saved.clusterId()).jurisdictionId(), "scenario", saved.id(),
                "delete", saved.scenario().name(), null);
    }
}
