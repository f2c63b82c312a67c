package org.gvclab.web.notebook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.NotebookEvaluator;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.reports.BriefContext;
import org.gvclab.reports.BriefInput;
import org.gvclab.reports.excel.ExcelWorkbookRenderer;
import org.gvclab.reports.pdf.PdfBriefRenderer;
import org.gvclab.web.base.job.JobService;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.TenantScope;
import org.springframework.stereotype.Service;

/**
 * Evaluates notebooks with every installed cell kind ({@link CellPlugins}) and renders them to the PDF brief and the
 * Excel workbook. The editor keeps a {@link LiveNotebook} per open notebook so that a parameter change recomputes
 * only dependent cells, in the background; results are cached per caller (see {@link #open()}).
 */
@Service
public class NotebookRendering {

    /** How many callers' result caches are kept (each holds up to {@link CellPlugins}'s per-cache bound). */
    private static final int CACHED_CALLERS = 32;

    private final CellPlugins plugins;
    private final JobService jobs;
    private final JurisdictionService jurisdictions;
    private final List<ParameterChoices> choices;
    private final Clock clock;
    private final PdfBriefRenderer pdf = new PdfBriefRenderer();
    private final ExcelWorkbookRenderer excel = new ExcelWorkbookRenderer();
    private final CurrentUser currentUser;
    /** The result caches of the callers seen last (by scope: user, role and jurisdictions), least recent out first. */
    private final Map<TenantScope, NotebookEvaluator> evaluators = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TenantScope, NotebookEvaluator> eldest) {
            return size() > CACHED_CALLERS;
        }
    };

    NotebookRendering(CellPlugins plugins, JobService jobs, JurisdictionService jurisdictions,
                      List<ParameterChoices> choices, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.plugins = plugins;
        this.jobs = jobs;
        this.jurisdictions = jurisdictions;
        this.choices = List.copyOf(choices);
        this.clock = clock;
    }

    /**
     * A notebook opened in the editor. Its cells' results are kept in the caller's result cache, shared by every
     * notebook the same caller opens (in any session): a notebook reopened, or a new one on data already evaluated,
     * shows those results without computing them again. Every cache key holds the cell's settings, its parameters and
     * the data version of what it reads (docs/ARCHITECTURE.md, "Notebook results"), so a change of data, reference
     * values or weights is computed afresh; callers with different jurisdictions or roles never share a cache.
     */
    public LiveNotebook open() {
        return new LiveNotebook(callersEvaluator(), jobs);
    }

    /** A new evaluator with its own result cache. */
    public NotebookEvaluator newEvaluator() {
        return plugins.newEvaluator();
    }

    /** Every cell of a stored notebook, from the caller's result cache where it holds them (downloads). */
    public EvaluatedNotebook evaluate(StoredNotebook notebook) {
        return callersEvaluator().evaluate(notebook.document());
    }

    private NotebookEvaluator callersEvaluator() {
        TenantScope scope = currentUser.scope();
        synchronized (evaluators) {
            return evaluators.computeIfAbsent(scope, s -> plugins.newEvaluator());
        }
    }

    /**
     * The PDF brief.
     *
     * @param appendix whether to print the appendix (data annex, every parameter, provenance of every number); the
     *                 brief an official forwards leaves it out, the analyst's copy carries it
     */
    public void pdf(StoredNotebook notebook, EvaluatedNotebook evaluated, boolean appendix, OutputStream out)
            throws IOException {
        BriefInput in = input(notebook, evaluated);
        pdf.render(new BriefInput(in.notebook(), in.context(), appendix), out);
    }

    public void workbook(StoredNotebook notebook, EvaluatedNotebook evaluated, OutputStream out) throws IOException {
        excel.render(input(notebook, evaluated), out);
    }

    /** A file name for downloads: ASCII, from the notebook id and title. */
    public static String fileName(StoredNotebook notebook, String extension) {
        String title = notebook.document().title().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return "gvclab-notebook-" + notebook.id() + (title.isEmpty() ? "" : "-" + title) + "." + extension;
    }

    private BriefInput input(StoredNotebook notebook, EvaluatedNotebook evaluated) {
        Jurisdiction jurisdiction = jurisdictions.get(notebook.jurisdictionId());
        Long clusterId = NotebookInputs.lenient(notebook.document().parameters()).clusterId();
        LocalizedText cluster = clusterId == null ? LocalizedText.of("—") : choices.stream()
                .filter(c -> c.parameters().contains(NotebookParameter.CLUSTER))
                .flatMap(c -> c.label(NotebookParameter.CLUSTER, clusterId).stream())
                .findFirst().orElse(LocalizedText.of("—"));
        return new BriefInput(evaluated, new BriefContext(jurisdiction.name(), cluster, LocalDate.now(clock),
                notebook.document().locale()));
    }
}
