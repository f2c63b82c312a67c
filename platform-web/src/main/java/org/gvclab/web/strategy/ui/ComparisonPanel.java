package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.strategy.Assumption;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.RankedStrategy;
import org.gvclab.core.strategy.Ranking;
import org.gvclab.core.strategy.StrategyCharts;
import org.gvclab.core.strategy.StrategyResult;
import org.gvclab.core.strategy.Trajectory;
import org.gvclab.web.base.ui.EChart;

/**
 * The results of a strategy comparison: the TOPSIS ranking with its stability and chart, the side-by-side table of
 * outcomes at the horizon (P50 with P10–P90), the trajectories with bands, and every assumption used. Renders what
 * it is given; computes nothing.
 */
final class ComparisonPanel extends Composite<Div> {

    ComparisonPanel() {
        getContent().setId("strategy-results");
        getContent().setWidthFull();
    }

    /** Shows a run with a ranking (the run's own, or one re-ranked with other weights). */
    void show(ComparisonResult r, Ranking ranking) {
        Locale locale = getLocale();
        Div results = getContent();
        results.removeAll();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);

        results.add(new H3(getTranslation("strategy.ranking")));
        Grid<RankedStrategy> rank = new Grid<>();
        rank.setId("ranking-grid");
        rank.addColumn(RankedStrategy::rank).setHeader(getTranslation("comparison.rank")).setAutoWidth(true);
        rank.addColumn(x -> r.strategy(x.strategyId()).strategy().label().in(locale))
                .setHeader(getTranslation("strategy.strategy")).setFlexGrow(3);
        rank.addColumn(x -> String.format(locale, "%.3f", x.closeness())).setHeader(getTranslation("strategy.closeness"))
                .setAutoWidth(true);
        rank.addColumn(x -> percent.format(x.firstShare())).setHeader(getTranslation("strategy.stability"))
                .setAutoWidth(true);
        rank.setItems(ranking.strategies().stream().sorted(Comparator.comparingInt(RankedStrategy::rank)).toList());
        rank.setAllRowsVisible(true);
        EChart rankChart = new EChart();
        rankChart.setId("ranking-chart");
        rankChart.setOption(EChartsOption.toJson(StrategyCharts.ranking(r, ranking), locale));
        results.add(rank, new Paragraph(getTranslation("strategy.ranking.basis", String.valueOf(r.scenario().draws()),
                ranking.weighting().kind().name(), ranking.basis().name())), rankChart);
        UnorderedList rankingNotes = new UnorderedList();
        ranking.notes().forEach(n -> rankingNotes.add(new ListItem(n.in(locale))));
        results.add(rankingNotes);

        results.add(new H3(getTranslation("strategy.table", String.valueOf(r.years().get(r.years().size() - 1)))));
        Grid<Outcome> table = new Grid<>();
        table.setId("outcome-table");
        table.addColumn(o -> o.label().in(locale) + " (" + o.unit(r.currency()).in(locale) + ")")
                .setHeader(getTranslation("strategy.outcome")).setWidth("16rem").setFlexGrow(0);
        for (StrategyResult sr : r.strategies()) {
            table.addColumn(o -> {
                Trajectory t = sr.trajectory(o);
                int last = t.p50().length - 1;
                return number.format(t.p50()[last]) + " (" + number.format(t.p10()[last]) + " – "
                        + number.format(t.p90()[last]) + ")";
            }).setHeader(sr.strategy().label().in(locale)).setFlexGrow(1);
        }
        table.setItems(r.outcomes());
        table.setAllRowsVisible(true);
        results.add(table, new Paragraph(getTranslation("strategy.table.hint")));

        results.add(new H3(getTranslation("strategy.trajectories")));
        Div charts = new Div();
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap");
        for (Outcome o : List.of(Outcome.VALUE_ADDED, Outcome.OBM_SHARE, Outcome.LOCK_IN, Outcome.JOBS)) {
            EChart chart = new EChart();
            chart.addClassName("trajectory-chart");
            chart.getElement().setAttribute("data-outcome", o.id());
            chart.setOption(EChartsOption.toJson(StrategyCharts.trajectory(r, o), locale));
            chart.getStyle().set("flex", "1 1 28rem");
            charts.add(chart);
        }
        results.add(charts);

        results.add(new H3(getTranslation("strategy.assumptions")));
        Grid<Assumption> assumptions = new Grid<>();
        assumptions.setId("assumption-grid");
        assumptions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        assumptions.addColumn(a -> a.name().in(locale)).setHeader(getTranslation("strategy.param.name")).setFlexGrow(3);
        assumptions.addColumn(a -> ParameterGrid.plain(a.value()) + (a.overridden() ? " *" : "")).setHeader(
                getTranslation("strategy.param.value")).setAutoWidth(true);
        assumptions.addColumn(a -> a.unit().in(locale)).setHeader(getTranslation("diagnosis.unit")).setAutoWidth(true);
        assumptions.addColumn(a -> a.range().in(locale)).setHeader(getTranslation("strategy.param.range"))
                .setAutoWidth(true);
        assumptions.addColumn(a -> (a.assumption() ? getTranslation("reference.assumption") + ": " : "")
                + a.source().in(locale)).setHeader(getTranslation("reference.source")).setFlexGrow(3);
        assumptions.setItems(r.assumptions());
        // wrapped rows with "all rows visible" are sized too short in Vaadin 24: a fixed height scrolls instead
        assumptions.setHeight("32rem");
        UnorderedList notes = new UnorderedList();
        r.notes().forEach(n -> notes.add(new ListItem(n.in(locale))));
        results.add(new Paragraph(getTranslation("strategy.assumptions.hint")), assumptions, notes);
        results.getElement().setAttribute("data-ranked-first", ranking.strategies().stream()
                .filter(x -> x.rank() == 1).findFirst().orElseThrow().strategyId());
    }
}
