package org.gvclab.web.notebook;

import org.gvclab.core.notebook.CellListener;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.NotebookDocument;
import org.gvclab.core.notebook.NotebookEvaluator;
import org.gvclab.web.base.job.Job;
import org.gvclab.web.base.job.JobListener;
import org.gvclab.web.base.job.JobService;
import org.jspecify.annotations.Nullable;

/**
 * A notebook open in the editor: a result cache (the caller's, see {@link NotebookRendering#open()}), so that a
 * parameter change recomputes only the cells that depend on it, and evaluation in the background (a strategy comparison cell runs a Monte Carlo) with each cell's
 * results handed over as they arrive. Made by {@link NotebookRendering#open()}.
 */
public final class LiveNotebook {

    private final NotebookEvaluator evaluator;
    private final JobService jobs;
    private volatile @Nullable Running last;

    /** The latest background evaluation and the document it evaluates. */
    private record Running(NotebookDocument document, Job<EvaluatedNotebook> job) {
    }

    LiveNotebook(NotebookEvaluator evaluator, JobService jobs) {
        this.evaluator = evaluator;
        this.jobs = jobs;
    }

    /**
     * Evaluates {@code document} on the job service; {@code cells} hears each cell on the worker thread, in order.
     * Cancelling the job stops it between cells.
     */
    public Job<EvaluatedNotebook> evaluate(NotebookDocument document, CellListener cells) {
        int total = Math.max(1, document.cells().size());
        Job<EvaluatedNotebook> job = jobs.start("evaluation of notebook '" + document.title() + "'", context -> {
            int[] done = {0};
            return evaluator.evaluate(document, (cell, results, recomputed) -> {
                cells.evaluated(cell, results, recomputed);
                context.progress((double) ++done[0] / total);
            }, context::isCancelled);
        }, JobListener.NONE);
        last = new Running(document, job);
        return job;
    }

    /**
     * Evaluates {@code document} on the calling thread (a download as shown): when the background evaluation of the
     * same document is still running, it waits for that first, so nothing is computed twice; then every cell comes
     * from the cache, or is computed here.
     */
    public EvaluatedNotebook evaluateNow(NotebookDocument document) {
        Running running = last;
        if (running != null && running.document().equals(document) && !running.job().isDone()) {
            try {
                running.job().result().join();
            } catch (RuntimeException e) {
                // cancelled or failed: the evaluation below computes what is missing and reports failures per cell
            }
        }
        return evaluator.evaluate(document);
    }
}
