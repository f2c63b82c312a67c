package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.Measure;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.strategy.NpvRanking;
import org.gvclab.core.strategy.RankingSensitivity;
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
 * The results of a strategy comparison: the TOPSIS ranking with its stability, the weights applied and its chart, the
 * ranking on net present value against the status quo (discount rate and horizon shown), the parameters that decide
 * the NPV lead (Morris), the side-by-side table of outcomes at the horizon (P50 over P10–P90), the trajectories with
 * bands, and every assumption used. Numbers follow the one number rule ({@link Measure}). Renders what
 * it is given; computes nothing.
 */
final class ComparisonPanel extends Composite<Div> {

    /** The parameters listed in the sensitivity table (the most influential first). */
    private static final int SENSITIVITY_ROWS = 8;

    ComparisonPanel() {
        getContent().setId("strategy-results");
        getContent().setWidthFull();
    }

    /** Shows a run with a ranking (the run's own, or one re-ranked with other weights). */
    void show(ComparisonResult r, Ranking ranking) {
        Locale locale = getLocale();
        Div results = getContent();
        results.removeAll();
        String money = r.currency().label().in(locale);

        results.add(new H3(getTranslation("strategy.ranking")));
        Grid<RankedStrategy> rank = new Grid<>();
        rank.setId("ranking-grid");
        rank.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rank.addColumn(x -> Measure.COUNT.format(x.rank(), locale)).setHeader(getTranslation("comparison.rank"))
                .setWidth("4.5rem").setFlexGrow(0);
        rank.addColumn(x -> r.strategy(x.strategyId()).strategy().label().in(locale))
                .setHeader(getTranslation("strategy.strategy")).setFlexGrow(3);
        rank.addColumn(x -> Measure.RATIO.format(x.closeness(), locale)).setHeader(getTranslation("strategy.closeness"))
                .setFlexGrow(1);
        rank.addColumn(x -> Measure.SHARE.format(x.firstShare(), locale)).setHeader(getTranslation("strategy.stability"))
                .setFlexGrow(1);
        rank.setItems(ranking.strategies().stream().sorted(Comparator.comparingInt(RankedStrategy::rank)).toList());
        rank.setAllRowsVisible(true);
        EChart rankChart = new EChart();
        rankChart.setId("ranking-chart");
        rankChart.setOption(EChartsOption.toJson(StrategyCharts.ranking(r, ranking), locale));
        Paragraph basis = new Paragraph(getTranslation("strategy.ranking.applied",
                Measure.COUNT.format(r.scenario().draws(), locale),
                getTranslation("strategy.weighting." + ranking.weighting().kind().name().toLowerCase(Locale.ROOT)),
                ranking.basis().label().in(locale)));
        basis.setId("ranking-basis");
        UnorderedList weights = new UnorderedList();
        weights.setId("applied-weights");
        for (int i = 0; i < ranking.criteria().size(); i++) {
            weights.add(new ListItem(ranking.criteria().get(i).label().in(locale) + ": "
                    + Measure.SHARE.format(ranking.weights().get(i), locale)));
        }
        Div rankingSide = new Div(rank, basis, new Paragraph(getTranslation("strategy.weights.applied")), weights);
        rankingSide.getStyle().set("flex", "1 1 26rem").set("min-width", "0");
        Div npvSide = npv(r, money, locale);
        npvSide.getStyle().set("flex", "1 1 26rem").set("min-width", "0");
        Div side = new Div(rankingSide, npvSide);
        side.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        results.add(side, rankChart);
        UnorderedList rankingNotes = new UnorderedList();
        ranking.notes().forEach(n -> rankingNotes.add(new ListItem(n.in(locale))));
        results.add(rankingNotes);
        results.add(sensitivity(r, money, locale));

        results.add(new H3(getTranslation("strategy.table", Measure.YEAR.format(r.years().get(r.years().size() - 1),
                locale))));
        Grid<Outcome> table = new Grid<>();
        table.setId("outcome-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(o -> o.label().in(locale) + " (" + o.unit(r.currency()).in(locale) + ")")
                .setHeader(getTranslation("strategy.outcome")).setWidth("12rem").setFlexGrow(2);
        for (StrategyResult sr : r.strategies()) {
            table.addComponentColumn(o -> {
                Trajectory t = sr.trajectory(o);
                int last = t.p50().length - 1;
                return twoLines(o.measure().format(t.p50()[last], locale),
                        range(o.measure(), t.p10()[last], t.p90()[last], locale));
            }).setHeader(wrapping(sr.strategy().label().in(locale))).setFlexGrow(1).setWidth("7rem");
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
        assumptions.addColumn(a -> Measure.DECIMAL.format(a.value(), locale) + (a.overridden() ? " *" : "")).setHeader(
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

    /** NPV against the status quo with its discount rate and horizon, and what it says next to TOPSIS. */
    private Div npv(ComparisonResult r, String money, Locale locale) {
        NpvRanking npv = r.npvRanking();
        Div box = new Div();
        box.setId("npv-panel");
        Grid<NpvRanking.Entry> grid = new Grid<>();
        grid.setId("npv-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Measure.COUNT.format(e.rank(), locale)).setHeader(getTranslation("comparison.rank"))
                .setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(e -> r.strategy(e.strategyId()).strategy().label().in(locale))
                .setHeader(getTranslation("strategy.strategy")).setFlexGrow(3);
        grid.addComponentColumn(e -> twoLines(e.median().format(locale) + " " + money,
                range(Measure.MONEY, e.p10(), e.p90(), locale)))
                .setHeader(getTranslation("strategy.npv.value")).setFlexGrow(2);
        grid.addColumn(e -> e.best().format(locale)).setHeader(getTranslation("strategy.npv.best")).setFlexGrow(1);
        grid.setItems(npv.strategies().stream().sorted(Comparator.comparingInt(NpvRanking.Entry::rank)).toList());
        grid.setAllRowsVisible(true);
        Paragraph how = new Paragraph(getTranslation("strategy.npv.basis", Measure.COUNT.format(r.scenario().horizon(),
                locale), Measure.PERCENT.format(npv.discountRate(), locale),
                Measure.RATIO.format(npv.publicFundsCost(), locale)));
        how.setId("npv-basis");
        box.add(new H4(getTranslation("strategy.npv.title")), grid, how);
        // say honestly what the two rankings say, computed from this run
        NpvRanking.Entry first = npv.strategies().stream().min(Comparator.comparingInt(NpvRanking.Entry::rank))
                .orElseThrow();
        String topsisFirst = r.ranking().strategies().stream().filter(x -> x.rank() == 1).findFirst()
                .map(RankedStrategy::strategyId).orElse(first.strategyId());
        boolean noneRepays = npv.strategies().stream().filter(e -> !e.strategyId().equals("S0"))
                .allMatch(e -> e.p50() <= 0);
        Paragraph verdict = new Paragraph(noneRepays
                ? getTranslation("strategy.npv.noneRepays", Measure.COUNT.format(r.scenario().horizon(), locale),
                r.strategy(topsisFirst).strategy().label().in(locale))
                : getTranslation("strategy.npv.leader", r.strategy(first.strategyId()).strategy().label().in(locale),
                r.strategy(topsisFirst).strategy().label().in(locale)));
        verdict.setId("npv-verdict");
        box.add(verdict);
        return box;
    }

    /** Which assumptions decide the NPV lead (Morris elementary effects), decisive ones marked. */
    private Div sensitivity(ComparisonResult r, String money, Locale locale) {
        RankingSensitivity s = r.sensitivity();
        Div box = new Div();
        box.setId("sensitivity-panel");
        box.add(new H3(getTranslation("strategy.sensitivity.title")));
        box.add(new Paragraph(getTranslation("strategy.sensitivity.intro",
                r.strategy(s.leader()).strategy().label().in(locale),
                r.strategy(s.runnerUp()).strategy().label().in(locale),
                Measure.MONEY.format(s.nominalMargin(), locale) + " " + money,
                Measure.COUNT.format(s.trajectories(), locale))));
        box.add(new Paragraph(s.summary().in(locale)));
        Grid<RankingSensitivity.Effect> grid = new Grid<>();
        grid.setId("sensitivity-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.name().in(locale)).setHeader(getTranslation("strategy.param.name")).setFlexGrow(3);
        grid.addColumn(e -> e.importance().format(locale) + " " + money)
                .setHeader(getTranslation("strategy.sensitivity.muStar")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.mu() >= 0 ? "strategy.sensitivity.widens"
                : "strategy.sensitivity.narrows")).setHeader(getTranslation("strategy.sensitivity.direction"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.decisive() ? getTranslation("strategy.sensitivity.decisive") : "")
                .setHeader(getTranslation("strategy.sensitivity.decides")).setFlexGrow(1);
        grid.setItems(s.effects().stream().limit(SENSITIVITY_ROWS).toList());
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    /** A column header that wraps instead of being cut. */
    private static Span wrapping(String text) {
        Span s = new Span(text);
        s.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
        return s;
    }

    /** A P50 over its P10–P90 band, on two lines, so that nothing is cut. */
    private static Div twoLines(String first, String second) {
        Div bottom = new Div(second);
        bottom.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div cell = new Div(new Div(first), bottom);
        cell.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
        return cell;
    }

    /** P10–P90 as "a–b", or "a to b" when a bound is negative (a dash between minus signs misreads). */
    private String range(Measure measure, double low, double high, Locale locale) {
        String a = measure.format(low, locale);
        String b = measure.format(high, locale);
        return low < 0 || high < 0 ? getTranslation("strategy.range.signed", a, b) : a + "–" + b;
    }
}
