package org.gvclab.web.cluster;

import static org.gvclab.web.db.Tables.CLUSTER_QUESTIONNAIRE;
import static org.gvclab.web.db.Tables.CLUSTER_YEAR;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.db.tables.records.ClusterQuestionnaireRecord;
import org.gvclab.web.db.tables.records.ClusterYearRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Yearly records and questionnaires of clusters; every method is limited to the caller's jurisdictions. */
@Repository
class ClusterDataRepository {

    private static final TypeReference<LinkedHashMap<String, Double>> VALUES = new TypeReference<>() {
    };
    private final DSLContext dsl;
    private final ObjectMapper json = new ObjectMapper();

    ClusterDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All years of a cluster, oldest first. */
    List<StoredYear> years(TenantScope scope, long clusterId) {
        return dsl.selectFrom(CLUSTER_YEAR)
                .where(CLUSTER_YEAR.CLUSTER_ID.eq(clusterId).and(scope.covers(CLUSTER_YEAR.JURISDICTION_ID)))
                .orderBy(CLUSTER_YEAR.DATA_YEAR)
                .fetch(this::toStored);
    }

    Optional<StoredYear> year(TenantScope scope, long clusterId, int year) {
        return dsl.selectFrom(CLUSTER_YEAR)
                .where(CLUSTER_YEAR.CLUSTER_ID.eq(clusterId).and(CLUSTER_YEAR.DATA_YEAR.eq(year))
                        .and(scope.covers(CLUSTER_YEAR.JURISDICTION_ID)))
                .fetchOptional(this::toStored);
    }

    /** The number of stored years per cluster, for lists. */
    Map<Long, Integer> yearCounts(TenantScope scope) {
        return dsl.select(CLUSTER_YEAR.CLUSTER_ID, org.jooq.impl.DSL.count()).from(CLUSTER_YEAR)
                .where(scope.covers(CLUSTER_YEAR.JURISDICTION_ID))
                .groupBy(CLUSTER_YEAR.CLUSTER_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Stores a new year of a cluster the caller may write to (the service checked), as the scope's user. */
    void insertYear(TenantScope scope, Cluster cluster, YearlyRecord record, OffsetDateTime now) {
        if (!scope.canWrite(cluster.jurisdictionId())) {
            throw new IllegalArgumentException("cluster " + cluster.id() + " is outside the scope");
        }
        dsl.insertInto(CLUSTER_YEAR)
                .set(CLUSTER_YEAR.CLUSTER_ID, cluster.id())
                .set(CLUSTER_YEAR.JURISDICTION_ID, cluster.jurisdictionId())
                .set(CLUSTER_YEAR.DATA_YEAR, record.year())
                .set(yearColumns(record, now, scope.username()))
                .execute();
    }

    /** The columns a save of a year writes, the same for inserts and updates. */
    private Map<Field<?>, Object> yearColumns(YearlyRecord record, OffsetDateTime now, String by) {
        Map<Field<?>, Object> c = new LinkedHashMap<>();
        c.put(CLUSTER_YEAR.VALUES_JSON, toJson(record.values()));
        c.put(CLUSTER_YEAR.UPDATED_AT, now);
        c.put(CLUSTER_YEAR.UPDATED_BY, by);
        return c;
    }

    /** Replaces a year's values if it is still at {@code version}; returns whether it was. */
    boolean updateYear(TenantScope scope, long clusterId, YearlyRecord record, int version,
                              OffsetDateTime now, String by) {
        return dsl.update(CLUSTER_YEAR)
                .set(yearColumns(record, now, by))
                .set(CLUSTER_YEAR.VERSION, CLUSTER_YEAR.VERSION.plus(1))
                .where(CLUSTER_YEAR.CLUSTER_ID.eq(clusterId).and(CLUSTER_YEAR.DATA_YEAR.eq(record.year()))
                        .and(CLUSTER_YEAR.VERSION.eq(version)).and(scope.covers(CLUSTER_YEAR.JURISDICTION_ID)))
                .execute() == 1;
    }

    boolean deleteYear(TenantScope scope, long clusterId, int year, int version) {
        return dsl.deleteFrom(CLUSTER_YEAR)
                .where(CLUSTER_YEAR.CLUSTER_ID.eq(clusterId).and(CLUSTER_YEAR.DATA_YEAR.eq(year))
                        .and(CLUSTER_YEAR.VERSION.eq(version)).and(scope.covers(CLUSTER_YEAR.JURISDICTION_ID)))
                .execute() == 1;
    }

    Questionnaires questionnaires(TenantScope scope, long clusterId) {
        return dsl.selectFrom(CLUSTER_QUESTIONNAIRE)
                .where(CLUSTER_QUESTIONNAIRE.CLUSTER_ID.eq(clusterId)
                        .and(scope.covers(CLUSTER_QUESTIONNAIRE.JURISDICTION_ID)))
                .fetchOptional(ClusterDataRepository::toQuestionnaires)
                .orElse(Questionnaires.unanswered());
    }

    /** Stores the answers if nobody changed them since {@code answers.version()}; returns whether it did. */
    boolean saveQuestionnaires(TenantScope scope, Cluster cluster, Questionnaires answers, OffsetDateTime now,
                                      String by) {
        if (answers.version() < 0) {
            if (dsl.fetchExists(CLUSTER_QUESTIONNAIRE, CLUSTER_QUESTIONNAIRE.CLUSTER_ID.eq(cluster.id()))) {
                return false;
            }
            dsl.insertInto(CLUSTER_QUESTIONNAIRE)
                    .set(CLUSTER_QUESTIONNAIRE.CLUSTER_ID, cluster.id())
                    .set(CLUSTER_QUESTIONNAIRE.JURISDICTION_ID, cluster.jurisdictionId())
                    .set(answerColumns(answers, now, by))
                    .execute();
            return true;
        }
        return dsl.update(CLUSTER_QUESTIONNAIRE)
                .set(answerColumns(answers, now, by))
                .set(CLUSTER_QUESTIONNAIRE.VERSION, CLUSTER_QUESTIONNAIRE.VERSION.plus(1))
                .where(CLUSTER_QUESTIONNAIRE.CLUSTER_ID.eq(cluster.id())
                        .and(CLUSTER_QUESTIONNAIRE.VERSION.eq(answers.version()))
                        .and(scope.covers(CLUSTER_QUESTIONNAIRE.JURISDICTION_ID)))
                .execute() == 1;
    }

    /** The columns a save of the questionnaires writes, the same for the first save and every later one. */
    private static Map<Field<?>, Object> answerColumns(Questionnaires answers, OffsetDateTime now, String by) {
        ArchitectureQuestionnaire a = answers.architecture();
        Map<Field<?>, Object> c = new LinkedHashMap<>();
        c.put(CLUSTER_QUESTIONNAIRE.GOV_COMPLEXITY, answers.complexity());
        c.put(CLUSTER_QUESTIONNAIRE.GOV_CODIFIABILITY, answers.codifiability());
        c.put(CLUSTER_QUESTIONNAIRE.GOV_CAPABILITY, answers.supplierCapability());
        c.put(CLUSTER_QUESTIONNAIRE.ARCH_COMPONENTS, a.componentInputs());
        c.put(CLUSTER_QUESTIONNAIRE.ARCH_SEQUENTIAL, a.sequentialStages());
        c.put(CLUSTER_QUESTIONNAIRE.ARCH_STAGES, a.stageCount());
        c.put(CLUSTER_QUESTIONNAIRE.ARCH_PARALLEL, a.parallelAssembly());
        c.put(CLUSTER_QUESTIONNAIRE.ARCH_TRANSFORMS, a.transformsMaterial());
        c.put(CLUSTER_QUESTIONNAIRE.UPDATED_AT, now);
        c.put(CLUSTER_QUESTIONNAIRE.UPDATED_BY, by);
        return c;
    }

    private StoredYear toStored(ClusterYearRecord r) {
        return new StoredYear(r.getId(), r.getClusterId(), r.getJurisdictionId(),
                new YearlyRecord(r.getDataYear(), fromJson(r.getValuesJson())), r.getVersion(), r.getUpdatedAt(),
                r.getUpdatedBy());
    }

    private static Questionnaires toQuestionnaires(ClusterQuestionnaireRecord r) {
        return new Questionnaires(r.getGovComplexity(), r.getGovCodifiability(), r.getGovCapability(),
                new ArchitectureQuestionnaire(r.getArchComponents(), r.getArchSequential(), r.getArchStages(),
                        r.getArchParallel(), r.getArchTransforms()), r.getVersion());
    }

    private String toJson(Map<String, Double> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record values", e);
        }
    }

    private Map<String, Double> fromJson(String text) {
        try {
            return json.readValue(text, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record values are not valid JSON", e);
        }
    }
}
