package org.gvclab.web.archfixture;

import static org.gvclab.web.db.Tables.SCENARIO;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Breaks the column-list rule on purpose in {@link #save}; {@link #saveOnce} writes its columns once. */
class UpsertTwiceRepository {

    private final DSLContext dsl;

    UpsertTwiceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void save(long id, String name) {
        int rows = dsl.update(SCENARIO)
                .set(SCENARIO.NAME, name)
                .where(SCENARIO.ID.eq(id))
                .execute();
        if (rows == 0) {
            dsl.insertInto(SCENARIO)
                    .set(SCENARIO.ID, id)
                    .set(SCENARIO.NAME, name)
                    .execute();
        }
    }

    void saveOnce(long id, String name) {
        int rows = dsl.update(SCENARIO).set(columns(name)).where(SCENARIO.ID.eq(id)).execute();
        if (rows == 0) {
            dsl.insertInto(SCENARIO).set(columns(name)).set(SCENARIO.ID, id).execute();
        }
    }

    private static Map<Field<?>, Object> columns(String name) {
        return Map.of(SCENARIO.NAME, name);
    }
}
