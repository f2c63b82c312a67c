package org.gvclab.web.cluster.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.Field;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.RecordProblem;
import org.gvclab.core.cluster.Severity;
import org.gvclab.core.cluster.YearlyRecord;
import org.jspecify.annotations.Nullable;

/**
 * The form for one year of a cluster's data: one field per entry of the core's field catalogue, with its unit,
 * allowed range and hint. On save it runs the core's validator and marks every problem on its fields; only a
 * record without errors is handed on, as a {@link SaveEvent}. The form knows no service.
 */
class YearForm extends Composite<VerticalLayout> {

    private final Function<YearlyRecord, List<RecordProblem>> check;
    private final IntegerField year = new IntegerField();
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final Div summary = new Div();
    private @Nullable Integer version;

    /**
     * @param check the consistency rules of a record (the view passes its service's; the form knows no service)
     */
    YearForm(CurrencyUnit currency, Locale locale, Function<YearlyRecord, List<RecordProblem>> check) {
        this.check = check;
        VerticalLayout root = getContent();
        root.setPadding(false);
        setId("year-form");
        year.setLabel(getTranslation("data.year"));
        year.setId("field-year");
        year.setMin(YearlyRecord.MIN_YEAR);
        year.setMax(YearlyRecord.MAX_YEAR);
        year.setRequiredIndicatorVisible(true);
        year.setStepButtonsVisible(true);
        summary.setId("year-form-problems");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        for (Field f : FieldCatalogue.all()) {
            NumberField input = new NumberField(f.label().in(locale));
            input.setId("field-" + f.id());
            input.setSuffixComponent(new Div(f.unit(currency).in(locale)));
            // the hint as visible helper text (a tooltip needs a hover, which a touch screen does not have)
            input.setHelperText(f.hint().in(locale) + " (" + f.rangeText() + ")");
            input.setRequiredIndicatorVisible(f.required());
            input.setMin(f.min());
            if (Double.isFinite(f.max())) {
                input.setMax(f.max());
            }
            if (f.integral()) {
                input.setStep(1);
            }
            fields.put(f.id(), input);
            form.add(input);
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-year");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        root.add(year, summary, form, save);
    }

    /** Fills the form with a stored year (or leaves it empty for a new one). */
    public void edit(@Nullable YearlyRecord record, @Nullable Integer storedVersion, int suggestedYear) {
        this.version = storedVersion;
        year.setValue(record == null ? suggestedYear : record.year());
        year.setReadOnly(record != null && storedVersion != null);
        fields.forEach((id, input) -> {
            input.setInvalid(false);
            input.setValue(record == null ? null : record.value(id).isPresent() ? record.value(id).getAsDouble() : null);
        });
        summary.removeAll();
    }

    /** The values as entered, for comparing with a stored version after a conflict. */
    public Map<String, Double> enteredValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        fields.forEach((id, input) -> {
            if (input.getValue() != null) {
                values.put(id, input.getValue());
            }
        });
        return values;
    }

    /** Takes the stored version as the new base after the user chose to keep their input over it. */
    public void rebase(@Nullable Integer storedVersion) {
        this.version = storedVersion;
    }

    private void save() {
        summary.removeAll();
        fields.values().forEach(f -> f.setInvalid(false));
        year.setInvalid(false);
        Integer y = year.getValue();
        if (y == null || y < YearlyRecord.MIN_YEAR || y > YearlyRecord.MAX_YEAR) {
            year.setErrorMessage(getTranslation("data.year.invalid", YearlyRecord.MIN_YEAR, YearlyRecord.MAX_YEAR));
            year.setInvalid(true);
            return;
        }
        for (NumberField input : fields.values()) {
            if (input.isInvalid() || (input.getValue() == null && !input.isEmpty())) {
                return;
            }
        }
        YearlyRecord record = new YearlyRecord(y, enteredValues());
        List<RecordProblem> problems = check.apply(record);
        if (!problems.isEmpty()) {
            showProblems(problems);
        }
        if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
            fireEvent(new SaveEvent(this, record, version));
        }
    }

    /** Marks every problem on the fields it concerns and lists them above the form. */
    public void showProblems(List<RecordProblem> problems) {
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList();
        for (RecordProblem p : problems) {
            boolean error = p.severity() == Severity.ERROR;
            String text = p.message().in(locale);
            ListItem item = new ListItem(getTranslation(error ? "data.problem.error" : "data.problem.warning") + ": "
                    + text);
            item.addClassName(error ? "problem-error" : "problem-warning");
            list.add(item);
            if (error) {
                for (String id : p.fieldIds()) {
                    NumberField input = fields.get(id);
                    if (input != null) {
                        input.setErrorMessage(text);
                        input.setInvalid(true);
                    }
                }
            }
        }
        summary.add(list);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A year the user wants saved: valid by the core's rules, with the version it was edited from. */
    public static final class SaveEvent extends ComponentEvent<YearForm> {
        private final YearlyRecord record;
        private final @Nullable Integer version;

        SaveEvent(YearForm source, YearlyRecord record, @Nullable Integer version) {
            super(source, false);
            this.record = record;
            this.version = version;
        }

        public YearlyRecord record() {
            return record;
        }

        public @Nullable Integer version() {
            return version;
        }
    }
}
