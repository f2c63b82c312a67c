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
public class ScenarioRepository {

    private final DSLContext dsl;

    public ScenarioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SavedScenario> ofCluster(TenantScope scope, long clusterId) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.CLUSTER_ID.eq(clusterId)
                        .and(scope.covers(SCENARIO.JURISDICTION_ID)))
                .orderBy(SCENARIO.ID.desc()).fetch(ScenarioRepository::toSaved);
    }

    public Optional<SavedScenario> findById(TenantScope scope, long id) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(id).and(scope.covers(SCENARIO.JURISDICTION_ID)))
                .fetchOptional(ScenarioRepository::toSaved);
    }

    public long insert(Cluster cluster, Scenario scenario, String by, OffsetDateTime now) {
        return dsl.insertInto(SCENARIO)
                .set(SCENARIO.CLUSTER_ID, cluster.id())
                .set(SCENARIO.JURISDICTION_ID, cluster.jurisdictionId())
                .set(SCENARIO.NAME, scenario.name())
                .set(SCENARIO.SCENARIO_JSON, ScenarioJson.write(scenario))
                .set(SCENARIO.CREATED_BY, by)
                .set(SCENARIO.CREATED_AT, now)
                .returning(SCENARIO.ID).fetchSingle(SCENARIO.ID);
    }

    public boolean delete(TenantScope scope, long id) {
        return dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(id).and(scope.covers(SCENARIO.JURISDICTION_ID)))
                .execute() == 1;
    }

    private static SavedScenario toSaved(ScenarioRecord r) {
        return new SavedScenario(r.getId(), r.getClusterId(), ScenarioJson.read(r.getScenarioJson()),
                r.getCreatedBy(), r.getCreatedAt());
    }
}
