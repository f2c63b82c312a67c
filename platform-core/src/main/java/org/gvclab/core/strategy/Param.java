package org.gvclab.core.strategy;

import static org.gvclab.core.strategy.Distribution.FIXED;
import static org.gvclab.core.strategy.Distribution.TRIANGULAR;
import static org.gvclab.core.strategy.ParameterGroup.CAPABILITY;
import static org.gvclab.core.strategy.ParameterGroup.DEMAND;
import static org.gvclab.core.strategy.ParameterGroup.FUNCTIONAL_MIX;
import static org.gvclab.core.strategy.ParameterGroup.LEVER_EFFECTS;
import static org.gvclab.core.strategy.ParameterGroup.POLICY;
import static org.gvclab.core.strategy.ParameterGroup.VALUE_ADDED;

import org.gvclab.core.base.LocalizedText;

/**
 * The catalogue of the projection model's parameters, with generic defaults ({@link ParameterSet#defaults()}).
 * The ordinal indexes the value vector the model reads; the id is what scenarios and overrides use. Every default
 * is an *assumption* unless its source says otherwise; "dose" is a lever's yearly budget in percent of the base
 * year's value added.
 */
enum Param {

    // ---- demand and output
    DOMESTIC_DEMAND_GROWTH("domestic_demand_growth", DEMAND, "内需增长率", "Domestic demand growth",
            Units.PCT_YEAR, 5, -20, 30, TRIANGULAR, 2, 8,
            "国内市场对集群产品需求的年增长率 g_D（不含政策拉动）",
            "Yearly growth g_D of home-market demand for the cluster's products, before any lever"),
    EXPORT_DEMAND_GROWTH("export_demand_growth", DEMAND, "外需增长率", "Export demand growth",
            Units.PCT_YEAR, 3, -20, 30, TRIANGULAR, -1, 7,
            "出口需求的年增长率 g_X（设限与非设限市场相同，冲击另计）",
            "Yearly growth g_X of export demand, the same for restricted and other markets (the shock comes on top)"),
    LABOUR_PRODUCTIVITY_GROWTH("labour_productivity_growth", DEMAND, "劳动生产率增长率", "Labour productivity growth",
            Units.PCT_YEAR, 3, -5, 15, TRIANGULAR, 1, 6,
            "每名从业人员产值的年增长率；就业 = 产值 / 劳动生产率",
            "Yearly growth of output per employee; jobs = output / labour productivity"),

    // ---- capability stocks
    RD_DEPRECIATION("rd_depreciation", CAPABILITY, "研发资本折旧率", "R&D capital depreciation",
            Units.PCT_YEAR, 15, 1, 60, TRIANGULAR, 10, 20,
            "永续盘存 K_{t+1} = (1 − δ) K_t + R_t 中的 δ_R&D",
            "δ of the perpetual inventory K_{t+1} = (1 − δ) K_t + R_t for R&D capital", false,
            "研发资本文献的常用取值 15%（METHODS.md §5）；区间为假设",
            "15 % is a common choice in the R&D capital literature (METHODS.md §5); the range is an assumption"),
    RD_PRESAMPLE_GROWTH("rd_presample_growth", CAPABILITY, "基年前研发增长率", "Pre-sample R&D growth",
            Units.PCT_YEAR, 5, 0, 30, FIXED, 5, 5,
            "初始研发资本 K_0 = R_0 / (g + δ) 中的 g（稳态基准，Griliches 1980）",
            "g in the initial R&D capital K_0 = R_0 / (g + δ), the steady-state benchmark (Griliches 1980)"),
    BRAND_DEPRECIATION("brand_depreciation", CAPABILITY, "品牌资本折旧率", "Brand capital depreciation",
            Units.PCT_YEAR, 20, 1, 80, TRIANGULAR, 10, 40,
            "品牌资本永续盘存的折旧率 δ_B；初始品牌资本 K_B0 = M_0 / (g + δ_B)",
            "δ_B of the brand capital perpetual inventory; initial brand capital K_B0 = M_0 / (g + δ_B)"),
    BRAND_INVESTMENT_RATE("brand_investment_rate", CAPABILITY, "品牌投入率", "Brand investment rate",
            Units.PCT_OF_OBM, 5, 0, 30, TRIANGULAR, 2, 10,
            "现状下企业的品牌投入（广告、渠道、设计）占自有品牌销售额的比例 μ：M_t = μ · OBM 销售额",
            "Firms' own brand spending (advertising, channels, design) as a share μ of own-brand sales: M_t = μ · OBM sales"),
    COORDINATION_DEPRECIATION("coordination_depreciation", CAPABILITY, "协同资本折旧率", "Coordination capital depreciation",
            Units.PCT_YEAR, 20, 1, 80, TRIANGULAR, 10, 40,
            "合作与代工协同形成的组织能力（协同资本 K_C，基年为 0）的折旧率",
            "Depreciation of the organisational capability built by cooperation and contract-manufacturer coordination "
                    + "(coordination capital K_C, zero in the base year)"),
    CAPABILITY_FLOOR("capability_floor", CAPABILITY, "能力强度下限", "Capability intensity floor",
            Units.PCT_OF_OUTPUT, 1, 0.1, 20, FIXED, 1, 1,
            "能力响应 ℓ = ln((k_t + f) / (k_0 + f)) 中的 f（k = 资本 / 产值 × 100），使起点为零的集群也有有限响应",
            "f in the capability response ℓ = ln((k_t + f) / (k_0 + f)) (k = capital / output × 100), which keeps "
                    + "the response finite for a cluster starting from zero"),

    // ---- functional mix
    MIX_ADJUSTMENT_SPEED("mix_adjustment_speed", FUNCTIONAL_MIX, "功能结构调整速度", "Speed of functional adjustment",
            Units.PCT_OF_GAP, 20, 0, 100, TRIANGULAR, 10, 35,
            "每年 OEM/ODM/OBM 结构向目标结构靠拢的比例 λ：s_t = s_{t−1} + λ (s*_t − s_{t−1})",
            "Share λ of the gap to the target mix closed each year: s_t = s_{t−1} + λ (s*_t − s_{t−1})"),
    ODM_RESPONSE_RD("odm_response_rd", FUNCTIONAL_MIX, "ODM 对研发能力的响应", "ODM response to R&D capability",
            Units.PP_PER_LOG, 8, 0, 40, TRIANGULAR, 4, 12,
            "ODM 目标占比随研发资本强度 ℓ_R 的上升（百分点/对数点；研发资本强度翻倍 ≈ 0.69 对数点）",
            "Rise of the target ODM share per log point of R&D capital intensity ℓ_R (doubling ≈ 0.69 log points)"),
    OBM_RESPONSE_RD("obm_response_rd", FUNCTIONAL_MIX, "OBM 对研发能力的响应", "OBM response to R&D capability",
            Units.PP_PER_LOG, 3, 0, 40, TRIANGULAR, 1, 6,
            "OBM 目标占比随研发资本强度 ℓ_R 的上升", "Rise of the target OBM share per log point of ℓ_R"),
    OBM_RESPONSE_BRAND("obm_response_brand", FUNCTIONAL_MIX, "OBM 对品牌能力的响应", "OBM response to brand capability",
            Units.PP_PER_LOG, 8, 0, 40, TRIANGULAR, 4, 12,
            "OBM 目标占比随品牌资本强度 ℓ_B 的上升", "Rise of the target OBM share per log point of brand capital intensity ℓ_B"),
    ODM_RESPONSE_COORDINATION("odm_response_coordination", FUNCTIONAL_MIX, "ODM 对协同能力的响应",
            "ODM response to coordination capability", Units.PP_PER_LOG, 4, 0, 40, TRIANGULAR, 1, 8,
            "ODM 目标占比随协同资本强度 ℓ_C 的上升", "Rise of the target ODM share per log point of coordination capital ℓ_C"),
    OBM_RESPONSE_COORDINATION("obm_response_coordination", FUNCTIONAL_MIX, "OBM 对协同能力的响应",
            "OBM response to coordination capability", Units.PP_PER_LOG, 2, 0, 40, TRIANGULAR, 0, 5,
            "OBM 目标占比随协同资本强度 ℓ_C 的上升", "Rise of the target OBM share per log point of ℓ_C"),
    OBM_RESPONSE_DOMESTIC("obm_response_domestic", FUNCTIONAL_MIX, "OBM 对内销占比的响应", "OBM response to domestic sales",
            Units.PP_PER_PP, 0.2, 0, 2, TRIANGULAR, 0.05, 0.4,
            "内销占比每提高 1 个百分点，OBM 目标占比提高的百分点（本土市场让企业学习并建立品牌）",
            "Points of target OBM share per point of domestic sales share (a home market lets firms learn and build brands)"),
    OBM_RESPONSE_PLATFORM("obm_response_platform", FUNCTIONAL_MIX, "OBM 对电商占比的响应", "OBM response to e-commerce",
            Units.PP_PER_PP, 0.2, 0, 2, TRIANGULAR, 0.05, 0.4,
            "电商销售占比每提高 1 个百分点，OBM 目标占比提高的百分点（平台让小企业直接以自有品牌销售）",
            "Points of target OBM share per point of e-commerce share (platforms let small firms sell under their own brand)"),
    NEW_PRODUCT_RESPONSE_RD("new_product_response_rd", FUNCTIONAL_MIX, "新产品占比对研发能力的响应",
            "New-product response to R&D capability", Units.PP_PER_LOG, 10, 0, 40, TRIANGULAR, 5, 15,
            "新产品销售占比随 ℓ_R 的上升", "Rise of the new-product sales share per log point of ℓ_R"),
    OBM_SHARE_CAP("obm_share_cap", FUNCTIONAL_MIX, "OBM 占比上限", "OBM share ceiling",
            Units.PCT_OF_MIX, 60, 0, 100, FIXED, 60, 60,
            "OBM 目标占比（占 OEM+ODM+OBM）的上限；基年已超过时以基年为上限",
            "Ceiling of the target OBM share of OEM + ODM + OBM; the base-year share if that is higher"),
    DEFAULT_ODM_SHARE("default_odm_share", FUNCTIONAL_MIX, "未填报时的 ODM 占比", "ODM share when not entered",
            Units.PCT_OF_MIX, 20, 0, 100, FIXED, 20, 20,
            "集群未填报 OEM/ODM/OBM 销售额时采用的基年 ODM 占比", "Base-year ODM share used when OEM/ODM/OBM sales are not entered"),
    DEFAULT_OBM_SHARE("default_obm_share", FUNCTIONAL_MIX, "未填报时的 OBM 占比", "OBM share when not entered",
            Units.PCT_OF_MIX, 10, 0, 100, FIXED, 10, 10,
            "集群未填报 OEM/ODM/OBM 销售额时采用的基年 OBM 占比", "Base-year OBM share used when OEM/ODM/OBM sales are not entered"),

    // ---- value added
    ODM_VA_PREMIUM("odm_va_premium", VALUE_ADDED, "ODM 增加值率溢价", "ODM value-added premium",
            Units.TIMES_OEM, 1.3, 1, 4, TRIANGULAR, 1.1, 1.6,
            "ODM 环节增加值率相对 OEM 的倍数（微笑曲线）；OEM 增加值率按基年增加值率反推",
            "Value-added rate of ODM work relative to OEM (smile curve); the OEM rate is calibrated to the base-year rate"),
    OBM_VA_PREMIUM("obm_va_premium", VALUE_ADDED, "OBM 增加值率溢价", "OBM value-added premium",
            Units.TIMES_OEM, 1.7, 1, 5, TRIANGULAR, 1.3, 2.2,
            "OBM 环节增加值率相对 OEM 的倍数（微笑曲线）", "Value-added rate of own-brand sales relative to OEM (smile curve)"),

    RD_VALUE_ADDED_ELASTICITY("rd_value_added_elasticity", VALUE_ADDED, "增加值对研发资本的弹性",
            "Value-added elasticity of R&D capital", Units.ELASTICITY, 0.08, 0, 0.5, TRIANGULAR, 0.02, 0.15,
            "工艺与产品升级：增加值率乘以 exp(γ ℓ_R)，ℓ_R 为研发资本强度的对数变化",
            "Process and product upgrading: the value-added rate is multiplied by exp(γ ℓ_R), ℓ_R the log change of R&D "
                    + "capital intensity", true,
            "*假设*：取值位于 Hall、Mairesse 与 Mohnen (2010, Handbook of the Economics of Innovation 第 2 卷) 所综述的研发资本产出弹性估计范围内",
            "*assumption*: within the range of output elasticities of R&D capital surveyed by Hall, Mairesse & Mohnen "
                    + "(2010, Handbook of the Economics of Innovation, vol. 2)"),

    // ---- lever effects
    RD_SUBSIDY_ADDITIONALITY("rd_subsidy_additionality", LEVER_EFFECTS, "研发补贴的额外性", "R&D subsidy additionality",
            Units.PER_BUDGET, 1.0, 0, 3, TRIANGULAR, 0.5, 1.5,
            "每单位研发补贴带来的研发支出增量（< 1 挤出，> 1 挤入）", "Extra R&D spending per unit of R&D subsidy (< 1 crowding out, > 1 crowding in)"),
    SHARED_LABS_ADDITIONALITY("shared_labs_additionality", LEVER_EFFECTS, "共享实验室的研发额外性",
            "Shared-lab R&D additionality", Units.PER_BUDGET, 0.8, 0, 3, TRIANGULAR, 0.4, 1.2,
            "每单位共享实验室（公共研发、检测平台）投入计入集群研发资本的部分",
            "Part of each unit spent on shared labs (public R&D and testing platforms) that adds to the cluster's R&D"),
    SHARED_LABS_CERTIFICATION("shared_labs_certification", LEVER_EFFECTS, "共享实验室的认证效果",
            "Shared-lab certification effect", Units.PP_FIRMS_PER_DOSE, 2, 0, 20, TRIANGULAR, 0.5, 4,
            "每年每投入基年增加值 1%，获国际认证企业占比提高的百分点（检测认证服务）",
            "Points of firms with international certifications gained per year per 1 % of base value added (testing services)"),
    PATENT_SUPPORT_YIELD("patent_support_yield", LEVER_EFFECTS, "专利资助的产出效果", "Patent-support yield",
            Units.PCT_PER_DOSE, 30, 0, 200, TRIANGULAR, 10, 60,
            "每投入基年增加值 1%，当年单位研发的发明专利授权数提高的百分比",
            "Percent more invention patents per unit of R&D in a year per 1 % of base value added spent"),
    STANDARDS_LEADERSHIP_EFFECT("standards_leadership_effect", LEVER_EFFECTS, "标准引领效果", "Standards-leadership effect",
            Units.STANDARDS_PER_DOSE, 0.2, 0, 5, TRIANGULAR, 0.05, 0.5,
            "每投入基年增加值 1%，当年每百家企业多主导或参与制定的标准数",
            "Extra standards led or co-drafted per 100 firms in a year per 1 % of base value added"),
    BRAND_SUPPORT_ADDITIONALITY("brand_support_additionality", LEVER_EFFECTS, "品牌扶持的额外性",
            "Brand-support additionality", Units.PER_BUDGET, 1.0, 0, 3, TRIANGULAR, 0.5, 1.5,
            "每单位品牌扶持带来的品牌投入增量", "Extra brand spending per unit of brand support"),
    PLATFORM_ECOMMERCE_EFFECT("platform_ecommerce_effect", LEVER_EFFECTS, "平台建设的电商效果", "Platform e-commerce effect",
            Units.PP_SALES_PER_DOSE, 0.5, 0, 10, TRIANGULAR, 0.2, 1,
            "每年每投入基年增加值 1%，电商销售占比提高的百分点（上限 80%）",
            "Points of sales moved online per year per 1 % of base value added (capped at 80 %)"),
    PLATFORM_NEW_SALES("platform_new_sales", LEVER_EFFECTS, "平台新增销售的净增比例", "Platform net new sales",
            Units.PCT, 30, 0, 100, TRIANGULAR, 10, 50,
            "新增电商销售中属于净新增内需（而非渠道转移）的比例", "Share of the new e-commerce sales that is new home-market demand rather than diverted"),
    PLATFORM_MARKET_TURNOVER("platform_market_turnover", LEVER_EFFECTS, "平台建设的专业市场效果",
            "Platform market-turnover effect", Units.RATIO_PER_DOSE, 0.02, 0, 0.5, TRIANGULAR, 0, 0.05,
            "每年每投入基年增加值 1%，专业市场成交额与产值之比的提高",
            "Rise of specialised-market turnover / output per year per 1 % of base value added"),
    SUPPLIER_LOCAL_SOURCING("supplier_local_sourcing", LEVER_EFFECTS, "供应商培育的本地配套效果",
            "Supplier development: local sourcing", Units.PP_INPUTS_PER_DOSE, 2, 0, 20, TRIANGULAR, 0.5, 4,
            "每年每投入基年增加值 1%，中间投入本地采购占比提高的百分点",
            "Points of intermediate inputs sourced locally gained per year per 1 % of base value added"),
    SUPPLIER_IMPORT_SUBSTITUTION("supplier_import_substitution", LEVER_EFFECTS, "本地配套替代进口的比例",
            "Import substitution by local suppliers", Units.PCT, 50, 0, 100, TRIANGULAR, 20, 80,
            "本地采购占比的提高中替代进口中间投入的部分", "Part of the gain in local sourcing that replaces imported intermediates"),
    COOPERATION_CAPABILITY("cooperation_capability", LEVER_EFFECTS, "集群合作的协同能力", "Cooperation: coordination capital",
            Units.PER_BUDGET, 1.0, 0, 3, TRIANGULAR, 0.5, 1.5,
            "每单位集群合作（联盟、联合研发、共享设计）投入形成的协同资本", "Coordination capital built per unit spent on cluster cooperation (alliances, joint R&D, shared design)"),
    COOPERATION_LOCAL_SOURCING("cooperation_local_sourcing", LEVER_EFFECTS, "集群合作的本地配套效果",
            "Cooperation: local sourcing", Units.PP_INPUTS_PER_DOSE, 1, 0, 20, TRIANGULAR, 0, 2,
            "每年每投入基年增加值 1%，本地采购占比提高的百分点", "Points of inputs sourced locally gained per year per 1 % of base value added"),
    LEAD_FIRM_CULTIVATION_FIRMS("lead_firm_cultivation_firms", LEVER_EFFECTS, "龙头企业培育的数量效果",
            "Lead-firm cultivation: firms", Units.FIRMS_PER_DOSE, 0.5, 0, 10, TRIANGULAR, 0.2, 1,
            "每年每投入基年增加值 1%，新增的龙头企业数", "New lead firms per year per 1 % of base value added"),
    LEAD_FIRM_CULTIVATION_BRAND("lead_firm_cultivation_brand", LEVER_EFFECTS, "龙头企业培育的品牌效果",
            "Lead-firm cultivation: brand", Units.PER_BUDGET, 0.5, 0, 3, TRIANGULAR, 0.2, 0.8,
            "每单位龙头企业培育投入带来的品牌投入增量", "Extra brand spending per unit spent on lead-firm cultivation"),
    CM_COORDINATION_CAPABILITY("cm_coordination_capability", LEVER_EFFECTS, "代工协同的协同能力",
            "Contract-manufacturer coordination: capital", Units.PER_BUDGET, 1.0, 0, 3, TRIANGULAR, 0.5, 1.5,
            "每单位代工企业协同投入形成的协同资本（本地链主组织代工网络）",
            "Coordination capital built per unit spent on coordinating contract manufacturers (local lead firms run the network)"),
    CM_COORDINATION_PROCESSING("cm_coordination_processing", LEVER_EFFECTS, "代工协同对加工贸易的效果",
            "Contract-manufacturer coordination: processing trade", Units.PP_EXPORTS_PER_DOSE, 2, 0, 20, TRIANGULAR, 0.5, 4,
            "每年每投入基年增加值 1%，加工贸易占出口比例下降的百分点", "Points of exports moved out of processing trade per year per 1 % of base value added"),
    MARKET_ACCESS_SALES("market_access_sales", LEVER_EFFECTS, "国内市场开拓的销售效果", "Domestic market access: sales",
            Units.PER_BUDGET, 1.5, 0, 20, TRIANGULAR, 0.5, 3,
            "每单位国内市场开拓（展会、渠道、区域品牌推广）投入带来的持久内销增量",
            "Lasting extra domestic sales per unit spent on domestic market access (fairs, channels, regional brand promotion)"),
    PROCUREMENT_LASTING_SALES("procurement_lasting_sales", LEVER_EFFECTS, "政府采购的持久效果", "Public procurement: lasting sales",
            Units.PER_BUDGET, 0.3, 0, 5, TRIANGULAR, 0, 0.6,
            "政府采购在采购额本身（当年即为内销）之外带来的持久内销增量（示范效应）",
            "Lasting extra domestic sales per unit of public procurement beyond the purchase itself, which is domestic sales that year"),
    HOME_STANDARDS_SALES("home_standards_sales", LEVER_EFFECTS, "国内标准建设的销售效果", "Home-market standards: sales",
            Units.PER_BUDGET, 1, 0, 20, TRIANGULAR, 0.25, 2,
            "每单位国内市场标准建设投入带来的持久内销增量", "Lasting extra domestic sales per unit spent on home-market standards"),
    HOME_STANDARDS_STANDARDS("home_standards_standards", LEVER_EFFECTS, "国内标准建设的标准数效果",
            "Home-market standards: standards led", Units.STANDARDS_PER_DOSE, 0.1, 0, 5, TRIANGULAR, 0, 0.3,
            "每投入基年增加值 1%，当年每百家企业多主导或参与制定的标准数",
            "Extra standards led or co-drafted per 100 firms in a year per 1 % of base value added"),
    LEAD_FIRM_TARGETING_MULTIPLIER("lead_firm_targeting_multiplier", LEVER_EFFECTS, "面向龙头企业的效果倍数",
            "Lead-firm targeting multiplier", Units.TIMES, 1.2, 0, 3, TRIANGULAR, 1, 1.5,
            "政策工具面向龙头企业时效果的倍数（吸收能力较强）", "Effect multiplier of a lever targeted at lead firms (stronger absorptive capacity)"),
    SMALL_FIRM_TARGETING_MULTIPLIER("small_firm_targeting_multiplier", LEVER_EFFECTS, "面向中小企业的效果倍数",
            "Small-firm targeting multiplier", Units.TIMES, 0.8, 0, 3, TRIANGULAR, 0.5, 1,
            "政策工具面向中小企业时效果的倍数", "Effect multiplier of a lever targeted at small and medium firms"),
    TARGETING_CONCENTRATION("targeting_concentration", LEVER_EFFECTS, "定向扶持的集中度效果", "Concentration effect of targeting",
            Units.PP_SALES_PER_DOSE, 1, 0, 10, TRIANGULAR, 0.2, 2,
            "每年每投入基年增加值 1%（面向龙头企业或用于龙头企业培育），前四大企业销售占比 CR4 提高的百分点；面向中小企业则下降",
            "Points of CR4 gained per year per 1 % of base value added aimed at lead firms (or lead-firm cultivation); "
                    + "lost when aimed at small firms"),

    ARCHITECTURE_FIT("architecture_fit", LEVER_EFFECTS, "生产架构匹配效果", "Fit with the production architecture",
            Units.PCT, 25, 0, 90, TRIANGULAR, 0, 50,
            "平台路径工具（专业市场与电商、本地配套、集群合作）在蜘蛛型集群中效果提高该比例、在蛇型集群中降低该比例；"
                    + "链主路径工具（链主培育、代工协同及面向龙头企业的工具）相反；混合型或无法判断时不调整",
            "Platform-path levers (platform, local suppliers, cooperation) work this much better in a spider cluster and "
                    + "this much worse in a snake cluster; lead-firm-path levers (lead-firm cultivation, contract-manufacturer "
                    + "coordination, any lever aimed at lead firms) the other way round; no change for a mixed or undetermined "
                    + "architecture (the framework's hypothesis, DESIGN.md; the size is an assumption)"),

    // ---- policy
    PRESET_BUDGET_SHARE("preset_budget_share", POLICY, "预设策略的年度预算", "Yearly budget of the preset strategies",
            Units.PCT_OF_VA, 2, 0, 20, FIXED, 2, 2,
            "预设策略 S1–S4 每年的总预算占基年增加值的比例（按各策略的工具权重分配）",
            "Total yearly budget of each preset strategy S1–S4 in percent of base-year value added, split by the preset's lever weights");

    final String id;
    final ParameterGroup group;
    final LocalizedText name;
    final LocalizedText unit;
    final double value;
    final double min;
    final double max;
    final Distribution distribution;
    final double low;
    final double high;
    final LocalizedText description;
    final boolean assumption;
    final LocalizedText source;

    Param(String id, ParameterGroup group, String zh, String en, LocalizedText unit, double value, double min, double max,
          Distribution distribution, double low, double high, String descZh, String descEn) {
        this(id, group, zh, en, unit, value, min, max, distribution, low, high, descZh, descEn, true, Units.ASSUMPTION.zh(),
                Units.ASSUMPTION.en());
    }

    Param(String id, ParameterGroup group, String zh, String en, LocalizedText unit, double value, double min, double max,
          Distribution distribution, double low, double high, String descZh, String descEn, boolean assumption,
          String sourceZh, String sourceEn) {
        this.id = id;
        this.group = group;
        this.name = new LocalizedText(zh, en);
        this.unit = unit;
        this.value = value;
        this.min = min;
        this.max = max;
        this.distribution = distribution;
        this.low = low;
        this.high = high;
        this.description = new LocalizedText(descZh, descEn);
        this.assumption = assumption;
        this.source = new LocalizedText(sourceZh, sourceEn);
    }

    /** The shipped definition as a public {@link Parameter}. */
    Parameter definition() {
        return new Parameter(id, group, name, description, unit, value, min, max, distribution, low, high, assumption, source);
    }

    /** Units of the parameters, bilingual. */
    static final class Units {
        /** The source text of every parameter that is our choice. */
        static final LocalizedText ASSUMPTION = new LocalizedText(
                "*假设*：GVC Lab 团队的选择（含不确定性区间），请按当地证据修改",
                "*assumption*: chosen by the GVC Lab team (with its uncertainty range); change it on local evidence");
        static final LocalizedText PCT_YEAR = new LocalizedText("%/年", "% per year");
        static final LocalizedText PCT = new LocalizedText("%", "%");
        static final LocalizedText PCT_OF_OBM = new LocalizedText("占 OBM 销售额 %", "% of own-brand sales");
        static final LocalizedText PCT_OF_OUTPUT = new LocalizedText("占产值 %", "% of output");
        static final LocalizedText PCT_OF_GAP = new LocalizedText("差距的 %/年", "% of the gap per year");
        static final LocalizedText PCT_OF_MIX = new LocalizedText("占 OEM+ODM+OBM %", "% of OEM + ODM + OBM");
        static final LocalizedText PCT_OF_VA = new LocalizedText("占基年增加值 %/年", "% of base-year value added per year");
        static final LocalizedText PP_PER_LOG = new LocalizedText("百分点/对数点", "points per log point");
        static final LocalizedText PP_PER_PP = new LocalizedText("百分点/百分点", "points per point");
        static final LocalizedText TIMES_OEM = new LocalizedText("OEM 的倍数", "× OEM rate");
        static final LocalizedText TIMES = new LocalizedText("倍", "×");
        static final LocalizedText ELASTICITY = new LocalizedText("弹性", "elasticity");
        static final LocalizedText PER_BUDGET = new LocalizedText("每单位预算", "per unit of budget");
        static final LocalizedText PP_FIRMS_PER_DOSE = new LocalizedText("百分点（企业）/ 1% 增加值", "points of firms per 1 % of VA");
        static final LocalizedText PP_SALES_PER_DOSE = new LocalizedText("百分点（销售）/ 1% 增加值", "points of sales per 1 % of VA");
        static final LocalizedText PP_INPUTS_PER_DOSE = new LocalizedText("百分点（中间投入）/ 1% 增加值", "points of inputs per 1 % of VA");
        static final LocalizedText PP_EXPORTS_PER_DOSE = new LocalizedText("百分点（出口）/ 1% 增加值", "points of exports per 1 % of VA");
        static final LocalizedText PCT_PER_DOSE = new LocalizedText("% / 1% 增加值", "% per 1 % of VA");
        static final LocalizedText STANDARDS_PER_DOSE = new LocalizedText("项/百家企业 / 1% 增加值", "per 100 firms per 1 % of VA");
        static final LocalizedText RATIO_PER_DOSE = new LocalizedText("比值 / 1% 增加值", "ratio points per 1 % of VA");
        static final LocalizedText FIRMS_PER_DOSE = new LocalizedText("家 / 1% 增加值", "firms per 1 % of VA");

        private Units() {
        }
    }
}
