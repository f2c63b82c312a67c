package org.gvclab.core.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * The catalogue of every field a cluster's yearly record holds (docs/model.md, "Data"), in form order. Ids are stable:
 * CSV headers, Excel columns, indicator formulas and user formulas refer to them.
 *
 * <p>Export shares by destination are eight fixed destination groups ({@link #DESTINATION_SHARES}); that grouping
 * is our choice (*assumption*) and is what the destination Herfindahl index is computed over.
 */
public final class FieldCatalogue {

    public static final String FIRMS = "firms";
    public static final String LEAD_FIRMS = "lead_firms";
    public static final String EMPLOYEES = "employees";
    public static final String GROSS_OUTPUT = "gross_output";
    public static final String VALUE_ADDED = "value_added";
    public static final String SALES = "sales";
    public static final String DOMESTIC_SALES = "domestic_sales";
    public static final String EXPORTS = "exports";
    public static final String PROCESSING_EXPORTS = "processing_exports";
    public static final String IMPORTED_INTERMEDIATES = "imported_intermediates";
    public static final String LOCAL_SOURCING = "local_sourcing";
    public static final String RD_EXPENDITURE = "rd_expenditure";
    public static final String RD_PERSONNEL = "rd_personnel";
    public static final String INVENTION_PATENTS = "invention_patents";
    public static final String NEW_PRODUCT_SALES = "new_product_sales";
    public static final String OBM_SALES = "obm_sales";
    public static final String ODM_SALES = "odm_sales";
    public static final String OEM_SALES = "oem_sales";
    public static final String TOP4_SALES = "top4_sales";
    public static final String MARKET_TURNOVER = "market_turnover";
    public static final String ECOMMERCE_SALES = "ecommerce_sales";
    public static final String STANDARDS_LED = "standards_led";
    public static final String CERTIFIED_FIRMS = "certified_firms";
    public static final String RESTRICTED_MARKET_SHARE = "restricted_market_share";
    public static final String FOREIGN_OUTPUT_SHARE = "foreign_output_share";
    public static final String PUBLIC_SUPPORT = "public_support";
    public static final String STRATEGIC_ALIGNMENT = "strategic_alignment";
    /** Compensation of employees (wages, salaries, social contributions): splits value added into labour and capital. */
    public static final String LABOUR_COMPENSATION = "labour_compensation";
    /** Export unit value relative to the national average for the same products, 100 = average (price position). */
    public static final String EXPORT_PRICE_POSITION = "export_price_position";
    /** Sales in a related new chain of higher value (chain upgrading), e.g. technical textiles for a socks cluster. */
    public static final String RELATED_CHAIN_SALES = "related_chain_sales";

    /** The eight destination-share fields, in order; their sum must not exceed 100 %. */
    public static final List<String> DESTINATION_SHARES = List.of(
            "dest_north_america", "dest_eu_uk", "dest_japan_korea", "dest_asean", "dest_other_asia",
            "dest_latin_america", "dest_africa_middle_east", "dest_other");

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final LocalizedText NO_UNIT = LocalizedText.of("");
    private static final LocalizedText PERSONS = Msg.of("cluster.unit.persons");
    private static final LocalizedText FIRMS_UNIT = Msg.of("cluster.unit.firms");
    private static final LocalizedText ITEMS = Msg.of("cluster.unit.items");
    private static final LocalizedText PERCENT = Msg.of("cluster.unit.percent");
    private static final LocalizedText SCALE = Msg.of("cluster.unit.scale_1_5");

    private static final List<Field> ALL;
    private static final Map<String, Field> BY_ID;
    private static final Map<String, Integer> POSITION;

    static {
        List<Field> f = new ArrayList<>();
        f.add(count(FIRMS, "企业数", "Firms", true, "集群内企业总数（含规模以下）", "All firms in the cluster, small ones included", FIRMS_UNIT));
        f.add(count(LEAD_FIRMS, "龙头企业数", "Lead firms", false,
                "营业收入超过地方设定门槛的企业数", "Firms above the revenue threshold the jurisdiction sets", FIRMS_UNIT));
        f.add(count(EMPLOYEES, "从业人员", "Employees", true, "年平均从业人员数", "Average persons employed in the year", PERSONS));
        f.add(money(GROSS_OUTPUT, "工业总产值", "Gross output", true, "当年价格", "At current prices"));
        f.add(money(VALUE_ADDED, "工业增加值", "Value added", false, "当年价格，不超过总产值", "At current prices; at most gross output"));
        f.add(money(SALES, "销售收入", "Sales", true, "营业收入（主营业务）", "Operating revenue from the cluster's products"));
        f.add(money(DOMESTIC_SALES, "内销额", "Domestic sales", false, "国内市场销售额", "Sales on the home market"));
        f.add(money(EXPORTS, "出口额", "Exports", false, "出口交货值", "Export delivery value"));
        f.add(money(PROCESSING_EXPORTS, "加工贸易出口额", "Processing-trade exports", false,
                "来料加工与进料加工出口，不超过出口额", "Exports under processing trade; at most exports"));
        f.add(money(IMPORTED_INTERMEDIATES, "进口中间投入", "Imported intermediates", false,
                "进口的原材料、零部件", "Materials and parts imported from abroad"));
        f.add(money(LOCAL_SOURCING, "本地采购中间投入", "Locally sourced intermediates", false,
                "在本地（县市）采购的原材料、零部件", "Materials and parts bought inside the county or city"));
        f.add(money(RD_EXPENDITURE, "研发经费", "R&D expenditure", false, "R&D 经费内部支出", "Intramural R&D expenditure"));
        f.add(count(RD_PERSONNEL, "研发人员", "R&D personnel", false, "R&D 人员数，不超过从业人员", "Persons in R&D; at most employees", PERSONS));
        f.add(count(INVENTION_PATENTS, "发明专利授权数", "Invention patents granted", false,
                "当年授权的发明专利", "Invention patents granted in the year", ITEMS));
        f.add(money(NEW_PRODUCT_SALES, "新产品销售收入", "New-product sales", false, "不超过销售收入", "At most sales"));
        f.add(money(OBM_SALES, "自有品牌销售额 (OBM)", "Own-brand sales (OBM)", false,
                "以自有品牌销售", "Sold under the firms' own brands"));
        f.add(money(ODM_SALES, "原始设计制造销售额 (ODM)", "ODM sales", false,
                "为他人品牌设计并制造", "Designed and made for others' brands"));
        f.add(money(OEM_SALES, "贴牌代工销售额 (OEM)", "OEM sales", false,
                "按客户设计代工", "Made to the buyer's design"));
        f.add(money(TOP4_SALES, "前四大企业销售额", "Sales of the four largest firms", false,
                "用于计算 CR4，不超过销售收入", "For CR4; at most sales"));
        f.add(money(MARKET_TURNOVER, "专业市场成交额", "Specialised-market turnover", false,
                "本地专业市场年成交额（可超过产值）", "Yearly turnover of the local specialised market (may exceed output)"));
        f.add(money(ECOMMERCE_SALES, "电子商务销售额", "E-commerce sales", false, "网络零售与 B2B 线上销售", "Online retail and B2B sales"));
        f.add(count(STANDARDS_LED, "主导或参与制定标准数", "Standards led or co-drafted", false,
                "当年主导或参与制定的国际、国家、行业标准", "International, national or industry standards led or co-drafted in the year", ITEMS));
        f.add(count(CERTIFIED_FIRMS, "获国际认证企业数", "Firms with international certifications", false,
                "如 ISO 9001、CE、UL，不超过企业数", "E.g. ISO 9001, CE, UL; at most firms", FIRMS_UNIT));
        String[][] dest = {
                {"北美", "North America"}, {"欧盟及英国", "EU and UK"}, {"日本和韩国", "Japan and Korea"},
                {"东盟", "ASEAN"}, {"亚洲其他", "Other Asia"}, {"拉丁美洲", "Latin America"},
                {"非洲和中东", "Africa and Middle East"}, {"其他", "Other"}};
        for (int i = 0; i < DESTINATION_SHARES.size(); i++) {
            f.add(percent(DESTINATION_SHARES.get(i), "出口占比：" + dest[i][0], "Export share: " + dest[i][1],
                    "占出口额的百分比；各目的地合计不超过 100", "Percent of exports; all destinations add up to at most 100"));
        }
        f.add(percent(RESTRICTED_MARKET_SHARE, "对设限市场出口占比", "Exports to markets with trade restrictions",
                "出口中面向对本产品设有贸易限制（加征关税、反倾销、出口管制等）市场的百分比",
                "Percent of exports going to markets that restrict this product (extra tariffs, anti-dumping, controls)"));
        f.add(percent(FOREIGN_OUTPUT_SHARE, "外资企业产值占比", "Output share of foreign-invested firms",
                "外商及港澳台投资企业产值占总产值的百分比", "Percent of gross output made by foreign-invested firms"));
        f.add(money(PUBLIC_SUPPORT, "政府扶持资金", "Public support spending", false,
                "当年各级财政对集群的扶持资金", "Public funds spent on the cluster in the year, all levels"));
        f.add(new Field(STRATEGIC_ALIGNMENT, Msg.of("cluster.field.strategic_alignment"),
                FieldKind.RATING, SCALE, 1, 5, false,
                Msg.of("cluster.hint.strategic_alignment")));
        // fields added with the cluster model v2 (docs/model.md): labels and hints from the cluster text bundle
        f.add(bundled(LABOUR_COMPENSATION, FieldKind.MONEY, NO_UNIT, 0, INF));
        f.add(bundled(EXPORT_PRICE_POSITION, FieldKind.PERCENT, PERCENT, 0, 1000));
        f.add(bundled(RELATED_CHAIN_SALES, FieldKind.MONEY, NO_UNIT, 0, INF));
        ALL = List.copyOf(f);
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field field : ALL) {
            if (m.put(field.id(), field) != null) {
                throw new IllegalStateException("duplicate field id " + field.id());
            }
        }
        BY_ID = Collections.unmodifiableMap(m);
        Map<String, Integer> pos = new java.util.HashMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            pos.put(ALL.get(i).id(), i);
        }
        POSITION = Collections.unmodifiableMap(pos);
    }

    /** The position of a field in catalogue order, or −1 for an unknown id. */
    static int position(String id) {
        Integer p = POSITION.get(id);
        return p == null ? -1 : p;
    }

    private FieldCatalogue() {
    }

    /** Every field, in form order. */
    public static List<Field> all() {
        return ALL;
    }

    /** The field with this id, if any. */
    public static Optional<Field> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The field with this id; throws {@link IllegalArgumentException} naming the id when there is none. */
    public static Field get(String id) {
        Field f = BY_ID.get(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown field id: " + id);
        }
        return f;
    }

    /** Whether a field with this id exists. */
    public static boolean contains(String id) {
        return BY_ID.containsKey(id);
    }

    private static Field bundled(String id, FieldKind kind, LocalizedText unit, double min, double max) {
        return new Field(id, Msg.of("cluster.field." + id + ".label"), kind, unit, min, max, false,
                Msg.of("cluster.field." + id + ".hint"));
    }

    private static Field money(String id, String zh, String en, boolean required, String hintZh, String hintEn) {
        return new Field(id, new LocalizedText(zh, en), FieldKind.MONEY, NO_UNIT, 0, INF, required,
                new LocalizedText(hintZh, hintEn));
    }

    private static Field count(String id, String zh, String en, boolean required, String hintZh, String hintEn,
                               LocalizedText unit) {
        return new Field(id, new LocalizedText(zh, en), FieldKind.COUNT, unit, 0, INF, required,
                new LocalizedText(hintZh, hintEn));
    }

    private static Field percent(String id, String zh, String en, String hintZh, String hintEn) {
        return new Field(id, new LocalizedText(zh, en), FieldKind.PERCENT, PERCENT, 0, 100, false,
                new LocalizedText(hintZh, hintEn));
    }
}
