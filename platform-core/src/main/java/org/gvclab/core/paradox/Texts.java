package org.gvclab.core.paradox;

import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;

/** Describing scored indicators and joining bilingual texts, through the paradox text bundle. */
final class Texts {

    private Texts() {
    }

    /** Describes a scored indicator: value, reference (marked * when an assumption) and risk. */
    static LocalizedText describe(IndicatorScore s) {
        return Msg.of("paradox.indicator.describe", s.indicator().name(), Num.decimal(s.compared()), s.unit(),
                Num.decimal(s.benchmark().value()), s.benchmark().assumption() ? "*" : "", Num.index(s.risk()));
    }

    static LocalizedText join(List<LocalizedText> parts) {
        LocalizedText sep = Msg.of("base.list.separator");
        return new LocalizedText(String.join(sep.zh(), parts.stream().map(LocalizedText::zh).toList()),
                String.join(sep.en(), parts.stream().map(LocalizedText::en).toList()));
    }
}
