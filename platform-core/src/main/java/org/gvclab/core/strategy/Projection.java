package org.gvclab.core.strategy;

import static org.gvclab.core.cluster.FieldCatalogue.CERTIFIED_FIRMS;
import static org.gvclab.core.cluster.FieldCatalogue.DOMESTIC_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.ECOMMERCE_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.EMPLOYEES;
import static org.gvclab.core.cluster.FieldCatalogue.EXPORTS;
import static org.gvclab.core.cluster.FieldCatalogue.EXPORT_PRICE_POSITION;
import static org.gvclab.core.cluster.FieldCatalogue.GROSS_OUTPUT;
import static org.gvclab.core.cluster.FieldCatalogue.IMPORTED_INTERMEDIATES;
import static org.gvclab.core.cluster.FieldCatalogue.INVENTION_PATENTS;
import static org.gvclab.core.cluster.FieldCatalogue.LABOUR_COMPENSATION;
import static org.gvclab.core.cluster.FieldCatalogue.LEAD_FIRMS;
import static org.gvclab.core.cluster.FieldCatalogue.LOCAL_SOURCING;
import static org.gvclab.core.cluster.FieldCatalogue.MARKET_TURNOVER;
import static org.gvclab.core.cluster.FieldCatalogue.NEW_PRODUCT_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.OBM_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.ODM_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.OEM_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.PROCESSING_EXPORTS;
import static org.gvclab.core.cluster.FieldCatalogue.PUBLIC_SUPPORT;
import static org.gvclab.core.cluster.FieldCatalogue.RD_EXPENDITURE;
import static org.gvclab.core.cluster.FieldCatalogue.RD_PERSONNEL;
import static org.gvclab.core.cluster.FieldCatalogue.RELATED_CHAIN_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.RESTRICTED_MARKET_SHARE;
import static org.gvclab.core.cluster.FieldCatalogue.SALES;
import static org.gvclab.core.cluster.FieldCatalogue.STANDARDS_LED;
import static org.gvclab.core.cluster.FieldCatalogue.TOP4_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.VALUE_ADDED;

import java.util.HashMap;
import java.util.Map;
import org.gvclab.core.cluster.YearlyRecord;
import org.gvclab.core.paradox.LockInScorer;

/**
 * The yearly projection model (docs/model.md, "Projection") for one strategy and one parameter vector. All money is
 * real, at base-year prices: growth rates read from the cluster's data are nominal and are deflated with
 * {@code price_deflator}. t = 0 is the base year, t = 1…H the projected years; the dose {@code d_k,t = 100 · B_k,t /
 * VA_0} is lever kind k's effective budget in percent of base-year value added (targeting and the fit with the
 * recommended path scale it). Every lever acts through a concave response — a log, a saturating
 * {@code 1 − e^{−x}} or a capital stock whose effect is a log — so each lever has diminishing returns; every lever
 * effect is a parameter of {@link ParameterGroup#LEVER_EFFECTS}, and with all of them at zero spending changes only the
 * fiscal cost.
 * <ol>
 * <li><b>Capability stocks</b> by perpetual inventory {@code K_t = (1 − δ) K_{t−1} + flow_{t−1}} for R&amp;D, brand,
 *     coordination and market access; each (but market access) is measured against the same perpetual inventory of
 *     output {@code Q̄_t = (1 − δ) Q̄_{t−1} + Q_{t−1}}, {@code Q̄_0 = Q_0/(g + δ)}, so that capital kept in step with
 *     output has a constant intensity and faster growth never dilutes it. Capability indices
 *     {@code ℓ_X = ln((100 K_X/Q̄_X + f) / (100 K_X0/Q̄_X0 + f))}.</li>
 * <li><b>Demand.</b> Domestic {@code D_t = D^o_t · (1 + λ_t) · exp(η_B ℓ_B + η_N Δnp_t) + a_P · P_t}: organic demand
 *     growing at the real rate plus net new online demand from the platform; the market-access lift
 *     {@code λ_t = Λ (1 − e^{−K_A,t / (κ D_0)})}; brand and new-product demand shifts; public purchases counted by
 *     their additionality. Exports {@code X_t = (X^U_t + X^R_t) · exp(η_N Δnp_t) · exp(−ρ_gov · ΔOBM_{t−1})}, the
 *     shock cutting X^R, ρ_gov the order loss of captive suppliers that launch own brands. Sales
 *     {@code S_t = σ (D_t + X_t)}, output {@code Q_t = (Q_0/S_0) S_t}.</li>
 * <li><b>Functional mix.</b> Targets {@code s*_OBM = s_OBM,0 + [h_t (β_BB ℓ_B + β_RB ℓ_R + β_CB ℓ_C) + β_D ℓ_H + β_P
 *     Δecom] / 100}, {@code s*_ODM = s_ODM,0 + [h_t (β_RE ℓ_R + β_CE ℓ_C) + β_DE ℓ_H] / 100} with the home-market
 *     conversion {@code h_t = dom_t^ε} (brands are built at home first) and home-market learning
 *     {@code ℓ_H = ln((H_t / S̄_t) / dom_0)}, H the perpetual inventory of domestic sales and S̄ that of all sales;
 *     partial adjustment {@code s_t = s_{t−1} + λ (s*_t − s_{t−1})}.</li>
 * <li><b>Value added.</b> Smile curve {@code v^mix_t = cov · v_OEM (s_OEM + π_ODM s_ODM + π_OBM s_OBM) + (1 − cov)
 *     v_0} calibrated to v_0, and R&amp;D capital in the value-added production function with elasticity γ at the
 *     output demand sets: {@code VA_t = min(1, v^mix_t · (K_R,t / K̂_R,t)^γ) · Q_t}, {@code K̂_R,t = r_0 Q̄_R,t} the
 *     stock at the base-year R&amp;D intensity.</li>
 * <li><b>Jobs</b> (Verdoorn): labour productivity grows at {@code g_LP + ν (g_Q,t − ĝ_Q)}, ĝ_Q the baseline real
 *     output growth; {@code E_t = Q_t / productivity_t}.</li>
 * <li>The other fields of the projected records (for the lock-in index and the regional effects) move with their
 *     levers through saturating responses; the DVA share of exports moves with the direct imported-input content
 *     of output; the export price position with the mix's value index.</li>
 * </ol>
 */
final class Projection {

    private static final LeverKind[] KINDS = LeverKind.values();
    private static final int K = KINDS.length;
    /** Ceiling of the e-commerce share of sales (*assumption*, stated in the platform effect's parameter). */
    static final double ECOMMERCE_CAP = 0.8;

    private Projection() {
    }

    /** A strategy compiled to money per lever kind, targeting and projected year (index 1…H). */
    static final class Plan {
        final double[][] all;
        final double[][] lead;
        final double[][] small;
        final double[] total;

        Plan(Strategy s, double va0, int h) {
            all = new double[K][h + 1];
            lead = new double[K][h + 1];
            small = new double[K][h + 1];
            total = new double[h + 1];
            for (Lever l : s.levers()) {
                double m = l.money(va0);
                int k = l.kind().ordinal();
                for (int t = 1; t <= h; t++) {
                    if (!l.activeIn(t)) {
                        continue;
                    }
                    total[t] += m;
                    switch (l.target()) {
                        case ALL_FIRMS -> all[k][t] += m;
                        case LEAD_FIRMS -> lead[k][t] += m;
                        case SMALL_FIRMS -> small[k][t] += m;
                    }
                }
            }
        }

        /**
         * Money aimed at lead firms in year t, each unit counted once: every lever targeted at lead firms plus
         * lead-firm cultivation open to all firms.
         */
        double leadDirected(int t) {
            double m = all[LeverKind.LEAD_FIRM_CULTIVATION.ordinal()][t];
            for (int k = 0; k < K; k++) {
                m += lead[k][t];
            }
            return m;
        }

        /** Money reserved for small firms in year t. */
        double smallDirected(int t) {
            double m = 0;
            for (int k = 0; k < K; k++) {
                m += small[k][t];
            }
            return m;
        }
    }

    /** One projected path: arrays over t = 0…H. */
    static final class Path {
        final double[] q;
        final double[] va;
        final double[] sales;
        final double[] obm;
        final double[] jobs;
        final double[] cost;
        /** Local share of intermediate inputs (0–1), for the regional multipliers. */
        final double[] local;
        /** Value-added rate (0–1). */
        final double[] rate;
        /** Domestic value added share of exports (0–1), NaN without IO evidence. */
        final double[] dva;
        final YearlyRecord[] records;

        Path(int h, boolean withRecords) {
            q = new double[h + 1];
            va = new double[h + 1];
            sales = new double[h + 1];
            obm = new double[h + 1];
            jobs = new double[h + 1];
            cost = new double[h + 1];
            local = new double[h + 1];
            rate = new double[h + 1];
            dva = new double[h + 1];
            records = withRecords ? new YearlyRecord[h + 1] : new YearlyRecord[0];
        }
    }

    /** A saturating move towards a ceiling: {@code x + (cap − x)(1 − e^{−rate})}, never past the ceiling. */
    static double approach(double x, double cap, double rate) {
        return rate <= 0 || x >= cap ? x : x + (cap - x) * -Math.expm1(-rate);
    }

    /** Real growth from nominal growth and inflation, both in percent: {@code (1 + g)/(1 + π) − 1}. */
    static double real(double nominalPercent, double inflationPercent) {
        return (1 + nominalPercent / 100) / (1 + inflationPercent / 100) - 1;
    }

    /**
     * Projects one strategy.
     *
     * @param b           the baseline
     * @param p           the parameter vector (indexed by {@link Param#ordinal()}; extra entries are ignored)
     * @param plan        the compiled strategy
     * @param h           the horizon
     * @param shock       the shock specification
     * @param shocked     whether this path includes the shock
     * @param withRecords whether to build the full projected yearly records (for display and the lock-in index)
     */
    static Path run(ClusterBaseline b, double[] p, Plan plan, int h, Shock shock, boolean shocked, boolean withRecords) {
        return run(b, p, plan, h, shock, shocked, withRecords ? Records.FULL : Records.NONE);
    }

    /** Which projected records a run builds. */
    enum Records {
        /** None: only the outcome arrays. */
        NONE,
        /**
         * Records holding only the fields the lock-in index reads ({@link LockInScorer#FIELDS}, where entered in the
         * base year): the same index as full records at a fraction of the cost, for the Monte Carlo draws.
         */
        OUTCOMES,
        /** Every field entered in the base year: the nominal run shown to the user. */
        FULL
    }

    /** Projects one strategy, building the records {@code records} asks for. */
    static Path run(ClusterBaseline b, double[] p, Plan plan, int h, Shock shock, boolean shocked, Records records) {
        boolean withRecords = records != Records.NONE;
        Path out = new Path(h, withRecords);
        double infl = p[Param.PRICE_DEFLATOR.ordinal()];
        double gD = real(p[Param.DOMESTIC_DEMAND_GROWTH.ordinal()], infl);
        double gX = real(p[Param.EXPORT_DEMAND_GROWTH.ordinal()], infl);
        double g0 = Math.max(0, real(p[Param.RD_PRESAMPLE_GROWTH.ordinal()], infl));
        double gLP = p[Param.LABOUR_PRODUCTIVITY_GROWTH.ordinal()] / 100;
        double verdoorn = p[Param.VERDOORN_COEFFICIENT.ordinal()];
        double etaB = p[Param.BRAND_DEMAND_EFFECT.ordinal()];
        double etaN = p[Param.NEW_PRODUCT_DEMAND_EFFECT.ordinal()] / 100;
        double rho = (b.captive * p[Param.BUYER_RETALIATION_CAPTIVE.ordinal()]
                + (1 - b.captive) * p[Param.BUYER_RETALIATION_OTHER.ordinal()]) / 100;
        double dR = p[Param.RD_DEPRECIATION.ordinal()] / 100;
        double dB = p[Param.BRAND_DEPRECIATION.ordinal()] / 100;
        double dC = p[Param.COORDINATION_DEPRECIATION.ordinal()] / 100;
        double dA = p[Param.MARKET_ACCESS_DEPRECIATION.ordinal()] / 100;
        double dH = p[Param.HOME_EXPERIENCE_DEPRECIATION.ordinal()] / 100;
        double kappa = p[Param.MARKET_ACCESS_SCALE.ordinal()] / 100;
        double mu = p[Param.BRAND_INVESTMENT_RATE.ordinal()] / 100;
        double f = p[Param.CAPABILITY_FLOOR.ordinal()];
        double lambda = p[Param.MIX_ADJUSTMENT_SPEED.ordinal()] / 100;
        double eps = p[Param.HOME_MARKET_CONVERSION.ordinal()];
        double bRE = p[Param.ODM_RESPONSE_RD.ordinal()];
        double bRB = p[Param.OBM_RESPONSE_RD.ordinal()];
        double bBB = p[Param.OBM_RESPONSE_BRAND.ordinal()];
        double bCE = p[Param.ODM_RESPONSE_COORDINATION.ordinal()];
        double bCB = p[Param.OBM_RESPONSE_COORDINATION.ordinal()];
        double bD = p[Param.OBM_RESPONSE_DOMESTIC.ordinal()];
        double bDE = p[Param.ODM_RESPONSE_DOMESTIC.ordinal()];
        double bP = p[Param.OBM_RESPONSE_PLATFORM.ordinal()];
        double bNP = p[Param.NEW_PRODUCT_RESPONSE_RD.ordinal()];
        double piE = p[Param.ODM_VA_PREMIUM.ordinal()];
        double piB = p[Param.OBM_VA_PREMIUM.ordinal()];
        double gammaR = p[Param.RD_VALUE_ADDED_ELASTICITY.ordinal()];
        double uvr = p[Param.UNIT_VALUE_RESPONSE.ordinal()];
        double aRD = p[Param.RD_SUBSIDY_ADDITIONALITY.ordinal()];
        double aLab = p[Param.SHARED_LABS_ADDITIONALITY.ordinal()];
        double labCert = p[Param.SHARED_LABS_CERTIFICATION.ordinal()] / 100;
        double patYield = p[Param.PATENT_SUPPORT_YIELD.ordinal()] / 100;
        double stdEff = p[Param.STANDARDS_LEADERSHIP_EFFECT.ordinal()];
        double aBrand = p[Param.BRAND_SUPPORT_ADDITIONALITY.ordinal()];
        double platEcom = p[Param.PLATFORM_ECOMMERCE_EFFECT.ordinal()] / 100;
        double platNew = p[Param.PLATFORM_NEW_SALES.ordinal()] / 100;
        double platMt = p[Param.PLATFORM_MARKET_TURNOVER.ordinal()];
        double supLocal = p[Param.SUPPLIER_LOCAL_SOURCING.ordinal()] / 100;
        double supImport = p[Param.SUPPLIER_IMPORT_SUBSTITUTION.ordinal()] / 100;
        double aCoop = p[Param.COOPERATION_CAPABILITY.ordinal()];
        double coopLocal = p[Param.COOPERATION_LOCAL_SOURCING.ordinal()] / 100;
        double leadFirms = p[Param.LEAD_FIRM_CULTIVATION_FIRMS.ordinal()];
        double aLeadBrand = p[Param.LEAD_FIRM_CULTIVATION_BRAND.ordinal()];
        double aCm = p[Param.CM_COORDINATION_CAPABILITY.ordinal()];
        double cmProc = p[Param.CM_COORDINATION_PROCESSING.ordinal()] / 100;
        double aMa = p[Param.MARKET_ACCESS_SALES.ordinal()];
        double aPp = p[Param.PROCUREMENT_LASTING_SALES.ordinal()];
        double addPp = p[Param.PROCUREMENT_ADDITIONALITY.ordinal()] / 100;
        double aHs = p[Param.HOME_STANDARDS_SALES.ordinal()];
        double hsStd = p[Param.HOME_STANDARDS_STANDARDS.ordinal()];
        double maxLift = p[Param.MARKET_ACCESS_MAX_LIFT.ordinal()] / 100;
        double mLead = p[Param.LEAD_FIRM_TARGETING_MULTIPLIER.ordinal()];
        double mSmall = p[Param.SMALL_FIRM_TARGETING_MULTIPLIER.ordinal()];
        double conc = p[Param.TARGETING_CONCENTRATION.ordinal()] / 100;
        double fit = b.pathSign() * p[Param.ARCHITECTURE_FIT.ordinal()] / 100;
        double fitPlatform = 1 + fit;
        double fitLead = 1 - fit;
        double[] fitKind = new double[K];
        for (LeverKind k : KINDS) {
            fitKind[k.ordinal()] = LeverKind.PLATFORM_PATH.contains(k) ? fitPlatform
                    : LeverKind.LEAD_FIRM_PATH.contains(k) ? fitLead : 1;
        }

        // ---- base year
        double odm0;
        double obm0;
        if (b.mixEntered) {
            odm0 = b.odm0;
            obm0 = b.obm0;
        } else {
            obm0 = Math.min(p[Param.DEFAULT_OBM_SHARE.ordinal()] / 100, 1);
            odm0 = Math.min(p[Param.DEFAULT_ODM_SHARE.ordinal()] / 100, 1 - obm0);
        }
        double obmCap = Math.max(p[Param.OBM_SHARE_CAP.ordinal()] / 100, obm0);
        double mixIndex0 = (1 - odm0 - obm0) + piE * odm0 + piB * obm0;
        double v0 = b.va0 / b.q0;
        double vOem = v0 / mixIndex0;
        double dom0 = b.d0 / (b.d0 + b.x0);
        double gHat = dom0 * gD + (1 - dom0) * gX;
        double rdI = b.r0 / b.q0;
        double m0 = mu * b.cov * obm0 * b.s0;
        // capital stocks and the matching perpetual inventories of output
        double kR = b.r0 / (g0 + dR);
        double qR = b.q0 / (g0 + dR);
        double kB = m0 / (g0 + dB);
        double qB = b.q0 / (g0 + dB);
        double kC = 0;
        double qC = b.q0 / (g0 + dC);
        double kA = 0;
        // home-market experience: the perpetual inventory of domestic sales against that of all sales
        double kH = b.d0 * b.sigma / (g0 + dH);
        double sH = b.s0 / (g0 + dH);
        double hPrev = b.d0 * b.sigma;
        double lR0 = 100 * rdI + f;
        double lB0 = 100 * m0 / b.q0 + f;
        double rPrev = b.r0;
        double mPrev = m0;
        double cPrev = 0;
        double aPrev = 0;
        double qPrev = b.q0;
        double dOrg = b.d0;
        double xU = b.x0 * (1 - b.restricted0);
        double xR = b.x0 * b.restricted0;
        double odm = odm0;
        double obm = obm0;
        double ecom = b.ecom0;
        double ecomCap = Math.max(ECOMMERCE_CAP, b.ecom0);
        double mt = b.mt0;
        double local = b.local0;
        double imported = b.import0;
        double proc = b.proc0;
        double cert = b.cert0;
        double leadCount = b.lead0;
        double c4 = b.c4;
        double salesPrev = b.s0;
        double cost = 0;
        double productivity = 1;
        out.q[0] = b.q0;
        out.va[0] = b.va0;
        out.sales[0] = b.s0;
        out.obm[0] = 100 * b.cov * obm0;
        out.jobs[0] = b.e0;
        out.local[0] = b.local0;
        out.rate[0] = v0;
        out.dva[0] = b.dva0;
        if (withRecords) {
            out.records[0] = records == Records.FULL ? b.baseRecord() : b.outcomeRecord(b.baseYear(), b.baseRecord().values());
        }
        double scale = 100 / b.va0;
        Map<String, Double> values = withRecords ? new HashMap<>(48) : Map.of();
        double[] eff = new double[K];
        double[] dose = new double[K];
        for (int t = 1; t <= h; t++) {
            for (int k = 0; k < K; k++) {
                eff[k] = fitKind[k] * (plan.all[k][t] + mSmall * plan.small[k][t]) + fitLead * mLead * plan.lead[k][t];
                dose[k] = scale * eff[k];
            }
            cost += plan.total[t];
            // 1. capability stocks of year t from the flows of year t − 1
            kR = (1 - dR) * kR + rPrev;
            qR = (1 - dR) * qR + qPrev;
            kB = (1 - dB) * kB + mPrev;
            qB = (1 - dB) * qB + qPrev;
            kC = (1 - dC) * kC + cPrev;
            qC = (1 - dC) * qC + qPrev;
            kA = (1 - dA) * kA + aPrev;
            kH = (1 - dH) * kH + hPrev;
            sH = (1 - dH) * sH + salesPrev;
            double lR = Math.log((100 * kR / qR + f) / lR0);
            double lB = Math.log((100 * kB / qB + f) / lB0);
            double lC = Math.log((100 * kC / qC + f) / f);
            double lH = Math.log((kH / sH) / dom0);
            double np = Math.max(0, Math.min(1, b.np0 + bNP * lR / 100));
            double dNp = 100 * (np - b.np0);
            // 2. demand
            double ecomPrev = ecom;
            ecom = approach(ecom, ecomCap, platEcom * dose[LeverKind.PLATFORM.ordinal()]);
            mt += platMt * Math.log1p(dose[LeverKind.PLATFORM.ordinal()]);
            dOrg = dOrg * (1 + gD) + platNew * (ecom - ecomPrev) * salesPrev;
            double lift = maxLift * -Math.expm1(-kA / (kappa * b.d0));
            int pp = LeverKind.PUBLIC_PROCUREMENT.ordinal();
            double purchases = plan.all[pp][t] + plan.lead[pp][t] + plan.small[pp][t];
            double d = dOrg * (1 + lift) * Math.exp(etaB * lB + etaN * dNp) + addPp * purchases;
            xU *= 1 + gX;
            xR *= 1 + gX;
            if (shocked && t == shock.year()) {
                xR *= 1 - shock.sizePercent() / 100;
            }
            // buyers react to the own-brand share reached so far (last year's, obm before this year's update)
            double x = (xU + xR) * Math.exp(etaN * dNp - rho * 100 * Math.max(0, obm - obm0));
            double s = b.sigma * (d + x);
            double q = b.qs * s;
            // a cluster whose demand vanished keeps a vanishing output, so that ratios stay finite
            double qPos = Math.max(q, 1e-12 * b.q0);
            // 3. functional mix
            double dom = d + x > 0 ? d / (d + x) : dom0;
            double home = Math.pow(dom, eps);
            double obmTarget = obm0 + (home * (bBB * lB + bRB * lR + bCB * lC) + bD * lH
                    + bP * 100 * (ecom - b.ecom0)) / 100;
            obmTarget = Math.max(0, Math.min(obmCap, obmTarget));
            double odmTarget = odm0 + (home * (bRE * lR + bCE * lC) + bDE * lH) / 100;
            odmTarget = Math.max(0, Math.min(1 - obmTarget, odmTarget));
            obm += lambda * (obmTarget - obm);
            odm += lambda * (odmTarget - odm);
            double oem = 1 - obm - odm;
            double mixIndex = oem + piE * odm + piB * obm;
            // 4. value added: smile curve, then R&D capital through the value-added production function
            double vMix = b.cov * vOem * mixIndex + (1 - b.cov) * v0;
            double v = Math.min(1, rdI > 0 ? vMix * Math.pow(kR / (rdI * qR), gammaR) : vMix);
            double va = v * q;
            // 5. jobs: Verdoorn's law
            double gQ = q / qPrev - 1;
            productivity *= 1 + gLP + verdoorn * (gQ - gHat);
            double jobs = b.e0 * (q / b.q0) / productivity;
            // flows of year t, entering the stocks of year t + 1
            double r = rdI * q + aRD * eff[LeverKind.RD_SUBSIDY.ordinal()] + aLab * eff[LeverKind.SHARED_LABS.ordinal()];
            double obmSales = b.cov * obm * s;
            double m = mu * obmSales + aBrand * eff[LeverKind.BRAND_SUPPORT.ordinal()]
                    + aLeadBrand * eff[LeverKind.LEAD_FIRM_CULTIVATION.ordinal()];
            double c = aCoop * eff[LeverKind.COOPERATION.ordinal()] + aCm * eff[LeverKind.CM_COORDINATION.ordinal()];
            double a = aMa * eff[LeverKind.DOMESTIC_MARKET_ACCESS.ordinal()] + aPp * eff[pp]
                    + aHs * eff[LeverKind.HOME_MARKET_STANDARDS.ordinal()];
            rPrev = r;
            mPrev = m;
            cPrev = c;
            aPrev = a;
            qPrev = qPos;
            salesPrev = s;
            hPrev = b.sigma * d;
            // 6. the other fields
            cert = approach(cert, 1, labCert * dose[LeverKind.SHARED_LABS.ordinal()]);
            leadCount += leadFirms * Math.log1p(dose[LeverKind.LEAD_FIRM_CULTIVATION.ordinal()]);
            double toLead = conc * scale * plan.leadDirected(t);
            double toSmall = conc * scale * plan.smallDirected(t);
            c4 = approach(c4, 1, toLead);
            c4 = c4 - c4 * -Math.expm1(-toSmall);
            double gap = 1 - local;
            double gain = gap * -Math.expm1(-(supLocal * dose[LeverKind.LOCAL_SUPPLIERS.ordinal()]
                    + coopLocal * dose[LeverKind.COOPERATION.ordinal()]));
            double fromImports = Math.min(imported, supImport * gain);
            double fromOthers = Math.min(Math.max(0, 1 - local - imported), gain - supImport * gain);
            local += fromImports + fromOthers;
            imported -= fromImports;
            proc *= Math.exp(-cmProc * dose[LeverKind.CM_COORDINATION.ordinal()]);
            double dva = Double.NaN;
            if (!Double.isNaN(b.dva0)) {
                // foreign content moves with the direct imported-input content of output (docs/model.md)
                dva = Math.max(0, Math.min(1, b.dva0 - (imported * (1 - v) - b.import0 * (1 - v0))));
            }
            out.q[t] = q;
            out.va[t] = va;
            out.sales[t] = s;
            out.obm[t] = 100 * b.cov * obm;
            out.jobs[t] = jobs;
            out.cost[t] = cost;
            out.local[t] = local;
            out.rate[t] = v;
            out.dva[t] = dva;
            if (withRecords) {
                double inter = Math.max(0, q - va);
                values.put(GROSS_OUTPUT, q);
                values.put(VALUE_ADDED, va);
                values.put(SALES, s);
                values.put(DOMESTIC_SALES, d);
                values.put(EXPORTS, x);
                values.put(EMPLOYEES, jobs);
                values.put(RD_EXPENDITURE, r);
                values.put(RD_PERSONNEL, b.r0 > 0 ? b.rdp0 * r / b.r0 : b.rdp0);
                values.put(INVENTION_PATENTS, (b.r0 > 0 ? b.pat0 * r / b.r0 : b.pat0)
                        * (1 + patYield * Math.log1p(dose[LeverKind.PATENT_SUPPORT.ordinal()])));
                values.put(NEW_PRODUCT_SALES, np * s);
                values.put(OBM_SALES, obmSales);
                values.put(ODM_SALES, b.cov * odm * s);
                values.put(OEM_SALES, b.cov * oem * s);
                values.put(TOP4_SALES, c4 * s);
                values.put(LEAD_FIRMS, leadCount);
                values.put(ECOMMERCE_SALES, ecom * s);
                values.put(MARKET_TURNOVER, mt * q);
                values.put(LOCAL_SOURCING, local * inter);
                values.put(IMPORTED_INTERMEDIATES, imported * inter);
                values.put(PROCESSING_EXPORTS, proc * x);
                values.put(RESTRICTED_MARKET_SHARE, xU + xR > 0 ? 100 * xR / (xU + xR) : 0);
                values.put(STANDARDS_LED, b.std0 + (stdEff * Math.log1p(dose[LeverKind.STANDARDS_LEADERSHIP.ordinal()])
                        + hsStd * Math.log1p(dose[LeverKind.HOME_MARKET_STANDARDS.ordinal()])) * b.firms0 / 100);
                values.put(CERTIFIED_FIRMS, cert * b.firms0);
                values.put(PUBLIC_SUPPORT, b.support0 * va + plan.total[t]);
                values.put(LABOUR_COMPENSATION, b.labourShare0 * va);
                values.put(EXPORT_PRICE_POSITION, b.price0 * Math.pow(mixIndex / mixIndex0, uvr));
                values.put(RELATED_CHAIN_SALES, b.related0 * s);
                out.records[t] = records == Records.FULL ? b.record(b.baseYear() + t, values)
                        : b.outcomeRecord(b.baseYear() + t, values);
            }
        }
        return out;
    }
}
