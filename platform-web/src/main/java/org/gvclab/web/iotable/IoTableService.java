package org.gvclab.web.iotable;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gvclab.core.io.IoOutputs;
import org.gvclab.core.io.OutputProgress;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.ValueChains;
import org.gvclab.core.io.model.BalanceReport;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.read.Detection;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.LayoutDetection;
import org.gvclab.core.io.read.ReadOptions;
import org.gvclab.core.io.read.TableFormat;
import org.gvclab.core.io.read.ZipLimits;
import org.gvclab.core.io.read.ZippedRelease;
import org.gvclab.web.base.NotFoundInScopeException;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterIoLink;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.Role;
import org.gvclab.web.security.TenantScope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Input-output tables for every signed-in user (docs/methods.md#io-core): upload (administrators and consultants),
 * browse, indicators computed once per table content and cached, charts' inputs, deletion, and the link of a
 * cluster to a region-sector. A bad file is reported with the core's file, line and label, and nothing is stored.
 */
@Service
public class IoTableService {

    private static final Logger log = LoggerFactory.getLogger(IoTableService.class);
    /** The shortest interval between two progress reports of an upload's reading. */
    static final long PROGRESS_MILLIS = 250;

    private final IoTableRepository repository;
    private final IoTableStore store;
    private final IoEngine engine;
    private final IoUploads uploads;
    private final IoProperties properties;
    private final CurrentUser currentUser;
    private final ClusterService clusters;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Background> background = new ConcurrentHashMap<>();
    /**
     * Uploads of this node recorded whose data is on its way, by table id: from the record until the data is written
     * or the table removed.
     */
    private final ConcurrentHashMap<Long, IoTable> unstoredData = new ConcurrentHashMap<>();
    /** Tables known to have their data stored (a table's data never goes away while the table stays). */
    private final java.util.Set<Long> complete = ConcurrentHashMap.newKeySet();

    IoTableService(IoTableRepository repository, IoTableStore store, IoEngine engine, IoUploads uploads,
                   IoProperties properties, CurrentUser currentUser, ClusterService clusters, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.engine = engine;
        this.uploads = uploads;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clusters = clusters;
        this.clock = clock;
    }

    /**
     * Every stored table, newest first: those whose data is stored, and those uploaded on this node whose data is
     * being written (their model is in this node's memory). A table recorded without its data elsewhere is not
     * listed (docs/io-formats.md, "Uploads and what the database holds").
     */
    @Transactional(readOnly = true)
    public List<StoredIoTable> list() {
        currentUser.scope();
        return repository.findAllComplete(java.util.Set.copyOf(unstoredData.keySet()));
    }

    /** A table as {@link #list()} shows it; one recorded without its data on another node is not found. */
    @Transactional(readOnly = true)
    public StoredIoTable get(long id) {
        currentUser.scope();
        return repository.findById(id).filter(t -> isComplete(t.id()))
                .orElseThrow(() -> new NotFoundInScopeException("io_table", id));
    }

    private boolean isComplete(long id) {
        if (complete.contains(id) || unstoredData.containsKey(id)) {
            return true;
        }
        if (repository.hasData(id)) {
            complete.add(id);
            return true;
        }
        return false;
    }

    /** Whether the caller may upload and delete tables (administrators and consultants). */
    public boolean canManage() {
        return canManage(currentUser.scope());
    }

    /** Prepares the engine for an upload in the background (the upload page calls it when a manager opens it). */
    public void prepareForUpload() {
        if (canManage()) {
            engine.warmUp();
        }
    }

    /** The largest upload accepted, in bytes. */
    public long maxUploadBytes() {
        return properties.maxUpload().toBytes();
    }

    // ---- upload ------------------------------------------------------------------------------------------------

    /** A new empty file to receive an upload called {@code uploadName}; hand it to {@link #startImport}. */
    public Path newUploadFile(String uploadName) {
        requireManager(currentUser.scope());
        return uploads.newFile(uploadName);
    }

    /** The most an uploaded zip may unpack to ({@code gvclab.io.max-zip-total}). */
    public long maxZipTotalBytes() {
        return properties.maxZipTotal().toBytes();
    }

    /**
     * Notes that an upload has arrived whole in {@code file} (logged: "Received upload …"; the browser benchmark
     * times the page from this moment).
     */
    public void uploadReceived(String uploadName, Path file) {
        log.info("Received upload {} ({} bytes)", uploadName, sizeOf(file));
    }

    /** Deletes an upload that will not be imported (the user went away, say). */
    public void discardUpload(Path file) {
        uploads.discard(file);
    }

    /**
     * The release the core recognises in an uploaded file from its name and first lines, or the layouts it tried
     * with the first difference from each (then the user chooses).
     */
    public Detection detect(Path file, String uploadName) {
        return LayoutDetection.detect(file, uploadName);
    }

    /** The layout of an uploaded file, when its name and first lines tell; empty when the user must choose. */
    public Optional<TableFormat> detectFormat(Path file, String uploadName) {
        return detect(file, uploadName).format();
    }

    /**
     * Reads, checks and stores an uploaded file in the background: the core's reader (labels, numbers, negative
     * output, balance within {@code gvclab.io.balance-tolerance}, zip entries and sizes), the content checksum (an
     * identical stored table is returned instead of a second copy), the factorisation of {@code I − A} (a singular
     * system fails here), then one transaction recording the table's summary and its audit entry; its encoded data
     * follows on a lane of its own (one transaction with the summary when {@code gvclab.io.store-in-background} is
     * off; docs/io-formats.md, "Uploads and what the database holds"). The file is deleted at the end either way. The future fails with the core's {@code IoException} (file, line, label) when the input is
     * bad; nothing is stored then.
     *
     * @param file       the uploaded file (from {@link #newUploadFile})
     * @param uploadName the name the user gave it
     * @param format     the layout, or null to detect it (fails, naming the layouts tried, when it cannot be told)
     */
    public CompletableFuture<ImportOutcome> startImport(Path file, String uploadName, @Nullable TableFormat format,
                                                        ImportProgress progress) {
        return startImport(file, uploadName, format, progress, new ZipLimits(properties.maxZipEntry().toBytes(),
                properties.maxZipTotal().toBytes(), ZipLimits.defaults().maxEntries()));
    }

    /** {@link #startImport} with other zip limits than the configured ones ({@code gvclab.io.max-zip-*}). */
    CompletableFuture<ImportOutcome> startImport(Path file, String uploadName, @Nullable TableFormat format,
                                                 ImportProgress progress, ZipLimits limits) {
        TenantScope scope = currentUser.scope();
        requireManager(scope);
        engine.warmUp();
        ImportProgress throttled = progress.throttled(PROGRESS_MILLIS);
        CompletableFuture<ImportOutcome> job = engine.submit(() -> importFile(scope, file, uploadName, format,
                throttled, limits));
        // the rest (and the caller's own callbacks, such as a view opening the table's page) runs on another thread,
        // so that the compute lane is free at once for the page's first indicator
        return job.whenCompleteAsync((outcome, error) -> {
            uploads.discard(file);
            if (outcome == null) {
                return;
            }
            IoTable unstored = unstoredData.get(outcome.table().id());
            CompletableFuture<?> first = properties.computeAllOnUpload() ? computeEverything(outcome.table())
                    : CompletableFuture.completedFuture(null);
            if (unstored != null) {
                // the data is encoded and written once the first output (the page's first grid) is computed, so
                // that the encoding does not compete with it for the processor
                first.whenComplete((r, e) -> storeData(outcome.table(), unstored));
            }
        });
    }

    private ImportOutcome importFile(TenantScope scope, Path file, String uploadName, @Nullable TableFormat requested,
                                     ImportProgress progress, ZipLimits limits) throws IOException {
        long t0 = System.nanoTime();
        TableFormat format = requested;
        if (format == null) {
            Detection detection = detect(file, uploadName);
            format = detection.format().orElseThrow(detection::unknownLayout);
        }
        long size = Files.size(file);
        progress.update(ImportPhase.READING, 0);
        IoTable table = read(file, uploadName, format, size, progress, limits);
        long t1 = System.nanoTime();
        progress.update(ImportPhase.CHECKING, -1);
        String checksum = table.checksum();
        Optional<StoredIoTable> existing = repository.findByChecksum(checksum);
        if (existing.isPresent()) {
            progress.update(ImportPhase.DONE, 1);
            return new ImportOutcome(existing.get(), true, millis(t0, t1), 0, 0, millis(t0, System.nanoTime()));
        }
        progress.update(ImportPhase.FACTORISING, -1);
        IoModel model = new IoModel(table, engine.solver());
        model.leontief(); // throws SingularMatrixException before anything is stored
        long t2 = System.nanoTime();
        progress.update(ImportPhase.STORING, -1);
        // the reader checked the balance already; timed again here only to report that phase on its own
        long b0 = System.nanoTime();
        BalanceReport balance = table.balance();
        long balanceMillis = millis(b0, System.nanoTime());
        StoredIoTable summary = new StoredIoTable(0, table.name(), format, checksum, table.layout(), table.notes(),
                balance, uploadName, size, scope.username(),
                OffsetDateTime.now(clock));
        StoredIoTable stored;
        boolean already = false;
        try {
            if (properties.storeInBackground()) {
                // the summary now, the encoded data in the background: the table's page opens (and computes from
                // the model kept in memory) while the data is written (docs/PERFORMANCE.md, "IO tables in the
                // browser: the page before the data is stored")
                stored = store.saveSummary(summary);
                engine.pin(checksum, model);
            } else {
                // summary and data in one transaction: all or nothing, whatever happens to the process
                byte[] data = IoCodec.encodeTable(table);
                stored = store.save(summary, data, rawBytes(table));
            }
            engine.remember(checksum, model);
        } catch (DataIntegrityViolationException e) {
            // the same content was stored by someone else while this upload was read
            stored = repository.findByChecksum(checksum).orElseThrow(() -> e);
            already = true;
        }
        long t3 = System.nanoTime();
        if (!already && properties.storeInBackground()) {
            unstoredData.put(stored.id(), table);
        }
        progress.update(ImportPhase.DONE, 1);
        log.info("Imported IO table {} ({} × {}): parse and check {} ms (of which the balance check {} ms), checksum"
                + " and factorise {} ms, {} {} ms", stored.id(), table.G(), table.N(), millis(t0, t1), balanceMillis,
                millis(t1, t2), properties.storeInBackground() ? "record (its data follows in the background)"
                        : "encode and store", millis(t2, t3));
        return new ImportOutcome(stored, already, millis(t0, t1), millis(t1, t2), millis(t2, t3), millis(t0, t3));
    }

    /**
     * Encodes and writes a recorded table's data on the {@code io-store} lane; until it is written the upload's model
     * stays pinned in memory. A table whose data cannot be written is removed again (its page then says so).
     */
    private void storeData(StoredIoTable stored, IoTable table) {
        engine.submitStore(() -> {
            long s0 = System.nanoTime();
            byte[] data = IoCodec.encodeTable(table);
            long s1 = System.nanoTime();
            store.saveData(stored.id(), data, rawBytes(table));
            complete.add(stored.id());
            log.info("Stored the data of IO table {}: encode {} ms, write {} ms", stored.id(), millis(s0, s1),
                    millis(s1, System.nanoTime()));
            return null;
        }).whenComplete((ok, error) -> {
            unstoredData.remove(stored.id());
            engine.unpin(stored.checksum());
            if (error != null && engine.stopping()) {
                log.info("The application stopped before the data of IO table {} was stored; it is removed at the"
                        + " next start", stored.id());
                return;
            }
            if (error != null) {
                if (repository.findById(stored.id()).isEmpty()) {
                    log.info("IO table {} was deleted before its data was stored", stored.id());
                    return;
                }
                log.error("Could not store the data of IO table {}; removing it", stored.id(), IoEngine.unwrap(error));
                store.delete(stored, stored.uploadedBy());
                engine.forget(stored.checksum());
            }
        });
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long rawBytes(IoTable table) {
        return 8L * (table.Z().data().length + table.Y().data().length + table.va().length + table.x().length
                + (table.yDetail() == null ? 0 : table.yDetail().data().length));
    }

    /**
     * Removes tables whose data an earlier run did not finish writing (the application stopped meanwhile): on a
     * database one application uses (embedded H2) all of them; on a shared one those recorded more than an hour ago,
     * so that an upload another node is storing right now stays (other nodes do not show it meanwhile). Done as the
     * service is made, before the application serves a request or takes a backup.
     */
    @jakarta.annotation.PostConstruct
    void removeIncompleteUploads() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> removed = store.removeIncomplete(repository.singleNode() ? now.plusSeconds(1) : now.minusHours(1));
        if (!removed.isEmpty()) {
            log.warn("Removed IO tables {}: the application stopped before their data was stored", removed);
        }
    }

    private IoTable read(Path file, String uploadName, TableFormat format, long size, ImportProgress progress,
                         ZipLimits limits) throws IOException {
        ReadOptions options = new ReadOptions(properties.balanceTolerance(), true);
        if (format != TableFormat.GOLDEN && ZippedRelease.isZipName(uploadName)) {
            // a release file as downloaded, packed in a zip: read the table inside, unpacked within the zip limits
            progress.update(ImportPhase.READING, -1);
            Optional<ZippedRelease> release = ZippedRelease.unpack(file, uploadName, null, limits);
            if (release.isPresent()) {
                try (ZippedRelease r = release.get()) {
                    return IoTables.read(r.file(), format, options);
                }
            }
        }
        return switch (format) {
            case GOLDEN -> IoTables.readGoldenZip(file, limits, options, uploadName,
                    share -> progress.update(ImportPhase.READING, share));
            case ICIO -> {
                try (InputStream in = new Counting(Files.newInputStream(file), size, progress)) {
                    yield IoTables.readIcio(in, uploadName, options);
                }
            }
            case WIOD -> {
                progress.update(ImportPhase.READING, -1);
                yield IoTables.read(file, TableFormat.WIOD, options);
            }
        };
    }

    /** Deletes a table, its cached results and (through the database) the clusters' links to it. */
    public void delete(long id) {
        TenantScope scope = currentUser.scope();
        requireManager(scope);
        StoredIoTable table = repository.findById(id).orElseThrow(() -> new NotFoundInScopeException("io_table", id));
        if (store.delete(table, scope.username())) {
            engine.forget(table.checksum());
        }
    }

    // ---- indicators --------------------------------------------------------------------------------------------

    /** The indicators the table page offers: the 21 standard outputs and the average propagation length. */
    public static List<IndicatorId> browsable() {
        List<IndicatorId> ids = new java.util.ArrayList<>(IndicatorId.standardSet());
        ids.add(IndicatorId.AVERAGE_PROPAGATION_LENGTH);
        return List.copyOf(ids);
    }

    /**
     * One indicator of a table (one of {@link IndicatorId#tableOutputs()} or the average propagation length):
     * computed once per table content, then read from the cache by every node.
     */
    public CompletableFuture<IoOutput> result(long tableId, IndicatorId id) {
        if (id == IndicatorId.SMILE_CURVE) {
            throw new IllegalArgumentException("the smile curve needs a chain: use smileCurve(table, region, sector)");
        }
        return engine.result(get(tableId), id.fileName(), m -> IoOutputs.compute(m, id, null));
    }

    /**
     * Computes every browsable output of a newly uploaded table in the background, one after the other (each its own
     * task on the compute executor, so that an indicator a user asks for meanwhile waits for one output at most),
     * each stored like an indicator asked for. Progress per output goes to {@link #watchComputations} listeners.
     */
    CompletableFuture<?> computeEverything(StoredIoTable table, OutputProgress... listeners) {
        Background b = new Background(backgroundOrder());
        b.listeners.addAll(List.of(listeners));
        if (background.putIfAbsent(table.id(), b) == null) {
            return computeFrom(table, b, 0);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Computes output {@code index} and then the next ones; returns the future of output {@code index} alone. */
    private CompletableFuture<?> computeFrom(StoredIoTable table, Background b, int index) {
        if (index >= b.ids.size()) {
            background.remove(table.id(), b);
            return CompletableFuture.completedFuture(null);
        }
        IndicatorId id = b.ids.get(index);
        b.update(id, index, false);
        CompletableFuture<IoOutput> output = engine.result(table, id.fileName(), m -> IoOutputs.compute(m, id, null));
        output.whenComplete((r, e) -> {
            if (engine.stopping()) {
                background.remove(table.id(), b);
                log.info("Background computation of IO table {} stopped with the application at {}", table.id(),
                        id.fileName());
                return;
            }
            if (e != null) {
                log.warn("Background computation of {} for IO table {} failed: {}", id.fileName(), table.id(),
                        IoEngine.unwrap(e).toString());
            }
            b.update(id, index, true);
            computeFrom(table, b, index + 1);
        });
        return output;
    }

    /**
     * Follows the background computation of every output of a table (started after its upload): {@code listener}
     * hears at once where it stands, then each output's start and end, on the compute thread. Nothing is heard when
     * none is running. Returns what stops the listening.
     */
    public Runnable watchComputations(long tableId, OutputProgress listener) {
        Background b = background.get(tableId);
        if (b == null) {
            return () -> {
            };
        }
        b.listeners.add(listener);
        IndicatorId current = b.current;
        if (current != null) {
            listener.update(current, b.index, b.ids.size(), b.finished);
        }
        return () -> b.listeners.remove(listener);
    }

    /**
     * The browsable outputs in the order the background computes them: the n × n matrices last, so that an indicator
     * a user opens right after an upload waits behind a small output rather than behind a 2,500 × 2,500 one.
     */
    static List<IndicatorId> backgroundOrder() {
        java.util.Set<IndicatorId> square = java.util.EnumSet.of(IndicatorId.LEONTIEF_INVERSE_B,
                IndicatorId.DOMESTIC_LEONTIEF_L, IndicatorId.GHOSH_INVERSE_G, IndicatorId.LEONTIEF_VBE_EXPORTS,
                IndicatorId.AVERAGE_PROPAGATION_LENGTH);
        List<IndicatorId> order = new java.util.ArrayList<>(browsable().stream().filter(i -> !square.contains(i))
                .toList());
        order.addAll(browsable().stream().filter(square::contains).toList());
        return List.copyOf(order);
    }

    /** Where a table's background computation stands, and who listens. */
    private static final class Background {
        private final List<IndicatorId> ids;
        private final List<OutputProgress> listeners = new CopyOnWriteArrayList<>();
        private volatile @Nullable IndicatorId current;
        private volatile int index;
        private volatile boolean finished;

        Background(List<IndicatorId> ids) {
            this.ids = List.copyOf(ids);
        }

        void update(IndicatorId id, int i, boolean done) {
            current = id;
            index = i;
            finished = done;
            for (OutputProgress l : listeners) {
                l.update(id, i, ids.size(), done);
            }
        }
    }

    /** The smile curve of the final product of {@code region}'s {@code sector} (Ye, Meng &amp; Wei 2015). */
    public CompletableFuture<IoOutput> smileCurve(long tableId, String region, String sector) {
        StoredIoTable table = get(tableId);
        int r = table.regions().indexOf(region);
        int s = table.sectors().indexOf(sector);
        if (r < 0 || s < 0) {
            throw new UserFacingException("io.error.noSuchChain", region, sector);
        }
        return engine.result(table, IndicatorId.SMILE_CURVE.fileName() + "/" + r + "/" + s,
                m -> ValueChains.smileCurve(m, region, sector));
    }

    /**
     * The indicator a table's page opens with: the first output (in the background's order) already computed for
     * it, else the first the background computes, a quick one.
     */
    @Transactional(readOnly = true)
    public IndicatorId defaultIndicator(long tableId) {
        java.util.Set<String> ready = new java.util.HashSet<>(cachedOutputs(tableId));
        List<IndicatorId> order = backgroundOrder();
        return order.stream().filter(id -> ready.contains(id.fileName())).findFirst().orElse(order.get(0));
    }

    /** The outputs already computed for a table (cached in the database). */
    @Transactional(readOnly = true)
    public List<String> cachedOutputs(long tableId) {
        return repository.resultKeys(get(tableId).checksum());
    }

    /**
     * The model of a stored table (decoded, checked against its checksum, {@code I − A} factorised on first use),
     * shared with the indicator computations. Blocking: up to about a second for a 2,500-row table that is not in
     * memory; call it off the UI thread for large tables. Treat it as read-only.
     */
    public IoModel model(long tableId) {
        return engine.model(get(tableId));
    }

    /** The model of the table a cluster is linked to. */
    public IoModel model(IoLink link) {
        return model(link.tableId());
    }

    // ---- cluster links -----------------------------------------------------------------------------------------

    /**
     * The IO table region-sector a cluster is linked to, if any (the lead's strategy page computes Type I
     * multipliers from it; the diagnosis may read input diversity and production length of that sector).
     *
     * @throws NotFoundInScopeException when the cluster is not in the caller's jurisdictions
     */
    @Transactional(readOnly = true)
    public Optional<IoLink> linkOf(long clusterId) {
        return clusters.ioLink(clusterId).flatMap(l -> repository.findById(l.tableId()).map(t -> toLink(l, t)));
    }

    /** Links a cluster the caller may edit to a region-sector of a table (audited on the cluster). */
    @Transactional
    public IoLink link(long clusterId, long tableId, String region, String sector) {
        StoredIoTable table = get(tableId);
        if (!table.regions().contains(region) || !table.sectors().contains(sector)) {
            throw new UserFacingException("io.error.noSuchChain", region, sector);
        }
        return toLink(clusters.linkIo(clusterId, tableId, region, sector), table);
    }

    /** Removes a cluster's link (audited). */
    @Transactional
    public void unlink(long clusterId) {
        clusters.unlinkIo(clusterId);
    }

    /** The caller's clusters linked to a table. */
    @Transactional(readOnly = true)
    public List<ClusterIoLink> linksTo(long tableId) {
        return clusters.ioLinksTo(tableId);
    }

    /** The clusters the caller may link (those they may edit). */
    @Transactional(readOnly = true)
    public List<Cluster> linkableClusters() {
        TenantScope scope = currentUser.scope();
        return clusters.visible().stream().filter(c -> scope.canWrite(c.jurisdictionId())).toList();
    }

    private static IoLink toLink(ClusterIoLink l, StoredIoTable t) {
        int r = t.regions().indexOf(l.region());
        int s = t.sectors().indexOf(l.sector());
        return new IoLink(l.clusterId(), t.id(), t.name(), t.checksum(), l.region(), l.sector(), r, s,
                r * t.N() + s);
    }

    private static boolean canManage(TenantScope scope) {
        return scope.role() == Role.ADMIN || scope.role() == Role.CONSULTANT;
    }

    private static void requireManager(TenantScope scope) {
        if (!canManage(scope)) {
            throw new UserFacingException("io.error.notAllowed");
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Reports the share of the file read so far, at most every 1 %. */
    private static final class Counting extends FilterInputStream {
        private final long size;
        private final ImportProgress progress;
        private long read;
        private long reported;

        Counting(InputStream in, long size, ImportProgress progress) {
            super(in);
            this.size = Math.max(1, size);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            read += n;
            if ((read - reported) * 100 >= size) {
                reported = read;
                progress.update(ImportPhase.READING, Math.min(1.0, (double) read / size));
            }
        }
    }
}
