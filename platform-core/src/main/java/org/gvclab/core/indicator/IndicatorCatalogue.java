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
import org.gvclab.core.base.Msg;
import org.gvclab.core.cluster.FieldCatalogue;

/**
 * The indicator catalogue (docs/model.md, "Indicators"): the outcomes of lock-in, the driver indicators of the five
 * factors, the domestic-demand advantage, the spider and snake paths, value capture, policy inputs (reported, never
 * scored) and the agglomeration measures. Per-record indicators carry a
 * machine formula over {@link FieldCatalogue} ids that {@link IndicatorEvaluator} evaluates with provenance.
 */
public final class IndicatorCatalogue {

    private static final LocalizedText PCT = new LocalizedText("%", "%");
    private static final LocalizedText PCT_SALES = new LocalizedText("占销售收入 %", "% of sales");
    private static final LocalizedText PCT_YEAR = new LocalizedText("%/年", "% per year");
    private static final LocalizedText RATIO = new LocalizedText("比值", "ratio");
    private static final LocalizedText INDEX01 = new LocalizedText("指数 0–1", "index 0–1");
    private static final String M2 = "docs/model.md, Indicators";

    private static final List<Indicator> ALL;
    private static final Map<String, Indicator> BY_ID;
    private static final Map<String, Expr> PARSED;

    static {
        List<Indicator> l = new ArrayList<>();
        // technology gap
        l.add(rec("rd_intensity", "研发强度", "R&D intensity", "R&D expenditure / gross output × 100",
                "rd_expenditure / gross_output * 100", PCT, HIGHER_IS_BETTER, List.of(TECHNOLOGY_GAP),
                "OECD Frascati Manual (2015), R&D intensity; " + M2, false));
        l.add(rec("patents_per_10k_employees", "每万名从业人员发明专利授权数", "Invention patents per 10,000 employees",
                "invention patents granted / employees × 10,000", "invention_patents / employees * 10000",
                new LocalizedText("件/万人", "per 10,000 employees"), HIGHER_IS_BETTER, List.of(TECHNOLOGY_GAP), M2, false));
        l.add(rec("labour_productivity", "劳动生产率", "Labour productivity", "value added / employees",
                "value_added / employees", new LocalizedText("金额单位/人", "money unit per person"), HIGHER_IS_BETTER,
                List.of(TECHNOLOGY_GAP), M2 + " (compared with the benchmark set)", false));
        l.add(bundled("imported_input_dependence", "imported intermediates / (gross output − value added) × 100",
                "imported_intermediates / (gross_output - value_added) * 100", PCT, HIGHER_IS_WORSE,
                List.of(TECHNOLOGY_GAP), false));
        l.add(rec("rd_personnel_share", "研发人员占比", "R&D personnel share", "R&D personnel / employees × 100",
                "rd_personnel / employees * 100", PCT, HIGHER_IS_BETTER, List.of(TECHNOLOGY_GAP),
                "OECD Frascati Manual (2015), R&D personnel", false));
        // rules and standards
        l.add(rec("standards_per_100_firms", "每百家企业主导或参与制定标准数", "Standards led per 100 firms",
                "standards led or co-drafted / firms × 100", "standards_led / firms * 100",
                new LocalizedText("项/百家企业", "per 100 firms"), HIGHER_IS_BETTER, List.of(RULES_AND_STANDARDS), M2, false));
        l.add(rec("certified_firm_share", "获国际认证企业占比", "Share of firms with international certifications",
                "firms with international certifications / firms × 100", "certified_firms / firms * 100", PCT,
                HIGHER_IS_BETTER, List.of(RULES_AND_STANDARDS), M2, false));
        // national strategy
        l.add(rec("strategic_alignment", "战略契合度", "Strategic alignment", "strategic-alignment rating (1–5)",
                "strategic_alignment", new LocalizedText("1–5 分", "1–5 scale"), HIGHER_IS_BETTER,
                List.of(NATIONAL_STRATEGY), M2, false));
        l.add(bundled("public_support_per_va", "public support spending / value added × 100",
                "public_support / value_added * 100", Msg.of("indicator.unit.pct_of_va"), HIGHER_IS_WORSE,
                List.of(POLICY_INPUT), false));
        // international politics
        l.add(rec("export_dependence", "出口依赖度", "Export dependence", "exports / sales × 100",
                "exports / sales * 100", PCT, HIGHER_IS_WORSE, List.of(INTERNATIONAL_POLITICS), M2, false));
        l.add(rec("destination_hhi", "出口目的地集中度 (HHI)", "Destination concentration (HHI)",
                "Σ (destination share / 100)² over the destinations entered",
                "sumsq(" + String.join(", ", FieldCatalogue.DESTINATION_SHARES) + ") / 10000", INDEX01, HIGHER_IS_WORSE,
                List.of(INTERNATIONAL_POLITICS), M2 + "; Herfindahl–Hirschman index over eight destination groups "
                        + "(the grouping is our assumption)", true));
        l.add(rec("restricted_market_exposure", "设限市场暴露度", "Exposure to restricted markets",
                "share of exports to restricted markets × exports / sales",
                "restricted_market_share * exports / sales", PCT_SALES, HIGHER_IS_WORSE,
                List.of(INTERNATIONAL_POLITICS), M2 + "; expressed as a share of sales (our assumption)", true));
        l.add(rec("foreign_output_share", "外资企业产值占比", "Foreign-invested output share",
                "output of foreign-invested firms / gross output × 100", "foreign_output_share", PCT, HIGHER_IS_WORSE,
                List.of(INTERNATIONAL_POLITICS), M2 + "; polarity (dependence on foreign lead firms) is our assumption", true));
        // industrial innovation
        l.add(rec("new_product_share", "新产品销售占比", "New-product sales share", "new-product sales / sales × 100",
                "new_product_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(INDUSTRIAL_INNOVATION), M2, false));
        l.add(rec("obm_share", "自有品牌 (OBM) 销售占比", "OBM share", "own-brand sales / sales × 100",
                "obm_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(LOCK_IN_OUTCOME, SNAKE_PATH),
                M2 + "; OEM → ODM → OBM after Gereffi (1999)", false));
        l.add(rec("odm_share", "ODM 销售占比", "ODM share", "ODM sales / sales × 100", "odm_sales / sales * 100", PCT,
                HIGHER_IS_BETTER, List.of(INDUSTRIAL_INNOVATION), M2, false));
        l.add(rec("oem_share", "OEM 代工销售占比", "OEM share", "OEM sales / sales × 100", "oem_sales / sales * 100",
                PCT, HIGHER_IS_WORSE, List.of(VALUE_CAPTURE), "OEM → ODM → OBM after Gereffi (1999)", false));
        // domestic-demand advantage
        l.add(rec("domestic_sales_share", "内销占比", "Domestic sales share", "domestic sales / sales × 100",
                "domestic_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(DOMESTIC_DEMAND), M2, false));
        l.add(bundled("domestic_sales_growth",
                "(domestic sales / previous year's domestic sales − 1) × 100, at current prices",
                "(domestic_sales / lag(domestic_sales) - 1) * 100", PCT_YEAR, HIGHER_IS_BETTER,
                List.of(DOMESTIC_DEMAND), false));
        l.add(rec("ecommerce_share", "电子商务销售占比", "E-commerce share", "e-commerce sales / sales × 100",
                "ecommerce_sales / sales * 100", PCT, HIGHER_IS_BETTER, List.of(DOMESTIC_DEMAND), M2, false));
        // spider path
        l.add(rec("market_turnover_ratio", "专业市场成交额与产值之比", "Specialised-market turnover / output",
                "specialised-market turnover / gross output", "market_turnover / gross_output", RATIO,
                HIGHER_IS_BETTER, List.of(SPIDER_PATH), M2, false));
        l.add(rec("local_sourcing_share", "本地采购占比", "Local sourcing share",
                "locally sourced intermediates / (gross output − value added) × 100",
                "local_sourcing / (gross_output - value_added) * 100", PCT, HIGHER_IS_BETTER, List.of(SPIDER_PATH), M2, false));
        l.add(rec("firm_count", "企业数", "Firm count", "firms", "firms", new LocalizedText("家", "firms"),
                HIGHER_IS_BETTER, List.of(SPIDER_PATH), M2, false));
        l.add(rec("cr4_competition", "CR4（竞争视角）", "CR4 (competition view)",
                "sales of the four largest firms / sales × 100", "top4_sales / sales * 100", PCT, HIGHER_IS_WORSE,
                List.of(SPIDER_PATH), M2 + ": low CR4 = competitive platform", false));
        // snake path
        l.add(rec("lead_firm_count", "龙头企业数", "Lead firms", "lead firms", "lead_firms",
                new LocalizedText("家", "firms"), HIGHER_IS_BETTER, List.of(SNAKE_PATH), M2, false));
        l.add(rec("cr4_lead_firm", "CR4（链主视角）", "CR4 (lead-firm view)",
                "sales of the four largest firms / sales × 100", "top4_sales / sales * 100", PCT, HIGHER_IS_BETTER,
                List.of(SNAKE_PATH), M2 + ": high CR4 = lead firm emerging", false));
        l.add(rec("processing_trade_share", "加工贸易出口占比", "Processing-trade share",
                "processing-trade exports / exports × 100", "processing_exports / exports * 100", PCT,
                HIGHER_IS_WORSE, List.of(SNAKE_PATH), M2, false));
        // value capture
        l.add(rec("value_added_rate", "增加值率", "Value-added rate", "value added / gross output × 100",
                "value_added / gross_output * 100", PCT, HIGHER_IS_BETTER, List.of(LOCK_IN_OUTCOME), M2, false));
        l.add(bundled("export_price_position", "export unit value / national average unit value of the same products × 100",
                "export_price_position", Msg.of("indicator.unit.pct_of_average"), HIGHER_IS_BETTER,
                List.of(LOCK_IN_OUTCOME), false));
        l.add(new Indicator("dva_share_of_exports", Msg.of("indicator.name.dva_share_of_exports"),
                "DVA / GEXP of the linked region-sector (Borin & Mancini 2019, exporter/source)", PCT, HIGHER_IS_BETTER,
                List.of(LOCK_IN_OUTCOME), Msg.of("indicator.source.dva_share_of_exports").en(), false, null));
        l.add(bundled("value_added_growth", "(value added / previous year's value added − 1) × 100, at current prices",
                "(value_added / lag(value_added) - 1) * 100", PCT_YEAR, HIGHER_IS_BETTER, List.of(VALUE_CAPTURE), false));
        l.add(bundled("output_growth", "(gross output / previous year's gross output − 1) × 100, at current prices",
                "(gross_output / lag(gross_output) - 1) * 100", PCT_YEAR, HIGHER_IS_BETTER, List.of(VALUE_CAPTURE), false));
        // agglomeration: need data beyond one cluster's record (see Agglomeration)
        l.add(new Indicator("location_quotient", new LocalizedText("区位商", "Location quotient"),
                "LQ = (e_ij / e_j) / (e_i / e): e_ij employment in industry i of region j, e_j all employment of region j, "
                        + "e_i national employment in industry i, e national employment",
                RATIO, HIGHER_IS_BETTER, List.of(AGGLOMERATION), M2 + "; Miller & Blair (2009) ch. 8", false, null));
        l.add(new Indicator("herfindahl", new LocalizedText("赫芬达尔指数", "Herfindahl index"),
                "H = Σ_k s_k², s_k = firm k's share of the cluster's sales", INDEX01, HIGHER_IS_WORSE,
                List.of(AGGLOMERATION), M2 + "; polarity (concentration lowers competition) is our assumption", true, null));
        l.add(new Indicator("herfindahl_normalised", new LocalizedText("标准化赫芬达尔指数", "Normalised Herfindahl index"),
                "H* = (H − 1/n) / (1 − 1/n), n firms", INDEX01, HIGHER_IS_WORSE, List.of(AGGLOMERATION),
                M2 + "; polarity is our assumption", true, null));
        l.add(new Indicator("ellison_glaeser", new LocalizedText("Ellison–Glaeser 集聚指数", "Ellison–Glaeser index"),
                "γ = [G − (1 − Σ_j x_j²) H] / [(1 − Σ_j x_j²)(1 − H)], G = Σ_j (s_j − x_j)²", INDEX01, HIGHER_IS_BETTER,
                List.of(AGGLOMERATION), "Ellison & Glaeser (1997), JPE 105(5): 889–927; polarity is our assumption", true, null));
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

    /** An indicator whose name and source come from the indicator text bundle ({@code indicator.name.<id>}). */
    private static Indicator bundled(String id, String formula, String expression, LocalizedText unit, Polarity polarity,
                                     List<Group> groups, boolean assumption) {
        return new Indicator(id, Msg.of("indicator.name." + id), formula, unit, polarity, groups,
                Msg.of("indicator.source." + id).en(), assumption, expression);
    }

    private static Indicator rec(String id, String zh, String en, String formula, String expression, LocalizedText unit,
                                 Polarity polarity, List<Group> groups, String source, boolean assumption) {
        return new Indicator(id, new LocalizedText(zh, en), formula, unit, polarity, groups, source, assumption, expression);
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
