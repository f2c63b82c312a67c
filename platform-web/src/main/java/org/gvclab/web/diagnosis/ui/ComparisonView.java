package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
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
import org.gvclab.web.benchmark.PeerComparison;
import org.gvclab.web.benchmark.PeerService;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.core.base.Measure;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;

/**
 * Where a cluster stands among the clusters of every jurisdiction (aggregates only, from {@link PeerService}) and
 * against the national reference values; for a user with several clusters, also benchmarks them against each other: lock-in index and factor scores, and the rank of
 * each cluster with its 5–95 % band when weights, normalisation and aggregation vary.
 */
@StyleSheet("context://styles/readable.css")
@Route("benchmark")
@Menu(title = "nav.benchmark", order = 20, icon = "vaadin:chart-3d")
@PermitAll
public class ComparisonView extends VerticalLayout implements HasDynamicTitle {

    private final PeerService peers;
    private final Div peerPanel = new Div();

    public ComparisonView(ComparisonService comparisons, PeerService peers, ClusterService clusters) {
        this.peers = peers;
        setId("benchmark");
        add(new H2(getTranslation("comparison.title")));
        List<Cluster> visible = clusters.visible();
        peerPanel.setId("peer-panel");
        peerPanel.setWidthFull();
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.noClusters")));
            return;
        }
        add(new H3(getTranslation("peers.title")));
        if (visible.size() > 1) {
            Select<Cluster> choice = new Select<>();
            choice.setId("peer-cluster");
            choice.setLabel(getTranslation("peers.cluster"));
            choice.setItemLabelGenerator(c -> c.name(getLocale()));
            choice.setItems(visible);
            choice.setValue(visible.get(0));
            choice.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    showPeers(e.getValue());
                }
            });
            add(choice);
        }
        add(peerPanel);
        showPeers(visible.get(0));
        Optional<ClusterComparison> comparison = visible.size() < 2 ? Optional.empty() : comparisons.compare();
        if (comparison.isPresent()) {
            add(new H3(getTranslation("comparison.own")));
            show(comparison.get());
        }
    }

    /** The peer table of one cluster: aggregates of all jurisdictions' clusters, and the reference values. */
    private void showPeers(Cluster cluster) {
        peerPanel.removeAll();
        Locale locale = getLocale();
        Optional<PeerComparison> found = peers.compare(cluster.id());
        if (found.isEmpty()) {
            peerPanel.add(new Paragraph(getTranslation("peers.noData", cluster.name(locale))));
            return;
        }
        PeerComparison p = found.get();
        Paragraph intro = new Paragraph(p.hasPeerFigures()
                ? getTranslation("peers.intro", cluster.name(locale), Measure.YEAR.format(p.year(), locale),
                Measure.COUNT.format(p.peers(), locale), Measure.COUNT.format(p.minimum(), locale))
                : getTranslation("peers.tooFew", Measure.COUNT.format(p.peers(), locale),
                Measure.COUNT.format(p.minimum(), locale)));
        intro.setId("peer-intro");
        Div grid = new Div();
        grid.setId("peer-grid");
        grid.setWidthFull();
        for (PeerComparison.Row r : p.rows()) {
            Div row = new Div();
            row.addClassName("peer-row");
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) "
                    + "var(--lumo-space-m)").set("padding", "var(--lumo-space-s) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            String unit = r.unit().in(locale);
            Div name = new Div(new Span(r.label().in(locale)));
            if (!unit.isBlank()) {
                Div u = new Div(unit);
                u.getStyle().set("font-size", "var(--lumo-font-size-xs)")
                        .set("color", "var(--lumo-secondary-text-color)");
                name.add(u);
            }
            name.getStyle().set("flex", "2 1 12rem").set("min-width", "0").set("font-weight", "600")
                    .set("overflow-wrap", "anywhere");
            row.add(name);
            row.add(cell(getTranslation("peers.own"), r.own() == null ? "—" : r.measure().format(r.own(), locale),
                    null, "1 1 6rem"));
            row.add(cell(getTranslation("peers.reference"), r.reference() == null ? "—"
                    : r.measure().format(r.reference(), locale) + (r.referenceAssumed() ? " *" : ""), null,
                    "1 1 6rem"));
            row.add(cell(getTranslation("peers.peerMedian"), r.median() == null ? "—"
                    : r.peerMeasure().format(r.median(), locale), r.p25() == null
                    ? getTranslation("peers.withheld", Measure.COUNT.format(r.peersWithValue(), locale))
                    : r.peerMeasure().format(r.p25(), locale) + "–" + r.peerMeasure().format(r.p75(), locale),
                    "1 1 9rem"));
            row.add(cell(getTranslation("peers.position"), r.position() == null ? "—"
                    : getTranslation("peers.quarter." + r.position().name(), Measure.COUNT.format(r.peersWithValue(),
                    locale)), getTranslation(r.higherIsWorse() ? "peers.lowerBetter" : "peers.higherBetter"),
                    "2 1 10rem"));
            grid.add(row);
        }
        Paragraph note = new Paragraph(getTranslation("peers.note", p.referenceSet()));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        peerPanel.add(intro, grid, note);
    }

    /** A captioned value with an optional second line; wraps instead of being cut. */
    private static Div cell(String caption, String value, @Nullable String second, String flex) {
        Div label = new Div(caption);
        label.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(label, new Div(value));
        if (second != null) {
            Div bottom = new Div(second);
            bottom.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(bottom);
        }
        cell.getStyle().set("flex", flex).set("min-width", "0").set("overflow-wrap", "anywhere");
        return cell;
    }

    private void show(ClusterComparison c) {
        Locale locale = getLocale();
        add(new Paragraph(getTranslation("comparison.intro", Measure.COUNT.format(c.draws(), locale), c.varied().stream().map(v -> v.in(locale))
                .collect(Collectors.joining("; ")))));
        List<ClusterComparison.Row> rows = c.rows();
        List<LocalizedText> names = rows.stream().map(r -> r.cluster().name()).toList();
        EChart index = new EChart();
        index.setId("comparison-index-chart");
        index.setOption(EChartsOption.toJson(ChartSpec.bar(t("comparison.index"),
                Axis.untitled(), Axis.bounded(t("comparison.axis.index"), t("comparison.axis.points"), 0,
                        100), names, List.of(CategorySeries.of(t("comparison.index"),
                        rows.stream().map(ClusterComparison.Row::lockInIndex).toList()))), locale));
        EChart ranks = new EChart();
        ranks.setId("comparison-rank-chart");
        ranks.setOption(EChartsOption.toJson(ChartSpec.line(t("comparison.rankChart"), Axis.untitled(),
                Axis.bounded(t("comparison.axis.rank"), LocalizedText.of(""),
                        1, rows.size()), names,
                List.of(new CategorySeries(t("comparison.medianRank"),
                        rows.stream().map(r -> r.rank().medianRank()).toList(),
                        new Band(t("comparison.band"),
                                rows.stream().map(r -> r.rank().p05()).toList(),
                                rows.stream().map(r -> r.rank().p95()).toList())))), locale));
        add(index, ranks);

        Grid<ClusterComparison.Row> grid = new Grid<>();
        grid.setId("comparison-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.cluster().name(locale)).setHeader(getTranslation("clusters.name")).setFlexGrow(3);
        grid.addColumn(ClusterComparison.Row::year).setHeader(getTranslation("data.year")).setAutoWidth(true);
        grid.addColumn(r -> Measure.INDEX.format(r.lockInIndex(), locale)).setHeader(getTranslation("comparison.index"))
                .setAutoWidth(true).setSortable(true);
        for (int j = 0; j < c.factors().size(); j++) {
            int column = j;
            grid.addColumn(r -> Measure.INDEX.format(r.factorRisks().get(column), locale)).setHeader(c.factors().get(j).label()
                    .in(locale)).setAutoWidth(true);
        }
        grid.addColumn(r -> r.rank().nominalRank()).setHeader(getTranslation("comparison.rank")).setAutoWidth(true);
        grid.addColumn(r -> Measure.INDEX.format(r.rank().medianRank(), locale)).setHeader(getTranslation("comparison.medianRank"))
                .setAutoWidth(true);
        grid.addColumn(r -> Measure.INDEX.format(r.rank().p05(), locale) + "–" + Measure.INDEX.format(r.rank().p95(), locale))
                .setHeader(getTranslation("comparison.band")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
        if (!c.without().isEmpty()) {
            add(new Paragraph(getTranslation("comparison.without", c.without().stream().map(x -> x.name(locale))
                    .collect(Collectors.joining(", ")))));
        }
    }

    /** A web translation as chart text (the chart is drawn in the page's language). */
    private LocalizedText t(String key) {
        return LocalizedText.of(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title") + " · " + getTranslation("app.name");
    }
}
