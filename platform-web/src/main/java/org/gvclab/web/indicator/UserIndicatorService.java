package org.gvclab.web.indicator;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.FormulaError;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.UserFormula;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User-defined indicators: formulas over the record fields, checked by the core's safe evaluator (a parser of
 * arithmetic and a few functions; no scripting, no reflection) when saved. A consultant defines them for one of
 * their jurisdictions; an administrator may share one with everyone. Everyone sees the shared ones and those of
 * their jurisdictions. Evaluating them on a cluster happens here, never in a view.
 */
@Service
public class UserIndicatorService {

    private final UserIndicatorRepository repository;
    private final ClusterDataService data;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    UserIndicatorService(UserIndicatorRepository repository, ClusterDataService data, CurrentUser currentUser,
                                AuditLog audit, Clock clock) {
        this.repository = repository;
        this.data = data;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserIndicator> visible() {
        return repository.findVisible(currentUser.scope());
    }

    /** The indicators that apply to a jurisdiction's clusters: the shared ones and those of that jurisdiction. */
    @Transactional(readOnly = true)
    public List<UserIndicator> forJurisdiction(long jurisdictionId) {
        return visible().stream().filter(i -> i.jurisdictionId() == null || i.jurisdictionId() == jurisdictionId)
                .toList();
    }

    /**
     * The indicators that apply to a cluster, evaluated on its latest year (with the year before for growth
     * rates); empty when there are none or the cluster has no data.
     */
    @Transactional(readOnly = true)
    public List<UserIndicatorValue> latestValues(long clusterId, long jurisdictionId) {
        List<UserIndicator> own = forJurisdiction(jurisdictionId);
        List<YearlyRecord> records = own.isEmpty() ? List.of() : data.records(clusterId);
        if (records.isEmpty()) {
            return List.of();
        }
        YearlyRecord latest = records.get(records.size() - 1);
        YearlyRecord previous = records.stream().filter(r -> r.year() == latest.year() - 1).findFirst().orElse(null);
        return own.stream().map(u -> new UserIndicatorValue(u, u.toIndicator(),
                UserFormula.parse(u.formula()).evaluate(u.code(), latest, previous))).toList();
    }

    /** Every problem of a formula, with its position; empty when it is valid. */
    public List<FormulaError> check(String formula) {
        return UserFormula.validate(formula);
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
        if (IndicatorCatalogue.find(draft.code()).isPresent() || repository.codeTaken(draft.code())) {
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
        long id = repository.insert(scope, draft, OffsetDateTime.now(clock));
        audit.record(scope.username(), draft.jurisdictionId(), "user_indicator", id, "create", null, draft);
        return repository.findById(scope, id).orElseThrow();
    }

    @RolesAllowed({"ADMIN", "CONSULTANT"})
    @Transactional
    public void delete(UserIndicator indicator) {
        TenantScope scope = currentUser.scope();
        boolean allowed = indicator.jurisdictionId() == null ? scope.isAdmin()
                : scope.canWrite(indicator.jurisdictionId());
        if (!allowed || !repository.delete(scope, indicator.id())) {
            throw new NotFoundInScopeException("user indicator", indicator.id());
        }
        audit.record(scope.username(), indicator.jurisdictionId(), "user_indicator", indicator.id(), "delete",
                indicator.code(), null);
    }
}
