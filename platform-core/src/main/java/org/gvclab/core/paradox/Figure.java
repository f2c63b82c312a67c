package org.gvclab.core.paradox;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Num;
import org.jspecify.annotations.Nullable;

/**
 * One labelled number of a diagnosis result, ready to render by the one number rule: a stable id, the label in both
 * languages and the value with what it measures (null when not computable).
 *
 * @param id    a stable id, e.g. {@code dva_share_of_exports}
 * @param label the label in both languages
 * @param value the value, or {@code null}
 */
public record Figure(String id, LocalizedText label, @Nullable Num value) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    static Figure of(String id, @Nullable Double v, java.util.function.DoubleFunction<Num> measure) {
        return new Figure(id, org.gvclab.core.base.Msg.of("paradox.figure." + id), v == null ? null : measure.apply(v));
    }
}
