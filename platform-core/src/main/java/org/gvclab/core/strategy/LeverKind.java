package org.gvclab.core.strategy;

import java.util.Arrays;
import java.util.List;
import org.gvclab.core.base.LocalizedText;

/**
 * The kinds of policy lever the projection knows (docs/model.md), each with the state variables it moves and the
 * parameters that say by how much. "Dose" is the lever's yearly budget in percent of base-year value added. All
 * effect sizes are *assumptions* with an uncertainty range (see {@link ParameterSet}); targeting at lead or small
 * firms scales the effects of every lever ({@link Target}), and so does the fit with the cluster's production
 * architecture: platform-path levers work better in spider clusters, lead-firm-path levers (and levers aimed at lead
 * firms) in snake clusters (parameter {@code architecture_fit}).
 */
public enum LeverKind {
    RD_SUBSIDY("研发补贴", "R&D subsidy",
            "企业研发支出增加（额外性 × 预算），形成研发资本，提高 ODM、OBM 与新产品占比",
            "Firms' R&D rises by additionality × budget; R&D capital lifts the ODM, OBM and new-product shares",
            Param.RD_SUBSIDY_ADDITIONALITY),
    SHARED_LABS("共享实验室与公共研发平台", "Shared labs and public R&D platforms",
            "部分投入计入研发资本；检测认证服务提高获国际认证企业占比",
            "Part of the spending adds to R&D capital; testing services raise the share of certified firms",
            Param.SHARED_LABS_ADDITIONALITY, Param.SHARED_LABS_CERTIFICATION),
    PATENT_SUPPORT("专利资助", "Patent support",
            "提高单位研发的发明专利授权数", "More invention patents per unit of R&D", Param.PATENT_SUPPORT_YIELD),
    STANDARDS_LEADERSHIP("标准引领", "Standards leadership",
            "企业主导或参与制定更多国际、国家、行业标准", "Firms lead or co-draft more international, national and industry standards",
            Param.STANDARDS_LEADERSHIP_EFFECT),
    BRAND_SUPPORT("品牌建设扶持", "Brand support",
            "企业品牌投入增加，形成品牌资本，提高 OBM 占比", "Firms' brand spending rises; brand capital lifts the OBM share",
            Param.BRAND_SUPPORT_ADDITIONALITY),
    PLATFORM("专业市场与电商平台", "Specialised market and e-commerce platform",
            "电商销售占比与专业市场成交额上升，部分为净新增内需；电商占比提高 OBM 目标",
            "More sales online and through the specialised market, part of it new home demand; e-commerce lifts the OBM target",
            Param.PLATFORM_ECOMMERCE_EFFECT, Param.PLATFORM_NEW_SALES, Param.PLATFORM_MARKET_TURNOVER),
    LOCAL_SUPPLIERS("本地配套供应商培育", "Local supplier development",
            "本地采购占比上升，部分替代进口中间投入", "More inputs sourced locally, part of them replacing imports",
            Param.SUPPLIER_LOCAL_SOURCING, Param.SUPPLIER_IMPORT_SUBSTITUTION),
    COOPERATION("集群合作与产业联盟", "Cluster cooperation",
            "形成协同资本（提高 ODM、OBM 目标），本地配套上升",
            "Builds coordination capital (lifting the ODM and OBM targets) and local sourcing",
            Param.COOPERATION_CAPABILITY, Param.COOPERATION_LOCAL_SOURCING),
    LEAD_FIRM_CULTIVATION("链主（龙头）企业培育", "Lead-firm cultivation",
            "龙头企业数增加，品牌投入增加，集中度（CR4）上升",
            "More lead firms, more brand spending, higher concentration (CR4)",
            Param.LEAD_FIRM_CULTIVATION_FIRMS, Param.LEAD_FIRM_CULTIVATION_BRAND, Param.TARGETING_CONCENTRATION),
    CM_COORDINATION("代工企业协同", "Contract-manufacturer coordination",
            "本地链主组织代工网络：形成协同资本，加工贸易占比下降",
            "Local lead firms coordinate contract manufacturers: coordination capital, less processing trade",
            Param.CM_COORDINATION_CAPABILITY, Param.CM_COORDINATION_PROCESSING),
    DOMESTIC_MARKET_ACCESS("国内市场开拓", "Domestic market access",
            "展会、渠道与区域品牌推广带来持久的内销增量", "Fairs, channels and regional brand promotion bring lasting domestic sales",
            Param.MARKET_ACCESS_SALES),
    PUBLIC_PROCUREMENT("政府采购", "Public procurement",
            "采购额当年即为内销，另有持久的示范效应", "Purchases are domestic sales in their year, plus a lasting reference effect",
            Param.PROCUREMENT_LASTING_SALES),
    HOME_MARKET_STANDARDS("国内市场标准建设", "Home-market standards",
            "面向国内市场的标准带来持久内销增量与更多主导标准",
            "Standards for the home market bring lasting domestic sales and more standards led",
            Param.HOME_STANDARDS_SALES, Param.HOME_STANDARDS_STANDARDS);

    /** The levers of the platform path (spider clusters), which {@code architecture_fit} favours there. */
    static final java.util.Set<LeverKind> PLATFORM_PATH = java.util.EnumSet.of(PLATFORM, LOCAL_SUPPLIERS, COOPERATION);
    /** The levers of the lead-firm path (snake clusters), besides any lever aimed at lead firms. */
    static final java.util.Set<LeverKind> LEAD_FIRM_PATH = java.util.EnumSet.of(LEAD_FIRM_CULTIVATION, CM_COORDINATION);

    private final LocalizedText label;
    private final LocalizedText effects;
    private final List<Param> parameters;

    LeverKind(String zh, String en, String effectsZh, String effectsEn, Param... parameters) {
        this.label = new LocalizedText(zh, en);
        this.effects = new LocalizedText(effectsZh, effectsEn);
        this.parameters = List.copyOf(Arrays.asList(parameters));
    }

    /** The bilingual name. */
    public LocalizedText label() {
        return label;
    }

    /** What the lever moves in the model, in one sentence. */
    public LocalizedText effects() {
        return effects;
    }

    /** The ids of the effect parameters (targeting multipliers apply besides). */
    public List<String> parameterIds() {
        return parameters.stream().map(p -> p.id).toList();
    }
}
