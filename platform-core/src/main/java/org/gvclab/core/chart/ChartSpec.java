package org.gvclab.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gvclab.core.base.LocalizedText;

/**
 * A renderer-neutral chart: its kind, bilingual title, axes (with units), categories and series. Validated when
 * built: series match the kind, values are finite, category series have one value per category, bands only on
 * line charts, a radar has at least three categories. Renderers draw it; they compute nothing but layout.
 *
 * @param kind       what kind of chart
 * @param title      the chart title
 * @param xAxis      the horizontal (category) axis; for a radar, unused except for its title
 * @param yAxis      the value axis; for a radar, its maximum is the outer ring
 * @param categories the category labels (radar, line, bar); empty for scatter and smile curve
 * @param series     the series, at least one
 */
public record ChartSpec(ChartKind kind, LocalizedText title, Axis xAxis, Axis yAxis, List<LocalizedText> categories,
                        List<Series> series) {

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        String chart = "chart '" + title.en() + "' (" + kind + ")";
        if (series.isEmpty()) {
            throw new IllegalArgumentException(chart + " has no series");
        }
        if (kind.usesCategories()) {
            if (categories.isEmpty()) {
                throw new IllegalArgumentException(chart + " has no categories");
            }
            if (kind == ChartKind.RADAR && categories.size() < 3) {
                throw new IllegalArgumentException(chart + " needs at least 3 categories, has " + categories.size());
            }
            for (Series s : series) {
                if (!(s instanceof CategorySeries cs)) {
                    throw new IllegalArgumentException(chart + ": series '" + s.name().en()
                            + "' has points, but this kind needs one value per category");
                }
                if (cs.values().size() != categories.size()) {
                    throw new IllegalArgumentException(chart + ": series '" + s.name().en() + "' has "
                            + cs.values().size() + " values for " + categories.size() + " categories");
                }
                if (cs.band() != null && kind != ChartKind.LINE) {
                    throw new IllegalArgumentException(chart + ": series '" + s.name().en()
                            + "' has a band, which only line charts draw");
                }
            }
        } else {
            if (!categories.isEmpty()) {
                throw new IllegalArgumentException(chart + " plots points on two numeric axes and takes no categories");
            }
            for (Series s : series) {
                if (!(s instanceof XySeries)) {
                    throw new IllegalArgumentException(chart + ": series '" + s.name().en()
                            + "' has category values, but this kind needs (x, y) points");
                }
            }
        }
    }

    /** A line chart over categories (years, say); series may carry bands. */
    public static ChartSpec line(LocalizedText title, Axis xAxis, Axis yAxis, List<LocalizedText> categories,
                                 List<CategorySeries> series) {
        return new ChartSpec(ChartKind.LINE, title, xAxis, yAxis, categories, List.copyOf(series));
    }

    /** A grouped bar chart. */
    public static ChartSpec bar(LocalizedText title, Axis xAxis, Axis yAxis, List<LocalizedText> categories,
                                List<CategorySeries> series) {
        return new ChartSpec(ChartKind.BAR, title, xAxis, yAxis, categories, List.copyOf(series));
    }

    /** A radar chart; {@code valueAxis}'s maximum (if set) is the outer ring. */
    public static ChartSpec radar(LocalizedText title, Axis valueAxis, List<LocalizedText> categories,
                                  List<CategorySeries> series) {
        return new ChartSpec(ChartKind.RADAR, title, Axis.untitled(), valueAxis, categories, List.copyOf(series));
    }

    /** A scatter chart of labelled points. */
    public static ChartSpec scatter(LocalizedText title, Axis xAxis, Axis yAxis, List<XySeries> series) {
        return new ChartSpec(ChartKind.SCATTER, title, xAxis, yAxis, List.of(), List.copyOf(series));
    }

    /** A smile curve: value-added share (y) against distance to final demand (x). */
    public static ChartSpec smileCurve(LocalizedText title, Axis distanceAxis, Axis shareAxis, List<XySeries> series) {
        return new ChartSpec(ChartKind.SMILE_CURVE, title, distanceAxis, shareAxis, List.of(), List.copyOf(series));
    }

    /** The scale of the value axis: fixed bounds where the axis has them, a nice range around the data otherwise. */
    public AxisScale valueScale() {
        if (kind.usesCategories()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Series s : series) {
                CategorySeries cs = (CategorySeries) s;
                for (double v : allValues(cs)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (kind != ChartKind.LINE) {
                lo = Math.min(lo, 0); // bars grow from zero and a radar's centre is zero
                hi = Math.max(hi, 0);
            }
            return scale(yAxis, lo, hi);
        }
        return scale(yAxis, min(false), max(false));
    }

    /** The scale of the horizontal axis of a scatter or smile-curve chart. */
    public AxisScale xScale() {
        if (kind.usesCategories()) {
            throw new IllegalStateException("chart '" + title.en() + "' has a category axis, not a numeric one");
        }
        return scale(xAxis, min(true), max(true));
    }

    static void requireFinite(Double v, String what, int index) {
        if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + ": value at index " + index + " is not a finite number: " + v);
        }
    }

    private static List<Double> allValues(CategorySeries cs) {
        List<Double> all = new ArrayList<>(cs.values());
        if (cs.band() != null) {
            all.addAll(cs.band().low());
            all.addAll(cs.band().high());
        }
        return all;
    }

    private static AxisScale scale(Axis axis, double lo, double hi) {
        Double min = axis.min();
        Double max = axis.max();
        if (min != null && max != null) {
            return AxisScale.fixed(min, max, 6);
        }
        double from = min != null ? min : lo;
        double to = max != null ? max : hi;
        if (from > to) {
            to = from;
        }
        AxisScale nice = AxisScale.nice(from, to, 6);
        return new AxisScale(min != null ? min : nice.min(), max != null ? max : nice.max(), nice.step());
    }

    private double min(boolean x) {
        return series.stream().flatMap(s -> ((XySeries) s).points().stream())
                .mapToDouble(p -> x ? p.x() : p.y()).min().orElse(0);
    }

    private double max(boolean x) {
        return series.stream().flatMap(s -> ((XySeries) s).points().stream())
                .mapToDouble(p -> x ? p.x() : p.y()).max().orElse(1);
    }
}
