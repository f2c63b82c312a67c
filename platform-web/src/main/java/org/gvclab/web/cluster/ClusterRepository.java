package org.gvclab.web.cluster;

import static org.gvclab.web.db.Tables.INDUSTRY_CLUSTER;
import static org.gvclab.web.db.Tables.IO_TABLE;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.db.tables.records.IndustryClusterRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Stores clusters; every method is limited to the caller's jurisdictions. */
@Repository
class ClusterRepository {

    private final DSLContext dsl;

    ClusterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Cluster> findAll(TenantScope scope) {
        return dsl.selectFrom(INDUSTRY_CLUSTER).where(scope.covers(INDUSTRY_CLUSTER.JURISDICTION_ID))
                .orderBy(INDUSTRY_CLUSTER.JURISDICTION_ID, INDUSTRY_CLUSTER.NAME_EN)
                .fetch(ClusterRepository::toCluster);
    }

    Optional<Cluster> findById(TenantScope scope, long id) {
        return dsl.selectFrom(INDUSTRY_CLUSTER)
                .where(INDUSTRY_CLUSTER.ID.eq(id).and(scope.covers(INDUSTRY_CLUSTER.JURISDICTION_ID)))
                .fetchOptional(ClusterRepository::toCluster);
    }

    /** Inserts a cluster; the caller has checked that the scope may write to its jurisdiction. */
    long insert(TenantScope scope, ClusterDraft draft, OffsetDateTime now) {
        if (!scope.canWrite(draft.jurisdictionId())) {
            throw new IllegalArgumentException("jurisdiction " + draft.jurisdictionId() + " is outside the scope");
        }
        return dsl.insertInto(INDUSTRY_CLUSTER)
                .set(columns(draft, now))
                .set(INDUSTRY_CLUSTER.CREATED_AT, now)
                .returning(INDUSTRY_CLUSTER.ID)
                .fetchSingle(INDUSTRY_CLUSTER.ID);
    }

    /** The columns a cluster's draft writes, the same for inserts and updates. */
    private static Map<Field<?>, Object> columns(ClusterDraft draft, OffsetDateTime now) {
        Map<Field<?>, Object> c = new LinkedHashMap<>();
        c.put(INDUSTRY_CLUSTER.JURISDICTION_ID, draft.jurisdictionId());
        c.put(INDUSTRY_CLUSTER.NAME_ZH, draft.nameZh());
        c.put(INDUSTRY_CLUSTER.NAME_EN, draft.nameEn());
        c.put(INDUSTRY_CLUSTER.INDUSTRY_CODE, draft.industryCode());
        c.put(INDUSTRY_CLUSTER.DESCRIPTION, draft.description());
        c.put(INDUSTRY_CLUSTER.DATA_NOTE, draft.dataNote());
        c.put(INDUSTRY_CLUSTER.CURRENCY_UNIT, draft.currency().code());
        c.put(INDUSTRY_CLUSTER.UPDATED_AT, now);
        return c;
    }

    /**
     * Changes a cluster if it is still at {@code version} and in scope (both before and after the change).
     *
     * @throws StaleDataException when someone else changed it first
     */
    void update(TenantScope scope, long id, int version, ClusterDraft draft, OffsetDateTime now) {
        int rows = dsl.update(INDUSTRY_CLUSTER)
                .set(columns(draft, now))
                .set(INDUSTRY_CLUSTER.VERSION, INDUSTRY_CLUSTER.VERSION.plus(1))
                .where(INDUSTRY_CLUSTER.ID.eq(id).and(INDUSTRY_CLUSTER.VERSION.eq(version))
                        .and(scope.covers(INDUSTRY_CLUSTER.JURISDICTION_ID)))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("cluster", id);
        }
    }

    void delete(TenantScope scope, long id, int version) {
        int rows = dsl.deleteFrom(INDUSTRY_CLUSTER)
                .where(INDUSTRY_CLUSTER.ID.eq(id).and(INDUSTRY_CLUSTER.VERSION.eq(version))
                        .and(scope.covers(INDUSTRY_CLUSTER.JURISDICTION_ID)))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("cluster", id);
        }
    }

    /** The IO table region-sector a cluster is linked to, if any (a link whose table was deleted is none). */
    Optional<ClusterIoLink> findIoLink(TenantScope scope, long clusterId) {
        return dsl.select(INDUSTRY_CLUSTER.ID, INDUSTRY_CLUSTER.JURISDICTION_ID, IO_TABLE.ID, IO_TABLE.NAME,
                        INDUSTRY_CLUSTER.IO_REGION, INDUSTRY_CLUSTER.IO_SECTOR)
                .from(INDUSTRY_CLUSTER).join(IO_TABLE).on(IO_TABLE.ID.eq(INDUSTRY_CLUSTER.IO_TABLE_ID))
                .where(INDUSTRY_CLUSTER.ID.eq(clusterId).and(scope.covers(INDUSTRY_CLUSTER.JURISDICTION_ID)))
                .fetchOptional(Records.mapping(ClusterIoLink::new));
    }

    /** The clusters in scope linked to one IO table. */
    List<ClusterIoLink> findIoLinks(TenantScope scope, long tableId) {
        return dsl.select(INDUSTRY_CLUSTER.ID, INDUSTRY_CLUSTER.JURISDICTION_ID, IO_TABLE.ID, IO_TABLE.NAME,
                        INDUSTRY_CLUSTER.IO_REGION, INDUSTRY_CLUSTER.IO_SECTOR)
                .from(INDUSTRY_CLUSTER).join(IO_TABLE).on(IO_TABLE.ID.eq(INDUSTRY_CLUSTER.IO_TABLE_ID))
                .where(IO_TABLE.ID.eq(tableId).and(scope.covers(INDUSTRY_CLUSTER.JURISDICTION_ID)))
                .orderBy(INDUSTRY_CLUSTER.ID)
                .fetch(Records.mapping(ClusterIoLink::new));
    }

    /**
     * Links a cluster in scope to a region-sector of an IO table, or unlinks it when {@code tableId} is null;
     * the cluster's version is not changed (the link is not part of the cluster form).
     *
     * @throws StaleDataException when the cluster is not (or no longer) in scope
     */
    void setIoLink(TenantScope scope, long clusterId, @Nullable Long tableId, @Nullable String region,
                          @Nullable String sector) {
        int rows = dsl.update(INDUSTRY_CLUSTER)
                .set(INDUSTRY_CLUSTER.IO_TABLE_ID, tableId)
                .set(INDUSTRY_CLUSTER.IO_REGION, tableId == null ? null : region)
                .set(INDUSTRY_CLUSTER.IO_SECTOR, tableId == null ? null : sector)
                .where(INDUSTRY_CLUSTER.ID.eq(clusterId).and(scope.covers(INDUSTRY_CLUSTER.JURISDICTION_ID)))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("cluster", clusterId);
        }
    }

    private static Cluster toCluster(IndustryClusterRecord r) {
        return new Cluster(r.getId(), r.getJurisdictionId(), r.getNameZh(), r.getNameEn(), r.getIndustryCode(),
                r.getDescription(), r.getDataNote(), currency(r.getCurrencyUnit()), r.getCreatedAt(), r.getUpdatedAt(),
                r.getVersion());
    }

    static CurrencyUnit currency(String code) {
        return CurrencyUnit.of(code)
                .orElseThrow(() -> new IllegalStateException("unknown currency unit in the database: " + code));
    }
}
