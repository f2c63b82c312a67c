package org.gvclab.web.iotable;

import static org.gvclab.web.db.Tables.IO_RESULT;
import static org.gvclab.web.db.Tables.IO_TABLE;
import static org.gvclab.web.db.Tables.IO_TABLE_DATA;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.io.model.BalanceReport;
import org.gvclab.core.io.model.TableLayout;
import org.gvclab.core.io.read.TableFormat;
import org.gvclab.web.db.tables.records.IoTableRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Stores IO tables and their computed results. Tables are public statistics shared by every user, like the
 * reference values, so no method takes a tenant scope; services check roles. The numbers live in
 * {@code io_table_data}, apart from the summary rows, so listing tables never loads them.
 */
@Repository
class IoTableRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private final DSLContext dsl;
    private final ObjectMapper json = new ObjectMapper();

    IoTableRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the summary and the encoded table; returns the new id. The caller holds the transaction. */
    long insert(StoredIoTable t, byte[] data, long rawBytes) {
        long id = insertSummary(t);
        insertData(id, data, rawBytes);
        return id;
    }

    /**
     * Inserts the summary of a table only; its encoded data follows with {@link #insertData} (an upload opens the
     * table's page before its data is written). Returns the new id.
     */
    long insertSummary(StoredIoTable t) {
        return dsl.insertInto(IO_TABLE)
                .set(IO_TABLE.NAME, t.name())
                .set(IO_TABLE.TABLE_FORMAT, t.format().name())
                .set(IO_TABLE.CHECKSUM, t.checksum())
                .set(IO_TABLE.REGION_COUNT, t.G())
                .set(IO_TABLE.SECTOR_COUNT, t.N())
                .set(IO_TABLE.REGIONS_JSON, toJson(t.regions()))
                .set(IO_TABLE.SECTORS_JSON, toJson(t.sectors()))
                .set(IO_TABLE.FD_CATEGORIES_JSON, toJson(t.fdCategories()))
                .set(IO_TABLE.NOTES_JSON, toJson(t.notes()))
                .set(IO_TABLE.MAX_ROW_GAP, t.balance().maxRowGap())
                .set(IO_TABLE.MAX_ROW_REL_GAP, t.balance().maxRowRelativeGap())
                .set(IO_TABLE.WORST_ROW_LABEL, t.balance().worstRowLabel())
                .set(IO_TABLE.MAX_COL_GAP, t.balance().maxColumnGap())
                .set(IO_TABLE.MAX_COL_REL_GAP, t.balance().maxColumnRelativeGap())
                .set(IO_TABLE.WORST_COL_LABEL, t.balance().worstColumnLabel())
                .set(IO_TABLE.UPLOAD_NAME, t.uploadName())
                .set(IO_TABLE.UPLOAD_BYTES, t.uploadBytes())
                .set(IO_TABLE.UPLOADED_BY, t.uploadedBy())
                .set(IO_TABLE.UPLOADED_AT, t.uploadedAt())
                .returning(IO_TABLE.ID)
                .fetchSingle(IO_TABLE.ID);
    }

    /** Inserts the encoded data of a table whose summary is stored. */
    void insertData(long id, byte[] data, long rawBytes) {
        dsl.insertInto(IO_TABLE_DATA)
                .set(IO_TABLE_DATA.TABLE_ID, id)
                .set(IO_TABLE_DATA.CODEC, IoCodec.VERSION)
                .set(IO_TABLE_DATA.RAW_BYTES, rawBytes)
                .set(IO_TABLE_DATA.DATA, data)
                .execute();
    }

    /**
     * Deletes the tables whose data was never written (the application stopped while an upload's data was being
     * stored) and were recorded before {@code recordedBefore}; returns their ids.
     */
    List<StoredIoTable> deleteWithoutData(OffsetDateTime recordedBefore) {
        List<StoredIoTable> tables = dsl.selectFrom(IO_TABLE)
                .where(IO_TABLE.UPLOADED_AT.lt(recordedBefore))
                .andNotExists(dsl.selectOne().from(IO_TABLE_DATA).where(IO_TABLE_DATA.TABLE_ID.eq(IO_TABLE.ID)))
                .fetch(this::toStored);
        if (!tables.isEmpty()) {
            dsl.deleteFrom(IO_TABLE).where(IO_TABLE.ID.in(tables.stream().map(StoredIoTable::id).toList()))
                    .execute();
        }
        return tables;
    }

    /** Every stored table, newest first. */
    List<StoredIoTable> findAll() {
        return dsl.selectFrom(IO_TABLE).orderBy(IO_TABLE.UPLOADED_AT.desc(), IO_TABLE.ID.desc())
                .fetch(this::toStored);
    }

    /** The tables whose data is stored, and those of {@code alsoIds} (recorded, data on its way), newest first. */
    List<StoredIoTable> findAllComplete(java.util.Collection<Long> alsoIds) {
        return dsl.selectFrom(IO_TABLE)
                .where(DSL.exists(dsl.selectOne().from(IO_TABLE_DATA).where(IO_TABLE_DATA.TABLE_ID.eq(IO_TABLE.ID)))
                        .or(alsoIds.isEmpty() ? DSL.falseCondition() : IO_TABLE.ID.in(alsoIds)))
                .orderBy(IO_TABLE.UPLOADED_AT.desc(), IO_TABLE.ID.desc())
                .fetch(this::toStored);
    }

    /** Whether the encoded data of table {@code id} is stored. */
    boolean hasData(long id) {
        return dsl.fetchExists(dsl.selectOne().from(IO_TABLE_DATA).where(IO_TABLE_DATA.TABLE_ID.eq(id)));
    }

    /** Whether this database serves one application at a time (an embedded H2 file is locked by its process). */
    boolean singleNode() {
        return dsl.dialect().family() == org.jooq.SQLDialect.H2;
    }

    Optional<StoredIoTable> findById(long id) {
        return dsl.selectFrom(IO_TABLE).where(IO_TABLE.ID.eq(id)).fetchOptional(this::toStored);
    }

    Optional<StoredIoTable> findByChecksum(String checksum) {
        return dsl.selectFrom(IO_TABLE).where(IO_TABLE.CHECKSUM.eq(checksum)).fetchOptional(this::toStored);
    }

    /** The encoded table of {@code id}. */
    Optional<byte[]> data(long id) {
        return dsl.select(IO_TABLE_DATA.DATA).from(IO_TABLE_DATA).where(IO_TABLE_DATA.TABLE_ID.eq(id))
                .fetchOptional(IO_TABLE_DATA.DATA);
    }

    /** Deletes a table with its data and cached results (cascading); returns whether it existed. */
    boolean delete(long id) {
        return dsl.deleteFrom(IO_TABLE).where(IO_TABLE.ID.eq(id)).execute() == 1;
    }

    /** A cached result, encoded. */
    Optional<byte[]> result(String checksum, String outputKey) {
        return dsl.select(IO_RESULT.DATA).from(IO_RESULT)
                .where(IO_RESULT.CHECKSUM.eq(checksum).and(IO_RESULT.OUTPUT_KEY.eq(outputKey)))
                .fetchOptional(IO_RESULT.DATA);
    }

    /**
     * Stores a computed result unless another node or thread stored the same one first (then nothing changes);
     * returns whether this call stored it.
     */
    boolean insertResult(String checksum, String outputKey, byte[] data, long computeMillis, OffsetDateTime now) {
        return dsl.insertInto(IO_RESULT)
                .set(IO_RESULT.CHECKSUM, checksum)
                .set(IO_RESULT.OUTPUT_KEY, outputKey)
                .set(IO_RESULT.CODEC, IoCodec.VERSION)
                // VARBINARY, not the generated BLOB: H2 emulates ON CONFLICT with a MERGE that casts each value,
                // and H2 in PostgreSQL mode knows no BLOB type (the column is bytea / BINARY VARYING on both)
                .set(IO_RESULT.DATA, DSL.val(data, SQLDataType.VARBINARY))
                .set(IO_RESULT.COMPUTE_MILLIS, computeMillis)
                .set(IO_RESULT.COMPUTED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** The outputs cached for a table content. */
    List<String> resultKeys(String checksum) {
        return dsl.select(IO_RESULT.OUTPUT_KEY).from(IO_RESULT).where(IO_RESULT.CHECKSUM.eq(checksum))
                .orderBy(IO_RESULT.OUTPUT_KEY).fetch(IO_RESULT.OUTPUT_KEY);
    }

    private StoredIoTable toStored(IoTableRecord r) {
        return new StoredIoTable(r.getId(), r.getName(), TableFormat.valueOf(r.getTableFormat()), r.getChecksum(),
                new TableLayout(fromJson(r.getRegionsJson()), fromJson(r.getSectorsJson()),
                        fromJson(r.getFdCategoriesJson())),
                fromJson(r.getNotesJson()),
                new BalanceReport(r.getMaxRowGap(), r.getMaxRowRelGap(), r.getWorstRowLabel(), r.getMaxColGap(),
                        r.getMaxColRelGap(), r.getWorstColLabel()),
                r.getUploadName(), r.getUploadBytes(), r.getUploadedBy(), r.getUploadedAt());
    }

    private String toJson(List<String> list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a label list as JSON", e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a label list in io_table is not valid JSON", e);
        }
    }
}
