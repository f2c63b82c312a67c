package org.gvclab.web.archfixture;

import static org.gvclab.web.db.Tables.IO_TABLE;
import static org.gvclab.web.db.Tables.NOTEBOOK;

import org.gvclab.web.base.Unscoped;
import org.gvclab.web.security.TenantScope;
import org.jooq.DSLContext;

/**
 * Breaks the tenant-scope rule on purpose in {@link #deleteAny} (user data, no scope, directly and through a private
 * helper in {@link #deleteThroughHelper}); the other methods keep it.
 */
class UnscopedRepository {

    private final DSLContext dsl;

    UnscopedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void deleteAny(long id) {
        dsl.deleteFrom(NOTEBOOK).where(NOTEBOOK.ID.eq(id)).execute();
    }

    void deleteThroughHelper(long id) {
        delete(id);
    }

    private void delete(long id) {
        dsl.deleteFrom(NOTEBOOK).where(NOTEBOOK.ID.eq(id)).execute();
    }

    void deleteInScope(TenantScope scope, long id) {
        dsl.deleteFrom(NOTEBOOK).where(NOTEBOOK.ID.eq(id)).and(scope.covers(NOTEBOOK.JURISDICTION_ID)).execute();
    }

    @Unscoped("a fixture: an explained exception")
    int countAll() {
        return dsl.fetchCount(NOTEBOOK);
    }

    int countTables() {
        return dsl.fetchCount(IO_TABLE);
    }
}
