package org.gvclab.web.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Measure;
import org.gvclab.core.chart.Axis;
import org.gvclab.core.chart.CategorySeries;
import org.gvclab.core.chart.ChartSpec;
import org.gvclab.core.chart.EChartsOption;
import org.gvclab.web.base.ui.EChart;
import org.gvclab.web.dashboard.ClusterStatus;
import org.gvclab.web.dashboard.ClusterStatus.NextStep;
import org.gvclab.web.dashboard.DashboardService;
import org.gvclab.web.jurisdiction.Jurisdiction;
import org.gvclab.web.jurisdiction.JurisdictionService;

/**
 * The start page: for every cluster in the user's scope, how it is doing (lock-in index with its P10–P90 band,
 * trend, change since last year, strongest drivers, recommended path), what data are missing with the next step as
 * a link, and the latest brief and workshop. With more than one cluster a compact table compares them first. The
 * figures come from {@link DashboardService}.
 */
@StyleSheet("context://styles/readable.css")
@Route("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** How many missing fields are named before "and n more". */
    private static final int FIELDS_NAMED = 4;

    public DashboardView(JurisdictionService jurisdictions, DashboardService dashboard) {
        setId("dashboard");
        add(new H2(getTranslation("dashboard.title")));
        List<Jurisdiction> visible = jurisdictions.visible();
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.noJurisdictions")));
            return;
        }
        List<ClusterStatus> statuses = dashboard.statuses();
        if (statuses.size() > 1) {
            add(new H3(getTranslation("dashboard.compare")));
            add(table(statuses));
        }
        Map<Long, List<ClusterStatus>> byJurisdiction = statuses.stream()
                .collect(Collectors.groupingBy(s -> s.cluster().jurisdictionId()));
        for (Jurisdiction j : visible) {
            Div group = new Div();
            group.addClassName("jurisdiction-card");
            group.getElement().setAttribute("data-code", j.code());
            group.setWidthFull();
            H3 name = new H3(j.name(getLocale()));
            name.getStyle().set("margin-bottom", "0");
            Span level = new Span(getTranslation("level." + j.level().name()) + " · " + j.code());
            level.getStyle().set("color", "var(--lumo-secondary-text-color)");
            group.add(name, level);
            List<ClusterStatus> own = byJurisdiction.getOrDefault(j.id(), List.of());
            if (own.isEmpty()) {
                group.add(new Paragraph(getTranslation("dashboard.noClusters")));
            }
            FlexLayout cards = new FlexLayout();
            cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            cards.setWidthFull();
            own.forEach(s -> cards.add(card(s)));
            group.add(cards);
            add(group);
        }
    }

    /**
     * The clusters side by side, one row each; every cell carries its caption so that a row wraps into a card on a
     * phone instead of being cut.
     */
    private Div table(List<ClusterStatus> statuses) {
        Locale locale = getLocale();
        Div table = new Div();
        table.setId("dashboard-table");
        table.setWidthFull();
        for (ClusterStatus s : statuses) {
            Div row = new Div();
            row.addClassName("dashboard-row");
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) "
                    + "var(--lumo-space-m)").set("padding", "var(--lumo-space-s) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            row.add(cell(getTranslation("clusters.name"), new Anchor(clusterPath(s, "/diagnosis"),
                    s.cluster().name(locale)), "2 1 14rem"));
            row.add(cell(getTranslation("dashboard.index"), new Span((s.index() == null ? "—"
                    : Measure.INDEX.format(s.index(), locale)) + (s.year() == null ? ""
                    : " (" + Measure.YEAR.format(s.year(), locale) + ")")), "1 1 7rem"));
            row.add(cell(getTranslation("dashboard.band"), new Span(band(s, locale)), "1 1 6rem"));
            row.add(cell(getTranslation("dashboard.change"), new Span(s.change() == null ? "—"
                    : Measure.POINTS.format(s.change(), locale)), "1 1 6rem"));
            row.add(cell(getTranslation("dashboard.path"), new Span(s.path() == null ? "—" : s.path().in(locale)),
                    "2 1 10rem"));
            row.add(cell(getTranslation("dashboard.next"), nextStep(s), "2 1 10rem"));
            table.add(row);
        }
        return table;
    }

    private static Div cell(String caption, Component value, String flex) {
        Div label = new Div(caption);
        label.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(label, value);
        cell.getStyle().set("flex", flex).set("min-width", "0").set("overflow-wrap", "anywhere");
        return cell;
    }

    private Div card(ClusterStatus s) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassName("cluster-status");
        card.getElement().setAttribute("data-cluster-id", String.valueOf(s.cluster().id()));
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-xs)").set("box-sizing", "border-box").set("flex", "1 1 22rem")
                .set("min-width", "0").set("overflow-wrap", "anywhere");
        Anchor name = new Anchor(clusterPath(s, ""), s.cluster().name(locale));
        name.addClassName("cluster-link");
        H4 heading = new H4(name);
        heading.getStyle().set("margin-top", "0");
        card.add(heading);
        if (s.year() == null) {
            Paragraph none = new Paragraph(getTranslation("dashboard.noData"));
            card.add(none, nextStep(s));
            return card;
        }
        Div headline = new Div();
        headline.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-m)");
        Span index = new Span(s.index() == null ? "—" : Measure.INDEX.format(s.index(), locale));
        index.addClassName("lock-in-index");
        index.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "700");
        Span label = new Span(getTranslation("dashboard.indexOf", Measure.YEAR.format(s.year(), locale)));
        headline.add(index, label);
        card.add(headline);
        if (s.index() != null) {
            card.add(new Div(new Span(getTranslation("dashboard.bandText", band(s, locale)))));
        }
        if (s.change() != null) {
            Span change = new Span(getTranslation(s.change() > 0 ? "dashboard.changeUp" : "dashboard.changeDown",
                    Measure.INDEX.format(Math.abs(s.change()), locale), Measure.YEAR.format(s.year() - 1, locale)));
            change.addClassName("lock-in-change");
            card.add(new Div(change));
        }
        if (s.trend().size() > 1) {
            card.add(trend(s, locale));
        }
        card.add(section(getTranslation("dashboard.drivers"),
                s.drivers().stream().map(d -> d.in(locale)).toList(), "drivers"));
        if (s.path() != null) {
            Div path = new Div(new Span(getTranslation("dashboard.path") + ": "), strong(s.path().in(locale)));
            path.addClassName("recommended-path");
            card.add(path);
        }
        card.add(completeness(s, locale));
        Div links = new Div();
        links.addClassName("latest");
        links.add(new Div(new Span(getTranslation("dashboard.latestBrief") + ": "), s.latestBrief() == null
                ? new Span(getTranslation("dashboard.none"))
                : new Anchor("notebooks/" + s.latestBrief().id(), s.latestBrief().title() + " ("
                + when(s.latestBrief(), locale) + ")")));
        if (s.workshopsVisible()) {
            links.add(new Div(new Span(getTranslation("dashboard.latestWorkshop") + ": "), s.latestWorkshop() == null
                ? new Span(getTranslation("dashboard.none"))
                : new Anchor("workshop/" + s.latestWorkshop().id(), s.latestWorkshop().title() + " ("
                    + when(s.latestWorkshop(), locale) + ")")));
        }
        links.add(new Div(new Anchor(clusterPath(s, "/diagnosis"), getTranslation("dashboard.openDiagnosis"))));
        card.add(links);
        return card;
    }

    private Component trend(ClusterStatus s, Locale locale) {
        List<LocalizedText> years = s.trend().stream()
                .map(t -> LocalizedText.of(Measure.YEAR.format(t.year(), locale))).toList();
        LocalizedText name = LocalizedText.of(getTranslation("dashboard.index"));
        EChart chart = new EChart();
        chart.addClassName("dashboard-trend");
        chart.setHeight("180px");
        chart.setOption(EChartsOption.toJson(ChartSpec.line(LocalizedText.of(getTranslation("dashboard.trend")),
                Axis.untitled(), Axis.bounded(name, LocalizedText.of(""), 0, 100), years,
                List.of(CategorySeries.of(name, s.trend().stream().map(ClusterStatus.YearIndex::index).toList()))),
                locale));
        return chart;
    }

    private Div completeness(ClusterStatus s, Locale locale) {
        ClusterStatus.Completeness c = s.completeness();
        Div box = new Div();
        box.addClassName("completeness");
        box.add(new H4(getTranslation("dashboard.completeness")));
        UnorderedList list = new UnorderedList();
        if (!c.missingYears().isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.missingYears", c.missingYears().stream()
                    .map(y -> Measure.YEAR.format(y, locale)).collect(Collectors.joining(", ")))));
        }
        if (!c.missingFields().isEmpty()) {
            String named = c.missingFields().stream().limit(FIELDS_NAMED).map(f -> f.in(locale))
                    .collect(Collectors.joining(", "));
            int more = c.missingFields().size() - FIELDS_NAMED;
            list.add(new ListItem(more > 0
                    ? getTranslation("dashboard.missingFieldsMore", Measure.COUNT.format(c.missingFields().size(),
                    locale), named, Measure.COUNT.format(more, locale))
                    : getTranslation("dashboard.missingFields", Measure.COUNT.format(c.missingFields().size(),
                    locale), named)));
        }
        if (c.unanswered() > 0) {
            list.add(new ListItem(getTranslation("dashboard.unanswered", Measure.COUNT.format(c.unanswered(), locale),
                    Measure.COUNT.format(DashboardService.QUESTIONS, locale))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.complete")));
        }
        box.add(list, new Div(new Span(getTranslation("dashboard.next") + ": "), nextStep(s)));
        return box;
    }

    private Anchor nextStep(ClusterStatus s) {
        NextStep next = s.completeness().next();
        String suffix = switch (next) {
            case ENTER_DATA, COMPLETE_DATA -> "";
            case ANSWER_QUESTIONNAIRES -> "/questionnaires";
            case COMPARE_STRATEGIES -> "/strategies";
        };
        Anchor link = new Anchor(clusterPath(s, suffix), getTranslation("dashboard.next." + next.name()));
        link.addClassName("next-step");
        return link;
    }

    private static String clusterPath(ClusterStatus s, String suffix) {
        return "clusters/" + s.cluster().id() + suffix;
    }

    private String band(ClusterStatus s, Locale locale) {
        return s.low() == null || s.high() == null ? "—"
                : Measure.INDEX.format(s.low(), locale) + "–" + Measure.INDEX.format(s.high(), locale);
    }

    private static String when(ClusterStatus.Linked l, Locale locale) {
        return l.when().toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    private static Span strong(String text) {
        Span s = new Span(text);
        s.getStyle().set("font-weight", "600");
        return s;
    }

    private Div section(String heading, List<String> items, String className) {
        Div box = new Div();
        box.addClassName(className);
        box.add(new H4(heading));
        UnorderedList list = new UnorderedList();
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.none")));
        }
        items.forEach(i -> list.add(new ListItem(i)));
        box.add(list);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
