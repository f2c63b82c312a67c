package org.gvclab.core.strategy;

import java.util.Arrays;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * The kinds of policy lever the projection knows (docs/model.md), each with the state variables it moves and the
 * parameters that say by how much. "Dose" is the lever's yearly budget in percent of base-year value added. All
 * effect sizes are *assumptions* with an uncertainty range (see {@link ParameterSet}); targeting at lead or small
 * firms scales the effects of every lever ({@link Target}), and so does the fit with the cluster's production
 * architecture: platform-path levers work better in spider clusters, lead-firm-path levers (and levers aimed at lead
 * firms) in snake clusters (parameter {@code architecture_fit}).
 */
public enum LeverKind {
    RD_SUBSIDY(Param.RD_SUBSIDY_ADDITIONALITY),
    SHARED_LABS(Param.SHARED_LABS_ADDITIONALITY, Param.SHARED_LABS_CERTIFICATION),
    PATENT_SUPPORT(Param.PATENT_SUPPORT_YIELD),
    STANDARDS_LEADERSHIP(Param.STANDARDS_LEADERSHIP_EFFECT),
    BRAND_SUPPORT(Param.BRAND_SUPPORT_ADDITIONALITY),
    PLATFORM(Param.PLATFORM_ECOMMERCE_EFFECT, Param.PLATFORM_NEW_SALES, Param.PLATFORM_MARKET_TURNOVER),
    LOCAL_SUPPLIERS(Param.SUPPLIER_LOCAL_SOURCING, Param.SUPPLIER_IMPORT_SUBSTITUTION),
    COOPERATION(Param.COOPERATION_CAPABILITY, Param.COOPERATION_LOCAL_SOURCING),
    LEAD_FIRM_CULTIVATION(Param.LEAD_FIRM_CULTIVATION_FIRMS, Param.LEAD_FIRM_CULTIVATION_BRAND, Param.TARGETING_CONCENTRATION),
    CM_COORDINATION(Param.CM_COORDINATION_CAPABILITY, Param.CM_COORDINATION_PROCESSING),
    DOMESTIC_MARKET_ACCESS(Param.MARKET_ACCESS_SALES),
    PUBLIC_PROCUREMENT(Param.PROCUREMENT_LASTING_SALES),
    HOME_MARKET_STANDARDS(Param.HOME_STANDARDS_SALES, Param.HOME_STANDARDS_STANDARDS);

    /** The levers of the platform path (spider clusters), which {@code architecture_fit} favours there. */
    static final java.util.Set<LeverKind> PLATFORM_PATH = java.util.EnumSet.of(PLATFORM, LOCAL_SUPPLIERS, COOPERATION);
    /** The levers of the lead-firm path (snake clusters), besides any lever aimed at lead firms. */
    static final java.util.Set<LeverKind> LEAD_FIRM_PATH = java.util.EnumSet.of(LEAD_FIRM_CULTIVATION, CM_COORDINATION);

    private final LocalizedText label;
    private final LocalizedText effects;
    private final List<Param> parameters;

    LeverKind(Param... parameters) {
        String key = "strategy.lever." + name().toLowerCase(java.util.Locale.ROOT);
        this.label = Msg.of(key + ".label");
        this.effects = Msg.of(key + ".effects");
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
