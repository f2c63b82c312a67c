package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.core.strategy.Assumption;
import org.gvclab.core.strategy.BaselineDataException;
import org.gvclab.core.strategy.ClusterBaseline;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.Parameter;
import org.gvclab.core.strategy.ParameterOverrideException;
import org.gvclab.core.strategy.RankedStrategy;
import org.gvclab.core.strategy.Ranking;
import org.gvclab.core.strategy.RegionalMultipliers;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.core.strategy.Shock;
import org.gvclab.core.strategy.Strategies;
import org.gvclab.core.strategy.Strategy;
import org.gvclab.core.strategy.StrategyCharts;
import org.gvclab.core.strategy.StrategyResult;
import org.gvclab.core.strategy.Trajectory;
import org.gvclab.core.strategy.Weighting;
import org.gvclab.web.base.ui.EChart;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.ui.ClusterNav;
import org.gvclab.web.strategy.MultipliersUnavailableException;
import org.gvclab.web.strategy.SavedScenario;
import org.gvclab.web.strategy.StrategyMultipliers;
import org.gvclab.web.strategy.StrategyService;
import org.gvclab.web.strategy.WorkshopWeighting;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Compares domestic-demand-driven upgrading strategies for a cluster (METHODS.md §5): choose strategies (the presets
 * S0–S4 and custom lever sets), a horizon of up to 15 years, an optional external shock, and any parameter; run the
 * Monte Carlo projection in the background with a progress bar; read the side-by-side table (P50 with P10–P90),
 * trajectories with bands, the TOPSIS ranking with its stability, and every assumption used. Changing the weights
 * re-ranks at once without a new run.
 */
@Route("clusters/:clusterId([0-9]+)/strategies")
@PermitAll
public class StrategyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClusterService clusters;
    private final StrategyService strategies;
    private final StrategyMultipliers multipliers;
    private final WorkshopWeighting workshopWeighting;
    private final TaskExecutor executor;
    private Optional<WorkshopWeighting.Choice> ahp = Optional.empty();
    private final Div results = new Div();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final List<Strategy> custom = new ArrayList<>();
    private final Map<String, Double> overrides = new HashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private @Nullable Cluster cluster;
    private @Nullable ClusterBaseline baseline;
    private @Nullable ComparisonResult last;
    private MultiSelectComboBox<String> strategyChoice = new MultiSelectComboBox<>();
    /** The regional outcomes the user chose as extra ranking criteria (offered only with an IO link). */
    private MultiSelectComboBox<Outcome> regionalCriteria = new MultiSelectComboBox<>();
    /** The scenario's non-regional ranking criteria. */
    private List<Outcome> baseCriteria = Outcome.DEFAULT_CRITERIA;
    private final FormLayout weightsForm = new FormLayout();
    private final TextField name = new TextField();
    private final IntegerField horizon = new IntegerField();
    private final Checkbox shock = new Checkbox();
    private final NumberField shockSize = new NumberField();
    private final IntegerField shockYear = new IntegerField();
    private final IntegerField draws = new IntegerField();
    private final TextField seed = new TextField();
    private final Select<Weighting.Kind> weighting = new Select<>();
    private final Map<Outcome, NumberField> manualWeights = new EnumMap<>(Outcome.class);
    private final Button run = new Button();
    private final Button cancel = new Button();

    public StrategyView(ClusterService clusters, StrategyService strategies, StrategyMultipliers multipliers,
                        WorkshopWeighting workshopWeighting, @Qualifier("computeExecutor") TaskExecutor executor) {
        this.workshopWeighting = workshopWeighting;
        this.clusters = clusters;
        this.strategies = strategies;
        this.multipliers = multipliers;
        this.executor = executor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("clusterId").orElseThrow());
        cluster = clusters.get(id);
        removeAll();
        add(new ClusterNav(cluster, ClusterNav.Page.STRATEGIES));
        try {
            Optional<ClusterBaseline> b = strategies.baseline(id);
            if (b.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("strategy.noData"));
                none.setId("strategy-no-data");
                add(none);
                return;
            }
            baseline = b.get();
        } catch (BaselineDataException missing) {
            Paragraph p = new Paragraph(getTranslation("strategy.baselineMissing", missing.text().in(getLocale())));
            p.setId("strategy-no-data");
            add(p);
            return;
        }
        buildForm(Scenario.defaults(getTranslation("strategy.defaultName")));
    }

    private void buildForm(Scenario scenario) {
        Locale locale = getLocale();
        ClusterBaseline b = java.util.Objects.requireNonNull(baseline);
        custom.clear();
        custom.addAll(scenario.customStrategies());
        overrides.clear();
        overrides.putAll(scenario.overrides());
        Paragraph intro = new Paragraph(getTranslation("strategy.intro", String.valueOf(b.baseYear()),
                b.architecture().label().in(locale)));

        name.setLabel(getTranslation("strategy.name"));
        name.setValue(scenario.name());
        Select<SavedScenario> saved = new Select<>();
        saved.setId("saved-scenarios");
        saved.setLabel(getTranslation("strategy.saved"));
        List<SavedScenario> list = strategies.scenarios(java.util.Objects.requireNonNull(cluster).id());
        saved.setItems(list);
        saved.setItemLabelGenerator(s -> s.scenario().name() + " (" + s.createdBy() + ", "
                + s.createdAt().toLocalDate() + ")");
        saved.setEnabled(!list.isEmpty());
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                removeAll();
                add(new ClusterNav(java.util.Objects.requireNonNull(cluster), ClusterNav.Page.STRATEGIES));
                buildForm(e.getValue().scenario());
            }
        });
        horizon.setLabel(getTranslation("strategy.horizon"));
        horizon.setId("horizon");
        horizon.setMin(1);
        horizon.setMax(Scenario.MAX_HORIZON);
        horizon.setStepButtonsVisible(true);
        horizon.setValue(scenario.horizon());
        strategyChoice = new MultiSelectComboBox<>(getTranslation("strategy.strategies"));
        strategyChoice.setId("strategy-choice");
        strategyChoice.setWidth("28rem");
        refreshStrategyItems(new LinkedHashSet<>(scenario.strategyIds()));
        Button customButton = new Button(getTranslation("strategy.custom"), e -> openCustomEditor());
        customButton.setId("custom-strategy");

        shock.setLabel(getTranslation("strategy.shock"));
        shock.setId("shock");
        shock.setValue(scenario.shock().applied());
        shockSize.setLabel(getTranslation("strategy.shock.size"));
        shockSize.setMin(0);
        shockSize.setMax(100);
        shockSize.setValue(scenario.shock().sizePercent());
        shockYear.setLabel(getTranslation("strategy.shock.year"));
        shockYear.setMin(1);
        shockYear.setMax(Scenario.MAX_HORIZON);
        shockYear.setValue(scenario.shock().year());

        weighting.setLabel(getTranslation("strategy.weights"));
        weighting.setId("weighting");
        ahp = workshopWeighting.latest(java.util.Objects.requireNonNull(cluster).id());
        weighting.setItems(ahp.isPresent() ? List.of(Weighting.Kind.EQUAL, Weighting.Kind.MANUAL, Weighting.Kind.AHP)
                : List.of(Weighting.Kind.EQUAL, Weighting.Kind.MANUAL));
        weighting.setItemLabelGenerator(k -> k == Weighting.Kind.AHP && ahp.isPresent()
                ? getTranslation("strategy.weights.AHP.from", ahp.get().workshop().title(),
                String.format(locale, "%.3f", ahp.get().workshop().weights().cr()))
                : getTranslation("strategy.weights." + k.name()));
        weighting.setValue(scenario.weighting().kind() == Weighting.Kind.AHP && ahp.isPresent() ? Weighting.Kind.AHP
                : scenario.weighting().kind() == Weighting.Kind.MANUAL ? Weighting.Kind.MANUAL : Weighting.Kind.EQUAL);
        baseCriteria = scenario.criteria().stream().filter(o -> !o.regional()).toList();
        regionalCriteria = regionalCriteria(scenario.criteria());
        manualWeights.clear();
        fillWeights(currentCriteria(), scenario.weighting().weights());
        weightsForm.setVisible(weighting.getValue() == Weighting.Kind.MANUAL);
        weighting.addValueChangeListener(e -> {
            weightsForm.setVisible(e.getValue() == Weighting.Kind.MANUAL);
            rerank();
        });
        draws.setLabel(getTranslation("strategy.draws"));
        draws.setMin(10);
        draws.setMax(Scenario.MAX_DRAWS);
        draws.setValue(scenario.draws());
        seed.setLabel(getTranslation("strategy.seed"));
        seed.setValue(String.valueOf(scenario.seed()));

        run.setText(getTranslation("strategy.run"));
        run.setId("run-comparison");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runComparison());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setEnabled(false);
        cancel.addClickListener(e -> cancelled.set(true));
        Button save = new Button(getTranslation("strategy.saveScenario"), e -> scenario().ifPresent(s -> {
            strategies.save(java.util.Objects.requireNonNull(cluster).id(), s);
            Notification.show(getTranslation("data.saved"), 2000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        save.setId("save-scenario");
        progress.setId("strategy-progress");
        progress.setVisible(false);
        progress.setWidth("20rem");
        progressText.setId("strategy-progress-text");

        FormLayout form = new FormLayout(name, saved, horizon, draws, seed, weighting);
        HorizontalLayout strategiesRow = new HorizontalLayout(strategyChoice, customButton);
        strategiesRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout shockRow = new HorizontalLayout(shock, shockSize, shockYear);
        shockRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout runRow = new HorizontalLayout(run, cancel, save, progress, progressText);
        runRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        results.setId("strategy-results");
        results.setWidthFull();
        add(intro, form, strategiesRow, shockRow, regionalCriteria, weightsForm, parameters(b), runRow, results);
    }

    /**
     * The choice of regional ranking criteria: offered only when the cluster is linked to an IO table (jobs only with
     * regional employment by sector), none chosen unless the scenario chose them.
     */
    private MultiSelectComboBox<Outcome> regionalCriteria(List<Outcome> chosen) {
        Locale locale = getLocale();
        MultiSelectComboBox<Outcome> box = new MultiSelectComboBox<>(getTranslation("regional.criteria"));
        box.setId("regional-criteria");
        box.setWidth("28rem");
        List<Outcome> offered = multipliers.basis(java.util.Objects.requireNonNull(cluster).id())
                .map(basis -> basis.hasJobs()
                        ? List.of(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_VALUE_ADDED, Outcome.REGIONAL_JOBS)
                        : List.of(Outcome.REGIONAL_OUTPUT, Outcome.REGIONAL_VALUE_ADDED))
                .orElse(List.of());
        box.setItems(offered);
        box.setItemLabelGenerator(o -> o.label().in(locale));
        box.setValue(new LinkedHashSet<>(chosen.stream().filter(offered::contains).toList()));
        box.setHelperText(getTranslation(offered.contains(Outcome.REGIONAL_JOBS) ? "regional.criteria.help"
                : "regional.criteria.helpNoJobs"));
        box.setVisible(!offered.isEmpty());
        box.addValueChangeListener(e -> {
            fillWeights(currentCriteria(), Map.of());
            rerank();
        });
        return box;
    }

    /** The ranking criteria as entered: the scenario's, then the regional ones chosen, in the outcomes' order. */
    private List<Outcome> currentCriteria() {
        List<Outcome> c = new ArrayList<>(baseCriteria);
        for (Outcome o : Outcome.values()) {
            if (o.regional() && regionalCriteria.getValue().contains(o)) {
                c.add(o);
            }
        }
        return List.copyOf(c);
    }

    /** One weight field per criterion, keeping what was typed in fields that stay. */
    private void fillWeights(List<Outcome> criteria, Map<Outcome, Double> initial) {
        Locale locale = getLocale();
        Map<Outcome, Double> typed = new EnumMap<>(Outcome.class);
        manualWeights.forEach((o, f) -> {
            if (f.getValue() != null) {
                typed.put(o, f.getValue());
            }
        });
        weightsForm.removeAll();
        manualWeights.clear();
        for (Outcome o : criteria) {
            NumberField w = new NumberField(o.label().in(locale));
            w.setMin(0);
            w.setValue(typed.getOrDefault(o, initial.getOrDefault(o, 1.0)));
            w.addValueChangeListener(e -> rerank());
            manualWeights.put(o, w);
            weightsForm.add(w);
        }
    }

    private void refreshStrategyItems(java.util.Set<String> selected) {
        List<String> ids = new ArrayList<>(Strategies.PRESET_IDS);
        custom.forEach(s -> ids.add(s.id()));
        strategyChoice.setItems(ids);
        Locale locale = getLocale();
        strategyChoice.setItemLabelGenerator(id -> Strategies.preset(id, 0.02).map(s -> s.label().in(locale))
                .orElseGet(() -> custom.stream().filter(s -> s.id().equals(id)).findFirst()
                        .map(s -> s.label().in(locale)).orElse(id)));
        strategyChoice.setValue(selected);
    }

    private void openCustomEditor() {
        String id = "C" + (custom.size() + 1);
        Dialog dialog = new Dialog(getTranslation("strategy.custom"));
        dialog.setWidth("min(70rem, 96vw)");
        CustomStrategyForm form = new CustomStrategyForm(id, getLocale());
        form.addSaveListener(e -> {
            custom.add(e.strategy());
            java.util.Set<String> selected = new LinkedHashSet<>(strategyChoice.getValue());
            selected.add(e.strategy().id());
            refreshStrategyItems(selected);
            dialog.close();
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    /** Every parameter of the model, with its default, unit, range and source or assumption; editable. */
    private Details parameters(ClusterBaseline b) {
        Locale locale = getLocale();
        Grid<Parameter> grid = new Grid<>();
        grid.setId("parameter-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.name().in(locale)).setHeader(getTranslation("strategy.param.name")).setFlexGrow(3);
        grid.addComponentColumn(p -> {
            NumberField value = new NumberField();
            value.addClassName("parameter-value");
            value.getElement().setAttribute("data-parameter", p.id());
            value.setValue(overrides.getOrDefault(p.id(), p.value()));
            value.setWidth("8rem");
            value.addValueChangeListener(e -> {
                if (e.getValue() == null || e.getValue() == p.value()) {
                    overrides.remove(p.id());
                } else {
                    overrides.put(p.id(), e.getValue());
                }
            });
            return value;
        }).setHeader(getTranslation("strategy.param.value")).setAutoWidth(true);
        grid.addColumn(p -> p.unit().in(locale)).setHeader(getTranslation("diagnosis.unit")).setAutoWidth(true);
        grid.addColumn(p -> fmt(p.min()) + " – " + fmt(p.max())).setHeader(getTranslation("strategy.param.range"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.distribution() + " [" + fmt(p.low()) + ", " + fmt(p.high()) + "]")
                .setHeader(getTranslation("strategy.param.uncertainty")).setAutoWidth(true);
        grid.addColumn(p -> (p.assumption() ? getTranslation("reference.assumption") + ": " : "")
                + p.source().in(locale)).setHeader(getTranslation("reference.source")).setFlexGrow(3);
        grid.setItems(b.parameters().parameters());
        grid.setHeight("32rem");
        Details details = new Details(getTranslation("strategy.parameters", b.parameters().parameters().size()), grid);
        details.setId("parameters");
        details.setWidthFull();
        return details;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The scenario as entered, or empty (with a message on the field) when an entry is out of range. */
    private Optional<Scenario> scenario() {
        try {
            long s = Long.parseLong(seed.getValue().trim());
            Scenario sc = Scenario.defaults(name.getValue().isBlank() ? getTranslation("strategy.defaultName")
                            : name.getValue().trim())
                    .withStrategies(List.copyOf(strategyChoice.getValue()), List.copyOf(custom))
                    .withHorizon(horizon.getValue() == null ? 0 : horizon.getValue())
                    .withShock(new Shock(shock.getValue(), shockSize.getValue() == null ? 0 : shockSize.getValue(),
                            shockYear.getValue() == null ? 1 : Math.min(shockYear.getValue(),
                                    horizon.getValue() == null ? 1 : horizon.getValue())))
                    .withDraws(s, draws.getValue() == null ? 0 : draws.getValue())
                    .withOverrides(Map.copyOf(overrides));
            sc = sc.withRanking(criteria(currentCriteria()), weightingChoice(criteria(currentCriteria())));
            java.util.Objects.requireNonNull(baseline).parameters().withOverrides(sc.overrides());
            return Optional.of(sc);
        } catch (ParameterOverrideException e) {
            error(e.text().in(getLocale()));
        } catch (NumberFormatException e) {
            error(getTranslation("strategy.error.seed"));
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
        return Optional.empty();
    }

    /** The ranking criteria: the workshop's when its AHP weights are chosen, the scenario's otherwise. */
    private List<Outcome> criteria(List<Outcome> scenarioCriteria) {
        return weighting.getValue() == Weighting.Kind.AHP && ahp.isPresent() ? ahp.get().criteria() : scenarioCriteria;
    }

    private Weighting weightingChoice(List<Outcome> criteria) {
        if (weighting.getValue() == Weighting.Kind.AHP && ahp.isPresent()) {
            return ahp.get().weighting();
        }
        if (weighting.getValue() != Weighting.Kind.MANUAL) {
            return Weighting.equal();
        }
        Map<Outcome, Double> w = new EnumMap<>(Outcome.class);
        for (Outcome o : criteria) {
            NumberField f = manualWeights.get(o);
            w.put(o, f == null || f.getValue() == null ? 0 : f.getValue());
        }
        return Weighting.manual(w);
    }

    private void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void runComparison() {
        Optional<Scenario> scenario = scenario();
        if (scenario.isEmpty() || baseline == null || cluster == null) {
            return;
        }
        ClusterBaseline b = baseline;
        Scenario s = scenario.get();
        long clusterId = cluster.id();
        UI ui = UI.getCurrent();
        cancelled.set(false);
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("strategy.running"));
        // the signed-in user's context goes along: the multipliers are read in the caller's jurisdictions
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            double[] shown = {0};
            try {
                RegionalMultipliers m = null;
                try {
                    // loads and factorises the linked table on first use (up to about a second), so not on the UI thread
                    m = multipliers.of(clusterId).orElse(null);
                } catch (MultipliersUnavailableException e) {
                    ui.access(() -> Notification.show(getTranslation(e.messageKey(), e.args()), 10000,
                            Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING));
                }
                ComparisonResult result = strategies.run(b, s, m, p -> {
                    if (p - shown[0] >= 0.02 || p >= 1) {
                        shown[0] = p;
                        ui.access(() -> progress.setValue(Math.min(1, p)));
                    }
                }, cancelled::get);
                ui.access(() -> {
                    finished();
                    last = result;
                    showResults(result, result.ranking());
                });
            } catch (CancellationException e) {
                ui.access(() -> {
                    finished();
                    progressText.setText(getTranslation("strategy.cancelled"));
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    finished();
                    progressText.setText("");
                    error(e instanceof BaselineDataException missing ? missing.text().in(getLocale()) : e.getMessage());
                });
            }
        }));
    }

    private void finished() {
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
        progressText.setText(getTranslation("strategy.done"));
    }

    private void rerank() {
        ComparisonResult r = last;
        if (r == null) {
            return;
        }
        List<Outcome> criteria = criteria(currentCriteria());
        try {
            showResults(r, r.rank(criteria, weightingChoice(criteria)));
        } catch (IllegalArgumentException e) {
            // a criterion this run did not compute (a regional one chosen after a run without multipliers)
            error(e.getMessage());
        }
    }

    private void showResults(ComparisonResult r, Ranking ranking) {
        Locale locale = getLocale();
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
        rank.setItems(ranking.strategies().stream().sorted(java.util.Comparator.comparingInt(RankedStrategy::rank))
                .toList());
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
        assumptions.addColumn(a -> fmt(a.value()) + (a.overridden() ? " *" : "")).setHeader(getTranslation(
                "strategy.param.value")).setAutoWidth(true);
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

    @Override
    protected void onDetach(DetachEvent event) {
        cancelled.set(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusterNav.strategies") + (cluster == null ? "" : " · " + cluster.name(getLocale()))
                + " · " + getTranslation("app.name");
    }
}
