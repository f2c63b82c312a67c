package org.gvclab.core.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.MethodsSection;
import org.gvclab.core.base.Msg;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.YearlyRecord;
import org.jspecify.annotations.Nullable;

/**
 * A formula a consultant or administrator writes over yearly-record fields, e.g.
 * {@code (obm_sales + odm_sales) / sales * 100}. Parsed by a recursive-descent parser into a syntax tree and
 * evaluated by walking it: no scripting engine, no reflection, nothing but + − × ÷ ^, parentheses, unary minus,
 * numbers, field ids and the functions {@code min, max, abs, ln, sqrt, lag, sumsq}. Validation names the position
 * and every unknown identifier; division by zero gives a "not computable" result with the reason.
 */
public final class UserFormula {

    private static final Pattern IDENT = Pattern.compile("(?<![0-9.A-Za-z_])[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,39}");

    private final String text;
    private final Expr expr;

    private UserFormula(String text, Expr expr) {
        this.text = text;
        this.expr = expr;
    }

    /** Parses a formula; throws {@link FormulaException} (position and bilingual message) when it is not valid. */
    public static UserFormula parse(String text) {
        return new UserFormula(text, FormulaParser.parse(text));
    }

    /**
     * Every problem of a formula: each unknown identifier or function with its position, and otherwise the first
     * syntax error. An empty list means the formula is valid and can be saved.
     */
    public static List<FormulaError> validate(String text) {
        List<FormulaError> out = new ArrayList<>();
        Matcher m = IDENT.matcher(text);
        Set<Integer> at = new LinkedHashSet<>();
        while (m.find()) {
            String name = m.group();
            int end = m.end();
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            boolean call = end < text.length() && text.charAt(end) == '(';
            if (call && !FormulaParser.FUNCTIONS.contains(name)) {
                out.add(new FormulaError(m.start(), name, Msg.of("indicator.formula.at", m.start() + 1,
                        Msg.of("indicator.formula.unknown_function_short", name))));
                at.add(m.start());
            } else if (!call && !FieldCatalogue.contains(name)) {
                out.add(new FormulaError(m.start(), name, Msg.of("indicator.formula.at", m.start() + 1,
                        Msg.of("indicator.formula.unknown_identifier_short", name))));
                at.add(m.start());
            }
        }
        try {
            FormulaParser.parse(text);
        } catch (FormulaException e) {
            if (!at.contains(e.position())) {
                out.add(new FormulaError(e.position(), "", e.text()));
            }
        }
        return List.copyOf(out);
    }

    /** The formula text as written. */
    public String text() {
        return text;
    }

    /** The field ids the formula reads, in order of appearance. */
    public Set<String> fields() {
        Set<String> out = new LinkedHashSet<>();
        collect(expr, out);
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        if (e instanceof Expr.Ref r) {
            out.add(r.fieldId());
        } else if (e instanceof Expr.Neg n) {
            collect(n.operand(), out);
        } else if (e instanceof Expr.Bin b) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> collect(a, out));
        }
    }

    /** Evaluates the formula on a record (and the previous year's record for {@code lag}) with provenance. */
    public IndicatorValue evaluate(String id, YearlyRecord current, @Nullable YearlyRecord previous) {
        return FormulaEvaluator.evaluate(id, text, expr, current, previous);
    }

    /**
     * A user-defined indicator from this formula, ready for {@link IndicatorEvaluator#evaluate(Indicator,
     * YearlyRecord, YearlyRecord)} and the composite engine.
     *
     * @throws IllegalArgumentException when the id is not lower snake case (2–40 characters) or is a catalogue id
     */
    public Indicator toIndicator(String id, LocalizedText name, LocalizedText unit, Polarity polarity, List<Group> groups) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("indicator id '" + id + "' must be lower snake case, 2–40 characters");
        }
        if (IndicatorCatalogue.find(id).isPresent()) {
            throw new IllegalArgumentException("indicator id '" + id + "' is already a catalogue indicator");
        }
        return new Indicator(id, name, text, unit, polarity, groups, Msg.of("indicator.source.user_defined"),
                MethodsSection.USER_FORMULAS, true, text);
    }
}
