package org.gvclab.web.iotable;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.web.base.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Where IO work runs: uploads and indicator computations on a bounded executor ({@code gvclab.io.compute-threads},
 * one by default, so that one heavy computation at a time fits the heap), cache reads on two light threads.
 * Results are cached under (table checksum, output) in the database — computed once for every node and every
 * restart — and in a weighted in-memory LRU; models (a decoded table with its factorised {@code I − A}) in a small
 * LRU. Concurrent requests for the same output share one computation.
 */
@Component
class IoEngine implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IoEngine.class);

    private final IoTableRepository repository;
    private final Clock clock;
    private final ThreadPoolExecutor compute;
    private final ExecutorService reads;
    private final WeightedLru<String, IoModel> models;
    private final WeightedLru<String, IndicatorTable> results;
    private final ConcurrentHashMap<String, CompletableFuture<IoOutput>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();
    private volatile @Nullable LinearSolver solver;

    IoEngine(IoTableRepository repository, Clock clock, IoProperties properties) {
        this.repository = repository;
        this.clock = clock;
        int threads = properties.computeThreads();
        this.compute = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(properties.queueLimit()), named("gvclab-io-compute"));
        this.reads = Executors.newFixedThreadPool(2, named("gvclab-io-read"));
        this.models = new WeightedLru<>(properties.cachedModels(), m -> 1);
        this.results = new WeightedLru<>(properties.resultCache().toBytes(), IoEngine::weight);
    }

    /** Runs a task on the compute executor; when its queue is full the future fails with "busy, try again". */
    <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        try {
            compute.execute(() -> {
                try {
                    f.complete(task.call());
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            f.completeExceptionally(new UserFacingException("io.error.busy"));
        }
        return f;
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
        CompletableFuture
                .supplyAsync(() -> stored(table, outputKey), reads)
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
        IoModel m = models.get(table.checksum());
        if (m != null) {
            return m;
        }
        byte[] data = repository.data(table.id())
                .orElseThrow(() -> new IllegalStateException("IO table " + table.id() + " has no stored data"));
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

    /** Drops everything held for a deleted table. */
    void forget(String checksum) {
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

    /** Starts loading the native solver in the background (tens of MB of libraries) while an upload is parsed. */
    void warmUp() {
        if (solver == null) {
            reads.execute(this::solver);
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

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void destroy() {
        compute.shutdownNow();
        reads.shutdownNow();
    }
}
