package org.gvclab.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.gvclab.core.base.Num;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.YearlyRecord;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a parsed formula over a record (and the previous year's record for {@code lag}), recording every input
 * it reads. Anything that cannot be computed — a field not entered, no previous record, division by zero, the log
 * or root of a value outside its domain, an overflow — ends in a reason, never in NaN.
 */
final class FormulaEvaluator {

    /** Thrown internally to stop evaluation with a reason. */
    private static final class NotComputable extends RuntimeException {
        final LocalizedText reason;

        NotComputable(LocalizedText reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }
    }

    private final YearlyRecord current;
    private final @Nullable YearlyRecord previous;
    /** The inputs read, in reading order, each field-year once (a formula reads a handful: a list beats a map). */
    private final List<IndicatorInput> inputs = new ArrayList<>(8);

    private FormulaEvaluator(YearlyRecord current, @Nullable YearlyRecord previous) {
        this.current = current;
        this.previous = previous;
    }

    static IndicatorValue evaluate(String id, String formula, Expr e, YearlyRecord current,
                                   @Nullable YearlyRecord previous) {
        FormulaEvaluator ev = new FormulaEvaluator(current, previous);
        try {
            double v = ev.eval(e);
            if (!Double.isFinite(v)) {
                throw new NotComputable(Msg.of("indicator.eval.not_finite"));
            }
            return new IndicatorValue(id, current.year(), v, null, ev.inputs, formula);
        } catch (NotComputable nc) {
            return new IndicatorValue(id, current.year(), null, nc.reason, ev.inputs, formula);
        }
    }

    private double eval(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value();
        } else if (e instanceof Expr.Ref r) {
            return ref(r);
        } else if (e instanceof Expr.Neg n) {
            return -eval(n.operand());
        } else if (e instanceof Expr.Bin b) {
            return bin(b);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        }
        throw new IllegalStateException("unknown node " + e);
    }

    private double ref(Expr.Ref r) {
        YearlyRecord rec = r.lag() ? previous : current;
        if (rec == null) {
            throw new NotComputable(Msg.of("indicator.eval.previous_needed", current.year() - 1));
        }
        if (r.lag() && rec.year() != current.year() - 1) {
            throw new NotComputable(Msg.of("indicator.eval.previous_year", current.year() - 1, rec.year()));
        }
        OptionalDouble v = rec.value(r.fieldId());
        if (v.isEmpty()) {
            LocalizedText label = FieldCatalogue.get(r.fieldId()).label();
            throw new NotComputable(Msg.of("indicator.eval.not_entered", label, rec.year()));
        }
        record(r.fieldId(), rec.year(), v.getAsDouble());
        return v.getAsDouble();
    }

    /** Records an input the first time a field-year is read. */
    private void record(String fieldId, int year, double value) {
        for (IndicatorInput i : inputs) {
            if (i.year() == year && i.fieldId().equals(fieldId)) {
                return;
            }
        }
        inputs.add(new IndicatorInput(fieldId, year, value));
    }

    private double bin(Expr.Bin b) {
        double l = eval(b.left());
        double r = eval(b.right());
        return switch (b.op()) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            case '/' -> {
                if (r == 0) {
                    throw new NotComputable(Msg.of("indicator.eval.division_by_zero", b.position() + 1));
                }
                yield l / r;
            }
            case '^' -> {
                double p = Math.pow(l, r);
                if (!Double.isFinite(p)) {
                    throw new NotComputable(Msg.of("indicator.eval.power_undefined", b.position() + 1));
                }
                yield p;
            }
            default -> throw new IllegalStateException("operator " + b.op());
        };
    }

    private double call(Expr.Call c) {
        switch (c.function()) {
            case "sumsq" -> {
                double sum = 0;
                int n = 0;
                for (Expr a : c.args()) {
                    Expr.Ref r = (Expr.Ref) a;
                    OptionalDouble v = current.value(r.fieldId());
                    if (v.isPresent()) {
                        record(r.fieldId(), current.year(), v.getAsDouble());
                        sum += v.getAsDouble() * v.getAsDouble();
                        n++;
                    }
                }
                if (n == 0) {
                    throw new NotComputable(Msg.of("indicator.eval.sumsq_empty"));
                }
                return sum;
            }
            case "min", "max" -> {
                List<Double> vs = new ArrayList<>();
                for (Expr a : c.args()) {
                    vs.add(eval(a));
                }
                return c.function().equals("min") ? vs.stream().mapToDouble(d -> d).min().orElseThrow()
                        : vs.stream().mapToDouble(d -> d).max().orElseThrow();
            }
            default -> {
                double x = eval(c.args().get(0));
                return switch (c.function()) {
                    case "abs" -> Math.abs(x);
                    case "ln" -> {
                        if (x <= 0) {
                            throw new NotComputable(Msg.of("indicator.eval.ln_domain", Num.decimal(x)));
                        }
                        yield Math.log(x);
                    }
                    case "sqrt" -> {
                        if (x < 0) {
                            throw new NotComputable(Msg.of("indicator.eval.sqrt_domain", Num.decimal(x)));
                        }
                        yield Math.sqrt(x);
                    }
                    default -> throw new IllegalStateException("function " + c.function());
                };
            }
        }
    }
}
