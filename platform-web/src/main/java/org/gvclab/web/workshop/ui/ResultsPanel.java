package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.web.base.ui.EChart;
import org.gvclab.web.workshop.GroupConsistency;
import org.gvclab.web.workshop.WorkshopPresentation;

/**
 * The group's view of one or more activities: the same tables and charts a notebook shows
 * ({@link WorkshopPresentation}). Redrawing the same activity updates its charts in place, so a projector does not
 * flicker as submissions arrive.
 */
class ResultsPanel extends Div {

    private final boolean chartsOnly;
    private final String chartHeight;
    private final List<EChart> charts = new ArrayList<>();
    private final Div consistency = new Div();
    private List<Long> shown = List.of();

    ResultsPanel(boolean chartsOnly, String chartHeight) {
        this.chartsOnly = chartsOnly;
        this.chartHeight = chartHeight;
        setWidthFull();
        consistency.addClassName("group-consistency");
    }

    /** Shows a presentation of workshop results (redrawing charts in place when the same activities are shown). */
    void show(WorkshopPresentation presentation, Locale locale) {
        List<CellResult> cells = presentation.results();
        List<Long> ids = presentation.activityIds();
        List<ChartResult> chartResults = cells.stream().filter(c -> c instanceof ChartResult)
                .map(c -> (ChartResult) c).toList();
        boolean inPlace = ids.equals(shown) && chartResults.size() == charts.size();
        drawConsistency(presentation.consistency());
        if (inPlace && chartsOnly) {
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).setOption(option(chartResults.get(i), locale));
            }
            return;
        }
        List<EChart> reuse = inPlace ? new ArrayList<>(charts) : new ArrayList<>();
        removeAll();
        charts.clear();
        shown = ids;
        add(consistency);
        for (CellResult c : cells) {
            if (c instanceof TableResult t && !chartsOnly) {
                add(new WorkshopResultTable(t, locale));
            } else if (c instanceof ChartResult chart) {
                EChart e = reuse.isEmpty() ? new EChart() : reuse.remove(0);
                e.setHeight(chartHeight);
                e.setOption(option(chart, locale));
                charts.add(e);
                add(e);
            }
        }
    }

    private String option(ChartResult chart, Locale locale) {
        String json = EChartsOption.toJson(chart.chart(), locale);
        return chartsOnly ? ProjectorFonts.enlarge(json) : json;
    }

    /**
     * One line per AHP activity shown: the group's consistency ratio, a warning when it is 0.10 or more, and whether
     * its weights are applied (docs/model.md, "Workshops").
     */
    private void drawConsistency(List<GroupConsistency> groups) {
        consistency.removeAll();
        for (GroupConsistency g : groups) {
            String cr = String.format(Locale.ROOT, "%.3f", g.cr());
            String use = getTranslation("workshop.cr.use." + (g.set() == org.gvclab.core.workshop.CriteriaSet.FACTORS
                    ? "factors" : "outcomes"));
            Paragraph line = new Paragraph(g.consistent()
                    ? getTranslation("workshop.cr.consistent", cr, use)
                    : getTranslation(g.applied() ? "workshop.cr.inconsistentApplied" : "workshop.cr.inconsistent", cr,
                    use));
            line.addClassName("group-cr");
            line.getElement().setAttribute("data-cr", cr);
            line.getElement().setAttribute("data-consistent", Boolean.toString(g.consistent()));
            if (!g.consistent()) {
                line.addClassName("group-cr-warning");
                line.getElement().setAttribute("role", "alert");
                line.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            }
            consistency.add(line);
        }
    }

    /** Adds a component below the results (used for notes). */
    void note(Component c) {
        add(c);
    }
}
