package org.gvclab.core.strategy;

import java.util.List;
import org.gvclab.core.base.LocalizedText;

/**
 * Which assumptions decide the ranking (docs/model.md, "Sensitivity"): Morris elementary effects of every uncertain
 * parameter on the margin between the two strategies with the highest median NPV, {@code NPV_leader − NPV_runner-up}
 * at the horizon. An elementary effect is the change of the margin when one parameter moves across its uncertainty
 * range (on the probability scale of its distribution) with the others held; μ* is its mean absolute value, σ its
 * spread (non-linearity, interactions).
 *
 * @param leader         the strategy ranked first on NPV
 * @param runnerUp       the strategy ranked second (the status quo when only one strategy is compared)
 * @param nominalMargin  the margin in the nominal run, in the cluster's currency unit at base-year prices
 * @param trajectories   Morris trajectories r
 * @param levels         Morris grid levels p
 * @param seed           the random seed (the scenario's)
 * @param effects        every uncertain parameter, largest μ* first
 * @param summary        the parameters that can overturn the lead, in both languages
 */
public record RankingSensitivity(String leader, String runnerUp, double nominalMargin, int trajectories, int levels,
                                 long seed, List<Effect> effects, LocalizedText summary) {

    /**
     * The effect of one parameter on the margin.
     *
     * @param parameterId the parameter
     * @param name        its name
     * @param mu          mean elementary effect (sign: raising the parameter widens (+) or narrows (−) the lead)
     * @param muStar      mean absolute elementary effect, in money
     * @param sigma       standard deviation of the elementary effects
     * @param decisive    whether μ* reaches the nominal margin: moving this parameter alone across its range can
     *                    overturn the lead
     */
    public record Effect(String parameterId, LocalizedText name, double mu, double muStar, double sigma, boolean decisive) {

        /** μ* to show (money in the cluster's currency unit). */
        public org.gvclab.core.base.Num importance() {
            return org.gvclab.core.base.Num.money(muStar);
        }
    }

    public RankingSensitivity {
        effects = List.copyOf(effects);
    }
}
