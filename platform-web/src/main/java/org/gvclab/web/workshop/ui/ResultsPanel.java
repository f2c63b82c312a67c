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
import org.gvclab.core.workshop.ActivityResult;
import org.gvclab.core.workshop.WorkshopNotebook;
import org.gvclab.core.workshop.WorkshopResults;
import org.gvclab.web.base.ui.EChart;

/**
 * The group's view of one or more activities: the same tables and charts a notebook shows
 * ({@link WorkshopNotebook}). Redrawing the same activity updates its charts in place, so a projector does not
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

    /** Shows the given activities of {@code results} (all when {@code activityIds} is empty). */
    void show(WorkshopResults results, List<Long> activityIds, Locale locale) {
        List<ActivityResult> selected = results.activities().stream()
                .filter(a -> activityIds.isEmpty() || activityIds.contains(a.activityId())).toList();
        List<CellResult> cells = WorkshopNotebook.results(new WorkshopResults(results.workshopId(),
                results.clusterId(), results.title(), results.participants(), results.closedAt(), selected));
        List<Long> ids = selected.stream().map(ActivityResult::activityId).toList();
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
                add(new ResultTable(t, locale));
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
