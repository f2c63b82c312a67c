package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.IndicatorValue;
import org.gvclab.core.paradox.DiagnosisCharts;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.GroupScore;
import org.gvclab.core.paradox.IndicatorScore;
import org.gvclab.web.base.ui.EChart;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.indicator.UserIndicatorValue;
import org.gvclab.web.indicator.UserIndicatorService;
import org.gvclab.web.cluster.ui.ClusterNav;
import org.gvclab.web.diagnosis.ClusterDiagnosis;
import org.gvclab.web.diagnosis.DiagnosisService;

/**
 * A cluster's diagnosis (docs/model.md): the five factor scores as a radar, the lock-in index and its trend, the
 * indicators that drive it, production architecture, governance type, upgrading stage and the recommended path
 * with reasons. Every indicator value opens its formula, inputs and source.
 */
@Route("clusters/:clusterId([0-9]+)/diagnosis")
@PermitAll
public class DiagnosisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClusterService clusters;
    private final DiagnosisService diagnoses;
    private final UserIndicatorService userIndicators;
    private String title = "";

    public DiagnosisView(ClusterService clusters, DiagnosisService diagnoses, UserIndicatorService userIndicators) {
        this.clusters = clusters;
        this.diagnoses = diagnoses;
        this.userIndicators = userIndicators;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("clusterId").orElseThrow());
        Cluster cluster = clusters.get(id);
        title = getTranslation("diagnosis.title") + " · " + cluster.name(getLocale());
        removeAll();
        add(new ClusterNav(cluster, ClusterNav.Page.DIAGNOSIS));
        Optional<ClusterDiagnosis> diagnosis = diagnoses.diagnose(id);
        if (diagnosis.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("diagnosis.noData"));
            empty.setId("diagnosis-no-data");
            add(empty, new Anchor(ClusterNav.Page.DATA.path(id), getTranslation("diagnosis.enterData")));
            return;
        }
        show(diagnosis.get());
    }

    private void show(ClusterDiagnosis d) {
        Locale locale = getLocale();
        DiagnosisResult r = d.latest();
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(1);

        Div index = new Div();
        index.setId("lock-in-index");
        index.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "700");
        index.setText(r.lockInIndex() == null ? "—" : one.format(r.lockInIndex()));
        Span weights = new Span(d.factorWeightsFrom() == null ? getTranslation("diagnosis.weights.equal")
                : getTranslation("diagnosis.weights.workshop", d.factorWeightsFrom().title(),
                String.format(locale, "%.3f", d.factorWeightsFrom().weights().cr())));
        weights.setId("factor-weights-source");
        Div indexCard = card(getTranslation("diagnosis.lockIn", String.valueOf(r.year())), index,
                new Span(getTranslation("diagnosis.lockIn.meaning")), new com.vaadin.flow.component.html.Div(weights));
        List<LocalizedText> notes = r.notes();
        if (!notes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            notes.forEach(n -> list.add(new ListItem(n.in(locale))));
            indexCard.add(list);
        }

        EChart radar = new EChart();
        radar.setId("factor-radar");
        radar.setOption(EChartsOption.toJson(DiagnosisCharts.factorRadar(r), locale));
        EChart trend = new EChart();
        trend.setId("lock-in-trend");
        trend.setOption(EChartsOption.toJson(DiagnosisCharts.lockInTrend(d.byYear()), locale));
        FlexLayout charts = new FlexLayout(card(getTranslation("diagnosis.factors"), radar),
                card(getTranslation("diagnosis.trend"), trend));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        charts.getChildren().forEach(c -> ((Div) c).getStyle().set("flex", "1 1 24rem"));
        add(indexCard, charts);

        UnorderedList drivers = new UnorderedList();
        drivers.setId("drivers");
        r.drivers().forEach(driver -> drivers.add(new ListItem(driver.reason().in(locale))));
        add(card(getTranslation("diagnosis.drivers"), drivers));

        FlexLayout panels = new FlexLayout();
        panels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        panels.setWidthFull();
        panels.add(panel("architecture-panel", getTranslation("diagnosis.architecture"),
                r.architecture().type().label().in(locale),
                Stream.concat(r.architecture().evidence().stream().map(e -> e.text().in(locale)),
                        r.architecture().unanswered().stream().map(u -> getTranslation("diagnosis.unanswered")
                                + ": " + u.in(locale))).toList()));
        panels.add(panel("governance-panel", getTranslation("diagnosis.governance"),
                r.governance().type() == null ? getTranslation("diagnosis.governance.none")
                        : r.governance().type().label().in(locale),
                List.of(r.governance().explanation().in(locale))));
        panels.add(panel("upgrading-panel", getTranslation("diagnosis.upgrading"),
                r.upgrading().stage().label().in(locale),
                List.of(getTranslation("diagnosis.mix", pct(r.upgrading().oemShare(), locale),
                        pct(r.upgrading().odmShare(), locale), pct(r.upgrading().obmShare(), locale)),
                        r.upgrading().explanation().in(locale))));
        panels.add(panel("path-panel", getTranslation("diagnosis.path"),
                r.recommendation().path().label().in(locale),
                r.recommendation().reasons().stream().map(t -> t.in(locale)).toList()));
        panels.getChildren().forEach(c -> ((Div) c).getStyle().set("flex", "1 1 20rem"));
        add(panels);

        add(new H3(getTranslation("diagnosis.scores")));
        Grid<GroupScore> scores = new Grid<>();
        scores.setId("group-scores");
        scores.addColumn(g -> g.group().label().in(locale)).setHeader(getTranslation("diagnosis.group"))
                .setFlexGrow(2);
        scores.addColumn(g -> g.risk() == null ? "—" : one.format(g.risk())).setHeader(getTranslation("diagnosis.risk"))
                .setAutoWidth(true);
        scores.addColumn(g -> g.scored().size()).setHeader(getTranslation("diagnosis.scored")).setAutoWidth(true);
        scores.addColumn(g -> g.missing().stream().map(m -> m.in(locale)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("diagnosis.missing")).setFlexGrow(3);
        scores.setItems(Stream.concat(r.factors().stream(), r.paths().stream()).toList());
        scores.setAllRowsVisible(true);
        add(scores);

        add(new H3(getTranslation("diagnosis.indicators")));
        add(new Span(getTranslation("diagnosis.indicators.hint")));
        Map<String, IndicatorScore> scored = new HashMap<>();
        Stream.concat(r.factors().stream(), r.paths().stream())
                .forEach(g -> g.scored().forEach(s -> scored.put(s.indicator().id(), s)));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(3);
        Grid<IndicatorValue> indicators = new Grid<>();
        indicators.setId("indicator-grid");
        indicators.addColumn(v -> IndicatorCatalogue.get(v.indicatorId()).name().in(locale))
                .setHeader(getTranslation("diagnosis.indicator")).setFlexGrow(3).setSortable(true);
        indicators.addColumn(v -> v.value() == null ? getTranslation("provenance.notComputable")
                : number.format(v.value())).setHeader(getTranslation("diagnosis.value")).setAutoWidth(true);
        indicators.addColumn(v -> IndicatorCatalogue.get(v.indicatorId()).unit().in(locale))
                .setHeader(getTranslation("diagnosis.unit")).setAutoWidth(true);
        indicators.addColumn(v -> scored.containsKey(v.indicatorId())
                ? number.format(scored.get(v.indicatorId()).benchmark().value()) : "")
                .setHeader(getTranslation("diagnosis.benchmark")).setAutoWidth(true);
        indicators.addColumn(v -> scored.containsKey(v.indicatorId()) ? one.format(scored.get(v.indicatorId()).risk())
                : "").setHeader(getTranslation("diagnosis.risk")).setAutoWidth(true);
        indicators.setItems(r.indicators());
        indicators.setAllRowsVisible(true);
        indicators.addItemClickListener(e -> {
            Indicator indicator = IndicatorCatalogue.get(e.getItem().indicatorId());
            new ProvenanceDialog(indicator, e.getItem(), scored.get(indicator.id()), d.cluster().currency()).open();
        });
        add(indicators);
        addUserIndicators(d, number);
    }

    /** The indicators consultants defined for this cluster's jurisdiction, on the latest year, with provenance. */
    private void addUserIndicators(ClusterDiagnosis d, NumberFormat number) {
        List<UserIndicatorValue> rows = userIndicators.latestValues(d.cluster().id(), d.cluster().jurisdictionId());
        if (rows.isEmpty()) {
            return;
        }
        Locale locale = getLocale();
        add(new H3(getTranslation("diagnosis.userIndicators")));
        Grid<UserIndicatorValue> grid = new Grid<>();
        grid.setId("user-indicator-values");
        grid.addColumn(r -> r.definition().name().in(locale)).setHeader(getTranslation("diagnosis.indicator"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.value().value() == null ? getTranslation("provenance.notComputable")
                : number.format(r.value().value())).setHeader(getTranslation("diagnosis.value")).setAutoWidth(true);
        grid.addColumn(r -> r.definition().unit().in(locale)).setHeader(getTranslation("diagnosis.unit"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.definition().formula()).setHeader(getTranslation("provenance.formula")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> new ProvenanceDialog(e.getItem().indicator(), e.getItem().value(), null,
                d.cluster().currency()).open());
        add(grid);
    }

    /** A share already in percent (0–100), as the core gives it. */
    private static String pct(Double percent, Locale locale) {
        if (percent == null) {
            return "—";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return number.format(percent) + " %";
    }

    private Div panel(String id, String heading, String verdict, List<String> details) {
        Span main = new Span(verdict);
        main.addClassName("verdict");
        main.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        UnorderedList list = new UnorderedList();
        details.forEach(t -> list.add(new ListItem(t)));
        Div panel = card(heading, main, list);
        panel.setId(id);
        return panel;
    }

    private static Div card(String heading, Component... content) {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-xs)").set("box-sizing", "border-box");
        H4 h = new H4(heading);
        h.getStyle().set("margin-top", "0");
        card.add(h);
        card.add(content);
        return card;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
