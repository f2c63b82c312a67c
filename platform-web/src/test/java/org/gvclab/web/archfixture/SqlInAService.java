package org.gvclab.web.archfixture;

import static org.gvclab.web.db.Tables.NOTEBOOK;

import org.jooq.DSLContext;

/** Breaks the jOOQ rule on purpose: a service that writes SQL itself. */
class SqlInAService {

    int count(DSLContext dsl) {
        return dsl.fetchCount(NOTEBOOK);
    }
}
