package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.Measure;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.paradox.ChainUpgrading;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.Figure;
import org.gvclab.core.paradox.InnovationAgglomeration;
import org.gvclab.core.paradox.RentDistribution;

/**
 * The model's further results on the diagnosis page (docs/model.md): the evidence of a linked IO table, innovation
 * agglomeration, who captures the value added, and chain upgrading, each with units; values resting on an
 * assumption marked *.
 */
final class ModelResultsPanel extends FlexLayout {

    ModelResultsPanel(DiagnosisResult r, CurrencyUnit currency) {
        Locale locale = getLocale();
        FlexLayout panels = this;
        panels.setId("model-results");
        panels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        panels.setWidthFull();
        Div io;
        if (r.io() == null) {
            io = DiagnosisCards.card(getTranslation("diagnosis.io"), new Paragraph(getTranslation("diagnosis.io.none")),
                    new Anchor("io-tables", getTranslation("diagnosis.io.link")));
        } else {
            io = DiagnosisCards.card(getTranslation("diagnosis.io"), new Paragraph(getTranslation("diagnosis.io.from",
                    r.io().table(), r.io().region(), r.io().sector())), figures(r.io().figures(), currency, false));
        }
        io.setId("io-evidence");
        InnovationAgglomeration a = r.agglomeration();
        Div agglomeration = DiagnosisCards.card(getTranslation("diagnosis.agglomeration"),
                figures(a.figures(), currency, a.referenceAssumed()), new Paragraph(a.explanation().in(locale)));
        agglomeration.setId("innovation-agglomeration");
        RentDistribution rent = r.rent();
        UnorderedList functions = new UnorderedList();
        for (RentDistribution.FunctionRent f : rent.byFunction()) {
            functions.add(new ListItem(getTranslation("diagnosis.rent.function", f.function(),
                    Measure.SHARE.format(f.salesShare(), locale), Measure.SHARE.format(f.valueAddedRate(), locale)
                            + " *", Measure.MONEY.format(f.valueAdded(), locale) + " " + currency.label().in(locale),
                    Measure.SHARE.format(f.valueAddedShare(), locale))));
        }
        Div rentCard = DiagnosisCards.card(getTranslation("diagnosis.rent"), figures(rent.figures(), currency, false), functions);
        rent.explanation().forEach(t -> rentCard.add(new Paragraph(t.in(locale))));
        if (!rent.byFunction().isEmpty()) {
            rentCard.add(new Paragraph(getTranslation("diagnosis.rent.premiums",
                    Measure.RATIO.format(RentDistribution.ODM_PREMIUM, locale),
                    Measure.RATIO.format(RentDistribution.OBM_PREMIUM, locale))));
        }
        rentCard.setId("rent-distribution");
        ChainUpgrading c = r.chain();
        UnorderedList chainFacts = new UnorderedList();
        chainFacts.add(new ListItem(getTranslation(c.detected() ? "diagnosis.chain.yes" : "diagnosis.chain.no")));
        if (c.share() != null) {
            chainFacts.add(new ListItem(getTranslation("diagnosis.chain.share", Measure.PERCENT.format(c.share(),
                    locale))));
        }
        if (c.change() != null) {
            chainFacts.add(new ListItem(getTranslation("diagnosis.chain.change", Measure.POINTS.format(c.change(),
                    locale))));
        }
        Div chain = DiagnosisCards.card(getTranslation("diagnosis.chain"), chainFacts, new Paragraph(c.explanation().in(locale)));
        chain.setId("chain-upgrading");
        panels.add(io, agglomeration, rentCard, chain);
        panels.getChildren().forEach(x -> ((Div) x).getStyle().set("flex", "1 1 20rem").set("min-width", "0")
                .set("overflow-wrap", "anywhere"));
    }

    /** Labelled figures by the number rule; money in the cluster's unit; a reference resting on an assumption *. */
    private UnorderedList figures(List<Figure> figures, CurrencyUnit currency, boolean referenceAssumed) {
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList();
        for (Figure f : figures) {
            if (f.value() == null) {
                continue;
            }
            String text = f.value().format(locale);
            if (f.value().measure() == Measure.MONEY) {
                text += " " + currency.label().in(locale);
            }
            if (referenceAssumed && f.id().contains("reference")) {
                text += " *";
            }
            ListItem item = new ListItem(f.label().in(locale) + ": " + text);
            item.getElement().setAttribute("data-figure", f.id());
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("diagnosis.noFigures")));
        }
        return list;
    }
}
