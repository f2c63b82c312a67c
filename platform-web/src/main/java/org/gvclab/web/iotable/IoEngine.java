package org.gvclab.web.iotable;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.web.base.job.JobLane;
import org.gvclab.web.base.job.JobListener;
import org.gvclab.web.base.job.JobService;
import org.jspecify.annotations.Nullable;
import org.gvclab.web.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Where IO work runs: uploads and indicator computations on the job service's {@code io} lane
 * ({@code gvclab.io.compute-threads}, one by default, so that one heavy computation at a time fits the heap), cache
 * reads on its {@code io-read} lane of two light threads.
 * Results are cached under (table checksum, output) in the database — computed once for every node and every
 * restart — and in a weighted in-memory LRU; models (a decoded table with its factorised {@code I − A}) in a small
 * LRU. Concurrent requests for the same output share one computation.
 */
@Component
class IoEngine {

    private static final Logger log = LoggerFactory.getLogger(IoEngine.class);
    /** Reads of cached results wait in an ample queue: each is short, and refusing one would fail a page. */
    private static final int READ_QUEUE = 10_000;

    private final java.util.concurrent.atomic.AtomicBoolean warmedUp = new java.util.concurrent.atomic.AtomicBoolean();
    private final IoTableRepository repository;
    private final Clock clock;
    private final JobLane compute;
    private final JobLane reads;
    private final JobLane stores;
    private final @Nullable JobService ownJobs;
    private final WeightedLru<String, IoModel> models;
    private final java.util.Map<String, IoModel> pinned = new java.util.concurrent.ConcurrentHashMap<>();
    private final WeightedLru<String, IndicatorTable> results;
    private final ConcurrentHashMap<String, CompletableFuture<IoOutput>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();
    private volatile @Nullable LinearSolver solver;

    @Autowired
    IoEngine(IoTableRepository repository, Clock clock, IoProperties properties, JobService jobs) {
        this(repository, clock, properties, jobs, false);
    }

    /** An engine with lanes of its own, as a second application node would have (tests); {@link #destroy()} ends them. */
    IoEngine(IoTableRepository repository, Clock clock, IoProperties properties) {
        this(repository, clock, properties, new JobService(), true);
    }

    private IoEngine(IoTableRepository repository, Clock clock, IoProperties properties, JobService jobs,
                     boolean own) {
        this.repository = repository;
        this.clock = clock;
        this.compute = jobs.lane("io", properties.computeThreads(), properties.queueLimit(), "io.error.busy");
        this.reads = jobs.lane("io-read", 2, READ_QUEUE, "io.error.busy");
        this.stores = jobs.lane("io-store", 1, properties.queueLimit(), "io.error.busy");
        this.ownJobs = own ? jobs : null;
        this.models = new WeightedLru<>(properties.cachedModels(), m -> 1);
        this.results = new WeightedLru<>(properties.resultCache().toBytes(), IoEngine::weight);
    }

    /** Ends the lanes of an engine made with its own ({@link #IoEngine(IoTableRepository, Clock, IoProperties)}). */
    void destroy() {
        if (ownJobs != null) {
            ownJobs.destroy();
        }
    }

    /**
     * Runs a task on the {@code io-store} lane, one at a time: writing an upload's encoded data while the table's
     * page already computes on the {@code io} lane.
     */
    <T> CompletableFuture<T> submitStore(Callable<T> task) {
        return stores.start("IO table storing", context -> task.call(), JobListener.NONE).result();
    }

    /** Runs a task on the {@code io} lane; when its queue is full the future fails with "busy, try again". */
    <T> CompletableFuture<T> submit(Callable<T> task) {
        return compute.start("IO computation", context -> task.call(), JobListener.NONE).result();
    }

    /**
     * One output of a stored table: from memory, else from the database, else computed (on the compute executor),
     * stored and remembered.
     *
     * @param outputKey what is computed (an indicator's file name, or a chain's smile-curve key)
     */
    CompletableFuture<IoOutput> result(StoredIoTable table, String outputKey,
                                       Function<IoModel, IndicatorTable> computation) {
        String key = table.checksum() + "/" + outputKey;
        IndicatorTable hit = results.get(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(new IoOutput(hit, IoOutput.Source.MEMORY, 0));
        }
        CompletableFuture<IoOutput> created = new CompletableFuture<>();
        CompletableFuture<IoOutput> running = inFlight.putIfAbsent(key, created);
        if (running != null) {
            return running;
        }
        reads.start("cached " + outputKey + " of IO table " + table.id(), context -> stored(table, outputKey),
                        JobListener.NONE).result()
                .thenCompose(stored -> stored.isPresent() ? CompletableFuture.completedFuture(stored.get())
                        : submit(() -> computeAndStore(table, outputKey, computation)))
                .whenComplete((r, e) -> {
                    if (r != null) {
                        results.put(key, r.table());
                    }
                    inFlight.remove(key, created);
                    if (e != null) {
                        created.completeExceptionally(unwrap(e));
                    } else {
                        created.complete(r);
                    }
                });
        return created;
    }

    private Optional<IoOutput> stored(StoredIoTable table, String outputKey) {
        long t0 = System.nanoTime();
        return repository.result(table.checksum(), outputKey).map(data -> new IoOutput(IoCodec.decodeResult(data),
                IoOutput.Source.STORED, (System.nanoTime() - t0) / 1_000_000));
    }

    private IoOutput computeAndStore(StoredIoTable table, String outputKey,
                                     Function<IoModel, IndicatorTable> computation) {
        IoModel m = model(table);
        long t0 = System.nanoTime();
        // rows are held, not formed from the model on each read: the grid and the cache outlive the model
        IndicatorTable r = computation.apply(m).materialized();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        computations.incrementAndGet();
        byte[] encoded = IoCodec.encodeResult(r);
        try {
            repository.insertResult(table.checksum(), outputKey, encoded, millis, OffsetDateTime.now(clock));
        } catch (DataIntegrityViolationException e) {
            // the table was deleted while this ran: the result is still the right answer for the caller
            log.info("Result {} of table {} not cached: {}", outputKey, table.id(), e.getMessage());
        }
        log.info("Computed {} of IO table {} ({} × {}) in {} ms", outputKey, table.id(), table.G(), table.N(), millis);
        return new IoOutput(r, IoOutput.Source.COMPUTED, millis);
    }

    /**
     * The model of a stored table: from memory, else decoded from the database and checked against its checksum.
     * Blocking; decoding a 2,500-row table takes about a second.
     */
    synchronized IoModel model(StoredIoTable table) {
        IoModel pinnedModel = pinned.get(table.checksum());
        if (pinnedModel != null) {
            return pinnedModel;
        }
        IoModel m = models.get(table.checksum());
        if (m != null) {
            return m;
        }
        byte[] data = repository.data(table.id())
                .orElseThrow(() -> new UserFacingException("io.error.stillStoring", table.name()));
        IoTable t = IoCodec.decodeTable(data);
        String checksum = t.checksum();
        if (!checksum.equals(table.checksum())) {
            throw new IllegalStateException("the stored data of IO table " + table.id() + " has checksum " + checksum
                    + ", its record says " + table.checksum() + ": the data is corrupt");
        }
        m = new IoModel(t, solver());
        models.put(table.checksum(), m);
        return m;
    }

    /** Keeps the model just built by an upload, so its first indicator needs no decoding or factorisation. */
    void remember(String checksum, IoModel model) {
        models.put(checksum, model);
    }

    /**
     * Holds the model of an upload whose data is still being written, whatever the LRU evicts meanwhile: until then
     * it is the only source of the table on this node.
     */
    void pin(String checksum, IoModel model) {
        pinned.put(checksum, model);
    }

    /** Releases a model held by {@link #pin} (its data is stored, or the table is gone). */
    void unpin(String checksum) {
        pinned.remove(checksum);
    }

    /** Drops everything held for a deleted table. */
    void forget(String checksum) {
        pinned.remove(checksum);
        models.removeIf(checksum::equals);
        results.removeIf(k -> k.startsWith(checksum + "/"));
    }

    /** The native solver when it loads here, the pure-Java one otherwise (loaded once, then shared). */
    LinearSolver solver() {
        LinearSolver s = solver;
        if (s != null) {
            return s;
        }
        synchronized (inFlight) {
            if (solver == null) {
                solver = LinearSolver.best();
                log.info("IO engine uses the {} solver", solver.name());
            }
            return solver;
        }
    }

    /** Whether the engine is shutting down (the application is stopping): no new work is accepted. */
    boolean stopping() {
        return compute.isShutdown();
    }

    /** How many outputs this node has computed (not read from a cache) since it started. */
    long computations() {
        return computations.get();
    }

    /**
     * Loads the native solver (tens of MB of libraries) in the background, once per process: called when the upload
     * page opens, so that an upload does not load it while its file is parsed, and again (doing nothing then) when an
     * upload starts.
     */
    void warmUp() {
        if (warmedUp.compareAndSet(false, true)) {
            reads.start("loading the IO solver", context -> solver(), JobListener.NONE);
        }
    }

    /** Waits for a future on behalf of a blocking caller, unwrapping its failure. */
    static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an IO computation", e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The failure inside {@link CompletionException} and {@link ExecutionException} wrappers. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static long weight(IndicatorTable r) {
        long perRow = 48L + 8L * r.valueColumns().size() + 40L * r.keyColumns().size();
        return 256 + perRow * r.rows().size();
    }
}
