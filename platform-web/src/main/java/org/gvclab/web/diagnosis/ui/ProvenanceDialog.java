package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.gvclab.core.base.Measure;
import java.util.Locale;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorInput;
import org.gvclab.core.indicator.IndicatorValue;
import org.gvclab.core.paradox.IndicatorScore;
import org.gvclab.web.methods.ui.MethodsLinks;
import org.jspecify.annotations.Nullable;

/** Where one number comes from: the formula, the inputs with their years and values, the source, the benchmark. */
class ProvenanceDialog extends Dialog {

    ProvenanceDialog(Indicator indicator, IndicatorValue value, @Nullable IndicatorScore score, CurrencyUnit currency) {
        Locale locale = getLocale();
        Div content = new Div();
        content.setId("provenance-dialog");
        add(content);
        setHeaderTitle(indicator.name().in(locale));
        setWidth("min(44rem, 95vw)");
        content.add(line("provenance.value", value.value() == null
                ? getTranslation("provenance.notComputable") + " – " + (value.notComputable() == null ? ""
                : value.notComputable().in(locale))
                : IndicatorFormat.value(indicator, value.value(), locale) + " "
                + IndicatorFormat.unit(indicator, currency, locale)));
        content.add(line("provenance.formula", value.formula()));
        content.add(line("provenance.year", String.valueOf(value.year())));
        Div inputs = new Div(new Span(getTranslation("provenance.inputs") + ":"));
        UnorderedList list = new UnorderedList();
        for (IndicatorInput in : value.inputs()) {
            String label = FieldCatalogue.find(in.fieldId()).map(f -> f.label().in(locale) + " ["
                    + f.unit(currency).in(locale) + "]").orElse(in.fieldId());
            list.add(new ListItem(label + ", " + in.year() + ": " + FieldCatalogue.find(in.fieldId())
                    .map(f -> f.integral() ? Measure.COUNT : f.kind() == org.gvclab.core.cluster.FieldKind.MONEY
                            ? Measure.MONEY : Measure.DECIMAL).orElse(Measure.DECIMAL).format(in.value(), locale)));
        }
        inputs.add(list);
        content.add(inputs);
        content.add(line("provenance.source", indicator.source().in(locale) + (indicator.assumption()
                ? " (" + getTranslation("provenance.assumption") + ")" : "")));
        Paragraph method = new Paragraph();
        Span methodLabel = new Span(getTranslation("provenance.method") + ": ");
        methodLabel.getStyle().set("font-weight", "600");
        Anchor link = MethodsLinks.anchor(indicator.method(), locale);
        link.setId("provenance-method");
        method.add(methodLabel, link);
        content.add(method);
        content.add(line("provenance.polarity", indicator.polarity().label().in(locale)));
        if (score != null) {
            var b = score.benchmark();
            content.add(line("provenance.benchmark", IndicatorFormat.value(indicator, b.value(), locale)
                    + (b.assumption() ? " *" : "") + " [" + IndicatorFormat.value(indicator, b.low(), locale) + "–"
                    + IndicatorFormat.value(indicator, b.high(), locale) + "], " + b.source() + ", " + b.year()
                    + (b.assumption() ? " (" + getTranslation("provenance.assumption") + ")" : "")));
            content.add(line("provenance.risk", Measure.INDEX.format(score.risk(), locale)
                    + (b.assumption() ? " *" : "")));
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Paragraph line(String key, String text) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        p.add(label, new Span(text));
        return p;
    }
}
