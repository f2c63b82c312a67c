package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.notebook.CellResult;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.core.notebook.TableResult;
import org.gvclab.web.base.ui.EChart;
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
    private List<Long> shown = List.of();

    ResultsPanel(boolean chartsOnly, String chartHeight) {
        this.chartsOnly = chartsOnly;
        this.chartHeight = chartHeight;
        setWidthFull();
    }

    /** Shows a presentation of workshop results (redrawing charts in place when the same activities are shown). */
    void show(WorkshopPresentation presentation, Locale locale) {
        List<CellResult> cells = presentation.results();
        List<Long> ids = presentation.activityIds();
        List<ChartResult> chartResults = cells.stream().filter(c -> c instanceof ChartResult)
                .map(c -> (ChartResult) c).toList();
        boolean inPlace = ids.equals(shown) && chartResults.size() == charts.size();
        if (inPlace && chartsOnly) {
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).setOption(EChartsOption.toJson(chartResults.get(i).chart(), locale));
            }
            return;
        }
        List<EChart> reuse = inPlace ? new ArrayList<>(charts) : new ArrayList<>();
        removeAll();
        charts.clear();
        shown = ids;
        for (CellResult c : cells) {
            if (c instanceof TableResult t && !chartsOnly) {
                add(new WorkshopResultTable(t, locale));
            } else if (c instanceof ChartResult chart) {
                EChart e = reuse.isEmpty() ? new EChart() : reuse.remove(0);
                e.setHeight(chartHeight);
                e.setOption(EChartsOption.toJson(chart.chart(), locale));
                charts.add(e);
                add(e);
            }
        }
    }

    /** Adds a component below the results (used for notes). */
    void note(Component c) {
        add(c);
    }
}
