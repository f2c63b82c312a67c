package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;

/**
 * The preset strategies of METHODS.md §5. Each preset splits one yearly budget over its levers by fixed weights
 * (*assumption*); the budget is {@code preset_budget_share} percent of the cluster's base-year value added
 * (default 2 %, an *assumption*, editable like every parameter), so presets scale with the cluster. Every lever
 * runs from the first projected year to the horizon and is open to all firms unless said otherwise.
 * <ul>
 * <li>S0 status quo: export-led embedding, no new levers;</li>
 * <li>S1 spider / platform: specialised market and e-commerce platform 40 %, local supplier development 30 %,
 *     cluster cooperation 30 %;</li>
 * <li>S2 snake / lead firm: R&amp;D support 25 % and brand support 30 %, both concentrated on lead firms, lead-firm
 *     cultivation 20 %, contract-manufacturer coordination 25 %;</li>
 * <li>S3 domestic-demand advantage: domestic market access 40 %, public procurement 30 %, home-market standards 30 %;</li>
 * <li>S4 self-reliant innovation: R&amp;D subsidy 40 %, shared labs 30 %, patent support 10 %, standards leadership 20 %.</li>
 * </ul>
 */
public final class Strategies {

    /** Ids of the presets, in order. */
    public static final List<String> PRESET_IDS = List.of("S0", "S1", "S2", "S3", "S4");

    private Strategies() {
    }

    /** The presets with the default budget ({@code preset_budget_share} at its default). */
    public static List<Strategy> presets() {
        return presets(Param.PRESET_BUDGET_SHARE.value);
    }

    /** The presets with a total yearly budget of {@code budgetShare} percent of base-year value added. */
    public static List<Strategy> presets(double budgetShare) {
        List<Strategy> out = new ArrayList<>();
        for (String id : PRESET_IDS) {
            out.add(preset(id, budgetShare).orElseThrow());
        }
        return List.copyOf(out);
    }

    /** Whether {@code id} names a preset. */
    public static boolean isPreset(String id) {
        return PRESET_IDS.contains(id);
    }

    /** A preset by id with a total yearly budget of {@code budgetShare} percent of base-year value added. */
    public static Optional<Strategy> preset(String id, double budgetShare) {
        if (!Double.isFinite(budgetShare) || budgetShare < 0) {
            throw new IllegalArgumentException("the preset budget share must be finite and ≥ 0, got " + budgetShare);
        }
        String share = ParameterSet.num(budgetShare);
        return Optional.ofNullable(switch (id) {
            case "S0" -> new Strategy("S0", new LocalizedText("S0 维持现状", "S0 Status quo"),
                    new LocalizedText("出口导向的嵌入方式不变，不增加新的政策工具。",
                            "Export-led embedding continues; no new policy levers."), List.of());
            case "S1" -> new Strategy("S1", new LocalizedText("S1 蜘蛛型：平台路径", "S1 Spider: platform path"),
                    new LocalizedText("以专业市场和电商平台为双边平台，培育本地配套供应商，促进集群内竞争与合作。每年预算为基年增加值的 "
                            + share + "%（假设）。",
                            "The specialised market and e-commerce platform as a two-sided platform, local supplier development, "
                                    + "competition and cooperation inside the cluster. Yearly budget " + share
                                    + " % of base-year value added (assumption)."),
                    List.of(lever(LeverKind.PLATFORM, 0.4, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.LOCAL_SUPPLIERS, 0.3, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.COOPERATION, 0.3, budgetShare, Target.ALL_FIRMS)));
            case "S2" -> new Strategy("S2", new LocalizedText("S2 蛇型：链主路径", "S2 Snake: lead-firm path"),
                    new LocalizedText("研发与品牌扶持集中于龙头企业，培育链主，由链主协同代工企业。每年预算为基年增加值的 "
                            + share + "%（假设）。",
                            "R&D and brand support concentrated on lead firms, lead-firm cultivation, coordination of "
                                    + "contract manufacturers by the lead firms. Yearly budget " + share
                                    + " % of base-year value added (assumption)."),
                    List.of(lever(LeverKind.RD_SUBSIDY, 0.25, budgetShare, Target.LEAD_FIRMS),
                            lever(LeverKind.BRAND_SUPPORT, 0.3, budgetShare, Target.LEAD_FIRMS),
                            lever(LeverKind.LEAD_FIRM_CULTIVATION, 0.2, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.CM_COORDINATION, 0.25, budgetShare, Target.ALL_FIRMS)));
            case "S3" -> new Strategy("S3", new LocalizedText("S3 内需动态比较优势", "S3 Domestic-demand advantage"),
                    new LocalizedText("开拓国内市场、政府采购、面向国内市场的标准建设。每年预算为基年增加值的 " + share + "%（假设）。",
                            "Domestic market access, public procurement, standards for the home market. Yearly budget "
                                    + share + " % of base-year value added (assumption)."),
                    List.of(lever(LeverKind.DOMESTIC_MARKET_ACCESS, 0.4, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.PUBLIC_PROCUREMENT, 0.3, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.HOME_MARKET_STANDARDS, 0.3, budgetShare, Target.ALL_FIRMS)));
            case "S4" -> new Strategy("S4", new LocalizedText("S4 自主创新", "S4 Self-reliant innovation"),
                    new LocalizedText("研发补贴、共享实验室、专利资助、主导标准制定。每年预算为基年增加值的 " + share + "%（假设）。",
                            "R&D subsidy, shared labs, patent support, standards leadership. Yearly budget " + share
                                    + " % of base-year value added (assumption)."),
                    List.of(lever(LeverKind.RD_SUBSIDY, 0.4, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.SHARED_LABS, 0.3, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.PATENT_SUPPORT, 0.1, budgetShare, Target.ALL_FIRMS),
                            lever(LeverKind.STANDARDS_LEADERSHIP, 0.2, budgetShare, Target.ALL_FIRMS)));
            default -> null;
        });
    }

    private static Lever lever(LeverKind kind, double weight, double share, Target target) {
        return new Lever(kind, weight * share, BudgetUnit.PERCENT_OF_VALUE_ADDED, target, 1, Scenario.MAX_HORIZON);
    }
}
