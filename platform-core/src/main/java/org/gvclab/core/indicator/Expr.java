package org.gvclab.core.indicator;

import java.util.List;

/** The syntax tree of a formula (package-private; built only by {@link FormulaParser}). */
sealed interface Expr {

    /** A number literal. */
    record Num(double value) implements Expr {
    }

    /** A field of the current record, or of the previous year's record when {@code lag}. */
    record Ref(String fieldId, boolean lag, int position) implements Expr {
    }

    /** Unary minus. */
    record Neg(Expr operand) implements Expr {
    }

    /** A binary operation: one of {@code + - * / ^}. */
    record Bin(char op, Expr left, Expr right, int position) implements Expr {
    }

    /** A call of a built-in function. */
    record Call(String function, List<Expr> args, int position) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }
}
