package org.gvclab.web.iotable;

import org.gvclab.web.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes of the IO tables feature, each one transaction with its audit entry (IO tables belong to no
 * jurisdiction, so their entries carry none). Called from the upload worker thread, which is why the caller's
 * name is passed in rather than read from the security context.
 */
@Component
class IoTableStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IoTableStore.class);

    /** The actor of audit entries the application writes on its own (not on a user's request). */
    static final String SYSTEM = "system";

    private final IoTableRepository repository;
    private final AuditLog audit;

    IoTableStore(IoTableRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Stores a checked table; fails with a duplicate-key error when its checksum was stored meanwhile. */
    @Transactional
    public StoredIoTable save(StoredIoTable summary, byte[] data, long rawBytes) {
        log.info("Storing IO table '{}' ({} bytes encoded) in one transaction", summary.name(), data.length);
        long id = repository.insert(summary, data, rawBytes);
        StoredIoTable stored = repository.findById(id).orElseThrow();
        audit.record(summary.uploadedBy(), null, "io_table", id, "create", null, stored);
        return stored;
    }

    /**
     * Records a checked table (its summary and the audit entry) without its encoded data, which
     * {@link #saveData} writes afterwards; fails with a duplicate-key error when its checksum was stored meanwhile.
     */
    @Transactional
    public StoredIoTable saveSummary(StoredIoTable summary) {
        long id = repository.insertSummary(summary);
        StoredIoTable stored = repository.findById(id).orElseThrow();
        audit.record(summary.uploadedBy(), null, "io_table", id, "create", null, stored);
        return stored;
    }

    /** Writes the encoded data of a table recorded by {@link #saveSummary}. */
    @Transactional
    public void saveData(long id, byte[] data, long rawBytes) {
        log.info("Storing the data of IO table {} ({} bytes encoded)", id, data.length);
        repository.insertData(id, data, rawBytes);
    }

    /**
     * Removes tables whose data was never written (an interrupted upload), each with an audit entry; returns their
     * ids.
     */
    @Transactional
    public java.util.List<Long> removeIncomplete(java.time.OffsetDateTime recordedBefore) {
        java.util.List<StoredIoTable> removed = repository.deleteWithoutData(recordedBefore);
        for (StoredIoTable t : removed) {
            audit.record(SYSTEM, null, "io_table", t.id(), "delete", t, null);
        }
        return removed.stream().map(StoredIoTable::id).toList();
    }

    /** Deletes a table with its data and cached results; returns whether it existed. */
    @Transactional
    public boolean delete(StoredIoTable table, String actor) {
        boolean deleted = repository.delete(table.id());
        if (deleted) {
            audit.record(actor, null, "io_table", table.id(), "delete", table, null);
        }
        return deleted;
    }
}
