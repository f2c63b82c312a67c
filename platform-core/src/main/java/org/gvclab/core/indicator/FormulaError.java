package org.gvclab.core.indicator;

import org.gvclab.core.base.LocalizedText;

/**
 * One problem of a user formula found by {@link UserFormula#validate(String)}.
 *
 * @param position   0-based character position where the problem starts
 * @param identifier the unknown identifier, or empty for a syntax problem
 * @param message    what is wrong, in both languages
 */
public record FormulaError(int position, String identifier, LocalizedText message) {
}
