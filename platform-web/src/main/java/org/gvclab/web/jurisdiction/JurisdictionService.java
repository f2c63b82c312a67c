package org.gvclab.web.jurisdiction;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads jurisdictions in the caller's scope; administrators create and change them. */
@Service
public class JurisdictionService {

    private final JurisdictionRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public JurisdictionService(JurisdictionRepository repository, CurrentUser currentUser, AuditLog audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Jurisdiction> visible() {
        return repository.findAll(currentUser.scope());
    }

    @Transactional(readOnly = true)
    public Jurisdiction get(long id) {
        TenantScope scope = currentUser.scope();
        return repository.findById(scope, id).orElseThrow(() -> new NotFoundInScopeException("jurisdiction", id));
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public long create(JurisdictionDraft draft) {
        TenantScope scope = currentUser.scope();
        checkCodeFree(draft.code(), null);
        checkParent(scope, draft.parentId(), null);
        long id = repository.insert(draft);
        audit.record(scope.username(), id, "jurisdiction", id, "create", null, draft);
        return id;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void update(Jurisdiction before, JurisdictionDraft draft) {
        TenantScope scope = currentUser.scope();
        checkCodeFree(draft.code(), before.id());
        checkParent(scope, draft.parentId(), before.id());
        repository.update(before.id(), before.version(), draft);
        audit.record(scope.username(), before.id(), "jurisdiction", before.id(), "update", before, draft);
    }

    private void checkCodeFree(String code, Long ownId) {
        repository.findByCode(code).filter(j -> !Objects.equals(j.id(), ownId)).ifPresent(j -> {
            throw new UserFacingException("jurisdiction.error.codeTaken", code);
        });
    }

    private void checkParent(TenantScope scope, Long parentId, Long ownId) {
        if (parentId == null) {
            return;
        }
        Long current = parentId;
        while (current != null) {
            if (current.equals(ownId)) {
                throw new UserFacingException("jurisdiction.error.parentCycle");
            }
            long lookup = current;
            current = repository.findById(scope, lookup)
                    .orElseThrow(() -> new NotFoundInScopeException("jurisdiction", lookup)).parentId();
        }
    }
}
