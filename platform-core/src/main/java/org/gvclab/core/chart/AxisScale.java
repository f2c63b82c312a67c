package org.gvclab.core.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis range with "nice" tick steps (1, 2 or 5 times a power of ten), so the PDF, the workbook and the
 * web label axes alike. Method: Heckbert, "Nice numbers for graph labels", Graphics Gems (1990).
 *
 * @param min  the lowest tick
 * @param max  the highest tick
 * @param step the distance between ticks, positive
 */
public record AxisScale(double min, double max, double step) {

    public AxisScale {
        if (!(Double.isFinite(min) && Double.isFinite(max) && Double.isFinite(step)) || step <= 0 || max < min) {
            throw new IllegalArgumentException("not an axis scale: min " + min + ", max " + max + ", step " + step);
        }
    }

    /**
     * The nice scale that covers {@code [lo, hi]} with about {@code targetTicks} ticks. An empty range
     * ({@code lo == hi}) is widened by one unit of its magnitude so the data sit inside the axis.
     */
    public static AxisScale nice(double lo, double hi, int targetTicks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            throw new IllegalArgumentException("not a data range: [" + lo + ", " + hi + "]");
        }
        if (targetTicks < 2) {
            throw new IllegalArgumentException("need at least two ticks, got " + targetTicks);
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.pow(10, Math.floor(Math.log10(Math.abs(lo))));
            lo -= pad;
            hi += pad;
        }
        double range = niceNumber(hi - lo, false);
        double step = niceNumber(range / (targetTicks - 1), true);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        return new AxisScale(clean(min, step), clean(max, step), step);
    }

    /** The scale for fixed bounds: ticks of a nice step inside {@code [min, max]}. */
    public static AxisScale fixed(double min, double max, int targetTicks) {
        AxisScale free = nice(min, max, targetTicks);
        return new AxisScale(min, max, free.step());
    }

    /** The tick values from {@link #min} to {@link #max}. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        int n = (int) Math.round((max - min) / step);
        for (int i = 0; i <= n; i++) {
            double t = clean(min + i * step, step);
            if (t <= max + step * 1e-9) {
                ticks.add(t);
            }
        }
        return ticks;
    }

    /** The number of decimals that shows every tick of this scale exactly. */
    public int decimals() {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    private static double niceNumber(double x, boolean round) {
        double exponent = Math.floor(Math.log10(x));
        double fraction = x / Math.pow(10, exponent);
        double nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return nice * Math.pow(10, exponent);
    }

    /** Removes floating-point noise such as 0.30000000000000004 by rounding to a tenth of the step's magnitude. */
    private static double clean(double v, double step) {
        double unit = Math.pow(10, Math.floor(Math.log10(step)) - 1);
        double r = Math.round(v / unit) * unit;
        return r == 0 ? 0 : r;
    }
}
