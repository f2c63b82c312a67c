package org.gvclab.web.strategy;

import static org.gvclab.web.db.Tables.SCENARIO;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.ScenarioJson;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.db.tables.records.ScenarioRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Saved scenarios of clusters; every method is limited to the caller's jurisdictions. */
@Repository
class ScenarioRepository {

    private final DSLContext dsl;

    ScenarioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<SavedScenario> ofCluster(TenantScope scope, long clusterId) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.CLUSTER_ID.eq(clusterId)
                        .and(scope.covers(SCENARIO.JURISDICTION_ID)))
                .orderBy(SCENARIO.ID.desc()).fetch(ScenarioRepository::toSaved);
    }

    Optional<SavedScenario> findById(TenantScope scope, long id) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(id).and(scope.covers(SCENARIO.JURISDICTION_ID)))
                .fetchOptional(ScenarioRepository::toSaved);
    }

    /** Saves a scenario of a cluster the caller may write to (the service checked), as the scope's user. */
    long insert(TenantScope scope, Cluster cluster, Scenario scenario, OffsetDateTime now) {
        if (!scope.canWrite(cluster.jurisdictionId())) {
            throw new IllegalArgumentException("cluster " + cluster.id() + " is outside the scope");
        }
        return dsl.insertInto(SCENARIO)
                .set(SCENARIO.CLUSTER_ID, cluster.id())
                .set(SCENARIO.JURISDICTION_ID, cluster.jurisdictionId())
                .set(SCENARIO.NAME, scenario.name())
                .set(SCENARIO.SCENARIO_JSON, ScenarioJson.write(scenario))
                .set(SCENARIO.CREATED_BY, scope.username())
                .set(SCENARIO.CREATED_AT, now)
                .returning(SCENARIO.ID).fetchSingle(SCENARIO.ID);
    }

    boolean delete(TenantScope scope, long id) {
        return dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(id).and(scope.covers(SCENARIO.JURISDICTION_ID)))
                .execute() == 1;
    }

    private static SavedScenario toSaved(ScenarioRecord r) {
        return new SavedScenario(r.getId(), r.getClusterId(), ScenarioJson.read(r.getScenarioJson()),
                r.getCreatedBy(), r.getCreatedAt());
    }
}
