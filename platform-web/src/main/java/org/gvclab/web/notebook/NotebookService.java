package org.gvclab.web.notebook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notebooks of the caller's jurisdictions: the owner edits, shares (read-only, within the jurisdiction) and
 * restores earlier versions; others see shared notebooks. A notebook the caller may not see is "not found".
 */
@Service
public class NotebookService {

    private final NotebookRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    NotebookService(NotebookRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StoredNotebook> visible() {
        return repository.findVisible(currentUser.scope());
    }

    @Transactional(readOnly = true)
    public StoredNotebook get(long id) {
        return repository.findById(currentUser.scope(), id).orElseThrow(() -> new NotFoundInScopeException("notebook", id));
    }

    /** Whether the caller may change the notebook (its owner). */
    public boolean canEdit(StoredNotebook notebook) {
        return notebook.owner().equals(currentUser.scope().username());
    }

    /**
     * A new notebook of the caller from a template, about a cluster of {@code jurisdictionId}, in {@code language}
     * ({@code zh-CN} or {@code en}), titled with the template's title and the cluster's name.
     */
    @Transactional
    public StoredNotebook create(long jurisdictionId, NotebookTemplate template, String language, long clusterId,
                                 LocalizedText clusterName) {
        NotebookParameters parameters = NotebookInputs.none().withCluster(clusterId).parameters();
        NotebookDocument document = template == NotebookTemplate.POLICY_BRIEF
                ? NotebookTemplates.policyBrief(language, parameters) : NotebookTemplates.blank(language, parameters);
        // the list shows many notebooks: the title names the cluster, in the notebook's language
        Locale locale = language.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String title = document.title() + " · " + clusterName.in(locale);
        return create(jurisdictionId, new NotebookDocument(title, document.language(), document.parameters(),
                document.cells()));
    }

    @Transactional
    public StoredNotebook create(long jurisdictionId, NotebookDocument document) {
        TenantScope scope = currentUser.scope();
        if (!scope.canWrite(jurisdictionId)) {
            throw new NotFoundInScopeException("jurisdiction", jurisdictionId);
        }
        long id = repository.insert(scope, jurisdictionId, document, OffsetDateTime.now(clock));
        audit.record(scope.username(), jurisdictionId, "notebook", id, "create", null, document.title());
        return repository.findById(scope, id).orElseThrow();
    }

    /** Saves a new state; refused when someone else saved in the meantime or the caller is not the owner. */
    @Transactional
    public StoredNotebook save(StoredNotebook before, NotebookDocument document) {
        TenantScope scope = requireOwner(before);
        repository.update(scope, before, document, OffsetDateTime.now(clock));
        audit.record(scope.username(), before.jurisdictionId(), "notebook", before.id(), "save",
                before.version(), before.version() + 1);
        return repository.findById(scope, before.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<NotebookVersion> versions(StoredNotebook notebook) {
        get(notebook.id());
        return repository.versions(currentUser.scope(), notebook.id());
    }

    /** Saves an earlier state as the newest one; the history keeps everything. */
    @Transactional
    public StoredNotebook restore(StoredNotebook current, NotebookVersion version) {
        requireOwner(current);
        return save(current, repository.read(version, current.id()));
    }

    @Transactional
    public StoredNotebook setShared(StoredNotebook notebook, boolean shared) {
        TenantScope scope = requireOwner(notebook);
        repository.setShared(scope, notebook, shared);
        audit.record(scope.username(), notebook.jurisdictionId(), "notebook", notebook.id(),
                shared ? "share" : "unshare", null, null);
        return repository.findById(scope, notebook.id()).orElseThrow();
    }

    @Transactional
    public void delete(StoredNotebook notebook) {
        TenantScope scope = requireOwner(notebook);
        repository.delete(scope, notebook);
        audit.record(scope.username(), notebook.jurisdictionId(), "notebook", notebook.id(), "delete",
                notebook.document().title(), null);
    }

    private TenantScope requireOwner(StoredNotebook notebook) {
        TenantScope scope = currentUser.scope();
        repository.findById(scope, notebook.id()).orElseThrow(() -> new NotFoundInScopeException("notebook",
                notebook.id()));
        if (!notebook.owner().equals(scope.username())) {
            throw new UserFacingException("notebook.error.notOwner");
        }
        return scope;
    }
}
