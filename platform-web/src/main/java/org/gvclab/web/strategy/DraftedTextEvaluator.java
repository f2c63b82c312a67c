package org.gvclab.web.strategy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gvclab.core.brief.BriefDrafter;
import org.gvclab.core.brief.BriefFacts;
import org.gvclab.core.brief.Draft;
import org.gvclab.core.notebook.CellEvaluationException;
import org.gvclab.core.notebook.CellEvaluator;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.DraftedTextCell;
import org.gvclab.core.notebook.MarkdownRenderer;
import org.gvclab.core.notebook.NotebookParameter;
import org.gvclab.core.notebook.NotebookParameters;
import org.gvclab.core.notebook.NotebookTemplates;
import org.gvclab.core.notebook.TextResult;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Strategies;
import org.gvclab.web.diagnosis.DiagnosisSummaryEvaluator;
import org.springframework.stereotype.Component;

/**
 * Drafts a brief's text (summary, findings, strategy conclusion, recommendation) from the diagnosis of the chosen
 * cluster and year, the year before, and the strategy comparison of the chosen scenario (or the preset strategies
 * over the default horizon), with {@link BriefDrafter}. A cell the author edited shows the author's text unchanged
 * whatever the data; an unedited one is drafted anew whenever the data change.
 */
@Component
public class DraftedTextEvaluator implements CellEvaluator<DraftedTextCell> {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private final DiagnosisSummaryEvaluator diagnosis;
    private final StrategyComparisonEvaluator comparison;

    DraftedTextEvaluator(DiagnosisSummaryEvaluator diagnosis, StrategyComparisonEvaluator comparison) {
        this.diagnosis = diagnosis;
        this.comparison = comparison;
    }

    @Override
    public Class<DraftedTextCell> cellType() {
        return DraftedTextCell.class;
    }

    /** It reads the strategy comparison (a Monte Carlo), so it is computed after the quick cells. */
    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public Set<NotebookParameter> dependsOn() {
        return Set.of(NotebookParameter.CLUSTER, NotebookParameter.YEARS, NotebookParameter.SCENARIO);
    }

    @Override
    public String dataVersion(DraftedTextCell cell, NotebookParameters parameters) {
        return cell.edited() ? "" : comparison.dataVersion(parameters);
    }

    @Override
    public List<CellResult> evaluate(DraftedTextCell cell, NotebookParameters parameters) {
        if (cell.edited()) {
            return List.of(MARKDOWN.render(cell.text()));
        }
        Draft draft = draft(cell, parameters);
        String markdown = draft.markdown(cell.chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        TextResult rendered = MARKDOWN.render(markdown);
        return List.of(new TextResult(markdown, rendered.safeHtml(), draft.provenance()));
    }

    /** The draft of the cell's section from the current data. */
    public Draft draft(DraftedTextCell cell, NotebookParameters parameters) {
        DiagnosisResult now = diagnosis.diagnose(parameters);
        DiagnosisResult before = diagnosis.diagnoseBefore(parameters, now.year()).orElse(null);
        ComparisonResult compared = null;
        if (cell.section() != org.gvclab.core.notebook.DraftSection.FINDINGS) {
            try {
                compared = comparison.compare(parameters, Strategies.PRESET_IDS, NotebookTemplates.DEFAULT_HORIZON);
            } catch (CellEvaluationException e) {
                // the text says that the comparison could not be run; the comparison's own cell says why
                compared = null;
            }
        }
        return BriefDrafter.draft(cell.section(), new BriefFacts(now, before, compared));
    }
}
