package org.gvclab.core.strategy;

import static org.gvclab.core.strategy.Distribution.FIXED;
import static org.gvclab.core.strategy.Distribution.TRIANGULAR;
import static org.gvclab.core.strategy.Distribution.UNIFORM;
import static org.gvclab.core.strategy.ParameterGroup.APPRAISAL;
import static org.gvclab.core.strategy.ParameterGroup.CAPABILITY;
import static org.gvclab.core.strategy.ParameterGroup.DEMAND;
import static org.gvclab.core.strategy.ParameterGroup.FUNCTIONAL_MIX;
import static org.gvclab.core.strategy.ParameterGroup.LEVER_EFFECTS;
import static org.gvclab.core.strategy.ParameterGroup.POLICY;
import static org.gvclab.core.strategy.ParameterGroup.VALUE_ADDED;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.paradox.RentDistribution;

/**
 * The catalogue of the projection model's parameters with their defaults, allowed ranges and uncertainty ranges
 * (docs/model.md, "Parameters"). The ordinal indexes the value vector the model reads; the id is what scenarios and
 * overrides use. Names, descriptions and sources are in the strategy text bundle
 * ({@code strategy.param.<id>.name/.description/.source}); a parameter without a source text is an *assumption*.
 * "Dose" is a lever's yearly budget in percent of the base year's value added. Every lever effect sits in the
 * group {@link ParameterGroup#LEVER_EFFECTS}: with all of them at zero, spending changes nothing but the fiscal cost.
 */
enum Param {

    // ---- demand and output
    DOMESTIC_DEMAND_GROWTH("domestic_demand_growth", DEMAND, "pct_year", 6, -20, 30, TRIANGULAR, 3, 9, true),
    EXPORT_DEMAND_GROWTH("export_demand_growth", DEMAND, "pct_year", 4, -20, 30, TRIANGULAR, 0, 8, true),
    PRICE_DEFLATOR("price_deflator", DEMAND, "pct_year", 1.5, -5, 15, TRIANGULAR, 0, 3, true),
    LABOUR_PRODUCTIVITY_GROWTH("labour_productivity_growth", DEMAND, "pct_year", 4.2, -5, 15, TRIANGULAR, 2, 6, false),
    VERDOORN_COEFFICIENT("verdoorn_coefficient", DEMAND, "ratio", 0.5, 0, 1, TRIANGULAR, 0.3, 0.7, false),
    BRAND_DEMAND_EFFECT("brand_demand_effect", DEMAND, "share_per_log", 0.05, 0, 0.5, TRIANGULAR, 0, 0.1, true),
    NEW_PRODUCT_DEMAND_EFFECT("new_product_demand_effect", DEMAND, "pct_per_pp", 0.3, 0, 2, TRIANGULAR, 0, 0.6, true),
    BUYER_RETALIATION_CAPTIVE("buyer_retaliation_captive", DEMAND, "pct_per_pp", 0.5, 0, 2, TRIANGULAR, 0.2, 1, true),
    BUYER_RETALIATION_OTHER("buyer_retaliation_other", DEMAND, "pct_per_pp", 0.1, 0, 2, TRIANGULAR, 0, 0.3, true),

    // ---- capability stocks
    RD_DEPRECIATION("rd_depreciation", CAPABILITY, "pct_year", 15, 1, 60, TRIANGULAR, 10, 20, false),
    RD_PRESAMPLE_GROWTH("rd_presample_growth", CAPABILITY, "pct_year", 11.6, 0, 40, FIXED, 11.6, 11.6, false),
    BRAND_DEPRECIATION("brand_depreciation", CAPABILITY, "pct_year", 60, 1, 95, TRIANGULAR, 40, 80, false),
    BRAND_INVESTMENT_RATE("brand_investment_rate", CAPABILITY, "pct_of_obm", 5, 0, 30, TRIANGULAR, 2, 10, true),
    COORDINATION_DEPRECIATION("coordination_depreciation", CAPABILITY, "pct_year", 20, 1, 80, TRIANGULAR, 10, 40, true),
    MARKET_ACCESS_DEPRECIATION("market_access_depreciation", CAPABILITY, "pct_year", 20, 1, 80, TRIANGULAR, 10, 40, true),
    HOME_EXPERIENCE_DEPRECIATION("home_experience_depreciation", CAPABILITY, "pct_year", 20, 1, 80, TRIANGULAR, 10, 40, true),
    MARKET_ACCESS_SCALE("market_access_scale", CAPABILITY, "pct_of_domestic", 10, 1, 100, TRIANGULAR, 5, 20, true),
    CAPABILITY_FLOOR("capability_floor", CAPABILITY, "pct_of_output", 1, 0.1, 20, FIXED, 1, 1, true),

    // ---- functional mix
    MIX_ADJUSTMENT_SPEED("mix_adjustment_speed", FUNCTIONAL_MIX, "pct_of_gap", 20, 0, 100, TRIANGULAR, 10, 35, true),
    HOME_MARKET_CONVERSION("home_market_conversion", FUNCTIONAL_MIX, "elasticity", 1, 0, 3, TRIANGULAR, 0.5, 1.5, true),
    ODM_RESPONSE_RD("odm_response_rd", FUNCTIONAL_MIX, "pp_per_log", 10, 0, 40, TRIANGULAR, 5, 15, true),
    OBM_RESPONSE_RD("obm_response_rd", FUNCTIONAL_MIX, "pp_per_log", 4, 0, 40, TRIANGULAR, 1, 8, true),
    OBM_RESPONSE_BRAND("obm_response_brand", FUNCTIONAL_MIX, "pp_per_log", 12, 0, 40, TRIANGULAR, 6, 18, true),
    ODM_RESPONSE_COORDINATION("odm_response_coordination", FUNCTIONAL_MIX, "pp_per_log", 5, 0, 40, TRIANGULAR, 1, 10, true),
    OBM_RESPONSE_COORDINATION("obm_response_coordination", FUNCTIONAL_MIX, "pp_per_log", 3, 0, 40, TRIANGULAR, 0, 6, true),
    ODM_RESPONSE_DOMESTIC("odm_response_domestic", FUNCTIONAL_MIX, "pp_per_log", 15, 0, 60, TRIANGULAR, 5, 30, true),
    OBM_RESPONSE_DOMESTIC("obm_response_domestic", FUNCTIONAL_MIX, "pp_per_log", 20, 0, 60, TRIANGULAR, 5, 40, true),
    OBM_RESPONSE_PLATFORM("obm_response_platform", FUNCTIONAL_MIX, "pp_per_pp", 0.2, 0, 2, TRIANGULAR, 0.05, 0.4, true),
    NEW_PRODUCT_RESPONSE_RD("new_product_response_rd", FUNCTIONAL_MIX, "pp_per_log", 10, 0, 40, TRIANGULAR, 5, 15, true),
    OBM_SHARE_CAP("obm_share_cap", FUNCTIONAL_MIX, "pct_of_mix", 60, 0, 100, FIXED, 60, 60, true),
    DEFAULT_ODM_SHARE("default_odm_share", FUNCTIONAL_MIX, "pct_of_mix", 20, 0, 100, FIXED, 20, 20, true),
    DEFAULT_OBM_SHARE("default_obm_share", FUNCTIONAL_MIX, "pct_of_mix", 10, 0, 100, FIXED, 10, 10, true),

    // ---- value added
    ODM_VA_PREMIUM("odm_va_premium", VALUE_ADDED, "times_oem", RentDistribution.ODM_PREMIUM, 1, 4, TRIANGULAR, 1.1, 1.6, true),
    OBM_VA_PREMIUM("obm_va_premium", VALUE_ADDED, "times_oem", RentDistribution.OBM_PREMIUM, 1, 5, TRIANGULAR, 1.3, 2.2, true),
    RD_VALUE_ADDED_ELASTICITY("rd_value_added_elasticity", VALUE_ADDED, "elasticity", 0.08, 0, 0.5, TRIANGULAR, 0.02, 0.15, true),
    UNIT_VALUE_RESPONSE("unit_value_response", VALUE_ADDED, "elasticity", 0.5, 0, 2, TRIANGULAR, 0.2, 1, true),

    // ---- lever effects: all of them at zero, and budgets change nothing but the fiscal cost
    RD_SUBSIDY_ADDITIONALITY("rd_subsidy_additionality", LEVER_EFFECTS, "per_budget", 0.7, 0, 3, TRIANGULAR, 0.3, 1, false),
    SHARED_LABS_ADDITIONALITY("shared_labs_additionality", LEVER_EFFECTS, "per_budget", 0.6, 0, 3, TRIANGULAR, 0.3, 1, true),
    SHARED_LABS_CERTIFICATION("shared_labs_certification", LEVER_EFFECTS, "pct_gap_per_dose", 2, 0, 20, TRIANGULAR, 0.5, 4, true),
    PATENT_SUPPORT_YIELD("patent_support_yield", LEVER_EFFECTS, "pct_per_log", 30, 0, 200, TRIANGULAR, 10, 60, true),
    STANDARDS_LEADERSHIP_EFFECT("standards_leadership_effect", LEVER_EFFECTS, "std_per_log", 0.2, 0, 5, TRIANGULAR, 0.05, 0.5, true),
    BRAND_SUPPORT_ADDITIONALITY("brand_support_additionality", LEVER_EFFECTS, "per_budget", 1.0, 0, 3, TRIANGULAR, 0.5, 1.5, true),
    PLATFORM_ECOMMERCE_EFFECT("platform_ecommerce_effect", LEVER_EFFECTS, "pct_gap_per_dose", 1, 0, 20, TRIANGULAR, 0.4, 2, true),
    PLATFORM_NEW_SALES("platform_new_sales", LEVER_EFFECTS, "pct", 30, 0, 100, TRIANGULAR, 10, 50, true),
    PLATFORM_MARKET_TURNOVER("platform_market_turnover", LEVER_EFFECTS, "ratio_per_log", 0.02, 0, 0.5, TRIANGULAR, 0, 0.05, true),
    SUPPLIER_LOCAL_SOURCING("supplier_local_sourcing", LEVER_EFFECTS, "pct_gap_per_dose", 2, 0, 20, TRIANGULAR, 0.5, 4, true),
    SUPPLIER_IMPORT_SUBSTITUTION("supplier_import_substitution", LEVER_EFFECTS, "pct", 50, 0, 100, TRIANGULAR, 20, 80, true),
    COOPERATION_CAPABILITY("cooperation_capability", LEVER_EFFECTS, "per_budget", 1.0, 0, 3, TRIANGULAR, 0.5, 1.5, true),
    COOPERATION_LOCAL_SOURCING("cooperation_local_sourcing", LEVER_EFFECTS, "pct_gap_per_dose", 1, 0, 20, TRIANGULAR, 0, 2, true),
    LEAD_FIRM_CULTIVATION_FIRMS("lead_firm_cultivation_firms", LEVER_EFFECTS, "firms_per_log", 0.5, 0, 10, TRIANGULAR, 0.2, 1, true),
    LEAD_FIRM_CULTIVATION_BRAND("lead_firm_cultivation_brand", LEVER_EFFECTS, "per_budget", 0.5, 0, 3, TRIANGULAR, 0.2, 0.8, true),
    CM_COORDINATION_CAPABILITY("cm_coordination_capability", LEVER_EFFECTS, "per_budget", 1.0, 0, 3, TRIANGULAR, 0.5, 1.5, true),
    CM_COORDINATION_PROCESSING("cm_coordination_processing", LEVER_EFFECTS, "pct_gap_per_dose", 2, 0, 20, TRIANGULAR, 0.5, 4, true),
    MARKET_ACCESS_SALES("market_access_sales", LEVER_EFFECTS, "per_budget", 1.0, 0, 3, TRIANGULAR, 0.5, 1.5, true),
    PROCUREMENT_LASTING_SALES("procurement_lasting_sales", LEVER_EFFECTS, "per_budget", 0.2, 0, 3, TRIANGULAR, 0, 0.4, true),
    PROCUREMENT_ADDITIONALITY("procurement_additionality", LEVER_EFFECTS, "pct", 50, 0, 100, TRIANGULAR, 20, 80, true),
    HOME_STANDARDS_SALES("home_standards_sales", LEVER_EFFECTS, "per_budget", 0.7, 0, 3, TRIANGULAR, 0.25, 1.2, true),
    HOME_STANDARDS_STANDARDS("home_standards_standards", LEVER_EFFECTS, "std_per_log", 0.1, 0, 5, TRIANGULAR, 0, 0.3, true),
    MARKET_ACCESS_MAX_LIFT("market_access_max_lift", LEVER_EFFECTS, "pct_of_domestic", 15, 0, 100, TRIANGULAR, 5, 30, true),
    LEAD_FIRM_TARGETING_MULTIPLIER("lead_firm_targeting_multiplier", LEVER_EFFECTS, "times", 1.2, 0, 3, TRIANGULAR, 1, 1.5, true),
    SMALL_FIRM_TARGETING_MULTIPLIER("small_firm_targeting_multiplier", LEVER_EFFECTS, "times", 0.8, 0, 3, TRIANGULAR, 0.5, 1, true),
    TARGETING_CONCENTRATION("targeting_concentration", LEVER_EFFECTS, "pct_gap_per_dose", 1, 0, 20, TRIANGULAR, 0.2, 2, true),
    ARCHITECTURE_FIT("architecture_fit", LEVER_EFFECTS, "pct", 0, 0, 90, UNIFORM, 0, 0, true),

    // ---- policy and appraisal
    PRESET_BUDGET_SHARE("preset_budget_share", POLICY, "pct_of_va", 2, 0, 20, FIXED, 2, 2, true),
    DISCOUNT_RATE("discount_rate", APPRAISAL, "pct_year", 8, 0, 20, TRIANGULAR, 6, 10, false),
    PUBLIC_FUNDS_COST("public_funds_cost", APPRAISAL, "times", 1.2, 1, 3, TRIANGULAR, 1, 1.5, true);

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

    Param(String id, ParameterGroup group, String unit, double value, double min, double max, Distribution distribution,
          double low, double high, boolean assumption) {
        this.id = id;
        this.group = group;
        this.name = Msg.of("strategy.param." + id + ".name");
        this.unit = Msg.of("strategy.unit." + unit);
        this.value = value;
        this.min = min;
        this.max = max;
        this.distribution = distribution;
        this.low = low;
        this.high = high;
        this.description = Msg.of("strategy.param." + id + ".description");
        this.assumption = assumption;
        String key = "strategy.param." + id + ".source";
        if (!assumption && !Msg.has(key)) {
            throw new IllegalStateException("parameter " + id + " is marked sourced but has no source text " + key);
        }
        this.source = Msg.has(key) ? Msg.of(key) : Msg.of("strategy.param.assumption");
    }

    /** The shipped definition as a public {@link Parameter}. */
    Parameter definition() {
        return new Parameter(id, group, name, description, unit, value, min, max, distribution, low, high, assumption, source);
    }

    /** The parameters whose group is {@link ParameterGroup#LEVER_EFFECTS}. */
    static java.util.List<Param> leverEffects() {
        return java.util.Arrays.stream(values()).filter(p -> p.group == LEVER_EFFECTS).toList();
    }
}
