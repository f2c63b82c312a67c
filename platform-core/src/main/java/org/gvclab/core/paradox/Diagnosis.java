package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.indicator.Composite;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.indicator.IndicatorEvaluator;
import org.gvclab.core.indicator.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * The paradox diagnosis of METHODS.md §4, a pure function of {@link DiagnosisInputs}:
 * <ol>
 * <li>every per-record indicator of the latest year, with provenance;</li>
 * <li>each indicator's risk {@code r = 100 − benchmarkScore(x; low, reference, high)}: 50 at the benchmark, 0 and 100
 *     at the good and bad goalposts ({@link Composite#benchmarkScore});</li>
 * <li>factor and path scores: the equally weighted mean of their indicators' risks;</li>
 * <li>the lock-in index {@code L = Σ_f w_f S_f} over the factors that scored (weights equal unless given, scaled to
 *     add up to 1), and its drivers: the indicators with the largest {@code w_f · (1/n_f) · (r_i − 50) > 0};</li>
 * <li>production architecture ({@link ArchitectureClassifier}), governance ({@link GovernanceClassifier}), the
 *     upgrading stage and the recommended path with reasons.</li>
 * </ol>
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
    /** Maximum number of drivers listed. */
    public static final int MAX_DRIVERS = 5;

    private Diagnosis() {
    }

    /** Diagnoses the latest year of the inputs' records. */
    public static DiagnosisResult diagnose(DiagnosisInputs in) {
        YearlyRecord[] cp = currentAndPrevious(in);
        YearlyRecord current = cp[0];
        YearlyRecord previous = cp[1];
        List<IndicatorValue> values = IndicatorEvaluator.evaluate(current, previous);
        List<LocalizedText> notes = new ArrayList<>();
        if (previous == null) {
            notes.add(new LocalizedText("缺少 " + (current.year() - 1) + " 年记录，增长类指标无法计算",
                    "no record for " + (current.year() - 1) + ": growth indicators are not computable"));
        }
        List<GroupScore> factors = new ArrayList<>();
        for (Group g : Group.factors()) {
            factors.add(score(g, values, in, notes));
        }
        List<GroupScore> paths = new ArrayList<>();
        for (Group g : PATH_GROUPS) {
            paths.add(score(g, values, in, notes));
        }
        Map<Group, Double> weights = weights(in.factorWeights(), factors);
        Double index = index(factors, weights);
        if (index == null) {
            notes.add(new LocalizedText("五个因素均无法评分，锁定指数无法计算", "no factor could be scored: no lock-in index"));
        }
        List<Driver> drivers = drivers(factors, weights);
        long assumed = java.util.stream.Stream.concat(factors.stream(), paths.stream())
                .flatMap(s -> s.scored().stream()).map(s -> s.indicator().id()).distinct()
                .filter(id -> in.benchmarks().find(id).map(BenchmarkValue::assumption).orElse(false)).count();
        if (assumed > 0) {
            notes.add(new LocalizedText("有 " + assumed + " 项参考值为假设值（标 *），请管理员替换为有来源的数据",
                    assumed + " of the reference values used are assumptions (marked *); an administrator should replace them with sourced figures"));
        }
        ArchitectureResult arch = ArchitectureClassifier.classify(in.architecture(), in.io());
        GovernanceResult gov = GovernanceClassifier.classify(in.governance());
        UpgradingResult up = upgrading(values, current, previous);
        PathRecommendation rec = PathAdvisor.recommend(arch, factors, paths, gov, up);
        return new DiagnosisResult(current.year(), values, factors, paths, index, weights, drivers, arch, gov, up, rec, notes);
    }

    /**
     * The lock-in index alone, by the very steps {@link #diagnose} takes for it (indicator values of the latest year,
     * factor scores, weights, weighted sum) and nothing else: no drivers, texts, architecture, governance or path.
     * The strategy projection recomputes the index for every projected year and Monte Carlo draw through this method,
     * so projected and diagnosed indices can never disagree. Equal to {@code diagnose(in).lockInIndex()}.
     *
     * @return the index (0–100), or {@code null} when no factor could be scored
     */
    public static @Nullable Double lockInIndex(DiagnosisInputs in) {
        YearlyRecord[] cp = currentAndPrevious(in);
        List<IndicatorValue> values = IndicatorEvaluator.evaluate(cp[0], cp[1]);
        List<LocalizedText> notes = new ArrayList<>();
        List<GroupScore> factors = new ArrayList<>();
        for (Group g : Group.factors()) {
            factors.add(score(g, values, in, notes));
        }
        return index(factors, weights(in.factorWeights(), factors));
    }

    /** The latest record and the one of the year before it (or {@code null}); refuses two records for one year. */
    private static @Nullable YearlyRecord[] currentAndPrevious(DiagnosisInputs in) {
        List<YearlyRecord> sorted = in.records().stream().sorted(Comparator.comparingInt(YearlyRecord::year)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                throw new IllegalArgumentException("two records for year " + sorted.get(i).year());
            }
        }
        YearlyRecord current = sorted.get(sorted.size() - 1);
        YearlyRecord previous = sorted.stream().filter(r -> r.year() == current.year() - 1).findFirst().orElse(null);
        return new YearlyRecord[] {current, previous};
    }

    /** {@code L = Σ_f w_f S_f} over the factors that scored, or {@code null} when none did. */
    private static @Nullable Double index(List<GroupScore> factors, Map<Group, Double> weights) {
        if (weights.isEmpty()) {
            return null;
        }
        double l = 0;
        for (GroupScore f : factors) {
            if (f.risk() != null) {
                l += weights.get(f.group()) * f.risk();
            }
        }
        return l;
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
                missing.add(new LocalizedText(ind.name().zh() + "：" + v.notComputable().zh(), ind.name().en() + ": " + v.notComputable().en()));
                continue;
            }
            if (b.isEmpty()) {
                missing.add(new LocalizedText(ind.name().zh() + "：参考值集中没有该指标", ind.name().en() + ": no reference value in the benchmark set"));
                continue;
            }
            double x = v.value();
            LocalizedText unit = ind.unit();
            if (ind.id().equals("labour_productivity")) {
                unit = new LocalizedText("万元/人", "10k CNY per person");
                Double factor = toTenThousandCny(in.currency());
                if (factor == null) {
                    missing.add(new LocalizedText(ind.name().zh() + "：参考值以万元/人计，无法换算 " + in.currency().label().zh(),
                            ind.name().en() + ": the reference is in 10k CNY per person and cannot be converted from " + in.currency().label().en()));
                    continue;
                }
                if (factor != 1) {
                    x *= factor;
                    LocalizedText note = new LocalizedText("劳动生产率已由 " + in.currency().label().zh() + " 换算为万元/人",
                            "labour productivity converted from " + in.currency().label().en() + " to 10k CNY per person");
                    if (!notes.contains(note)) {
                        notes.add(note);
                    }
                }
            }
            BenchmarkValue bv = b.get();
            double risk = 100 - Composite.benchmarkScore(x, bv.low(), bv.value(), bv.high(), ind.polarity());
            scored.add(new IndicatorScore(ind, v, x, unit, bv, risk));
        }
        Double risk = scored.isEmpty() ? null : scored.stream().mapToDouble(IndicatorScore::risk).average().orElseThrow();
        return new GroupScore(g, risk, scored, missing);
    }

    /** The value of an indicator (a loop, not a stream: the projection scores thousands of years). */
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
                    LocalizedText d = Texts.describe(s);
                    out.add(new Driver(s.indicator().id(), f.group(), s.risk(), c, new LocalizedText(
                            d.zh() + "，使锁定指数上升 " + Texts.num(c) + " 点（" + f.group().label().zh() + "）",
                            d.en() + " adds " + Texts.num(c) + " points to the lock-in index (" + f.group().label().en() + ")")));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Driver::contribution).reversed());
        return out.size() > MAX_DRIVERS ? List.copyOf(out.subList(0, MAX_DRIVERS)) : List.copyOf(out);
    }

    static UpgradingResult upgrading(List<IndicatorValue> values, YearlyRecord current, @Nullable YearlyRecord previous) {
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
        String mixZh = "OEM " + show(oem) + "%、ODM " + show(odm) + "%、OBM " + show(obm) + "%";
        String mixEn = "OEM " + show(oem) + " %, ODM " + show(odm) + " %, OBM " + show(obm) + " %";
        if (change != null) {
            mixZh += "（OBM 较上年 " + (change >= 0 ? "+" : "") + Texts.num(change) + " 个百分点）";
            mixEn += " (OBM " + (change >= 0 ? "+" : "") + Texts.num(change) + " pp on the previous year)";
        }
        LocalizedText chain = new LocalizedText("链条升级（进入新的价值链）无法从年度数据判断。",
                "Chain upgrading (moving into a new chain) cannot be seen in yearly records.");
        UpgradingStage stage;
        LocalizedText why;
        double obmV = obm == null ? 0 : obm;
        double odmV = odm == null ? 0 : odm;
        if (oem == null && odm == null && obm == null && np == null) {
            stage = UpgradingStage.UNKNOWN;
            why = new LocalizedText("未填写 OEM/ODM/OBM 销售额和新产品销售额，无法判断升级阶段。",
                    "OEM/ODM/OBM and new-product sales are not entered: the stage is not known.");
            return new UpgradingResult(stage, oem, odm, obm, change, why);
        }
        if (obmV >= FUNCTIONAL_OBM || odmV + obmV >= FUNCTIONAL_ODM_OBM) {
            stage = UpgradingStage.FUNCTIONAL;
            why = new LocalizedText("自有品牌或设计制造占比较高（OBM ≥ " + Texts.num(FUNCTIONAL_OBM) + "% 或 ODM+OBM ≥ "
                    + Texts.num(FUNCTIONAL_ODM_OBM) + "%），已实现功能升级。",
                    "own brands or own designs are a large share (OBM ≥ " + Texts.num(FUNCTIONAL_OBM) + " % or ODM + OBM ≥ "
                            + Texts.num(FUNCTIONAL_ODM_OBM) + " %): functional upgrading is reached.");
        } else if ((np != null && np >= PRODUCT_SHARE) || odmV >= PRODUCT_SHARE) {
            stage = UpgradingStage.PRODUCT;
            why = new LocalizedText("新产品或 ODM 占比达到 " + Texts.num(PRODUCT_SHARE) + "%，处于产品升级阶段，功能升级尚未实现。",
                    "new products or ODM reach " + Texts.num(PRODUCT_SHARE) + " % of sales: product upgrading, not yet functional.");
        } else {
            stage = UpgradingStage.PROCESS;
            why = new LocalizedText("以代工为主，新产品和自有设计、品牌占比低，处于工艺升级阶段。",
                    "mostly contract manufacturing with few new products, own designs or brands: process upgrading.");
        }
        return new UpgradingResult(stage, oem, odm, obm, change, new LocalizedText(
                mixZh + "。" + why.zh() + chain.zh(), mixEn + ". " + capitalise(why.en()) + " " + chain.en()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String show(@Nullable Double v) {
        return v == null ? "—" : Texts.num(v);
    }

    private static @Nullable Double value(List<IndicatorValue> values, String id) {
        return values.stream().filter(v -> v.indicatorId().equals(id)).findFirst().map(IndicatorValue::value).orElse(null);
    }
}
