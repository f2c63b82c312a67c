package org.gvclab.core.strategy;

import static org.gvclab.core.cluster.FieldCatalogue.CERTIFIED_FIRMS;
import static org.gvclab.core.cluster.FieldCatalogue.DOMESTIC_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.ECOMMERCE_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.EMPLOYEES;
import static org.gvclab.core.cluster.FieldCatalogue.EXPORTS;
import static org.gvclab.core.cluster.FieldCatalogue.FIRMS;
import static org.gvclab.core.cluster.FieldCatalogue.GROSS_OUTPUT;
import static org.gvclab.core.cluster.FieldCatalogue.IMPORTED_INTERMEDIATES;
import static org.gvclab.core.cluster.FieldCatalogue.INVENTION_PATENTS;
import static org.gvclab.core.cluster.FieldCatalogue.LEAD_FIRMS;
import static org.gvclab.core.cluster.FieldCatalogue.LOCAL_SOURCING;
import static org.gvclab.core.cluster.FieldCatalogue.MARKET_TURNOVER;
import static org.gvclab.core.cluster.FieldCatalogue.NEW_PRODUCT_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.OBM_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.ODM_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.OEM_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.PROCESSING_EXPORTS;
import static org.gvclab.core.cluster.FieldCatalogue.PUBLIC_SUPPORT;
import static org.gvclab.core.cluster.FieldCatalogue.RD_EXPENDITURE;
import static org.gvclab.core.cluster.FieldCatalogue.RD_PERSONNEL;
import static org.gvclab.core.cluster.FieldCatalogue.RESTRICTED_MARKET_SHARE;
import static org.gvclab.core.cluster.FieldCatalogue.SALES;
import static org.gvclab.core.cluster.FieldCatalogue.STANDARDS_LED;
import static org.gvclab.core.cluster.FieldCatalogue.TOP4_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.VALUE_ADDED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.CurrencyUnit;
import org.gvclab.core.cluster.FieldCatalogue;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.Architecture;
import org.gvclab.core.paradox.Diagnosis;
import org.gvclab.core.paradox.DiagnosisInputs;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.GovernanceType;
import org.gvclab.core.paradox.LockInScorer;
import org.gvclab.core.paradox.UpgradingPath;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.cluster.YearlyRecords;
import org.jspecify.annotations.Nullable;

/**
 * The starting point of a projection: the cluster's diagnosis inputs (records, currency, questionnaires, benchmark
 * set, factor weights) and what the model reads from its latest record, the base year. The projection needs gross
 * output, value added, sales and employees of the base year, and domestic sales or exports; every other field is
 * optional and is projected only if it was entered (a field not entered stays not entered, so the projected
 * lock-in index scores the same indicators as the diagnosis of the base year).
 */
public final class ClusterBaseline {

    private final DiagnosisInputs inputs;
    private final LockInScorer scorer;
    private final YearlyRecord base;
    private final @Nullable YearlyRecord previous;
    private final ParameterSet parameters;
    private final List<LocalizedText> notes;
    private final double lockIn0;
    private final Architecture architecture;
    private final UpgradingPath path;

    // base-year state read by the model (fractions, not percent)
    final double q0;
    final double va0;
    final double s0;
    final double e0;
    final double d0;
    final double x0;
    /** sales / (domestic sales + exports). */
    final double sigma;
    /** gross output / sales. */
    final double qs;
    final double r0;
    final double rdp0;
    final double pat0;
    final double np0;
    final boolean mixEntered;
    /** (OEM + ODM + OBM sales) / sales, capped at 1; 1 when the mix is not entered. */
    final double cov;
    final double oem0;
    final double odm0;
    final double obm0;
    final double firms0;
    final double lead0;
    final double c4;
    final double cert0;
    final double std0;
    final double ecom0;
    final double mt0;
    final double local0;
    final double import0;
    final double proc0;
    final double restricted0;
    final double support0;
    /** Labour compensation / value added, 0 when not entered (then the field stays out of projected records). */
    final double labourShare0;
    /** Export price position (100 = national average), 0 when not entered. */
    final double price0;
    /** Sales in a related new chain / sales, 0 when not entered. */
    final double related0;
    /** Domestic value added share of exports of the linked IO sector (0–1), NaN without IO evidence. */
    final double dva0;
    /**
     * How captive the lead-buyer link is: 1 for captive or hierarchy governance, 0 for market, modular or
     * relational, 0.5 when the governance type is not known; weighs the buyers' reaction to own brands.
     */
    final double captive;

    private ClusterBaseline(DiagnosisInputs inputs) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        List<YearlyRecord> sorted = YearlyRecords.sorted(inputs.records());
        this.base = sorted.get(sorted.size() - 1);
        this.previous = YearlyRecords.previous(sorted, base.year()).orElse(null);
        int y = base.year();
        if (y + Scenario.MAX_HORIZON > YearlyRecord.MAX_YEAR) {
            throw new BaselineDataException(y, GROSS_OUTPUT, Msg.of("strategy.baseline.too_late", y, YearlyRecord.MAX_YEAR));
        }
        List<LocalizedText> n = new ArrayList<>();
        q0 = positive(GROSS_OUTPUT);
        va0 = positive(VALUE_ADDED);
        s0 = positive(SALES);
        e0 = positive(EMPLOYEES);
        if (va0 > q0) {
            throw new BaselineDataException(y, VALUE_ADDED, Msg.of("strategy.baseline.va_above_output", y, Num.money(va0), Num.money(q0)));
        }
        OptionalDouble dom = base.value(DOMESTIC_SALES);
        OptionalDouble exp = base.value(EXPORTS);
        if (dom.isEmpty() && exp.isEmpty()) {
            throw new BaselineDataException(y, DOMESTIC_SALES, Msg.of("strategy.baseline.sales_split_missing", y));
        }
        d0 = dom.isPresent() ? dom.getAsDouble() : Math.max(0, s0 - exp.getAsDouble());
        x0 = exp.isPresent() ? exp.getAsDouble() : Math.max(0, s0 - dom.getAsDouble());
        if (d0 + x0 <= 0) {
            throw new BaselineDataException(y, DOMESTIC_SALES, Msg.of("strategy.baseline.sales_split_zero", y));
        }
        if (dom.isEmpty() || exp.isEmpty()) {
            n.add(new LocalizedText((dom.isEmpty() ? "内销额" : "出口额") + "未填报，按销售收入减" + (dom.isEmpty() ? "出口额" : "内销额") + "推算",
                    (dom.isEmpty() ? "domestic sales" : "exports") + " not entered: taken as sales minus " + (dom.isEmpty() ? "exports" : "domestic sales")));
        }
        sigma = s0 / (d0 + x0);
        qs = q0 / s0;
        r0 = base.value(RD_EXPENDITURE).orElse(0);
        if (base.value(RD_EXPENDITURE).isEmpty()) {
            n.add(Msg.of("strategy.baseline.no_rd"));
        }
        rdp0 = base.value(RD_PERSONNEL).orElse(0);
        pat0 = base.value(INVENTION_PATENTS).orElse(0);
        np0 = Math.min(1, base.value(NEW_PRODUCT_SALES).orElse(0) / s0);
        double oem = base.value(OEM_SALES).orElse(0);
        double odm = base.value(ODM_SALES).orElse(0);
        double obm = base.value(OBM_SALES).orElse(0);
        double mix = oem + odm + obm;
        mixEntered = mix > 0;
        if (mixEntered) {
            cov = Math.min(1, mix / s0);
            oem0 = oem / mix;
            odm0 = odm / mix;
            obm0 = obm / mix;
        } else {
            cov = 1;
            odm0 = Param.DEFAULT_ODM_SHARE.value / 100;
            obm0 = Param.DEFAULT_OBM_SHARE.value / 100;
            oem0 = 1 - odm0 - obm0;
            n.add(Msg.of("strategy.baseline.no_mix"));
        }
        firms0 = base.value(FIRMS).orElse(0);
        lead0 = base.value(LEAD_FIRMS).orElse(0);
        c4 = Math.min(1, base.value(TOP4_SALES).orElse(0) / s0);
        cert0 = firms0 > 0 ? Math.min(1, base.value(CERTIFIED_FIRMS).orElse(0) / firms0) : 0;
        std0 = base.value(STANDARDS_LED).orElse(0);
        ecom0 = Math.min(1, base.value(ECOMMERCE_SALES).orElse(0) / s0);
        mt0 = base.value(MARKET_TURNOVER).orElse(0) / q0;
        double inter = q0 - va0;
        local0 = inter > 0 ? Math.min(1, base.value(LOCAL_SOURCING).orElse(0) / inter) : 0;
        import0 = inter > 0 ? Math.min(1 - local0, base.value(IMPORTED_INTERMEDIATES).orElse(0) / inter) : 0;
        proc0 = x0 > 0 ? Math.min(1, base.value(PROCESSING_EXPORTS).orElse(0) / x0) : 0;
        restricted0 = base.value(RESTRICTED_MARKET_SHARE).orElse(0) / 100;
        if (base.value(RESTRICTED_MARKET_SHARE).isEmpty()) {
            n.add(Msg.of("strategy.baseline.no_restricted"));
        }
        support0 = base.value(PUBLIC_SUPPORT).orElse(0) / va0;
        labourShare0 = base.value(FieldCatalogue.LABOUR_COMPENSATION).orElse(0) / va0;
        price0 = base.value(FieldCatalogue.EXPORT_PRICE_POSITION).orElse(0);
        related0 = base.value(FieldCatalogue.RELATED_CHAIN_SALES).orElse(0) / s0;
        Double dva = inputs.io() == null ? null : inputs.io().dvaShareOfExports();
        dva0 = dva == null ? Double.NaN : dva;
        ParameterSet p = ParameterSet.defaults();
        p = growth(p, sorted, DOMESTIC_SALES, Param.DOMESTIC_DEMAND_GROWTH, 3, "domestic_sales", n);
        p = growth(p, sorted, EXPORTS, Param.EXPORT_DEMAND_GROWTH, 4, "exports", n);
        p = growth(p, sorted, RD_EXPENDITURE, Param.RD_PRESAMPLE_GROWTH, 0, "rd_expenditure", n);
        this.parameters = p;
        this.notes = List.copyOf(n);
        this.scorer = LockInScorer.of(inputs);
        DiagnosisResult diagnosis = Diagnosis.diagnose(inputs);
        this.lockIn0 = diagnosis.lockInIndex() == null ? Double.NaN : diagnosis.lockInIndex();
        this.architecture = diagnosis.architecture().type();
        this.path = diagnosis.recommendation().path();
        GovernanceType g = diagnosis.governance().type();
        this.captive = g == null ? 0.5 : g == GovernanceType.CAPTIVE || g == GovernanceType.HIERARCHY ? 1 : 0;
        if (!Double.isNaN(dva0) && base.value(IMPORTED_INTERMEDIATES).isEmpty()) {
            n.add(Msg.of("strategy.note.dva_constant"));
        }
    }

    /**
     * The baseline of a cluster from its diagnosis inputs.
     *
     * @throws BaselineDataException naming the year and field when the base year lacks what the projection needs
     */
    public static ClusterBaseline of(DiagnosisInputs inputs) {
        return new ClusterBaseline(inputs);
    }

    /** The diagnosis inputs it was made from. */
    public DiagnosisInputs inputs() {
        return inputs;
    }

    /** The latest record: the base year of every projection. */
    public YearlyRecord baseRecord() {
        return base;
    }

    /** The base year. */
    public int baseYear() {
        return base.year();
    }

    /** The currency unit of every money value. */
    public CurrencyUnit currency() {
        return inputs.currency();
    }

    /**
     * The parameters with the generic defaults, except the growth rates of domestic demand, export demand and
     * pre-sample R&amp;D, which take the cluster's compound annual growth over its records where there are at least two
     * years (source: the cluster's data; the uncertainty range is centred on that value).
     */
    public ParameterSet parameters() {
        return parameters;
    }

    /** What the baseline had to assume about missing data, in both languages. */
    public List<LocalizedText> notes() {
        return notes;
    }

    /** The production architecture the diagnosis finds (spider, snake, mixed, undetermined). */
    public Architecture architecture() {
        return architecture;
    }

    /** The path the diagnosis recommends. */
    public UpgradingPath path() {
        return path;
    }

    /**
     * +1 when the diagnosis recommends the platform path, −1 for the lead-firm path, 0 for both or none: the sign
     * with which {@code architecture_fit} (0 unless the user sets it from evidence) scales the platform-path levers,
     * and minus it the lead-firm-path levers.
     */
    int pathSign() {
        return switch (path) {
            case PLATFORM -> 1;
            case LEAD_FIRM -> -1;
            case BOTH, UNDETERMINED -> 0;
        };
    }

    /** The scorer of the lock-in index of projected years (the diagnosis's own). */
    LockInScorer scorer() {
        return scorer;
    }

    /** The lock-in index of the base year: {@code Diagnosis.diagnose(inputs).lockInIndex()}, or null. */
    public @Nullable Double lockInIndex() {
        return Double.isNaN(lockIn0) ? null : lockIn0;
    }

    /**
     * Lock-in index of a projected year (with the year before), by the diagnosis's scorer; NaN when it has none.
     *
     * @param dva        the projected DVA share of exports (NaN without IO evidence)
     * @param referenceU one uniform variate per outcome reference, or null for the nominal references
     */
    double lockIn(YearlyRecord previousYear, YearlyRecord year, double dva, double @Nullable [] referenceU) {
        return scorer.index(year, previousYear, Double.isNaN(dva) ? null : dva, referenceU);
    }

    private double positive(String field) {
        OptionalDouble v = base.value(field);
        LocalizedText label = FieldCatalogue.get(field).label();
        LocalizedText lower = new LocalizedText(label.zh(), label.en().toLowerCase(java.util.Locale.ROOT));
        if (v.isEmpty() || !(v.getAsDouble() > 0)) {
            throw new BaselineDataException(base.year(), field, v.isEmpty() ? Msg.of("strategy.baseline.positive_missing", base.year(), lower)
                    : Msg.of("strategy.baseline.positive_got", base.year(), lower, Num.decimal(v.getAsDouble())));
        }
        return v.getAsDouble();
    }

    /**
     * Compound annual growth of a field at current prices between the earliest record with a positive value and the
     * base year; the projection deflates it with {@code price_deflator} (docs/model.md, "Real values").
     */
    private ParameterSet growth(ParameterSet p, List<YearlyRecord> sorted, String field, Param param, double spread,
                                String what, List<LocalizedText> n) {
        OptionalDouble last = base.value(field);
        YearlyRecord first = sorted.stream().filter(r -> r.year() < base.year() && r.value(field).orElse(0) > 0)
                .findFirst().orElse(null);
        LocalizedText label = Msg.of("strategy.baseline." + what);
        if (last.isEmpty() || !(last.getAsDouble() > 0) || first == null) {
            if (param != Param.RD_PRESAMPLE_GROWTH) {
                n.add(Msg.of("strategy.note.generic_growth", label, param.id));
            }
            return p;
        }
        int years = base.year() - first.year();
        double g = 100 * (Math.pow(last.getAsDouble() / first.value(field).getAsDouble(), 1.0 / years) - 1);
        LocalizedText source = Msg.of(spread > 0 ? "strategy.baseline.growth_source_range" : "strategy.baseline.growth_source",
                Num.year(first.year()), Num.year(base.year()), label, Num.percent(g), Num.points(spread));
        if (g < param.min || g > param.max) {
            n.add(Msg.of("strategy.note.growth_clipped", label, Num.percent(g), Num.decimal(param.min), Num.decimal(param.max)));
        }
        return p.withDerived(param, g, g - spread, g + spread, source);
    }

    /** A projected record: the base record's fields, those in {@code values} replaced, only where entered. */
    /**
     * A projected record with only the fields the lock-in index reads ({@link LockInScorer#FIELDS}), where they were
     * entered in the base year: it scores exactly as the full record.
     */
    YearlyRecord outcomeRecord(int year, Map<String, Double> values) {
        Map<String, Double> m = new java.util.HashMap<>(16);
        for (String f : LockInScorer.FIELDS) {
            if (base.has(f)) {
                Double v = values.get(f);
                m.put(f, v == null ? base.value(f).getAsDouble() : v);
            }
        }
        return new YearlyRecord(year, m);
    }

    YearlyRecord record(int year, Map<String, Double> values) {
        java.util.LinkedHashMap<String, Double> m = new java.util.LinkedHashMap<>(64);
        m.putAll(base.values());
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (m.containsKey(e.getKey())) {
                m.put(e.getKey(), e.getValue());
            }
        }
        return new YearlyRecord(year, m);
    }
}
