package org.gvclab.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.FieldCatalogue;

/**
 * A recursive-descent parser for indicator formulas over yearly-record fields. It builds a syntax tree and nothing
 * else: no scripting engine, no reflection, no access to anything but the record's fields.
 *
 * <pre>
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '×' | '/' | '÷') unary)*
 * unary   := ('-' | '+') unary | power
 * power   := primary ('^' unary)?             right-associative
 * primary := number | field | function '(' expr (',' expr)* ')' | '(' expr ')'
 * </pre>
 * Functions: {@code min, max} (one or more arguments), {@code abs, ln, sqrt} (one), {@code lag(field)} (the field's
 * value in the previous year's record), {@code sumsq(field, ...)} (sum of squares over the fields that are entered).
 */
final class FormulaParser {

    static final Set<String> FUNCTIONS = Set.of("min", "max", "abs", "ln", "sqrt", "lag", "sumsq");
    /** Longest formula accepted, to bound parsing work. */
    static final int MAX_LENGTH = 2000;
    /** Deepest nesting accepted, to bound recursion. */
    static final int MAX_DEPTH = 50;

    private final String s;
    private int pos;
    private int depth;

    private FormulaParser(String s) {
        this.s = s;
    }

    /** Parses a formula; throws {@link FormulaException} naming the position and the problem. */
    static Expr parse(String formula) {
        if (formula.length() > MAX_LENGTH) {
            throw error(MAX_LENGTH, "too_long", MAX_LENGTH);
        }
        FormulaParser p = new FormulaParser(formula);
        p.skip();
        if (p.pos >= formula.length()) {
            throw error(0, "empty");
        }
        Expr e = p.expr();
        p.skip();
        if (p.pos < formula.length()) {
            throw error(p.pos, "unexpected", String.valueOf(formula.charAt(p.pos)));
        }
        return e;
    }

    /** The error at character {@code at}, its text {@code indicator.formula.<problem>} from the indicator bundle. */
    private static FormulaException error(int at, String problem, Object... args) {
        return new FormulaException(at, Msg.of("indicator.formula.at", at + 1, Msg.of("indicator.formula." + problem, args)));
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        skip();
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private Expr expr() {
        if (++depth > MAX_DEPTH) {
            throw error(pos, "nested");
        }
        Expr left = term();
        while (true) {
            skip();
            int at = pos;
            if (eat('+')) {
                left = new Expr.Bin('+', left, term(), at);
            } else if (eat('-')) {
                left = new Expr.Bin('-', left, term(), at);
            } else {
                depth--;
                return left;
            }
        }
    }

    private Expr term() {
        Expr left = unary();
        while (true) {
            skip();
            int at = pos;
            if (eat('*') || eat('×')) {
                left = new Expr.Bin('*', left, unary(), at);
            } else if (eat('/') || eat('÷')) {
                left = new Expr.Bin('/', left, unary(), at);
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        if (++depth > MAX_DEPTH) {
            throw error(pos, "nested");
        }
        Expr e;
        if (eat('-') || eat('−')) {
            e = new Expr.Neg(unary());
        } else if (eat('+')) {
            e = unary();
        } else {
            e = power();
        }
        depth--;
        return e;
    }

    private Expr power() {
        Expr base = primary();
        skip();
        int at = pos;
        if (eat('^')) {
            return new Expr.Bin('^', base, unary(), at);
        }
        return base;
    }

    private Expr primary() {
        skip();
        if (pos >= s.length()) {
            throw error(pos, "ends_early");
        }
        char c = s.charAt(pos);
        int start = pos;
        if (c == '(') {
            pos++;
            Expr e = expr();
            if (!eat(')')) {
                throw error(pos, "close_missing", start + 1);
            }
            return e;
        }
        if (Character.isDigit(c) || c == '.') {
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
            String num = s.substring(start, pos);
            try {
                return new Expr.Num(Double.parseDouble(num));
            } catch (NumberFormatException e) {
                throw error(start, "not_a_number", num);
            }
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            String name = s.substring(start, pos);
            skip();
            if (pos < s.length() && s.charAt(pos) == '(') {
                return call(name, start);
            }
            if (!FieldCatalogue.contains(name)) {
                throw error(start, "unknown_identifier", name);
            }
            return new Expr.Ref(name, false, start);
        }
        throw error(pos, "unexpected", String.valueOf(c));
    }

    private Expr call(String name, int start) {
        if (!FUNCTIONS.contains(name)) {
            throw error(start, "unknown_function", name);
        }
        pos++; // '('
        List<Expr> args = new ArrayList<>();
        if (!eat(')')) {
            do {
                args.add(expr());
            } while (eat(','));
            if (!eat(')')) {
                throw error(pos, "call_close_missing", name);
            }
        }
        switch (name) {
            case "abs", "ln", "sqrt" -> {
                if (args.size() != 1) {
                    throw error(start, "one_argument", name);
                }
            }
            case "min", "max" -> {
                if (args.isEmpty()) {
                    throw error(start, "some_argument", name);
                }
            }
            case "lag" -> {
                if (args.size() != 1 || !(args.get(0) instanceof Expr.Ref r) || r.lag()) {
                    throw error(start, "lag_field");
                }
                return new Expr.Ref(r.fieldId(), true, r.position());
            }
            case "sumsq" -> {
                if (args.isEmpty() || !args.stream().allMatch(a -> a instanceof Expr.Ref r && !r.lag())) {
                    throw error(start, "sumsq_fields");
                }
            }
            default -> throw new IllegalStateException(name);
        }
        return new Expr.Call(name, args, start);
    }
}
