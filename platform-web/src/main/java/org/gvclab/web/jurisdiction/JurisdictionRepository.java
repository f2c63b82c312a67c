package org.gvclab.web.jurisdiction;

import static org.gvclab.web.db.Tables.JURISDICTION;

import java.util.List;
import java.util.Optional;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.db.tables.records.JurisdictionRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Stores jurisdictions; reads are limited to the caller's scope. */
@Repository
class JurisdictionRepository {

    private final DSLContext dsl;

    JurisdictionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Jurisdiction> findAll(TenantScope scope) {
        return dsl.selectFrom(JURISDICTION).where(scope.covers(JURISDICTION.ID)).orderBy(JURISDICTION.CODE)
                .fetch(JurisdictionRepository::toJurisdiction);
    }

    Optional<Jurisdiction> findById(TenantScope scope, long id) {
        return dsl.selectFrom(JURISDICTION).where(JURISDICTION.ID.eq(id).and(scope.covers(JURISDICTION.ID)))
                .fetchOptional(JurisdictionRepository::toJurisdiction);
    }

    /** Looks a jurisdiction up by code regardless of scope; for seeding and uniqueness checks only. */
    Optional<Jurisdiction> findByCode(String code) {
        return dsl.selectFrom(JURISDICTION).where(JURISDICTION.CODE.eq(code))
                .fetchOptional(JurisdictionRepository::toJurisdiction);
    }

    long insert(JurisdictionDraft draft) {
        return dsl.insertInto(JURISDICTION)
                .set(JURISDICTION.CODE, draft.code())
                .set(JURISDICTION.NAME_ZH, draft.nameZh())
                .set(JURISDICTION.NAME_EN, draft.nameEn())
                .set(JURISDICTION.ADMIN_LEVEL, draft.level().name())
                .set(JURISDICTION.PARENT_ID, draft.parentId())
                .returning(JURISDICTION.ID)
                .fetchSingle(JURISDICTION.ID);
    }

    void update(long id, int version, JurisdictionDraft draft) {
        int rows = dsl.update(JURISDICTION)
                .set(JURISDICTION.CODE, draft.code())
                .set(JURISDICTION.NAME_ZH, draft.nameZh())
                .set(JURISDICTION.NAME_EN, draft.nameEn())
                .set(JURISDICTION.ADMIN_LEVEL, draft.level().name())
                .set(JURISDICTION.PARENT_ID, draft.parentId())
                .set(JURISDICTION.VERSION, JURISDICTION.VERSION.plus(1))
                .where(JURISDICTION.ID.eq(id).and(JURISDICTION.VERSION.eq(version)))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("jurisdiction", id);
        }
    }

    private static Jurisdiction toJurisdiction(JurisdictionRecord r) {
        return new Jurisdiction(r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(),
                AdminLevel.valueOf(r.getAdminLevel()), r.getParentId(), r.getVersion());
    }
}
