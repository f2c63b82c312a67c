package org.gvclab.core.notebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.gvclab.core.base.Msg;

/**
 * Evaluates notebooks, recomputing only the cells whose inputs changed since they were last computed. A cell's
 * inputs are its settings (its canonical JSON), the values of the parameters its evaluator
 * {@linkplain CellEvaluator#dependsOn() depends on}, and the evaluator's {@linkplain CellEvaluator#dataVersion data
 * version}; their SHA-256 hash keys a bounded cache of results (least recently used out first). Results that
 * failed are never cached.
 *
 * <p>Thread-safe. Keep one instance per user session (results of different tenants then never meet); the cache
 * key holds every input, so sharing is correct but needs tenant-specific data versions.
 */
public final class NotebookEvaluator {

    private final Map<Class<? extends Cell>, CellEvaluator<?>> evaluators = new HashMap<>();
    private final NotebookJsonCodec codec;
    private final CellFailures failures;
    private final Map<String, List<CellResult>> cache;

    /**
     * An evaluator of the shipped cell kinds that repeats an evaluator's unexpected exception to the reader.
     *
     * @param evaluators one per cell type; a cell type without one evaluates to a {@link FailedResult}
     * @param cacheSize  how many cell results to keep, at least 1
     */
    public NotebookEvaluator(List<? extends CellEvaluator<?>> evaluators, int cacheSize) {
        this(NotebookJsonCodec.standard(), evaluators, cacheSize, CellFailures.MESSAGE);
    }

    /**
     * @param codec      knows every cell kind the evaluators handle (a cell's canonical JSON is part of its key)
     * @param evaluators one per cell type; a cell type without one evaluates to a {@link FailedResult}
     * @param cacheSize  how many cell results to keep, at least 1
     * @param failures   what the reader is told when an evaluator fails unexpectedly
     */
    public NotebookEvaluator(NotebookJsonCodec codec, List<? extends CellEvaluator<?>> evaluators, int cacheSize,
                             CellFailures failures) {
        this.codec = codec;
        this.failures = failures;
        for (CellEvaluator<?> e : evaluators) {
            if (this.evaluators.put(e.cellType(), e) != null) {
                throw new IllegalArgumentException("two evaluators for " + e.cellType().getSimpleName());
            }
        }
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be at least 1, was " + cacheSize);
        }
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<CellResult>> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** An evaluator with the given cell evaluators and room for 1,000 cell results. */
    public NotebookEvaluator(List<? extends CellEvaluator<?>> evaluators) {
        this(evaluators, 1000);
    }

    /** Every cell's results; cells whose inputs are unchanged since their last evaluation come from the cache. */
    public EvaluatedNotebook evaluate(NotebookDocument document) {
        return evaluate(document, CellListener.NONE, () -> false);
    }

    /**
     * Every cell's results (in document order in the result), each handed to {@code listener} as soon as it is
     * there: the cells of quick evaluators first, in document order, then the slow ones.
     *
     * @param cancelled asked between cells; when it says so, evaluation stops with a {@link CancellationException}
     *                  (the results computed so far stay cached)
     */
    public EvaluatedNotebook evaluate(NotebookDocument document, CellListener listener, BooleanSupplier cancelled) {
        Map<String, List<CellResult>> results = new HashMap<>();
        Set<String> recomputed = new HashSet<>();
        for (Cell cell : inEvaluationOrder(document.cells())) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("evaluation of notebook '" + document.title() + "' cancelled");
            }
            CellEvaluator<?> evaluator = evaluators.get(cell.getClass());
            if (evaluator == null) {
                List<CellResult> failed = List.of(new FailedResult(cell.id(),
                        Msg.of("notebook.cell.noEvaluator", cell.kind().jsonName())));
                results.put(cell.id(), failed);
                recomputed.add(cell.id());
                listener.evaluated(cell, failed, true);
                continue;
            }
            List<CellResult> cached = null;
            String key = null;
            try {
                key = inputHash(evaluator, cell, document.parameters());
                synchronized (cache) {
                    cached = cache.get(key);
                }
            } catch (RuntimeException e) {
                // the data version could not be read (no cluster chosen, say): the evaluation reports it
            }
            if (cached != null) {
                results.put(cell.id(), cached);
                listener.evaluated(cell, cached, false);
                continue;
            }
            List<CellResult> computed = compute(evaluator, cell, document.parameters());
            recomputed.add(cell.id());
            results.put(cell.id(), computed);
            if (key != null && computed.stream().noneMatch(FailedResult.class::isInstance)) {
                synchronized (cache) {
                    cache.put(key, computed);
                }
            }
            listener.evaluated(cell, computed, true);
        }
        return new EvaluatedNotebook(document, results, recomputed);
    }

    /** The cells in document order, those whose evaluator is {@linkplain CellEvaluator#slow() slow} last. */
    private List<Cell> inEvaluationOrder(List<Cell> cells) {
        List<Cell> quick = new ArrayList<>();
        List<Cell> slow = new ArrayList<>();
        for (Cell cell : cells) {
            CellEvaluator<?> e = evaluators.get(cell.getClass());
            (e != null && e.slow() ? slow : quick).add(cell);
        }
        quick.addAll(slow);
        return quick;
    }

    /** Forgets every cached result (for example after reference data changed under every notebook). */
    public void clearCache() {
        synchronized (cache) {
            cache.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private <C extends Cell> List<CellResult> compute(CellEvaluator<C> evaluator, Cell cell,
                                                      NotebookParameters parameters) {
        try {
            List<CellResult> results = evaluator.evaluate((C) cell, parameters);
            if (results == null || results.isEmpty()) {
                return List.of(new FailedResult(cell.id(), Msg.of("notebook.cell.noResult")));
            }
            return List.copyOf(results);
        } catch (CellEvaluationException e) {
            return List.of(new FailedResult(cell.id(), e.text()));
        } catch (CancellationException e) {
            // the evaluation itself was cancelled (a newer one replaces it): nothing to show for this cell
            throw e;
        } catch (RuntimeException e) {
            return List.of(new FailedResult(cell.id(), failures.describe(cell, e)));
        }
    }

    @SuppressWarnings("unchecked")
    private <C extends Cell> String inputHash(CellEvaluator<C> evaluator, Cell cell, NotebookParameters parameters) {
        List<String> parts = new ArrayList<>();
        parts.add(evaluator.getClass().getName());
        parts.add(codec.cellJson(cell));
        for (NotebookParameter p : new TreeSet<>(evaluator.dependsOn())) {
            parts.add(p.name() + "=" + p.valueIn(parameters));
        }
        parts.add("data=" + evaluator.dataVersion((C) cell, parameters));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
