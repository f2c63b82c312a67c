package org.gvclab.web.indicator;

import static org.gvclab.web.db.Tables.USER_INDICATOR;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.FormulaError;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.Polarity;
import org.gvclab.core.indicator.UserFormula;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.db.tables.records.UserIndicatorRecord;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User-defined indicators: formulas over the record fields, checked by the core's safe evaluator (a parser of
 * arithmetic and a few functions; no scripting, no reflection) when saved. A consultant defines them for one of
 * their jurisdictions; an administrator may share one with everyone. Everyone sees the shared ones and those of
 * their jurisdictions.
 */
@Service
public class UserIndicatorService {

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public UserIndicatorService(DSLContext dsl, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    private static Condition visibleTo(TenantScope scope) {
        return USER_INDICATOR.JURISDICTION_ID.isNull().or(scope.covers(USER_INDICATOR.JURISDICTION_ID));
    }

    @Transactional(readOnly = true)
    public List<UserIndicator> visible() {
        TenantScope scope = currentUser.scope();
        return dsl.selectFrom(USER_INDICATOR).where(visibleTo(scope)).orderBy(USER_INDICATOR.CODE)
                .fetch(UserIndicatorService::toIndicator);
    }

    /** The indicators that apply to a jurisdiction's clusters: the shared ones and those of that jurisdiction. */
    @Transactional(readOnly = true)
    public List<UserIndicator> forJurisdiction(long jurisdictionId) {
        return visible().stream().filter(i -> i.jurisdictionId() == null || i.jurisdictionId() == jurisdictionId)
                .toList();
    }

    /** Validates and stores an indicator; every problem of the formula is reported with its position. */
    @RolesAllowed({"ADMIN", "CONSULTANT"})
    @Transactional
    public UserIndicator create(UserIndicatorDraft draft) {
        TenantScope scope = currentUser.scope();
        if (draft.jurisdictionId() == null ? !scope.isAdmin() : !scope.canWrite(draft.jurisdictionId())) {
            throw new UserFacingException("indicators.error.jurisdiction");
        }
        if (!draft.code().matches(UserIndicatorDraft.CODE_PATTERN)) {
            throw new UserFacingException("indicators.error.code");
        }
        if (IndicatorCatalogue.find(draft.code()).isPresent()
                || dsl.fetchExists(USER_INDICATOR, USER_INDICATOR.CODE.eq(draft.code()))) {
            throw new UserFacingException("indicators.error.codeTaken", draft.code());
        }
        if (draft.name().zh().isBlank() || draft.name().en().isBlank()) {
            throw new UserFacingException("indicators.error.name");
        }
        List<FormulaError> errors = UserFormula.validate(draft.formula());
        if (!errors.isEmpty()) {
            throw new UserFacingException("indicators.error.formula", errors.stream()
                    .map(e -> e.message().in(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        }
        long id = dsl.insertInto(USER_INDICATOR)
                .set(USER_INDICATOR.JURISDICTION_ID, draft.jurisdictionId())
                .set(USER_INDICATOR.CODE, draft.code())
                .set(USER_INDICATOR.NAME_ZH, draft.name().zh())
                .set(USER_INDICATOR.NAME_EN, draft.name().en())
                .set(USER_INDICATOR.FORMULA, draft.formula())
                .set(USER_INDICATOR.UNIT_ZH, draft.unit().zh())
                .set(USER_INDICATOR.UNIT_EN, draft.unit().en())
                .set(USER_INDICATOR.POLARITY, draft.polarity().name())
                .set(USER_INDICATOR.FACTOR_GROUP, draft.group().name())
                .set(USER_INDICATOR.CREATED_BY, scope.username())
                .set(USER_INDICATOR.CREATED_AT, OffsetDateTime.now(clock))
                .returning(USER_INDICATOR.ID).fetchSingle(USER_INDICATOR.ID);
        audit.record(scope.username(), draft.jurisdictionId(), "user_indicator", id, "create", null, draft);
        return dsl.selectFrom(USER_INDICATOR).where(USER_INDICATOR.ID.eq(id)).fetchSingle(
                UserIndicatorService::toIndicator);
    }

    @RolesAllowed({"ADMIN", "CONSULTANT"})
    @Transactional
    public void delete(UserIndicator indicator) {
        TenantScope scope = currentUser.scope();
        boolean allowed = indicator.jurisdictionId() == null ? scope.isAdmin()
                : scope.canWrite(indicator.jurisdictionId());
        if (!allowed || dsl.deleteFrom(USER_INDICATOR).where(USER_INDICATOR.ID.eq(indicator.id())).execute() == 0) {
            throw new NotFoundInScopeException("user indicator", indicator.id());
        }
        audit.record(scope.username(), indicator.jurisdictionId(), "user_indicator", indicator.id(), "delete",
                indicator.code(), null);
    }

    private static UserIndicator toIndicator(UserIndicatorRecord r) {
        return new UserIndicator(r.getId(), r.getJurisdictionId(), r.getCode(),
                new LocalizedText(r.getNameZh(), r.getNameEn()), r.getFormula(),
                new LocalizedText(r.getUnitZh(), r.getUnitEn()), Polarity.valueOf(r.getPolarity()),
                Group.valueOf(r.getFactorGroup()), r.getCreatedBy(), r.getCreatedAt());
    }
}
