package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Composite;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.IndicatorEvaluator;
import org.gvclab.core.indicator.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * Scores the outcomes of low-end lock-in and combines them into the lock-in index (docs/model.md, "Lock-in index"):
 * {@code L = (1/m) Σ_o r_o} over the m outcomes that can be scored, each risk
 * {@code r_o = 100 − benchmarkScore(x_o; low, reference, high)} (50 at the reference, 0 and 100 at the goalposts).
 * The outcomes: the value-added rate (against the linked sector's value-added coefficient where an IO table is
 * linked, else the reference set), the domestic value added share of exports (IO link only, against the region's
 * all-sector share), the OBM share and the export price position (where recorded).
 *
 * <p>The diagnosis and the strategy projection both score through this class, so a projected lock-in index can
 * never disagree with the diagnosed one; the Monte Carlo passes a draw of every outcome's reference
 * ({@link BenchmarkValue#drawn}).
 */
public final class LockInScorer {

    /** The outcome indicators in catalogue order; reference draws are indexed by this order. */
    public static final List<Indicator> OUTCOMES = IndicatorCatalogue.of(Group.LOCK_IN_OUTCOME);
    /** The record fields the outcome indicators read (from their formulas), e.g. value added and gross output. */
    public static final java.util.Set<String> FIELDS = fields();
    /** Relative uncertainty of a reference read from the linked IO table (*assumption*: comparability). */
    static final double IO_SPREAD = 0.05;
    private static final String VA_RATE = "value_added_rate";
    private static final String DVA = "dva_share_of_exports";

    private final BenchmarkValue[] references;

    private static java.util.Set<String> fields() {
        java.util.Set<String> f = new java.util.TreeSet<>();
        for (Indicator i : OUTCOMES) {
            if (i.expression() != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z_0-9]+").matcher(i.expression());
                while (m.find()) {
                    if (org.gvclab.core.cluster.FieldCatalogue.contains(m.group())) {
                        f.add(m.group());
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(f);
    }
    private final @Nullable IoEvidence io;

    private LockInScorer(BenchmarkSet benchmarks, @Nullable IoEvidence io) {
        this.io = io;
        this.references = new BenchmarkValue[OUTCOMES.size()];
        for (int k = 0; k < OUTCOMES.size(); k++) {
            references[k] = reference(OUTCOMES.get(k).id(), benchmarks, io);
        }
    }

    /** The scorer for a cluster's inputs: their reference set and IO evidence. */
    public static LockInScorer of(DiagnosisInputs in) {
        return new LockInScorer(in.benchmarks(), in.io());
    }

    /** The reference of each outcome (null where there is none), in {@link #OUTCOMES} order. */
    public List<Optional<BenchmarkValue>> references() {
        List<Optional<BenchmarkValue>> out = new ArrayList<>();
        for (BenchmarkValue b : references) {
            out.add(Optional.ofNullable(b));
        }
        return out;
    }

    private static @Nullable BenchmarkValue reference(String id, BenchmarkSet set, @Nullable IoEvidence io) {
        BenchmarkValue b = set.find(id).orElse(null);
        if (id.equals(VA_RATE) && io != null && io.sectorValueAddedRate() != null) {
            double ref = 100 * io.sectorValueAddedRate();
            double high = Math.max(b == null ? 60 : b.high(), Math.min(100, 2 * ref));
            if (ref > 0 && ref < high) {
                return new BenchmarkValue(id, ref, 0, high, Msg.of("paradox.reference.io_va_rate", io.table(),
                        io.link()).en(), 0, BenchmarkValue.Level.INDUSTRY, false, Msg.of("paradox.reference.io_note"),
                        IO_SPREAD);
            }
        }
        if (id.equals(DVA) && io != null && io.regionDvaShare() != null) {
            double ref = 100 * io.regionDvaShare();
            if (ref > 0 && ref < 100) {
                return new BenchmarkValue(id, ref, 0, 100, Msg.of("paradox.reference.io_dva", io.table(),
                        io.region()).en(), 0, BenchmarkValue.Level.NATIONAL, false, Msg.of("paradox.reference.io_note"),
                        IO_SPREAD);
            }
        }
        return b;
    }

    /**
     * Scores the outcomes of a year.
     *
     * @param values  the catalogue indicator values of the year (as {@link IndicatorEvaluator#evaluate} gives them)
     * @param year    the year
     * @param missing receives why an outcome could not be scored
     */
    List<IndicatorScore> score(List<IndicatorValue> values, int year, List<LocalizedText> missing) {
        List<IndicatorScore> out = new ArrayList<>();
        for (int k = 0; k < OUTCOMES.size(); k++) {
            Indicator ind = OUTCOMES.get(k);
            IndicatorValue v = ind.id().equals(DVA) ? dvaValue(year, io) : find(values, ind.id());
            BenchmarkValue b = references[k];
            if (v == null) {
                missing.add(Msg.of("paradox.outcome.no_io", ind.name()));
                continue;
            }
            if (!v.computable()) {
                missing.add(Msg.of("paradox.missing.reason", ind.name(), v.notComputable()));
                continue;
            }
            if (b == null) {
                missing.add(Msg.of("paradox.missing.no_reference", ind.name()));
                continue;
            }
            double risk = risk(v.value(), b, b.value(), ind);
            out.add(new IndicatorScore(ind, v, v.value(), ind.unit(), b, risk));
        }
        return out;
    }

    /** The index of scored outcomes: their mean risk, or null when none was scored. */
    static @Nullable Double index(List<IndicatorScore> outcomes) {
        if (outcomes.isEmpty()) {
            return null;
        }
        double s = 0;
        for (IndicatorScore o : outcomes) {
            s += o.risk();
        }
        return s / outcomes.size();
    }

    /**
     * The lock-in index of one (projected) year: what {@link Diagnosis#diagnose} reports for it, computed with only
     * the outcome indicators.
     *
     * @param year       the year
     * @param previous   the year before (or null)
     * @param dvaShare   the domestic value added share of exports (0–1) of that year, or null without an IO link
     * @param referenceU one uniform variate per outcome (in {@link #OUTCOMES} order) drawing its reference, or null
     *                   for the nominal references
     * @return the index, or NaN when no outcome can be scored
     */
    public double index(YearlyRecord year, @Nullable YearlyRecord previous, @Nullable Double dvaShare,
                        double @Nullable [] referenceU) {
        double s = 0;
        int m = 0;
        for (int k = 0; k < OUTCOMES.size(); k++) {
            Indicator ind = OUTCOMES.get(k);
            BenchmarkValue b = references[k];
            if (b == null) {
                continue;
            }
            double x;
            if (ind.id().equals(DVA)) {
                if (dvaShare == null) {
                    continue;
                }
                x = 100 * dvaShare;
            } else {
                IndicatorValue v = IndicatorEvaluator.evaluate(ind, year, previous);
                if (!v.computable()) {
                    continue;
                }
                x = v.value();
            }
            double ref = referenceU == null ? b.value() : b.drawn(referenceU[k]);
            s += risk(x, b, ref, ind);
            m++;
        }
        return m == 0 ? Double.NaN : s / m;
    }

    private static double risk(double x, BenchmarkValue b, double reference, Indicator ind) {
        return 100 - Composite.benchmarkScore(x, b.low(), reference, b.high(), ind.polarity());
    }

    private static @Nullable IndicatorValue dvaValue(int year, @Nullable IoEvidence io) {
        if (io == null) {
            return null;
        }
        String formula = "DVA / GEXP × 100, " + io.table() + ", " + io.link();
        if (io.dvaShareOfExports() == null) {
            return new IndicatorValue(DVA, year, null, Msg.of("paradox.outcome.no_exports", io.link()), List.of(), formula);
        }
        return new IndicatorValue(DVA, year, 100 * io.dvaShareOfExports(), null, List.of(), formula);
    }

    private static IndicatorValue find(List<IndicatorValue> values, String id) {
        for (IndicatorValue v : values) {
            if (v.indicatorId().equals(id)) {
                return v;
            }
        }
        throw new IllegalStateException("indicator " + id + " was not evaluated");
    }
}
