package org.gvclab.web.benchmark;

import static org.gvclab.web.db.Tables.BENCHMARK_VALUE;

import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.paradox.BenchmarkValue;
import org.gvclab.web.base.StaleDataException;
import org.gvclab.web.db.tables.records.BenchmarkValueRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Stores reference values; they are shared reference data, not data of a jurisdiction. */
@Repository
public class BenchmarkRepository {

    private final DSLContext dsl;

    public BenchmarkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<StoredBenchmark> findAll() {
        return dsl.selectFrom(BENCHMARK_VALUE).orderBy(BENCHMARK_VALUE.INDICATOR_ID)
                .fetch(BenchmarkRepository::toStored);
    }

    public boolean isEmpty() {
        return !dsl.fetchExists(BENCHMARK_VALUE);
    }

    public void insert(BenchmarkValue v, OffsetDateTime now, String by) {
        dsl.insertInto(BENCHMARK_VALUE)
                .set(BENCHMARK_VALUE.INDICATOR_ID, v.indicatorId())
                .set(BENCHMARK_VALUE.REF_VALUE, v.value())
                .set(BENCHMARK_VALUE.LOW_VALUE, v.low())
                .set(BENCHMARK_VALUE.HIGH_VALUE, v.high())
                .set(BENCHMARK_VALUE.SOURCE, v.source())
                .set(BENCHMARK_VALUE.SOURCE_YEAR, v.year())
                .set(BENCHMARK_VALUE.REGION_LEVEL, v.level().name())
                .set(BENCHMARK_VALUE.ASSUMPTION, v.assumption())
                .set(BENCHMARK_VALUE.NOTE_ZH, v.note().zh())
                .set(BENCHMARK_VALUE.NOTE_EN, v.note().en())
                .set(BENCHMARK_VALUE.UPDATED_AT, now)
                .set(BENCHMARK_VALUE.UPDATED_BY, by)
                .execute();
    }

    public void update(long id, int version, BenchmarkValue v, OffsetDateTime now, String by) {
        int rows = dsl.update(BENCHMARK_VALUE)
                .set(BENCHMARK_VALUE.REF_VALUE, v.value())
                .set(BENCHMARK_VALUE.LOW_VALUE, v.low())
                .set(BENCHMARK_VALUE.HIGH_VALUE, v.high())
                .set(BENCHMARK_VALUE.SOURCE, v.source())
                .set(BENCHMARK_VALUE.SOURCE_YEAR, v.year())
                .set(BENCHMARK_VALUE.REGION_LEVEL, v.level().name())
                .set(BENCHMARK_VALUE.ASSUMPTION, v.assumption())
                .set(BENCHMARK_VALUE.NOTE_ZH, v.note().zh())
                .set(BENCHMARK_VALUE.NOTE_EN, v.note().en())
                .set(BENCHMARK_VALUE.VERSION, BENCHMARK_VALUE.VERSION.plus(1))
                .set(BENCHMARK_VALUE.UPDATED_AT, now)
                .set(BENCHMARK_VALUE.UPDATED_BY, by)
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
