package org.gvclab.web.strategy.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.Scenario;
import org.gvclab.web.base.UserErrors;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.base.job.Job;
import org.gvclab.web.base.ui.JobUi;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.ui.ClusterNav;
import org.gvclab.web.strategy.RankingChoice;
import org.gvclab.web.strategy.ScenarioInput;
import org.gvclab.web.strategy.StrategyComparisonService;
import org.gvclab.web.strategy.StrategySetup;
import org.jspecify.annotations.Nullable;

/**
 * Compares domestic-demand-driven upgrading strategies for a cluster (docs/model.md, "Strategies"): the {@link ScenarioForm} on
 * top, the {@link ComparisonPanel} below. The view wires the form's events to {@link StrategyComparisonService}:
 * a run goes to the background with a progress bar and can be cancelled; a change of the weights re-ranks the last
 * run at once without a new one; a failure shows a message the user can act on, or an incident id.
 */
@StyleSheet("context://styles/readable.css")
@Route("clusters/:clusterId([0-9]+)/strategies")
@PermitAll
public class StrategyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClusterService clusters;
    private final StrategyComparisonService comparisons;
    private final ComparisonPanel results = new ComparisonPanel();
    private @Nullable Cluster cluster;
    private @Nullable StrategySetup setup;
    private @Nullable ScenarioForm form;
    private @Nullable ComparisonResult last;
    private @Nullable Job<ComparisonResult> running;

    public StrategyView(ClusterService clusters, StrategyComparisonService comparisons) {
        setId("strategy-view");
        this.clusters = clusters;
        this.comparisons = comparisons;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("clusterId").orElseThrow());
        cluster = clusters.get(id);
        removeAll();
        add(new ClusterNav(cluster, ClusterNav.Page.STRATEGIES));
        StrategySetup s = comparisons.setup(id);
        setup = s;
        if (s.baseline() == null) {
            Paragraph none = new Paragraph(s.missing() == null ? getTranslation("strategy.noData")
                    : getTranslation("strategy.baselineMissing", s.missing().in(getLocale())));
            none.setId("strategy-no-data");
            add(none);
            return;
        }
        ScenarioForm f = new ScenarioForm(s, getLocale());
        f.load(comparisons.input(s, Scenario.defaults(getTranslation("strategy.defaultName"))));
        f.on(ScenarioForm.RunEvent.class, e -> run(e.input()));
        f.on(ScenarioForm.CancelEvent.class, e -> {
            if (running != null) {
                running.cancel();
            }
        });
        f.on(ScenarioForm.SaveEvent.class, e -> save(e.input()));
        f.on(ScenarioForm.RankingEvent.class, e -> rerank(e.choice()));
        f.on(ScenarioForm.LoadEvent.class, e -> f.load(comparisons.input(s, e.saved().scenario())));
        form = f;
        add(new Paragraph(getTranslation("strategy.intro", String.valueOf(s.baseline().baseYear()),
                s.baseline().architecture().label().in(getLocale()))), f, results);
    }

    private @Nullable Scenario scenario(ScenarioInput input) {
        try {
            return comparisons.scenario(Objects.requireNonNull(setup), input, getTranslation("strategy.defaultName"));
        } catch (RuntimeException e) {
            JobUi.notify(this, UserErrors.explain(e, "assembling a scenario"));
            return null;
        }
    }

    private void run(ScenarioInput input) {
        Scenario scenario = scenario(input);
        ScenarioForm f = Objects.requireNonNull(form);
        if (scenario == null) {
            return;
        }
        f.running(true, getTranslation("strategy.running"));
        Job<ComparisonResult> job = comparisons.start(Objects.requireNonNull(setup), scenario,
                JobUi.listener(this, f::progress, notice -> Notification.show(JobUi.text(this, notice), 10000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING)));
        running = job;
        JobUi.follow(this, job, result -> {
            f.running(false, getTranslation("strategy.done"));
            last = result;
            results.show(result, result.ranking());
        }, failure -> {
            f.running(false, failure.cancelled() ? getTranslation("strategy.cancelled") : "");
            JobUi.notify(this, failure);
        });
    }

    private void save(ScenarioInput input) {
        Scenario scenario = scenario(input);
        if (scenario != null) {
            comparisons.save(Objects.requireNonNull(setup), scenario);
            Notification.show(getTranslation("data.saved"), 2000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void rerank(RankingChoice choice) {
        ComparisonResult r = last;
        if (r == null) {
            return;
        }
        try {
            results.show(r, comparisons.rerank(Objects.requireNonNull(setup), r, choice));
        } catch (UserFacingException e) {
            JobUi.notify(this, UserErrors.explain(e, "re-ranking"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusterNav.strategies") + (cluster == null ? "" : " · " + cluster.name(getLocale()))
                + " · " + getTranslation("app.name");
    }
}
