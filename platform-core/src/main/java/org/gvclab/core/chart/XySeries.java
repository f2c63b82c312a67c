package org.gvclab.core.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * A series of labelled points on two numeric axes (scatter and smile-curve charts).
 *
 * @param name   the legend name
 * @param points the points, in the caller's order
 */
public record XySeries(LocalizedText name, List<XyPoint> points) implements Series {

    public XySeries {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }

    /** The points ordered by x (ties keep their order): the order in which a smile curve joins them. */
    public List<XyPoint> pointsByX() {
        return points.stream().sorted(Comparator.comparingDouble(XyPoint::x)).toList();
    }
}
