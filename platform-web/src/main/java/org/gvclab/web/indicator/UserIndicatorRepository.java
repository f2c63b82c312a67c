package org.gvclab.web.indicator;

import static org.gvclab.web.db.Tables.USER_INDICATOR;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.web.base.Unscoped;
import org.gvclab.web.db.tables.records.UserIndicatorRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Stored user-defined indicators: the shared ones (no jurisdiction) and those of the caller's jurisdictions. */
@Repository
class UserIndicatorRepository {

    private final DSLContext dsl;

    UserIndicatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition visibleTo(TenantScope scope) {
        return USER_INDICATOR.JURISDICTION_ID.isNull().or(scope.covers(USER_INDICATOR.JURISDICTION_ID));
    }

    List<UserIndicator> findVisible(TenantScope scope) {
        return dsl.selectFrom(USER_INDICATOR).where(visibleTo(scope)).orderBy(USER_INDICATOR.CODE)
                .fetch(UserIndicatorRepository::toIndicator);
    }

    Optional<UserIndicator> findById(TenantScope scope, long id) {
        return dsl.selectFrom(USER_INDICATOR).where(USER_INDICATOR.ID.eq(id)).and(visibleTo(scope))
                .fetchOptional(UserIndicatorRepository::toIndicator);
    }

    @Unscoped("codes are unique across all jurisdictions, so the check must see every one")
    boolean codeTaken(String code) {
        return dsl.fetchExists(USER_INDICATOR, USER_INDICATOR.CODE.eq(code));
    }

    long insert(TenantScope scope, UserIndicatorDraft draft, OffsetDateTime now) {
        return dsl.insertInto(USER_INDICATOR).set(columns(draft, scope.username(), now))
                .returning(USER_INDICATOR.ID).fetchSingle(USER_INDICATOR.ID);
    }

    /** Deletes an indicator of the caller's jurisdictions (a shared one only for an administrator). */
    boolean delete(TenantScope scope, long id) {
        return dsl.deleteFrom(USER_INDICATOR).where(USER_INDICATOR.ID.eq(id))
                .and(scope.covers(USER_INDICATOR.JURISDICTION_ID))
                .execute() > 0;
    }

    /** The stored columns of an indicator (written once: indicators are never updated, only replaced). */
    private static Map<Field<?>, Object> columns(UserIndicatorDraft draft, String by, OffsetDateTime now) {
        Map<Field<?>, Object> c = new java.util.LinkedHashMap<>();
        c.put(USER_INDICATOR.JURISDICTION_ID, draft.jurisdictionId());
        c.put(USER_INDICATOR.CODE, draft.code());
        c.put(USER_INDICATOR.NAME_ZH, draft.name().zh());
        c.put(USER_INDICATOR.NAME_EN, draft.name().en());
        c.put(USER_INDICATOR.FORMULA, draft.formula());
        c.put(USER_INDICATOR.UNIT_ZH, draft.unit().zh());
        c.put(USER_INDICATOR.UNIT_EN, draft.unit().en());
        c.put(USER_INDICATOR.POLARITY, draft.polarity().name());
        c.put(USER_INDICATOR.FACTOR_GROUP, draft.group().name());
        c.put(USER_INDICATOR.CREATED_BY, by);
        c.put(USER_INDICATOR.CREATED_AT, now);
        return c;
    }

    private static UserIndicator toIndicator(UserIndicatorRecord r) {
        return new UserIndicator(r.getId(), r.getJurisdictionId(), r.getCode(),
                new LocalizedText(r.getNameZh(), r.getNameEn()), r.getFormula(),
                new LocalizedText(r.getUnitZh(), r.getUnitEn()), Polarity.valueOf(r.getPolarity()),
                Group.valueOf(r.getFactorGroup()), r.getCreatedBy(), r.getCreatedAt());
    }
}
