package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.gvclab.core.cluster.GovernanceQuestionnaire;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterDataService;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.cluster.Questionnaires;
import org.jspecify.annotations.Nullable;

/**
 * The two questionnaires of a cluster: the governance of the link to its lead buyers (Gereffi, Humphrey &amp;
 * Sturgeon 2005: complexity, codifiability, supplier capability, each 1–5) and its production architecture
 * (Baldwin &amp; Venables: spider or snake). Unanswered questions stay unanswered.
 */
@Route("clusters/:clusterId([0-9]+)/questionnaires")
@PermitAll
public class QuestionnairesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Yes / no / not answered. */
    enum Answer { YES, NO }

    private final ClusterService clusters;
    private final ClusterDataService data;
    private @Nullable Cluster cluster;

    public QuestionnairesView(ClusterService clusters, ClusterDataService data) {
        this.clusters = clusters;
        this.data = data;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("clusterId").orElseThrow());
        cluster = clusters.get(id);
        build(cluster, data.questionnaires(id));
    }

    private void build(Cluster c, Questionnaires answers) {
        removeAll();
        add(new ClusterNav(c, ClusterNav.Page.QUESTIONNAIRES));
        add(new H3(getTranslation("questionnaire.governance")));
        add(new Paragraph(getTranslation("questionnaire.governance.intro", GovernanceQuestionnaire.HIGH_FROM)));
        Select<Integer> complexity = rating("gov-complexity", "questionnaire.complexity", answers.complexity());
        Select<Integer> codifiability = rating("gov-codifiability", "questionnaire.codifiability",
                answers.codifiability());
        Select<Integer> capability = rating("gov-capability", "questionnaire.capability",
                answers.supplierCapability());
        FormLayout governance = new FormLayout(complexity, codifiability, capability);

        add(governance, new H3(getTranslation("questionnaire.architecture")),
                new Paragraph(getTranslation("questionnaire.architecture.intro")));
        ArchitectureQuestionnaire a = answers.architecture();
        IntegerField components = count("arch-components", "questionnaire.components", a.componentInputs());
        Select<Answer> sequential = yesNo("arch-sequential", "questionnaire.sequential", a.sequentialStages());
        IntegerField stages = count("arch-stages", "questionnaire.stages", a.stageCount());
        Select<Answer> parallel = yesNo("arch-parallel", "questionnaire.parallel", a.parallelAssembly());
        Select<Answer> transforms = yesNo("arch-transforms", "questionnaire.transforms", a.transformsMaterial());
        add(new FormLayout(components, sequential, stages, parallel, transforms));

        Button save = new Button(getTranslation("action.save"), e -> {
            if (components.isInvalid() || stages.isInvalid()) {
                return;
            }
            Questionnaires next = new Questionnaires(complexity.getValue(), codifiability.getValue(),
                    capability.getValue(), new ArchitectureQuestionnaire(components.getValue(), bool(sequential),
                    stages.getValue(), bool(parallel), bool(transforms)), answers.version());
            Questionnaires stored = data.saveQuestionnaires(c.id(), next);
            Notification.show(getTranslation("data.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            build(c, stored);
        });
        save.setId("save-questionnaires");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private Select<Integer> rating(String id, String key, @Nullable Integer value) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(key));
        select.setHelperText(getTranslation(key + ".hint"));
        select.setItems(List.of(1, 2, 3, 4, 5));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("questionnaire.unanswered"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("questionnaire.unanswered")
                : v + " – " + getTranslation("questionnaire.scale." + v));
        select.setValue(value);
        return select;
    }

    private IntegerField count(String id, String key, @Nullable Integer value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(0);
        field.setHelperText(getTranslation(key + ".hint"));
        field.setValue(value);
        return field;
    }

    private Select<Answer> yesNo(String id, String key, @Nullable Boolean value) {
        Select<Answer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(key));
        select.setItems(Answer.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("questionnaire.unanswered"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("questionnaire.unanswered")
                : getTranslation(v == Answer.YES ? "questionnaire.yes" : "questionnaire.no"));
        select.setValue(value == null ? null : value ? Answer.YES : Answer.NO);
        return select;
    }

    private static @Nullable Boolean bool(Select<Answer> select) {
        return Optional.ofNullable(select.getValue()).map(v -> v == Answer.YES).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusterNav.questionnaires") + " · " + getTranslation("app.name");
    }
}
