package org.gvclab.web.notebook;

import static org.gvclab.web.db.Tables.NOTEBOOK;
import static org.gvclab.web.db.Tables.NOTEBOOK_VERSION;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookJsonCodec;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.db.tables.records.NotebookRecord;
import org.gvclab.web.security.TenantScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/**
 * Stores notebooks as JSON of the core's versioned format. A caller sees the notebooks of their jurisdictions that
 * they own or that are shared; an administrator sees all.
 */
@Repository
class NotebookRepository {

    private final DSLContext dsl;
    private final NotebookJsonCodec codec;

    NotebookRepository(DSLContext dsl, CellPlugins plugins) {
        this.dsl = dsl;
        this.codec = plugins.codec();
    }

    private static Condition visibleTo(TenantScope scope) {
        return scope.covers(NOTEBOOK.JURISDICTION_ID)
                .and(scope.isAdmin() ? org.jooq.impl.DSL.noCondition()
                        : NOTEBOOK.OWNER.eq(scope.username()).or(NOTEBOOK.SHARED.isTrue()));
    }

    List<StoredNotebook> findVisible(TenantScope scope) {
        return dsl.selectFrom(NOTEBOOK).where(visibleTo(scope)).orderBy(NOTEBOOK.UPDATED_AT.desc())
                .fetch(this::toStored);
    }

    Optional<StoredNotebook> findById(TenantScope scope, long id) {
        return dsl.selectFrom(NOTEBOOK).where(NOTEBOOK.ID.eq(id).and(visibleTo(scope))).fetchOptional(this::toStored);
    }

    /** Stores a new notebook of the caller in a jurisdiction the service checked they may write. */
    long insert(TenantScope scope, long jurisdictionId, NotebookDocument document, OffsetDateTime now) {
        String json = codec.write(document);
        long id = dsl.insertInto(NOTEBOOK)
                .set(columns(document, json, now))
                .set(NOTEBOOK.JURISDICTION_ID, jurisdictionId)
                .set(NOTEBOOK.OWNER, scope.username())
                .set(NOTEBOOK.CREATED_AT, now)
                .returning(NOTEBOOK.ID).fetchSingle(NOTEBOOK.ID);
        insertVersion(id, jurisdictionId, 0, json, scope.username(), now);
        return id;
    }

    /** Saves a new state if the notebook is still at {@code version}; keeps the state in the history. */
    /** Saves a new state if the notebook is still at {@code version}; keeps the state in the history. */
    void update(TenantScope scope, StoredNotebook before, NotebookDocument document, OffsetDateTime now) {
        String json = codec.write(document);
        int rows = dsl.update(NOTEBOOK)
                .set(columns(document, json, now))
                .set(NOTEBOOK.VERSION, NOTEBOOK.VERSION.plus(1))
                .where(NOTEBOOK.ID.eq(before.id()).and(NOTEBOOK.VERSION.eq(before.version())))
                .and(scope.covers(NOTEBOOK.JURISDICTION_ID))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("notebook", before.id());
        }
        insertVersion(before.id(), before.jurisdictionId(), before.version() + 1, json, scope.username(), now);
    }

    void setShared(TenantScope scope, StoredNotebook notebook, boolean shared) {
        dsl.update(NOTEBOOK).set(NOTEBOOK.SHARED, shared).where(NOTEBOOK.ID.eq(notebook.id()))
                .and(scope.covers(NOTEBOOK.JURISDICTION_ID)).execute();
    }

    void delete(TenantScope scope, StoredNotebook notebook) {
        dsl.deleteFrom(NOTEBOOK).where(NOTEBOOK.ID.eq(notebook.id())).and(scope.covers(NOTEBOOK.JURISDICTION_ID))
                .execute();
    }

    List<NotebookVersion> versions(TenantScope scope, long notebookId) {
        return dsl.select(NOTEBOOK_VERSION.VERSION_NO, NOTEBOOK_VERSION.SAVED_BY, NOTEBOOK_VERSION.SAVED_AT,
                        NOTEBOOK_VERSION.DOCUMENT_JSON)
                .from(NOTEBOOK_VERSION).where(NOTEBOOK_VERSION.NOTEBOOK_ID.eq(notebookId))
                .and(scope.covers(NOTEBOOK_VERSION.JURISDICTION_ID))
                .orderBy(NOTEBOOK_VERSION.VERSION_NO.desc()).fetch(Records.mapping(NotebookVersion::new));
    }

    /** The columns a save writes (the same for the first and every later one). */
    private static Map<Field<?>, Object> columns(NotebookDocument document, String json, OffsetDateTime now) {
        Map<Field<?>, Object> c = new LinkedHashMap<>();
        c.put(NOTEBOOK.TITLE, document.title());
        c.put(NOTEBOOK.LANGUAGE, document.language());
        c.put(NOTEBOOK.DOCUMENT_JSON, json);
        c.put(NOTEBOOK.UPDATED_AT, now);
        return c;
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
    NotebookDocument read(NotebookVersion version, long notebookId) {
        return codec.read(version.documentJson(), "notebook " + notebookId + " version " + version.versionNo());
    }
}
