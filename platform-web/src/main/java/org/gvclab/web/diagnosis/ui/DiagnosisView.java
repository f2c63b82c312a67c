package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.web.base.ui.JobUi;
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
@StyleSheet("context://styles/readable.css")
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
        setId("diagnosis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("clusterId").orElseThrow());
        Cluster cluster = clusters.get(id);
        title = getTranslation("diagnosis.title") + " · " + cluster.name(getLocale());
        removeAll();
        add(new ClusterNav(cluster, ClusterNav.Page.DIAGNOSIS));
        // the frame shows at once; the diagnosis (every year with its band, IO evidence) arrives from a job
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        Div loading = new Div(new Span(getTranslation("diagnosis.computing")), bar);
        loading.setId("diagnosis-loading");
        loading.setWidthFull();
        add(loading);
        JobUi.follow(this, diagnoses.startDiagnosis(id), diagnosis -> {
            remove(loading);
            if (diagnosis.isEmpty()) {
                Paragraph empty = new Paragraph(getTranslation("diagnosis.noData"));
                empty.setId("diagnosis-no-data");
                add(empty, new Anchor(ClusterNav.Page.DATA.path(id), getTranslation("diagnosis.enterData")));
                return;
            }
            show(diagnosis.get());
        }, explanation -> {
            remove(loading);
            Paragraph failed = new Paragraph(JobUi.text(this, explanation.message()));
            failed.setId("diagnosis-failed");
            add(failed);
        });
    }

    private void show(ClusterDiagnosis d) {
        Locale locale = getLocale();
        DiagnosisResult r = d.latest();
        Div index = new Div();
        index.setId("lock-in-index");
        index.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "700");
        index.setText(r.lockInIndex() == null ? "—" : Measure.INDEX.format(r.lockInIndex(), locale));
        Span weights = new Span(d.factorWeightsFrom() == null ? getTranslation("diagnosis.weights.equal")
                : getTranslation("diagnosis.weights.workshop", d.factorWeightsFrom().title(),
                Measure.RATIO.format(d.factorWeightsFrom().weights().cr(), locale)));
        weights.setId("factor-weights-source");
        Span band = new Span(r.lockIn().low() == null || r.lockIn().high() == null ? ""
                : getTranslation("dashboard.bandText", Measure.INDEX.format(r.lockIn().low(), locale) + "–"
                + Measure.INDEX.format(r.lockIn().high(), locale)));
        band.setId("lock-in-band");
        Div indexCard = DiagnosisCards.card(getTranslation("diagnosis.lockIn", Measure.YEAR.format(r.year(), locale)), index,
                // each on its own line: the band, what the scale means, where the factor weights come from
                new Div(band), new Div(new Span(getTranslation("diagnosis.lockIn.meaning"))), new Div(weights));
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
        FlexLayout charts = new FlexLayout(DiagnosisCards.card(getTranslation("diagnosis.factors"), radar),
                DiagnosisCards.card(getTranslation("diagnosis.trend"), trend));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        charts.getChildren().forEach(c -> ((Div) c).getStyle().set("flex", "1 1 24rem"));
        add(indexCard, charts);

        UnorderedList drivers = new UnorderedList();
        drivers.setId("drivers");
        r.drivers().forEach(driver -> drivers.add(new ListItem(driver.reason().in(locale))));
        add(DiagnosisCards.card(getTranslation("diagnosis.drivers"), drivers));

        FlexLayout panels = new FlexLayout();
        panels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        panels.setWidthFull();
        panels.add(DiagnosisCards.panel("architecture-panel", getTranslation("diagnosis.architecture"),
                r.architecture().type().label().in(locale),
                Stream.concat(r.architecture().evidence().stream().map(e -> e.text().in(locale)),
                        r.architecture().unanswered().stream().map(u -> getTranslation("diagnosis.unanswered")
                                + ": " + u.in(locale))).toList()));
        panels.add(DiagnosisCards.panel("governance-panel", getTranslation("diagnosis.governance"),
                r.governance().type() == null ? getTranslation("diagnosis.governance.none")
                        : r.governance().type().label().in(locale),
                List.of(r.governance().explanation().in(locale))));
        panels.add(DiagnosisCards.panel("upgrading-panel", getTranslation("diagnosis.upgrading"),
                r.upgrading().stage().label().in(locale),
                List.of(getTranslation("diagnosis.mix", pct(r.upgrading().oemShare(), locale),
                        pct(r.upgrading().odmShare(), locale), pct(r.upgrading().obmShare(), locale)),
                        r.upgrading().explanation().in(locale))));
        panels.add(DiagnosisCards.panel("path-panel", getTranslation("diagnosis.path"),
                r.recommendation().path().label().in(locale),
                r.recommendation().reasons().stream().map(t -> t.in(locale)).toList()));
        panels.getChildren().forEach(c -> ((Div) c).getStyle().set("flex", "1 1 20rem"));
        add(panels);
        add(new ModelResultsPanel(r, d.cluster().currency()));

        add(new H3(getTranslation("diagnosis.scores")));
        Grid<GroupScore> scores = new Grid<>();
        scores.setId("group-scores");
        scores.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        scores.addColumn(g -> g.group().label().in(locale)).setHeader(getTranslation("diagnosis.group"))
                .setFlexGrow(2);
        scores.addColumn(g -> g.risk() == null ? "—" : Measure.INDEX.format(g.risk(), locale)).setHeader(getTranslation("diagnosis.risk"))
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
        r.lockIn().outcomes().forEach(s -> scored.put(s.indicator().id(), s));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(3);
        CurrencyUnit currency = d.cluster().currency();
        Grid<IndicatorValue> indicators = new Grid<>();
        indicators.setId("indicator-grid");
        indicators.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicators.addColumn(v -> IndicatorCatalogue.get(v.indicatorId()).name().in(locale))
                .setHeader(getTranslation("diagnosis.indicator")).setFlexGrow(3).setSortable(true);
        indicators.addColumn(v -> v.value() == null ? getTranslation("provenance.notComputable")
                : IndicatorFormat.value(IndicatorCatalogue.get(v.indicatorId()), v.value(), locale))
                .setHeader(getTranslation("diagnosis.value")).setFlexGrow(1);
        indicators.addColumn(v -> IndicatorFormat.unit(IndicatorCatalogue.get(v.indicatorId()), currency, locale))
                .setHeader(getTranslation("diagnosis.unit")).setFlexGrow(1);
        // a reference that is an assumption, and the risk scored against it, are marked * (as the notes promise)
        indicators.addColumn(v -> scored.containsKey(v.indicatorId())
                ? IndicatorFormat.value(IndicatorCatalogue.get(v.indicatorId()),
                scored.get(v.indicatorId()).benchmark().value(), locale) + assumed(scored.get(v.indicatorId())) : "")
                .setHeader(getTranslation("diagnosis.benchmark")).setFlexGrow(1);
        indicators.addColumn(v -> scored.containsKey(v.indicatorId())
                ? Measure.INDEX.format(scored.get(v.indicatorId()).risk(), locale) + assumed(scored.get(v.indicatorId()))
                : "").setHeader(getTranslation("diagnosis.risk")).setFlexGrow(1);
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
                : Measure.DECIMAL.format(r.value().value(), locale)).setHeader(getTranslation("diagnosis.value")).setAutoWidth(true);
        grid.addColumn(r -> r.definition().unit().in(locale)).setHeader(getTranslation("diagnosis.unit"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.definition().formula()).setHeader(getTranslation("provenance.formula")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> new ProvenanceDialog(e.getItem().indicator(), e.getItem().value(), null,
                d.cluster().currency()).open());
        add(grid);
    }

    /** " *" when the indicator was scored against a reference that is an assumption. */
    private static String assumed(IndicatorScore score) {
        return score.benchmark().assumption() ? " *" : "";
    }

    /** A share already in percent (0–100), as the core gives it. */
    private static String pct(Double percent, Locale locale) {
        if (percent == null) {
            return "—";
        }
        return Measure.PERCENT.format(percent, locale);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
