package org.gvclab.web.diagnosis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
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
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        Div content = new Div();
        content.setId("provenance-dialog");
        add(content);
        setHeaderTitle(indicator.name().in(locale));
        setWidth("min(44rem, 95vw)");
        content.add(line("provenance.value", value.value() == null
                ? getTranslation("provenance.notComputable") + " – " + (value.notComputable() == null ? ""
                : value.notComputable().in(locale))
                : number.format(value.value()) + " " + indicator.unit().in(locale)));
        content.add(line("provenance.formula", value.formula()));
        content.add(line("provenance.year", String.valueOf(value.year())));
        Div inputs = new Div(new Span(getTranslation("provenance.inputs") + ":"));
        UnorderedList list = new UnorderedList();
        for (IndicatorInput in : value.inputs()) {
            String label = FieldCatalogue.find(in.fieldId()).map(f -> f.label().in(locale) + " ["
                    + f.unit(currency).in(locale) + "]").orElse(in.fieldId());
            list.add(new ListItem(label + ", " + in.year() + ": " + number.format(in.value())));
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
            content.add(line("provenance.benchmark", number.format(b.value()) + " [" + number.format(b.low()) + " – "
                    + number.format(b.high()) + "], " + b.source() + ", " + b.year()
                    + (b.assumption() ? " (" + getTranslation("provenance.assumption") + ")" : "")));
            content.add(line("provenance.risk", number.format(score.risk())));
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
