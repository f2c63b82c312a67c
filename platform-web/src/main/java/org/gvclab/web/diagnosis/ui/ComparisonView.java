package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.Band;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.web.base.ui.EChart;
import org.gvclab.web.diagnosis.ClusterComparison;
import org.gvclab.web.diagnosis.ComparisonService;

/**
 * Benchmarks the clusters the user may see against each other: lock-in index and factor scores, and the rank of
 * each cluster with its 5–95 % band when weights, normalisation and aggregation vary.
 */
@Route("benchmark")
@Menu(title = "nav.benchmark", order = 20, icon = "vaadin:chart-3d")
@PermitAll
public class ComparisonView extends VerticalLayout implements HasDynamicTitle {

    public ComparisonView(ComparisonService comparisons) {
        add(new H2(getTranslation("comparison.title")));
        Optional<ClusterComparison> comparison = comparisons.compare();
        if (comparison.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("comparison.tooFew"));
            empty.setId("comparison-too-few");
            add(empty);
            return;
        }
        show(comparison.get());
    }

    private void show(ClusterComparison c) {
        Locale locale = getLocale();
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(1);
        add(new Paragraph(getTranslation("comparison.intro", c.draws(), c.varied().stream().map(v -> v.in(locale))
                .collect(Collectors.joining("; ")))));
        List<ClusterComparison.Row> rows = c.rows();
        List<LocalizedText> names = rows.stream().map(r -> r.cluster().name()).toList();
        EChart index = new EChart();
        index.setId("comparison-index-chart");
        index.setOption(EChartsOption.toJson(ChartSpec.bar(new LocalizedText("低端锁定指数", "Lock-in index"),
                Axis.untitled(), Axis.bounded(new LocalizedText("指数", "Index"), new LocalizedText("分", "points"), 0,
                        100), names, List.of(CategorySeries.of(new LocalizedText("低端锁定指数", "Lock-in index"),
                        rows.stream().map(ClusterComparison.Row::lockInIndex).toList()))), locale));
        EChart ranks = new EChart();
        ranks.setId("comparison-rank-chart");
        ranks.setOption(EChartsOption.toJson(ChartSpec.line(new LocalizedText("排名及 5–95% 区间",
                        "Rank with its 5–95 % band"), Axis.untitled(),
                Axis.bounded(new LocalizedText("排名（1 = 风险最低）", "Rank (1 = least risk)"), LocalizedText.of(""),
                        1, rows.size()), names,
                List.of(new CategorySeries(new LocalizedText("中位排名", "Median rank"),
                        rows.stream().map(r -> r.rank().medianRank()).toList(),
                        new Band(new LocalizedText("5–95% 区间", "5–95 % band"),
                                rows.stream().map(r -> r.rank().p05()).toList(),
                                rows.stream().map(r -> r.rank().p95()).toList())))), locale));
        add(index, ranks);

        Grid<ClusterComparison.Row> grid = new Grid<>();
        grid.setId("comparison-grid");
        grid.addColumn(r -> r.cluster().name(locale)).setHeader(getTranslation("clusters.name")).setFlexGrow(3);
        grid.addColumn(ClusterComparison.Row::year).setHeader(getTranslation("data.year")).setAutoWidth(true);
        grid.addColumn(r -> one.format(r.lockInIndex())).setHeader(getTranslation("comparison.index"))
                .setAutoWidth(true).setSortable(true);
        for (int j = 0; j < c.factors().size(); j++) {
            int column = j;
            grid.addColumn(r -> one.format(r.factorRisks().get(column))).setHeader(c.factors().get(j).label()
                    .in(locale)).setAutoWidth(true);
        }
        grid.addColumn(r -> r.rank().nominalRank()).setHeader(getTranslation("comparison.rank")).setAutoWidth(true);
        grid.addColumn(r -> one.format(r.rank().medianRank())).setHeader(getTranslation("comparison.medianRank"))
                .setAutoWidth(true);
        grid.addColumn(r -> one.format(r.rank().p05()) + " – " + one.format(r.rank().p95()))
                .setHeader(getTranslation("comparison.band")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
        if (!c.without().isEmpty()) {
            add(new Paragraph(getTranslation("comparison.without", c.without().stream().map(x -> x.name(locale))
                    .collect(Collectors.joining(", ")))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title") + " · " + getTranslation("app.name");
    }
}
