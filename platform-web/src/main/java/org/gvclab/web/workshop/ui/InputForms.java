package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.gvclab.core.indicator.Ahp;
import org.gvclab.core.workshop.Activity;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.core.workshop.Criterion;
import org.gvclab.core.workshop.FactorScores;
import org.gvclab.core.workshop.PairwiseJudgements;
import org.gvclab.core.workshop.StrategyRanking;
import org.gvclab.core.workshop.StrategyVote;
import org.gvclab.core.workshop.Submission;
import org.jspecify.annotations.Nullable;

/**
 * The participants' input forms, one per activity kind. Forms know no services: they build a {@link Submission}
 * and hand it to the caller. Sized for a phone: one column, large touch targets.
 */
final class InputForms {

    private InputForms() {
    }

    /** The form for {@code activity}, prefilled with the participant's own last input. */
    static Component of(Activity activity, @Nullable Submission own, Locale locale, Consumer<Submission> submit) {
        return switch (activity.kind()) {
            case FACTOR_SCORING -> new ScoringForm(activity.items(), (FactorScores) own, locale, submit);
            case AHP -> new PairwiseForm(activity.items(), (PairwiseJudgements) own, locale, submit);
            case STRATEGY_RANKING -> new RankingForm(activity.items(), (StrategyRanking) own, locale, submit);
            case STRATEGY_VOTE -> new VoteForm(activity.items(), (StrategyVote) own, locale, submit);
        };
    }

    private static Button submitButton(Component owner, Runnable action) {
        Button b = new Button(owner.getTranslation("workshop.input.submit"), e -> action.run());
        b.setId("submit-input");
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        b.setWidthFull();
        return b;
    }

    /** Five-factor scoring: 1–7 per factor and an optional comment. */
    static final class ScoringForm extends VerticalLayout {
        ScoringForm(List<Criterion> factors, @Nullable FactorScores own, Locale locale, Consumer<Submission> submit) {
            setPadding(false);
            add(new Span(getTranslation("workshop.input.scoring.help")));
            Map<String, RadioButtonGroup<Integer>> scores = new HashMap<>();
            Map<String, TextField> comments = new HashMap<>();
            for (Criterion f : factors) {
                Span name = new Span(f.name().in(locale));
                name.getStyle().set("font-weight", "600");
                Paragraph meaning = new Paragraph(CriteriaSet.meaning(f.id()).map(m -> m.in(locale)).orElse(""));
                meaning.addClassName("factor-meaning");
                meaning.setId("meaning-" + f.id());
                meaning.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)")
                        .set("font-size", "var(--lumo-font-size-s)");
                meaning.setVisible(!meaning.getText().isEmpty());
                RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
                score.setId("score-" + f.id());
                score.setItems(IntStream.rangeClosed(FactorScores.MIN, FactorScores.MAX).boxed().toList());
                score.setAriaLabel(f.name().in(locale));
                TextField comment = new TextField();
                comment.setId("comment-" + f.id());
                comment.setPlaceholder(getTranslation("workshop.input.comment"));
                comment.setMaxLength(FactorScores.MAX_COMMENT);
                comment.setWidthFull();
                if (own != null) {
                    score.setValue(own.scores().get(f.id()));
                    comment.setValue(own.comments().getOrDefault(f.id(), ""));
                }
                scores.put(f.id(), score);
                comments.put(f.id(), comment);
                Div box = new Div(name, meaning, score, comment);
                box.addClassName("factor-input");
                box.setWidthFull();
                add(box);
            }
            add(submitButton(this, () -> {
                Map<String, Integer> values = new HashMap<>();
                Map<String, String> notes = new HashMap<>();
                boolean complete = true;
                for (Criterion f : factors) {
                    RadioButtonGroup<Integer> g = scores.get(f.id());
                    if (g.getValue() == null) {
                        g.setInvalid(true);
                        g.setErrorMessage(getTranslation("workshop.input.scoring.missing"));
                        complete = false;
                    } else {
                        g.setInvalid(false);
                        values.put(f.id(), g.getValue());
                    }
                    notes.put(f.id(), comments.get(f.id()).getValue());
                }
                if (complete) {
                    submit.accept(new FactorScores(values, notes));
                }
            }));
        }
    }

    /**
     * AHP: one slider per pair on Saaty's 1/9…9 scale (17 steps; thumb towards a criterion = it matters more), with
     * live consistency feedback and a revisit hint. Submitting judgements with CR ≥ 0.10 asks the participant to
     * revisit them first and goes ahead only on an explicit confirmation.
     */
    static final class PairwiseForm extends VerticalLayout {
        private final List<Criterion> criteria;
        private final Locale locale;
        private final List<Input> sliders = new ArrayList<>();
        private final List<Span> readings = new ArrayList<>();
        private final Span consistency = new Span();
        private final Span hint = new Span();

        PairwiseForm(List<Criterion> criteria, @Nullable PairwiseJudgements own, Locale locale,
                     Consumer<Submission> submit) {
            this.criteria = criteria;
            this.locale = locale;
            setPadding(false);
            add(new Span(getTranslation("workshop.input.ahp.help")));
            // what each factor means, one tap away (the same lines as on the scoring form)
            Div meanings = new Div();
            for (Criterion c : criteria) {
                CriteriaSet.meaning(c.id()).ifPresent(m -> {
                    Paragraph line = new Paragraph(c.name().in(locale) + ": " + m.in(locale));
                    line.getStyle().set("margin", "0 0 var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
                    meanings.add(line);
                });
            }
            if (meanings.getComponentCount() > 0) {
                Details about = new Details(getTranslation("workshop.input.ahp.meanings"), meanings);
                about.setId("ahp-meanings");
                about.setWidthFull();
                add(about);
            }
            int n = criteria.size();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    add(pair(i, j, own == null ? 0
                            : PairwiseJudgements.stepOf(own.upper().get(PairwiseJudgements.indexOf(i, j, n)))));
                }
            }
            consistency.setId("own-cr");
            hint.setId("revisit-hint");
            hint.getStyle().set("color", "var(--lumo-error-text-color)");
            add(consistency, hint, submitButton(this, () -> {
                PairwiseJudgements judgements = judgements();
                if (judgements.ahp().consistent()) {
                    submit.accept(judgements);
                } else {
                    confirmInconsistent(judgements, submit);
                }
            }));
            feedback();
        }

        /** One pair: criterion a on the left, b on the right; the thumb's distance from the middle is the strength. */
        private Div pair(int i, int j, int step) {
            Criterion a = criteria.get(i);
            Criterion b = criteria.get(j);
            Span left = new Span(a.name().in(locale));
            Span right = new Span(b.name().in(locale));
            right.getStyle().set("text-align", "end");
            Div names = new Div(left, right);
            names.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "1rem")
                    .set("font-weight", "600");
            Input slider = new Input(ValueChangeMode.EAGER);
            slider.setType("range");
            slider.setId("pair-" + i + "-" + j);
            slider.getElement().setAttribute("min", Integer.toString(-PairwiseJudgements.MAX_STEP));
            slider.getElement().setAttribute("max", Integer.toString(PairwiseJudgements.MAX_STEP));
            slider.getElement().setAttribute("step", "1");
            slider.getElement().setAttribute("aria-label", a.name().in(locale) + " ↔ " + b.name().in(locale));
            // left of the middle favours a: the slider's value is minus the judgement's step
            slider.setValue(Integer.toString(-step));
            slider.setWidthFull();
            slider.getStyle().set("height", "2.75rem").set("margin", "0").set("accent-color",
                    "var(--lumo-primary-color)");
            Span reading = new Span();
            reading.addClassName("pair-reading");
            reading.setId("pair-" + i + "-" + j + "-reading");
            reading.getStyle().set("color", "var(--lumo-secondary-text-color)");
            int index = sliders.size();
            sliders.add(slider);
            readings.add(reading);
            slider.addValueChangeListener(e -> {
                showReading(index, i, j);
                feedback();
            });
            showReading(index, i, j);
            Div box = new Div(names, slider, reading);
            box.addClassName("pair-input");
            box.setWidthFull();
            box.getStyle().set("padding", "var(--lumo-space-s) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            return box;
        }

        private void showReading(int index, int i, int j) {
            readings.get(index).setText(stepLabel(step(index), criteria.get(i), criteria.get(j)));
        }

        private int step(int index) {
            String v = sliders.get(index).getValue();
            try {
                int slider = v == null || v.isBlank() ? 0 : Integer.parseInt(v.strip());
                return -Math.max(-PairwiseJudgements.MAX_STEP, Math.min(PairwiseJudgements.MAX_STEP, slider));
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private String stepLabel(int step, Criterion a, Criterion b) {
            if (step == 0) {
                return getTranslation("workshop.input.ahp.equal");
            }
            Criterion more = step > 0 ? a : b;
            return getTranslation("workshop.input.ahp.more", more.name().in(locale), Math.abs(step) + 1);
        }

        private PairwiseJudgements judgements() {
            List<Double> upper = new ArrayList<>();
            for (int k = 0; k < sliders.size(); k++) {
                upper.add(PairwiseJudgements.valueOfStep(step(k)));
            }
            return new PairwiseJudgements(upper);
        }

        /** Asks the participant to revisit inconsistent judgements; submits them only on an explicit confirmation. */
        private void confirmInconsistent(PairwiseJudgements judgements, Consumer<Submission> submit) {
            Ahp.Result r = judgements.ahp();
            Dialog dialog = new Dialog();
            dialog.setId("inconsistent-dialog");
            dialog.setHeaderTitle(getTranslation("workshop.input.ahp.confirm.title"));
            dialog.setMaxWidth("min(30rem, 95vw)");
            dialog.add(new Paragraph(getTranslation("workshop.input.ahp.confirm.text",
                    String.format(Locale.ROOT, "%.3f", r.cr()))));
            if (hint.isVisible()) {
                dialog.add(new Paragraph(hint.getText()));
            }
            Button revisit = new Button(getTranslation("workshop.input.ahp.confirm.revisit"), e -> dialog.close());
            revisit.setId("revisit-answers");
            revisit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button anyway = new Button(getTranslation("workshop.input.ahp.confirm.submit"), e -> {
                dialog.close();
                submit.accept(judgements);
            });
            anyway.setId("submit-anyway");
            Div buttons = new Div(anyway, revisit);
            buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("justify-content", "flex-end");
            dialog.getFooter().add(buttons);
            dialog.open();
        }

        /** The participant's own CR after every change, and which judgement to revisit when CR ≥ 0.10. */
        private void feedback() {
            Ahp.Result r = judgements().ahp();
            String cr = String.format(Locale.ROOT, "%.3f", r.cr());
            consistency.setText(getTranslation(r.consistent() ? "workshop.input.ahp.consistent"
                    : "workshop.input.ahp.inconsistent", cr));
            consistency.getElement().setAttribute("data-cr", cr);
            consistency.getStyle().set("color", r.consistent() ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
            Ahp.Revision rev = r.revisit();
            if (rev == null) {
                hint.setText("");
                hint.setVisible(false);
                return;
            }
            Criterion a = criteria.get(rev.row());
            Criterion b = criteria.get(rev.column());
            hint.setVisible(true);
            hint.setText(getTranslation("workshop.input.ahp.revisit", a.name().in(locale), b.name().in(locale),
                    stepLabel(PairwiseJudgements.stepOf(rev.current()), a, b),
                    stepLabel(PairwiseJudgements.stepOf(rev.suggested()), a, b)));
        }
    }

    /** Ranking: move strategies up and down, best first. */
    static final class RankingForm extends VerticalLayout {
        private final List<Criterion> order;
        private final VerticalLayout list = new VerticalLayout();
        private final Locale locale;

        RankingForm(List<Criterion> strategies, @Nullable StrategyRanking own, Locale locale,
                    Consumer<Submission> submit) {
            this.locale = locale;
            setPadding(false);
            order = new ArrayList<>(strategies);
            if (own != null) {
                order.sort(java.util.Comparator.comparingInt(c -> own.order().indexOf(c.id())));
            }
            list.setId("ranking-list");
            list.setPadding(false);
            add(new Span(getTranslation("workshop.input.ranking.help")), list,
                    submitButton(this, () -> submit.accept(new StrategyRanking(order.stream().map(Criterion::id).toList()))));
            draw();
        }

        private void draw() {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int at = i;
                Criterion c = order.get(i);
                Span name = new Span((i + 1) + ". " + c.name().in(locale));
                name.addClassName("ranked-strategy");
                name.getElement().setAttribute("data-id", c.id());
                Button up = new Button("▲", e -> move(at, -1));
                up.setId("rank-up-" + c.id());
                up.setEnabled(i > 0);
                up.setAriaLabel(getTranslation("workshop.input.ranking.up"));
                Button down = new Button("▼", e -> move(at, 1));
                down.setId("rank-down-" + c.id());
                down.setEnabled(i < order.size() - 1);
                down.setAriaLabel(getTranslation("workshop.input.ranking.down"));
                HorizontalLayout row = new HorizontalLayout(up, down, name);
                row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
                list.add(row);
            }
        }

        private void move(int index, int by) {
            Criterion c = order.remove(index);
            order.add(index + by, c);
            draw();
        }
    }

    /** Approval vote: tick every strategy you support. */
    static final class VoteForm extends VerticalLayout {
        VoteForm(List<Criterion> strategies, @Nullable StrategyVote own, Locale locale, Consumer<Submission> submit) {
            setPadding(false);
            CheckboxGroup<Criterion> box = new CheckboxGroup<>();
            box.setId("vote");
            box.setItems(strategies);
            box.setItemLabelGenerator(c -> c.name().in(locale));
            box.addThemeName("vertical");
            if (own != null) {
                box.setValue(new HashSet<>(strategies.stream().filter(c -> own.approved().contains(c.id())).toList()));
            }
            add(new Span(getTranslation("workshop.input.vote.help")), box, submitButton(this, () -> {
                if (box.getValue().isEmpty()) {
                    box.setInvalid(true);
                    box.setErrorMessage(getTranslation("workshop.input.vote.missing"));
                    return;
                }
                submit.accept(new StrategyVote(box.getValue().stream().map(Criterion::id)
                        .collect(java.util.stream.Collectors.toSet())));
            }));
        }
    }
}
