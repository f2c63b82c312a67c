package org.gvclab.web.benchmark;

import static org.gvclab.web.db.Tables.CLUSTER_QUESTIONNAIRE;
import static org.gvclab.web.db.Tables.CLUSTER_YEAR;
import static org.gvclab.web.db.Tables.INDUSTRY_CLUSTER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.web.base.Unscoped;
import org.gvclab.web.db.tables.records.ClusterQuestionnaireRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The one deliberate read of every jurisdiction's cluster data, for the peer benchmark: its only caller,
 * {@link PeerService}, turns what it reads into aggregates (quantiles over at least {@link PeerService#MIN_PEERS}
 * clusters and rank bands) and returns nothing else.
 */
@Repository
class PeerRepository {

    private static final TypeReference<LinkedHashMap<String, Double>> VALUES = new TypeReference<>() {
    };
    private final DSLContext dsl;
    private final ObjectMapper json = new ObjectMapper();

    PeerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What one cluster's diagnosis reads; never handed out of {@link PeerService}. */
    record PeerData(long clusterId, long jurisdictionId, CurrencyUnit currency, List<YearlyRecord> records,
                    @Nullable GovernanceQuestionnaire governance, @Nullable ArchitectureQuestionnaire architecture) {
    }

    @Unscoped("peer benchmark: every cluster's records are read across jurisdictions so that PeerService can publish "
            + "anonymised aggregates (Harrell–Davis quantiles over at least three peers, rank bands); no row read "
            + "here leaves that service")
    List<PeerData> allClusters() {
        Map<Long, List<YearlyRecord>> records = new LinkedHashMap<>();
        dsl.select(CLUSTER_YEAR.CLUSTER_ID, CLUSTER_YEAR.DATA_YEAR, CLUSTER_YEAR.VALUES_JSON).from(CLUSTER_YEAR)
                .orderBy(CLUSTER_YEAR.CLUSTER_ID, CLUSTER_YEAR.DATA_YEAR)
                .forEach(r -> records.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new YearlyRecord(r.value2(), values(r.value3()))));
        Map<Long, ClusterQuestionnaireRecord> answers = new LinkedHashMap<>();
        dsl.selectFrom(CLUSTER_QUESTIONNAIRE).forEach(q -> answers.put(q.getClusterId(), q));
        List<PeerData> out = new ArrayList<>();
        dsl.select(INDUSTRY_CLUSTER.ID, INDUSTRY_CLUSTER.JURISDICTION_ID, INDUSTRY_CLUSTER.CURRENCY_UNIT)
                .from(INDUSTRY_CLUSTER).orderBy(INDUSTRY_CLUSTER.ID).forEach(c -> {
                    List<YearlyRecord> own = records.get(c.value1());
                    if (own == null) {
                        return;
                    }
                    ClusterQuestionnaireRecord q = answers.get(c.value1());
                    GovernanceQuestionnaire governance = q == null || q.getGovComplexity() == null
                            || q.getGovCodifiability() == null || q.getGovCapability() == null ? null
                            : GovernanceQuestionnaire.fromScale(q.getGovComplexity(), q.getGovCodifiability(),
                            q.getGovCapability());
                    ArchitectureQuestionnaire architecture = q == null ? null
                            : new ArchitectureQuestionnaire(q.getArchComponents(), q.getArchSequential(),
                            q.getArchStages(), q.getArchParallel(), q.getArchTransforms());
                    out.add(new PeerData(c.value1(), c.value2(), CurrencyUnit.of(c.value3()).orElseThrow(() ->
                            new IllegalStateException("unknown currency unit in the database: " + c.value3())),
                            own, governance, architecture));
                });
        return out;
    }

    @Unscoped("peer benchmark: a fingerprint (counts and version sums, no values) of all clusters' data, so that "
            + "PeerService recomputes its aggregates only when some cluster's data changed")
    String fingerprint() {
        var y = dsl.select(DSL.count(), DSL.sum(CLUSTER_YEAR.VERSION), DSL.max(CLUSTER_YEAR.ID)).from(CLUSTER_YEAR)
                .fetchOne();
        var q = dsl.select(DSL.count(), DSL.sum(CLUSTER_QUESTIONNAIRE.VERSION)).from(CLUSTER_QUESTIONNAIRE)
                .fetchOne();
        var c = dsl.select(DSL.count(), DSL.max(INDUSTRY_CLUSTER.ID)).from(INDUSTRY_CLUSTER).fetchOne();
        return y + "|" + q + "|" + c;
    }

    private Map<String, Double> values(String text) {
        try {
            return json.readValue(text, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record values are not valid JSON", e);
        }
    }
}
