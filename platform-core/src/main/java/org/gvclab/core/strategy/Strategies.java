package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;

/**
 * The one definition of the preset strategies (docs/model.md, "Strategies"), used by the strategy comparison, the
 * workshops and the command line. Each preset splits one yearly budget over its levers by fixed weights
 * (*assumption*); the budget is {@code preset_budget_share} percent of the cluster's base-year value added (default
 * 2 %, an *assumption*, editable like every parameter), so presets scale with the cluster. Every lever runs from the
 * first projected year to the horizon and is open to all firms unless said otherwise.
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
        if (!isPreset(id)) {
            return Optional.empty();
        }
        List<Lever> levers = switch (id) {
            case "S1" -> List.of(lever(LeverKind.PLATFORM, 0.4, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.LOCAL_SUPPLIERS, 0.3, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.COOPERATION, 0.3, budgetShare, Target.ALL_FIRMS));
            case "S2" -> List.of(lever(LeverKind.RD_SUBSIDY, 0.25, budgetShare, Target.LEAD_FIRMS),
                    lever(LeverKind.BRAND_SUPPORT, 0.3, budgetShare, Target.LEAD_FIRMS),
                    lever(LeverKind.LEAD_FIRM_CULTIVATION, 0.2, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.CM_COORDINATION, 0.25, budgetShare, Target.ALL_FIRMS));
            case "S3" -> List.of(lever(LeverKind.DOMESTIC_MARKET_ACCESS, 0.4, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.PUBLIC_PROCUREMENT, 0.3, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.HOME_MARKET_STANDARDS, 0.3, budgetShare, Target.ALL_FIRMS));
            case "S4" -> List.of(lever(LeverKind.RD_SUBSIDY, 0.4, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.SHARED_LABS, 0.3, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.PATENT_SUPPORT, 0.1, budgetShare, Target.ALL_FIRMS),
                    lever(LeverKind.STANDARDS_LEADERSHIP, 0.2, budgetShare, Target.ALL_FIRMS));
            default -> List.of();
        };
        String key = "strategy.preset." + id;
        return Optional.of(new Strategy(id, Msg.of(key + ".name"),
                levers.isEmpty() ? Msg.of(key + ".description") : Msg.of(key + ".description", Num.percent(budgetShare)),
                levers));
    }

    private static Lever lever(LeverKind kind, double weight, double share, Target target) {
        return new Lever(kind, weight * share, BudgetUnit.PERCENT_OF_VALUE_ADDED, target, 1, Scenario.MAX_HORIZON);
    }
}
