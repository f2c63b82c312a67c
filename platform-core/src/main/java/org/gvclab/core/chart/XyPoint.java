package org.gvclab.core.chart;

import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * A labelled point of a scatter or smile-curve series.
 *
 * @param x     the horizontal value
 * @param y     the vertical value
 * @param label the point's label (empty text for none)
 */
public record XyPoint(double x, double y, LocalizedText label) {

    public XyPoint {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point '" + label.en() + "' is not finite: (" + x + ", " + y + ")");
        }
    }
}
