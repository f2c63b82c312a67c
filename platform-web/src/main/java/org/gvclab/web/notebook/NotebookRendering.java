package org.gvclab.web.notebook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.EvaluatedNotebook;
import org.gvclab.core.notebook.MarkdownCellEvaluator;
import org.gvclab.core.notebook.NotebookEvaluator;
import org.gvclab.reports.BriefContext;
import org.gvclab.reports.BriefInput;
import org.gvclab.reports.excel.ExcelWorkbookRenderer;
import org.gvclab.reports.pdf.PdfBriefRenderer;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;
import org.springframework.stereotype.Service;

/**
 * Evaluates notebooks with every installed cell evaluator and renders them to the PDF brief and the Excel workbook.
 * The web editor keeps one evaluator per open notebook so that a parameter change recomputes only dependent cells.
 */
@Service
public class NotebookRendering {

    private final List<CellEvaluator<?>> evaluators;
    private final JurisdictionService jurisdictions;
    private final ClusterService clusters;
    private final Clock clock;
    private final PdfBriefRenderer pdf = new PdfBriefRenderer();
    private final ExcelWorkbookRenderer excel = new ExcelWorkbookRenderer();

    public NotebookRendering(List<CellEvaluator<?>> evaluators, JurisdictionService jurisdictions,
                             ClusterService clusters, Clock clock) {
        List<CellEvaluator<?>> all = new ArrayList<>(evaluators);
        all.add(new MarkdownCellEvaluator());
        this.evaluators = List.copyOf(all);
        this.jurisdictions = jurisdictions;
        this.clusters = clusters;
        this.clock = clock;
    }

    /** A new evaluator with its own result cache. */
    public NotebookEvaluator newEvaluator() {
        return new NotebookEvaluator(evaluators);
    }

    public EvaluatedNotebook evaluate(StoredNotebook notebook) {
        return newEvaluator().evaluate(notebook.document());
    }

    public void pdf(StoredNotebook notebook, EvaluatedNotebook evaluated, OutputStream out) throws IOException {
        pdf.render(input(notebook, evaluated), out);
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
        String clusterId = notebook.document().parameters().clusterId();
        LocalizedText cluster = clusterId == null ? LocalizedText.of("—")
                : clusters.get(Long.parseLong(clusterId)).name();
        return new BriefInput(evaluated, new BriefContext(jurisdiction.name(), cluster, LocalDate.now(clock),
                notebook.document().locale()));
    }

    /** The cluster a notebook is about, if set and visible. */
    public java.util.Optional<Cluster> cluster(StoredNotebook notebook) {
        String id = notebook.document().parameters().clusterId();
        return id == null ? java.util.Optional.empty() : java.util.Optional.of(clusters.get(Long.parseLong(id)));
    }
}
