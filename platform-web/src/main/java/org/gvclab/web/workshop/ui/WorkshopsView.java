package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.Criterion;
import org.gvclab.web.base.UserFacingException;
import org.gvclab.web.cluster.Cluster;
import org.gvclab.web.cluster.ClusterService;
import org.gvclab.web.workshop.ActivityDraft;
import org.gvclab.web.workshop.WorkshopDetail;
import org.gvclab.web.workshop.WorkshopDraft;
import org.gvclab.web.workshop.WorkshopService;
import org.gvclab.web.workshop.WorkshopSummary;

/** The caller's workshops and a form to set up a new one for a cluster. */
@Route("workshops")
@Menu(title = "nav.workshops", order = 5, icon = "vaadin:group")
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class WorkshopsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public WorkshopsView(WorkshopService workshops, ClusterService clusters) {
        Locale locale = getLocale();
        add(new H2(getTranslation("workshop.list.title")));

        Grid<WorkshopSummary> grid = new Grid<>();
        grid.setId("workshops-grid");
        grid.addComponentColumn(w -> new RouterLink(w.title(), WorkshopView.class, w.id()))
                .setHeader(getTranslation("workshop.title")).setFlexGrow(2);
        grid.addColumn(w -> w.clusterName().in(locale)).setHeader(getTranslation("workshop.cluster")).setFlexGrow(2);
        grid.addColumn(w -> getTranslation("workshop.status." + w.status().name()))
                .setHeader(getTranslation("workshop.status"));
        grid.addColumn(WorkshopSummary::participants).setHeader(getTranslation("workshop.participants"));
        grid.addColumn(w -> WHEN.format(w.createdAt())).setHeader(getTranslation("workshop.created"));
        grid.setItems(workshops.visible());
        grid.setAllRowsVisible(true);
        add(grid);

        add(new H3(getTranslation("workshop.new.title")));
        ComboBox<Cluster> cluster = new ComboBox<>(getTranslation("workshop.cluster"));
        cluster.setId("new-workshop-cluster");
        cluster.setItems(clusters.visible());
        cluster.setItemLabelGenerator(c -> c.name(locale));
        cluster.setWidth("28rem");
        TextField title = new TextField(getTranslation("workshop.title"));
        title.setId("new-workshop-title");
        title.setMaxLength(WorkshopDraft.MAX_TITLE);
        title.setWidth("28rem");
        Checkbox scoring = agendaItem("agenda-scoring", "workshop.agenda.scoring");
        Checkbox ahpFactors = agendaItem("agenda-ahp-factors", "workshop.agenda.ahpFactors");
        Checkbox ahpOutcomes = agendaItem("agenda-ahp-outcomes", "workshop.agenda.ahpOutcomes");
        Checkbox ranking = agendaItem("agenda-ranking", "workshop.agenda.ranking");
        Checkbox vote = agendaItem("agenda-vote", "workshop.agenda.vote");
        vote.setValue(false);
        TextArea custom = new TextArea(getTranslation("workshop.agenda.custom"));
        custom.setId("new-workshop-custom");
        custom.setHelperText(getTranslation("workshop.agenda.customHelp", WorkshopDraft.MAX_CUSTOM_STRATEGIES));
        custom.setWidth("28rem");
        Button create = new Button(getTranslation("workshop.new.create"), e -> {
            if (cluster.getValue() == null) {
                cluster.setInvalid(true);
                cluster.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            List<Criterion> strategies = WorkshopService.customStrategies(Arrays.asList(custom.getValue().split("\\R")));
            List<ActivityDraft> agenda = new ArrayList<>();
            if (scoring.getValue()) {
                agenda.add(ActivityDraft.factorScoring());
            }
            if (ahpFactors.getValue()) {
                agenda.add(ActivityDraft.ahp(CriteriaSet.FACTORS));
            }
            if (ahpOutcomes.getValue()) {
                agenda.add(ActivityDraft.ahp(CriteriaSet.OUTCOMES));
            }
            if (ranking.getValue()) {
                agenda.add(ActivityDraft.ranking(strategies));
            }
            if (vote.getValue()) {
                agenda.add(ActivityDraft.vote(strategies));
            }
            if (agenda.isEmpty()) {
                throw new UserFacingException("workshop.error.agenda");
            }
            WorkshopDetail created = workshops.create(new WorkshopDraft(cluster.getValue().id(), title.getValue(), agenda));
            getUI().ifPresent(ui -> ui.navigate(WorkshopView.class, created.id()));
        });
        create.setId("create-workshop");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(cluster, title, scoring, ahpFactors, ahpOutcomes, ranking, vote, custom, create);
    }

    private Checkbox agendaItem(String id, String key) {
        Checkbox box = new Checkbox(getTranslation(key), true);
        box.setId(id);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.list.title") + " · " + getTranslation("app.name");
    }
}
