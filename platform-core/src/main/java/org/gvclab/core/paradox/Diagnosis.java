package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.cluster.YearlyRecords;
import org.gvclab.core.indicator.Composite;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.IndicatorEvaluator;
import org.gvclab.core.indicator.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * The paradox diagnosis (docs/model.md), a pure function of {@link DiagnosisInputs}:
 * <ol>
 * <li>every per-record indicator of the latest year, with provenance;</li>
 * <li>the <b>lock-in index</b>: the mean risk of the outcomes of lock-in ({@link LockInScorer}), with a P10–P90 band
 *     over the uncertainty of their references;</li>
 * <li>the five <b>driver</b> factor scores, each the mean risk {@code r = 100 − benchmarkScore(x; low, reference,
 *     high)} of its indicators; the driver composite {@code D = Σ_f w_f S_f} (weights equal unless given, e.g. by
 *     AHP); the factors ranked by {@code w_f S_f} and the driver indicators with the largest
 *     {@code w_f · (1/n_f) · (r_i − 50) > 0};</li>
 * <li>production architecture, governance, the upgrading stage with chain upgrading, and the path recommended from
 *     architecture, specialised-market and governance evidence;</li>
 * <li>innovation agglomeration (R&amp;D staff location quotient) and rent distribution.</li>
 * </ol>
 * Public spending is a policy input: it is reported, never scored.
 */
public final class Diagnosis {

    /** Paths scored besides the five factors. */
    static final List<Group> PATH_GROUPS = List.of(Group.DOMESTIC_DEMAND, Group.SPIDER_PATH, Group.SNAKE_PATH,
            Group.VALUE_CAPTURE);
    /** OBM share of sales (%) from which functional upgrading counts as reached (*assumption*). */
    public static final double FUNCTIONAL_OBM = 20;
    /** ODM + OBM share of sales (%) from which functional upgrading counts as reached (*assumption*). */
    public static final double FUNCTIONAL_ODM_OBM = 50;
    /** New-product or ODM share of sales (%) from which product upgrading counts as reached (*assumption*). */
    public static final double PRODUCT_SHARE = 15;
    /** Share of sales in a related new chain (%) from which the cluster counts as having entered it (*assumption*). */
    public static final double CHAIN_ENTRY = 1;
    /** Share of sales in a related new chain (%) from which a functionally upgraded cluster is at the chain stage (*assumption*). */
    public static final double CHAIN_STAGE = 5;
    /** Maximum number of drivers listed. */
    public static final int MAX_DRIVERS = 5;
    /** Draws of the references for the band of the index, and their seed (fixed: the band is part of the result). */
    static final int BAND_DRAWS = 400;
    static final long BAND_SEED = 20_240_501L;

    private Diagnosis() {
    }

    /** Diagnoses the latest year of the inputs' records. */
    public static DiagnosisResult diagnose(DiagnosisInputs in) {
        List<YearlyRecord> sorted = YearlyRecords.sorted(in.records());
        YearlyRecord current = sorted.get(sorted.size() - 1);
        YearlyRecord previous = YearlyRecords.previous(sorted, current.year()).orElse(null);
        List<IndicatorValue> values = IndicatorEvaluator.evaluate(current, previous);
        List<LocalizedText> notes = new ArrayList<>();
        if (previous == null) {
            notes.add(Msg.of("paradox.note.no_previous", current.year() - 1));
        }
        // outcomes and the index
        LockInScorer scorer = LockInScorer.of(in);
        List<LocalizedText> missingOutcomes = new ArrayList<>();
        List<IndicatorScore> outcomes = scorer.score(values, current.year(), missingOutcomes);
        Double index = LockInScorer.index(outcomes);
        if (index == null) {
            notes.add(Msg.of("paradox.note.no_index"));
        }
        double[] band = band(outcomes);
        // drivers
        List<GroupScore> factors = new ArrayList<>();
        for (Group g : Group.factors()) {
            factors.add(score(g, values, in, notes));
        }
        List<GroupScore> paths = new ArrayList<>();
        for (Group g : PATH_GROUPS) {
            paths.add(score(g, values, in, notes));
        }
        Map<Group, Double> weights = weights(in.factorWeights(), factors);
        Double composite = composite(factors, weights);
        LocalizedText weightsApplied = weightsApplied(in.factorWeights(), weights);
        List<FactorDriver> ranking = factorRanking(factors, weights);
        List<Driver> drivers = drivers(factors, weights);
        java.util.Set<String> assumedIds = new java.util.TreeSet<>();
        for (List<GroupScore> groups : List.of(factors, paths)) {
            for (GroupScore g : groups) {
                g.scored().stream().filter(s -> s.benchmark().assumption()).forEach(s -> assumedIds.add(s.indicator().id()));
            }
        }
        outcomes.stream().filter(s -> s.benchmark().assumption()).forEach(s -> assumedIds.add(s.indicator().id()));
        long assumed = assumedIds.size();
        if (assumed > 0) {
            notes.add(Msg.of("paradox.note.assumed", Num.count(assumed)));
        }
        publicSupportNote(values).ifPresent(notes::add);
        ArchitectureResult arch = ArchitectureClassifier.classify(in.architecture(), in.io());
        GovernanceResult gov = GovernanceClassifier.classify(in.governance());
        ChainUpgrading chain = chain(values, current, previous);
        UpgradingResult up = upgrading(values, previous, chain);
        PathEvidence evidence = PathAdvisor.evidence(arch, gov, values, in.benchmarks());
        PathRecommendation rec = PathAdvisor.recommend(arch, factors, paths, gov, up, evidence);
        LockIn lockIn = new LockIn(index, index == null ? null : band[0], index == null ? null : band[1], outcomes,
                missingOutcomes, composite, weights, weightsApplied, ranking);
        InnovationAgglomeration agglomeration = agglomeration(values, in.benchmarks());
        RentDistribution rent = rent(current, up, in.io(), in.currency());
        return new DiagnosisResult(current.year(), values, factors, paths, index, weights, drivers, arch, gov, up, rec,
                notes, lockIn, in.io(), agglomeration, rent, chain);
    }

    /**
     * The lock-in index alone, by the very scorer {@link #diagnose} uses (the outcome indicators of the latest year)
     * and nothing else. Equal to {@code diagnose(in).lockInIndex()}.
     *
     * @return the index (0–100), or {@code null} when no outcome could be scored
     */
    public static @Nullable Double lockInIndex(DiagnosisInputs in) {
        List<YearlyRecord> sorted = YearlyRecords.sorted(in.records());
        YearlyRecord current = sorted.get(sorted.size() - 1);
        YearlyRecord previous = YearlyRecords.previous(sorted, current.year()).orElse(null);
        double l = LockInScorer.of(in).index(current, previous, in.io() == null ? null : in.io().dvaShareOfExports(), null);
        return Double.isNaN(l) ? null : l;
    }

    /** P10 and P90 of the index when every outcome's reference is drawn within its stated spread. */
    private static double[] band(List<IndicatorScore> outcomes) {
        if (outcomes.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SplittableRandom random = new SplittableRandom(BAND_SEED);
        double[] draws = new double[BAND_DRAWS];
        for (int d = 0; d < BAND_DRAWS; d++) {
            double s = 0;
            for (IndicatorScore o : outcomes) {
                BenchmarkValue b = o.benchmark();
                s += 100 - Composite.benchmarkScore(o.compared(), b.low(), b.drawn(random.nextDouble()), b.high(),
                        o.indicator().polarity());
            }
            draws[d] = s / outcomes.size();
        }
        Arrays.sort(draws);
        return new double[] {quantile(draws, 0.1), quantile(draws, 0.9)};
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static GroupScore score(Group g, List<IndicatorValue> values, DiagnosisInputs in, List<LocalizedText> notes) {
        List<IndicatorScore> scored = new ArrayList<>();
        List<LocalizedText> missing = new ArrayList<>();
        for (Indicator ind : IndicatorCatalogue.of(g)) {
            if (!ind.perRecord()) {
                continue;
            }
            IndicatorValue v = find(values, ind.id());
            Optional<BenchmarkValue> b = in.benchmarks().find(ind.id());
            if (!v.computable()) {
                missing.add(Msg.of("paradox.missing.reason", ind.name(), v.notComputable()));
                continue;
            }
            if (b.isEmpty()) {
                missing.add(Msg.of("paradox.missing.no_reference", ind.name()));
                continue;
            }
            double x = v.value();
            LocalizedText unit = ind.unit();
            if (ind.id().equals("labour_productivity")) {
                unit = Msg.of("paradox.unit.10k_cny_per_person");
                Double factor = toTenThousandCny(in.currency());
                if (factor == null) {
                    missing.add(Msg.of("paradox.missing.currency", ind.name(), in.currency().label()));
                    continue;
                }
                if (factor != 1) {
                    x *= factor;
                    LocalizedText note = Msg.of("paradox.note.converted", in.currency().label());
                    if (!notes.contains(note)) {
                        notes.add(note);
                    }
                }
            }
            BenchmarkValue bv = b.get();
            double risk = 100 - Composite.benchmarkScore(x, bv.low(), bv.value(), bv.high(), ind.polarity());
            scored.add(new IndicatorScore(ind, v, x, unit, bv, risk));
        }
        Double risk = null;
        if (!scored.isEmpty()) {
            double s = 0;
            for (IndicatorScore i : scored) {
                s += i.risk();
            }
            risk = s / scored.size();
        }
        return new GroupScore(g, risk, scored, missing);
    }

    /** The value of an indicator (a loop, not a stream: scores are computed often). */
    private static IndicatorValue find(List<IndicatorValue> values, String id) {
        for (IndicatorValue v : values) {
            if (v.indicatorId().equals(id)) {
                return v;
            }
        }
        throw new IllegalStateException("indicator " + id + " was not evaluated");
    }

    private static @Nullable Double toTenThousandCny(CurrencyUnit c) {
        if (c.code().equals(CurrencyUnit.CNY_10K.code())) {
            return 1.0;
        }
        if (c.code().equals(CurrencyUnit.CNY_100M.code())) {
            return 10_000.0;
        }
        return null;
    }

    private static Map<Group, Double> weights(Map<Group, Double> given, List<GroupScore> factors) {
        Map<Group, Double> w = new EnumMap<>(Group.class);
        double sum = 0;
        for (GroupScore f : factors) {
            if (f.risk() != null) {
                double v = given.isEmpty() ? 1 : given.getOrDefault(f.group(), 0.0);
                w.put(f.group(), v);
                sum += v;
            }
        }
        if (sum <= 0) {
            if (!w.isEmpty()) {
                throw new IllegalArgumentException("the factor weights given are all zero for the factors that could be scored: " + w.keySet());
            }
            return Map.of();
        }
        for (Map.Entry<Group, Double> e : w.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return w;
    }

    private static @Nullable Double composite(List<GroupScore> factors, Map<Group, Double> weights) {
        if (weights.isEmpty()) {
            return null;
        }
        double d = 0;
        for (GroupScore f : factors) {
            if (f.risk() != null) {
                d += weights.get(f.group()) * f.risk();
            }
        }
        return d;
    }

    private static LocalizedText weightsApplied(Map<Group, Double> given, Map<Group, Double> used) {
        if (given.isEmpty()) {
            return Msg.of("paradox.weights.equal");
        }
        List<LocalizedText> parts = new ArrayList<>();
        for (Map.Entry<Group, Double> e : used.entrySet()) {
            parts.add(Msg.of("paradox.weights.item", e.getKey().label(), Num.share(e.getValue())));
        }
        return Msg.of("paradox.weights.given", Texts.join(parts));
    }

    private static List<FactorDriver> factorRanking(List<GroupScore> factors, Map<Group, Double> weights) {
        List<FactorDriver> out = new ArrayList<>();
        for (GroupScore f : factors) {
            if (f.risk() == null || !weights.containsKey(f.group())) {
                continue;
            }
            double w = weights.get(f.group());
            out.add(new FactorDriver(f.group(), f.risk(), w, w * f.risk(), w * (f.risk() - 50),
                    Msg.of("paradox.factor.driver", f.group().label(), Num.index(f.risk()), Num.share(w),
                            Num.index(w * f.risk()))));
        }
        out.sort(Comparator.comparingDouble(FactorDriver::weightedRisk).reversed());
        return out;
    }

    private static List<Driver> drivers(List<GroupScore> factors, Map<Group, Double> weights) {
        List<Driver> out = new ArrayList<>();
        for (GroupScore f : factors) {
            if (f.risk() == null || !weights.containsKey(f.group())) {
                continue;
            }
            double wf = weights.get(f.group()) / f.scored().size();
            for (IndicatorScore s : f.scored()) {
                double c = wf * (s.risk() - 50);
                if (c > 0) {
                    out.add(new Driver(s.indicator().id(), f.group(), s.risk(), c,
                            Msg.of("paradox.driver", Texts.describe(s), Num.index(c), f.group().label())));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Driver::contribution).reversed());
        return out.size() > MAX_DRIVERS ? List.copyOf(out.subList(0, MAX_DRIVERS)) : List.copyOf(out);
    }

    private static Optional<LocalizedText> publicSupportNote(List<IndicatorValue> values) {
        IndicatorValue v = find(values, "public_support_per_va");
        return v.computable() ? Optional.of(Msg.of("paradox.note.public_support", Num.percent(v.value())))
                : Optional.empty();
    }

    static ChainUpgrading chain(List<IndicatorValue> values, YearlyRecord current, @Nullable YearlyRecord previous) {
        Double share = related(current);
        if (share == null) {
            return new ChainUpgrading(false, null, null, Msg.of("paradox.chain.not_recorded"));
        }
        Double before = previous == null ? null : related(previous);
        Double change = before == null ? null : share - before;
        boolean detected = share >= CHAIN_ENTRY && (change == null || change >= 0);
        LocalizedText text = detected
                ? change == null ? Msg.of("paradox.chain.entered", Num.percent(share))
                : Msg.of("paradox.chain.entered_change", Num.percent(share), Num.points(change))
                : Msg.of("paradox.chain.not_entered", Num.percent(share), Num.percent(CHAIN_ENTRY));
        return new ChainUpgrading(detected, share, change, text);
    }

    private static @Nullable Double related(YearlyRecord r) {
        if (!r.has(FieldCatalogue.RELATED_CHAIN_SALES) || !(r.value(FieldCatalogue.SALES).orElse(0) > 0)) {
            return null;
        }
        return 100 * r.value(FieldCatalogue.RELATED_CHAIN_SALES).getAsDouble() / r.value(FieldCatalogue.SALES).getAsDouble();
    }

    static UpgradingResult upgrading(List<IndicatorValue> values, @Nullable YearlyRecord previous, ChainUpgrading chain) {
        Double oem = value(values, "oem_share");
        Double odm = value(values, "odm_share");
        Double obm = value(values, "obm_share");
        Double np = value(values, "new_product_share");
        Double change = null;
        if (obm != null && previous != null) {
            IndicatorValue p = IndicatorEvaluator.evaluate(IndicatorCatalogue.get("obm_share"), previous, null);
            if (p.computable()) {
                change = obm - p.value();
            }
        }
        if (oem == null && odm == null && obm == null && np == null) {
            return new UpgradingResult(UpgradingStage.UNKNOWN, null, null, null, null,
                    Msg.of("paradox.stage.unknown", chain.explanation()));
        }
        LocalizedText mix = Msg.of("paradox.stage.mix", show(oem), show(odm), show(obm));
        if (change != null) {
            mix = Msg.of("paradox.stage.mix_change", mix, Num.points(change));
        }
        double obmV = obm == null ? 0 : obm;
        double odmV = odm == null ? 0 : odm;
        UpgradingStage stage;
        LocalizedText why;
        if (obmV >= FUNCTIONAL_OBM || odmV + obmV >= FUNCTIONAL_ODM_OBM) {
            boolean chainStage = chain.detected() && chain.share() != null && chain.share() >= CHAIN_STAGE;
            stage = chainStage ? UpgradingStage.CHAIN : UpgradingStage.FUNCTIONAL;
            why = Msg.of(chainStage ? "paradox.stage.chain" : "paradox.stage.functional", Num.percent(FUNCTIONAL_OBM),
                    Num.percent(FUNCTIONAL_ODM_OBM), Num.percent(CHAIN_STAGE));
        } else if ((np != null && np >= PRODUCT_SHARE) || odmV >= PRODUCT_SHARE) {
            stage = UpgradingStage.PRODUCT;
            why = Msg.of("paradox.stage.product", Num.percent(PRODUCT_SHARE));
        } else {
            stage = UpgradingStage.PROCESS;
            why = Msg.of("paradox.stage.process");
        }
        return new UpgradingResult(stage, oem, odm, obm, change, Msg.of("paradox.stage.explanation", mix, why,
                chain.explanation()));
    }

    private static LocalizedText show(@Nullable Double v) {
        return v == null ? Msg.of("base.not.available") : Num.percent(v).text();
    }

    private static @Nullable Double value(List<IndicatorValue> values, String id) {
        for (IndicatorValue v : values) {
            if (v.indicatorId().equals(id)) {
                return v.value();
            }
        }
        return null;
    }

    static InnovationAgglomeration agglomeration(List<IndicatorValue> values, BenchmarkSet refs) {
        Double share = value(values, "rd_personnel_share");
        Optional<BenchmarkValue> ref = refs.find("rd_personnel_share");
        if (share == null) {
            return new InnovationAgglomeration(null, ref.map(BenchmarkValue::value).orElse(null),
                    ref.map(BenchmarkValue::assumption).orElse(true), null, null, Msg.of("paradox.agglomeration.no_data"));
        }
        if (ref.isEmpty()) {
            return new InnovationAgglomeration(share, null, true, null, null, Msg.of("paradox.agglomeration.no_reference"));
        }
        double lq = share / ref.get().value();
        return new InnovationAgglomeration(share, ref.get().value(), ref.get().assumption(), lq, null,
                Msg.of(lq >= 1 ? "paradox.agglomeration.above" : "paradox.agglomeration.below", Num.percent(share),
                        Num.percent(ref.get().value()), ref.get().assumption() ? "*" : "", Num.ratio(lq)));
    }

    static RentDistribution rent(YearlyRecord current, UpgradingResult up, @Nullable IoEvidence io, CurrencyUnit currency) {
        double va = current.value(FieldCatalogue.VALUE_ADDED).orElse(Double.NaN);
        List<LocalizedText> text = new ArrayList<>();
        Double lc = current.has(FieldCatalogue.LABOUR_COMPENSATION) && Double.isFinite(va)
                ? current.value(FieldCatalogue.LABOUR_COMPENSATION).getAsDouble() : null;
        Double surplus = lc == null ? null : va - lc;
        Double labourShare = lc == null || !(va > 0) ? null : lc / va;
        if (labourShare != null) {
            text.add(Msg.of("paradox.rent.split", Num.share(labourShare), Num.share(1 - labourShare)));
        } else {
            text.add(Msg.of("paradox.rent.no_labour"));
        }
        List<RentDistribution.FunctionRent> byFunction = new ArrayList<>();
        double q = current.value(FieldCatalogue.GROSS_OUTPUT).orElse(Double.NaN);
        double sales = current.value(FieldCatalogue.SALES).orElse(Double.NaN);
        double oem = up.oemShare() == null ? 0 : up.oemShare();
        double odm = up.odmShare() == null ? 0 : up.odmShare();
        double obm = up.obmShare() == null ? 0 : up.obmShare();
        double mix = oem + odm + obm;
        if (mix > 0 && q > 0 && Double.isFinite(va)) {
            double v0 = va / q;
            double so = oem / mix;
            double se = odm / mix;
            double sb = obm / mix;
            double vOem = v0 / (so + RentDistribution.ODM_PREMIUM * se + RentDistribution.OBM_PREMIUM * sb);
            double[] rates = {vOem, vOem * RentDistribution.ODM_PREMIUM, vOem * RentDistribution.OBM_PREMIUM};
            double[] shares = {so, se, sb};
            String[] names = {"OEM", "ODM", "OBM"};
            double mixSales = sales * mix / 100;
            double total = 0;
            for (int k = 0; k < 3; k++) {
                total += rates[k] * shares[k] * mixSales;
            }
            for (int k = 0; k < 3; k++) {
                double f = rates[k] * shares[k] * mixSales;
                byFunction.add(new RentDistribution.FunctionRent(names[k], shares[k], rates[k], f, total > 0 ? f / total : 0));
            }
            text.add(Msg.of("paradox.rent.smile", Num.share(rates[0]), Num.share(rates[1]), Num.share(rates[2]),
                    Num.share(byFunction.get(2).valueAddedShare())));
        }
        Double domestic = io == null ? null : io.domesticChainShare();
        Double own = io == null ? null : io.ownStageShare();
        if (domestic != null && own != null) {
            text.add(Msg.of("paradox.rent.chain", io.link(), Num.share(own), Num.share(domestic), Num.share(1 - domestic)));
        }
        return new RentDistribution(Double.isFinite(va) ? va : 0, lc, surplus, labourShare, byFunction, domestic, own,
                io == null ? List.of() : io.chain(), text);
    }
}
