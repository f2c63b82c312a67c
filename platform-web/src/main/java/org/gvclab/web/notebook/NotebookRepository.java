package org.gvclab.web.notebook;

import static org.gvclab.web.db.Tables.NOTEBOOK;
import static org.gvclab.web.db.Tables.NOTEBOOK_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookJsonCodec;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.db.tables.records.NotebookRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/**
 * Stores notebooks as JSON of the core's versioned format. A caller sees the notebooks of their jurisdictions that
 * they own or that are shared; an administrator sees all.
 */
@Repository
public class NotebookRepository {

    private final DSLContext dsl;
    private final NotebookJsonCodec codec = NotebookJsonCodec.standard();

    public NotebookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition visibleTo(TenantScope scope) {
        return scope.covers(NOTEBOOK.JURISDICTION_ID)
                .and(scope.isAdmin() ? org.jooq.impl.DSL.noCondition()
                        : NOTEBOOK.OWNER.eq(scope.username()).or(NOTEBOOK.SHARED.isTrue()));
    }

    public List<StoredNotebook> findVisible(TenantScope scope) {
        return dsl.selectFrom(NOTEBOOK).where(visibleTo(scope)).orderBy(NOTEBOOK.UPDATED_AT.desc())
                .fetch(this::toStored);
    }

    public Optional<StoredNotebook> findById(TenantScope scope, long id) {
        return dsl.selectFrom(NOTEBOOK).where(NOTEBOOK.ID.eq(id).and(visibleTo(scope))).fetchOptional(this::toStored);
    }

    public long insert(long jurisdictionId, NotebookDocument document, String owner, OffsetDateTime now) {
        String json = codec.write(document);
        long id = dsl.insertInto(NOTEBOOK)
                .set(NOTEBOOK.JURISDICTION_ID, jurisdictionId)
                .set(NOTEBOOK.TITLE, document.title())
                .set(NOTEBOOK.LANGUAGE, document.language())
                .set(NOTEBOOK.DOCUMENT_JSON, json)
                .set(NOTEBOOK.OWNER, owner)
                .set(NOTEBOOK.CREATED_AT, now)
                .set(NOTEBOOK.UPDATED_AT, now)
                .returning(NOTEBOOK.ID).fetchSingle(NOTEBOOK.ID);
        insertVersion(id, jurisdictionId, 0, json, owner, now);
        return id;
    }

    /** Saves a new state if the notebook is still at {@code version}; keeps the state in the history. */
    public void update(StoredNotebook before, NotebookDocument document, String by, OffsetDateTime now) {
        String json = codec.write(document);
        int rows = dsl.update(NOTEBOOK)
                .set(NOTEBOOK.TITLE, document.title())
                .set(NOTEBOOK.LANGUAGE, document.language())
                .set(NOTEBOOK.DOCUMENT_JSON, json)
                .set(NOTEBOOK.VERSION, NOTEBOOK.VERSION.plus(1))
                .set(NOTEBOOK.UPDATED_AT, now)
                .where(NOTEBOOK.ID.eq(before.id()).and(NOTEBOOK.VERSION.eq(before.version())))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("notebook", before.id());
        }
        insertVersion(before.id(), before.jurisdictionId(), before.version() + 1, json, by, now);
    }

    public void setShared(StoredNotebook notebook, boolean shared) {
        dsl.update(NOTEBOOK).set(NOTEBOOK.SHARED, shared).where(NOTEBOOK.ID.eq(notebook.id())).execute();
    }

    public void delete(StoredNotebook notebook) {
        dsl.deleteFrom(NOTEBOOK).where(NOTEBOOK.ID.eq(notebook.id())).execute();
    }

    public List<NotebookVersion> versions(long notebookId) {
        return dsl.select(NOTEBOOK_VERSION.VERSION_NO, NOTEBOOK_VERSION.SAVED_BY, NOTEBOOK_VERSION.SAVED_AT,
                        NOTEBOOK_VERSION.DOCUMENT_JSON)
                .from(NOTEBOOK_VERSION).where(NOTEBOOK_VERSION.NOTEBOOK_ID.eq(notebookId))
                .orderBy(NOTEBOOK_VERSION.VERSION_NO.desc()).fetch(Records.mapping(NotebookVersion::new));
    }

    private void insertVersion(long notebookId, long jurisdictionId, int versionNo, String json, String by,
                               OffsetDateTime now) {
        dsl.insertInto(NOTEBOOK_VERSION)
                .set(NOTEBOOK_VERSION.NOTEBOOK_ID, notebookId)
                .set(NOTEBOOK_VERSION.JURISDICTION_ID, jurisdictionId)
                .set(NOTEBOOK_VERSION.VERSION_NO, versionNo)
                .set(NOTEBOOK_VERSION.DOCUMENT_JSON, json)
                .set(NOTEBOOK_VERSION.SAVED_BY, by)
                .set(NOTEBOOK_VERSION.SAVED_AT, now)
                .execute();
    }

    private StoredNotebook toStored(NotebookRecord r) {
        return new StoredNotebook(r.getId(), r.getJurisdictionId(),
                codec.read(r.getDocumentJson(), "notebook " + r.getId()), r.getShared(), r.getOwner(), r.getVersion(),
                r.getCreatedAt(), r.getUpdatedAt());
    }

    /** Reads a stored state of the history. */
    public NotebookDocument read(NotebookVersion version, long notebookId) {
        return codec.read(version.documentJson(), "notebook " + notebookId + " version " + version.versionNo());
    }
}
