package org.gvclab.core.indicator;

import static org.gvclab.core.indicator.Group.*;
import static org.gvclab.core.indicator.Polarity.HIGHER_IS_BETTER;
import static org.gvclab.core.indicator.Polarity.HIGHER_IS_WORSE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.MethodsSection;
import org.gvclab.core.base.Msg;
import org.gvclab.core.cluster.FieldCatalogue;

/**
 * The indicator catalogue (docs/model.md#indicators): the outcomes of lock-in, the driver indicators of the five
 * factors, the domestic-demand advantage, the spider and snake paths, value capture, policy inputs (reported, never
 * scored) and the agglomeration measures. Per-record indicators carry a
 * machine formula over {@link FieldCatalogue} ids that {@link IndicatorEvaluator} evaluates with provenance.
 */
public final class IndicatorCatalogue {

    private static final LocalizedText PCT = Msg.of("indicator.unit.pct");
    private static final LocalizedText PCT_SALES = Msg.of("indicator.unit.pct_of_sales");
    private static final LocalizedText PCT_YEAR = Msg.of("indicator.unit.pct_per_year");
    private static final LocalizedText RATIO = Msg.of("indicator.unit.ratio");
    private static final LocalizedText INDEX01 = Msg.of("indicator.unit.index_0_1");
    private static final LocalizedText FIRMS = Msg.of("indicator.unit.firms");

    private static final List<Indicator> ALL;
    private static final Map<String, Indicator> BY_ID;
    private static final Map<String, Expr> PARSED;

    static {
        List<Indicator> l = new ArrayList<>();
        // technology gap
        l.add(rec("rd_intensity", "R&D expenditure / gross output × 100",
                "rd_expenditure / gross_output * 100", PCT, HIGHER_IS_BETTER, List.of(TECHNOLOGY_GAP), false));
        l.add(rec("patents_per_10k_employees", "invention patents granted / employees × 10,000",
                "invention_patents / employees * 10000", Msg.of("indicator.unit.per_10k_employees"), HIGHER_IS_BETTER, List.of(TECHNOLOGY_GAP), false));
        l.add(rec("labour_productivity", "value added / employees",
                "value_added / employees", Msg.of("indicator.unit.money_per_person"), HIGHER_IS_BETTER, List.of(TECHNOLOGY_GAP), false));
        l.add(rec("imported_input_dependence", "imported intermediates / (gross output − value added) × 100",
                "imported_intermediates / (gross_output - value_added) * 100", PCT, HIGHER_IS_WORSE,
                List.of(TECHNOLOGY_GAP), false));
        l.add(rec("rd_personnel_share", "R&D personnel / employees × 100",
                "rd_personnel / employees * 100", PCT, HIGHER_IS_BETTER, List.of(TECHNOLOGY_GAP), false));
        // rules and standards
        l.add(rec("standards_per_100_firms", "standards led or co-drafted / firms × 100",
                "standards_led / firms * 100", Msg.of("indicator.unit.per_100_firms"), HIGHER_IS_BETTER, List.of(RULES_AND_STANDARDS), false));
        l.add(rec("certified_firm_share", "firms with international certifications / firms × 100",
                "certified_firms / firms * 100", PCT, HIGHER_IS_BETTER, List.of(RULES_AND_STANDARDS), false));
        // national strategy
        l.add(rec("strategic_alignment", "strategic-alignment rating (1–5)",
                "strategic_alignment", Msg.of("indicator.unit.scale_1_5"), HIGHER_IS_BETTER, List.of(NATIONAL_STRATEGY), false));
        l.add(rec("public_support_per_va", "public support spending / value added × 100",
                "public_support / value_added * 100", Msg.of("indicator.unit.pct_of_va"), HIGHER_IS_WORSE,
                List.of(POLICY_INPUT), false));
        // international politics
        l.add(rec("export_dependence", "exports / sales × 100",
                "exports / sales * 100", PCT, HIGHER_IS_WORSE, List.of(INTERNATIONAL_POLITICS), false));
        l.add(rec("destination_hhi", "Σ (destination share / 100)² over the destinations entered",
                "sumsq(" + String.join(", ", FieldCatalogue.DESTINATION_SHARES) + ") / 10000", INDEX01, HIGHER_IS_WORSE, List.of(INTERNATIONAL_POLITICS), true));
        l.add(rec("restricted_market_exposure", "share of exports to restricted markets × exports / sales",
                "restricted_market_share * exports / sales", PCT_SALES, HIGHER_IS_WORSE, List.of(INTERNATIONAL_POLITICS), true));
        l.add(rec("foreign_output_share", "output of foreign-invested firms / gross output × 100",
                "foreign_output_share", PCT, HIGHER_IS_WORSE, List.of(INTERNATIONAL_POLITICS), true));
        // industrial innovation
        l.add(rec("new_product_share", "new-product sales / sales × 100",
                "new_product_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(INDUSTRIAL_INNOVATION), false));
        l.add(rec("obm_share", "own-brand sales / sales × 100",
                "obm_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(LOCK_IN_OUTCOME, SNAKE_PATH), false));
        l.add(rec("odm_share", "ODM sales / sales × 100",
                "odm_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(INDUSTRIAL_INNOVATION), false));
        l.add(rec("oem_share", "OEM sales / sales × 100",
                "oem_sales / sales * 100", PCT, HIGHER_IS_WORSE, List.of(VALUE_CAPTURE), false));
        // domestic-demand advantage
        l.add(rec("domestic_sales_share", "domestic sales / sales × 100",
                "domestic_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(DOMESTIC_DEMAND), false));
        l.add(rec("domestic_sales_growth",
                "(domestic sales / previous year's domestic sales − 1) × 100, at current prices",
                "(domestic_sales / lag(domestic_sales) - 1) * 100", PCT_YEAR, HIGHER_IS_BETTER,
                List.of(DOMESTIC_DEMAND), false));
        l.add(rec("ecommerce_share", "e-commerce sales / sales × 100",
                "ecommerce_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(DOMESTIC_DEMAND), false));
        // spider path
        l.add(rec("market_turnover_ratio", "specialised-market turnover / gross output",
                "market_turnover / gross_output", RATIO, HIGHER_IS_BETTER, List.of(SPIDER_PATH), false));
        l.add(rec("local_sourcing_share", "locally sourced intermediates / (gross output − value added) × 100",
                "local_sourcing / (gross_output - value_added) * 100", PCT, HIGHER_IS_BETTER, List.of(SPIDER_PATH), false));
        l.add(rec("firm_count", "firms",
                "firms", FIRMS, HIGHER_IS_BETTER, List.of(SPIDER_PATH), false));
        l.add(rec("cr4_competition", "sales of the four largest firms / sales × 100",
                "top4_sales / sales * 100", PCT, HIGHER_IS_WORSE, List.of(SPIDER_PATH), false));
        // snake path
        l.add(rec("lead_firm_count", "lead firms",
                "lead_firms", FIRMS, HIGHER_IS_BETTER, List.of(SNAKE_PATH), false));
        l.add(rec("cr4_lead_firm", "sales of the four largest firms / sales × 100",
                "top4_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(SNAKE_PATH), false));
        l.add(rec("processing_trade_share", "processing-trade exports / exports × 100",
                "processing_exports / exports * 100", PCT, HIGHER_IS_WORSE, List.of(SNAKE_PATH), false));
        // value capture
        l.add(rec("value_added_rate", "value added / gross output × 100",
                "value_added / gross_output * 100", PCT, HIGHER_IS_BETTER, List.of(LOCK_IN_OUTCOME), false));
        l.add(rec("export_price_position", "export unit value / national average unit value of the same products × 100",
                "export_price_position", Msg.of("indicator.unit.pct_of_average"), HIGHER_IS_BETTER,
                List.of(LOCK_IN_OUTCOME), false));
        l.add(new Indicator("dva_share_of_exports", Msg.of("indicator.name.dva_share_of_exports"),
                "DVA / GEXP of the linked region-sector (Borin & Mancini 2019, exporter/source)", PCT, HIGHER_IS_BETTER,
                List.of(LOCK_IN_OUTCOME), Msg.of("indicator.source.dva_share_of_exports"), MethodsSection.IO_EVIDENCE, false, null));
        l.add(rec("value_added_growth", "(value added / previous year's value added − 1) × 100, at current prices",
                "(value_added / lag(value_added) - 1) * 100", PCT_YEAR, HIGHER_IS_BETTER, List.of(VALUE_CAPTURE), false));
        l.add(rec("output_growth", "(gross output / previous year's gross output − 1) × 100, at current prices",
                "(gross_output / lag(gross_output) - 1) * 100", PCT_YEAR, HIGHER_IS_BETTER, List.of(VALUE_CAPTURE), false));
        // agglomeration: need data beyond one cluster's record (see Agglomeration)
        l.add(new Indicator("location_quotient", Msg.of("indicator.name.location_quotient"),
                "LQ = (e_ij / e_j) / (e_i / e): e_ij employment in industry i of region j, e_j all employment of region j, "
                        + "e_i national employment in industry i, e national employment",
                RATIO, HIGHER_IS_BETTER, List.of(AGGLOMERATION), agglomeration("location_quotient"), MethodsSection.AGGLOMERATION, false, null));
        l.add(new Indicator("herfindahl", Msg.of("indicator.name.herfindahl"),
                "H = Σ_k s_k², s_k = firm k's share of the cluster's sales", INDEX01, HIGHER_IS_WORSE,
                List.of(AGGLOMERATION), agglomeration("herfindahl"), MethodsSection.AGGLOMERATION, true, null));
        l.add(new Indicator("herfindahl_normalised", Msg.of("indicator.name.herfindahl_normalised"),
                "H* = (H − 1/n) / (1 − 1/n), n firms", INDEX01, HIGHER_IS_WORSE, List.of(AGGLOMERATION),
                agglomeration("herfindahl_normalised"), MethodsSection.AGGLOMERATION, true, null));
        l.add(new Indicator("ellison_glaeser", Msg.of("indicator.name.ellison_glaeser"),
                "γ = [G − (1 − Σ_j x_j²) H] / [(1 − Σ_j x_j²)(1 − H)], G = Σ_j (s_j − x_j)²", INDEX01, HIGHER_IS_BETTER,
                List.of(AGGLOMERATION), agglomeration("ellison_glaeser"), MethodsSection.AGGLOMERATION, true, null));
        ALL = List.copyOf(l);
        Map<String, Indicator> m = new LinkedHashMap<>();
        Map<String, Expr> parsed = new LinkedHashMap<>();
        for (Indicator i : ALL) {
            if (m.put(i.id(), i) != null) {
                throw new IllegalStateException("duplicate indicator id " + i.id());
            }
            if (i.expression() != null) {
                parsed.put(i.id(), FormulaParser.parse(i.expression()));
            }
        }
        BY_ID = Collections.unmodifiableMap(m);
        PARSED = Collections.unmodifiableMap(parsed);
    }

    private IndicatorCatalogue() {
    }

    /**
     * A per-record indicator: its name ({@code indicator.name.<id>}) and source ({@code indicator.source.<id>}) come
     * from the indicator text bundle; its method is the cluster model's "Indicators" section.
     */
    private static Indicator rec(String id, String formula, String expression, LocalizedText unit, Polarity polarity,
                                 List<Group> groups, boolean assumption) {
        return new Indicator(id, Msg.of("indicator.name." + id), formula, unit, polarity, groups,
                Msg.of("indicator.source." + id), MethodsSection.INDICATORS, assumption, expression);
    }

    /** The source and method of an agglomeration measure (computed beyond one record, see {@link Agglomeration}). */
    private static LocalizedText agglomeration(String id) {
        return Msg.of("indicator.source." + id);
    }

    /** Every catalogue indicator, in catalogue order. */
    public static List<Indicator> all() {
        return ALL;
    }

    /** The indicator with this id, if any. */
    public static Optional<Indicator> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The indicator with this id; throws {@link IllegalArgumentException} naming the id when there is none. */
    public static Indicator get(String id) {
        Indicator i = BY_ID.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown indicator id: " + id);
        }
        return i;
    }

    /** The indicators informing a factor or path, in catalogue order. */
    public static List<Indicator> of(Group g) {
        return ALL.stream().filter(i -> i.informs(g)).toList();
    }

    static Expr parsed(String id) {
        Expr e = PARSED.get(id);
        if (e == null) {
            throw new IllegalArgumentException("indicator " + id + " has no per-record formula");
        }
        return e;
    }
}
