package org.gvclab.web.benchmark;

import static org.gvclab.web.db.Tables.BENCHMARK_VALUE;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.paradox.BenchmarkValue;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.db.tables.records.BenchmarkValueRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Stores reference values; they are shared reference data, not data of a jurisdiction. */
@Repository
class BenchmarkRepository {

    private final DSLContext dsl;

    BenchmarkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<StoredBenchmark> findAll() {
        return dsl.selectFrom(BENCHMARK_VALUE).orderBy(BENCHMARK_VALUE.INDICATOR_ID)
                .fetch(BenchmarkRepository::toStored);
    }

    boolean isEmpty() {
        return !dsl.fetchExists(BENCHMARK_VALUE);
    }

    /** The stored columns of a value and of who changed it when (the same for inserts and updates). */
    private static Map<Field<?>, Object> columns(BenchmarkValue v, OffsetDateTime now, String by) {
        Map<Field<?>, Object> c = new LinkedHashMap<>();
        c.put(BENCHMARK_VALUE.INDICATOR_ID, v.indicatorId());
        c.put(BENCHMARK_VALUE.REF_VALUE, v.value());
        c.put(BENCHMARK_VALUE.LOW_VALUE, v.low());
        c.put(BENCHMARK_VALUE.HIGH_VALUE, v.high());
        c.put(BENCHMARK_VALUE.SOURCE, v.source());
        c.put(BENCHMARK_VALUE.SOURCE_YEAR, v.year());
        c.put(BENCHMARK_VALUE.REGION_LEVEL, v.level().name());
        c.put(BENCHMARK_VALUE.ASSUMPTION, v.assumption());
        c.put(BENCHMARK_VALUE.NOTE_ZH, v.note().zh());
        c.put(BENCHMARK_VALUE.NOTE_EN, v.note().en());
        c.put(BENCHMARK_VALUE.UPDATED_AT, now);
        c.put(BENCHMARK_VALUE.UPDATED_BY, by);
        return c;
    }

    void insert(BenchmarkValue v, OffsetDateTime now, String by) {
        dsl.insertInto(BENCHMARK_VALUE).set(columns(v, now, by)).execute();
    }

    /** Changes a value if nobody else did since {@code version}; its indicator stays the same. */
    void update(long id, int version, BenchmarkValue v, OffsetDateTime now, String by) {
        int rows = dsl.update(BENCHMARK_VALUE)
                .set(columns(v, now, by))
                .set(BENCHMARK_VALUE.VERSION, BENCHMARK_VALUE.VERSION.plus(1))
                .where(BENCHMARK_VALUE.ID.eq(id).and(BENCHMARK_VALUE.VERSION.eq(version)))
                .execute();
        if (rows == 0) {
            throw new StaleDataException("benchmark", id);
        }
    }

    private static StoredBenchmark toStored(BenchmarkValueRecord r) {
        return new StoredBenchmark(r.getId(), new BenchmarkValue(r.getIndicatorId(), r.getRefValue(), r.getLowValue(),
                r.getHighValue(), r.getSource(), r.getSourceYear(), BenchmarkValue.Level.valueOf(r.getRegionLevel()),
                r.getAssumption(), new LocalizedText(r.getNoteZh(), r.getNoteEn())), r.getVersion(),
                r.getUpdatedAt(), r.getUpdatedBy());
    }
}
