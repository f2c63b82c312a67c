package org.gvclab.web.iotable;

import static org.gvclab.web.db.Tables.REGIONAL_EMPLOYMENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.io.regional.RegionalEmployment;
import org.gvclab.web.db.tables.records.RegionalEmploymentRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Regional employment by sector, one row per cluster; every method is limited to the caller's jurisdictions. */
@Repository
class RegionalEmploymentRepository {

    private static final TypeReference<List<Row>> ROWS = new TypeReference<>() {
    };
    private final DSLContext dsl;
    private final ObjectMapper json = new ObjectMapper();

    RegionalEmploymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One sector's figures as stored in {@code employment_json}. */
    record Row(String sector, double regional, double national) {
    }

    Optional<StoredRegionalEmployment> find(TenantScope scope, long clusterId) {
        return dsl.selectFrom(REGIONAL_EMPLOYMENT)
                .where(REGIONAL_EMPLOYMENT.CLUSTER_ID.eq(clusterId)
                        .and(scope.covers(REGIONAL_EMPLOYMENT.JURISDICTION_ID)))
                .fetchOptional(this::toStored);
    }

    /** Inserts or replaces the cluster's figures (the version rises by one on a replacement). */
    void save(TenantScope scope, long clusterId, long jurisdictionId, String checksum, String region,
              RegionalEmployment employment, double delta, String source, String fileName, String by,
              OffsetDateTime now) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(REGIONAL_EMPLOYMENT.TABLE_CHECKSUM, checksum);
        columns.put(REGIONAL_EMPLOYMENT.IO_REGION, region);
        columns.put(REGIONAL_EMPLOYMENT.EMPLOYMENT_JSON, toJson(employment));
        columns.put(REGIONAL_EMPLOYMENT.UNIT_FACTOR, employment.tableUnitInClusterUnits());
        columns.put(REGIONAL_EMPLOYMENT.FLQ_DELTA, delta);
        columns.put(REGIONAL_EMPLOYMENT.SOURCE, source);
        columns.put(REGIONAL_EMPLOYMENT.FILE_NAME, fileName);
        columns.put(REGIONAL_EMPLOYMENT.UPDATED_BY, by);
        columns.put(REGIONAL_EMPLOYMENT.UPDATED_AT, now);
        int updated = dsl.update(REGIONAL_EMPLOYMENT)
                .set(columns)
                .set(REGIONAL_EMPLOYMENT.VERSION, REGIONAL_EMPLOYMENT.VERSION.plus(1))
                .where(REGIONAL_EMPLOYMENT.CLUSTER_ID.eq(clusterId)
                        .and(scope.covers(REGIONAL_EMPLOYMENT.JURISDICTION_ID)))
                .execute();
        if (updated == 0) {
            dsl.insertInto(REGIONAL_EMPLOYMENT)
                    .set(REGIONAL_EMPLOYMENT.CLUSTER_ID, clusterId)
                    .set(REGIONAL_EMPLOYMENT.JURISDICTION_ID, jurisdictionId)
                    .set(columns)
                    .execute();
        }
    }

    /** Deletes the cluster's figures; returns whether there were any. */
    boolean delete(TenantScope scope, long clusterId) {
        return dsl.deleteFrom(REGIONAL_EMPLOYMENT)
                .where(REGIONAL_EMPLOYMENT.CLUSTER_ID.eq(clusterId)
                        .and(scope.covers(REGIONAL_EMPLOYMENT.JURISDICTION_ID)))
                .execute() == 1;
    }

    private StoredRegionalEmployment toStored(RegionalEmploymentRecord r) {
        List<Row> rows = fromJson(r.getEmploymentJson());
        List<String> sectors = new ArrayList<>(rows.size());
        double[] re = new double[rows.size()];
        double[] ne = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            sectors.add(rows.get(i).sector());
            re[i] = rows.get(i).regional();
            ne[i] = rows.get(i).national();
        }
        return new StoredRegionalEmployment(r.getClusterId(), r.getJurisdictionId(), r.getTableChecksum(),
                r.getIoRegion(), new RegionalEmployment(sectors, re, ne, r.getUnitFactor()), r.getFlqDelta(),
                r.getSource(), r.getFileName(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }

    private String toJson(RegionalEmployment e) {
        double[] re = e.regional();
        double[] ne = e.national();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < re.length; i++) {
            rows.add(new Row(e.sectors().get(i), re[i], ne[i]));
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write employment figures as JSON", ex);
        }
    }

    private List<Row> fromJson(String text) {
        try {
            return json.readValue(text, ROWS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("employment_json in regional_employment is not valid JSON", e);
        }
    }
}
