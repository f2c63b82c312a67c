package org.gvclab.core.paradox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.gvclab.core.base.LocalizedText;

/** Number formatting and text joining for the bilingual reasons. */
final class Texts {

    private Texts() {
    }

    /** One decimal for ordinary magnitudes, three significant digits for small ones, no trailing zeros. */
    static String num(double v) {
        BigDecimal b = Math.abs(v) >= 10 || v == 0 ? new BigDecimal(v).setScale(1, RoundingMode.HALF_UP)
                : new BigDecimal(v).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
        return b.stripTrailingZeros().toPlainString();
    }

    /** Describes a scored indicator: value, reference (marked * when an assumption) and risk. */
    static LocalizedText describe(IndicatorScore s) {
        String unitZh = s.unit().zh();
        String unitEn = s.unit().en();
        String star = s.benchmark().assumption() ? "*" : "";
        return new LocalizedText(
                s.indicator().name().zh() + " " + num(s.compared()) + " " + unitZh + "（参考值 " + num(s.benchmark().value())
                        + star + "，风险 " + num(s.risk()) + "）",
                s.indicator().name().en() + " " + num(s.compared()) + " " + unitEn + " (reference " + num(s.benchmark().value())
                        + star + ", risk " + num(s.risk()) + ")");
    }

    static LocalizedText join(List<LocalizedText> parts) {
        return new LocalizedText(String.join("；", parts.stream().map(LocalizedText::zh).toList()),
                String.join("; ", parts.stream().map(LocalizedText::en).toList()));
    }
}
