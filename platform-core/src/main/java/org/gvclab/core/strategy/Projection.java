package org.gvclab.core.strategy;

import static org.gvclab.core.cluster.FieldCatalogue.CERTIFIED_FIRMS;
import static org.gvclab.core.cluster.FieldCatalogue.DOMESTIC_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.ECOMMERCE_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.EMPLOYEES;
import static org.gvclab.core.cluster.FieldCatalogue.EXPORTS;
import static org.gvclab.core.cluster.FieldCatalogue.GROSS_OUTPUT;
import static org.gvclab.core.cluster.FieldCatalogue.IMPORTED_INTERMEDIATES;
import static org.gvclab.core.cluster.FieldCatalogue.INVENTION_PATENTS;
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
import static org.gvclab.core.cluster.FieldCatalogue.RESTRICTED_MARKET_SHARE;
import static org.gvclab.core.cluster.FieldCatalogue.SALES;
import static org.gvclab.core.cluster.FieldCatalogue.STANDARDS_LED;
import static org.gvclab.core.cluster.FieldCatalogue.TOP4_SALES;
import static org.gvclab.core.cluster.FieldCatalogue.VALUE_ADDED;

import java.util.HashMap;
import java.util.Map;
import org.gvclab.core.cluster.YearlyRecord;

/**
 * The yearly projection model of METHODS.md §5 for one strategy and one parameter vector. Notation: t = 0 is the
 * base year, t = 1…H the projected years; "dose" d_k,t = 100 · B_k,t / VA_0 is lever kind k's effective budget in
 * percent of base-year value added; targeting multiplies a lever's effective budget by
 * {@code lead_firm_targeting_multiplier} or {@code small_firm_targeting_multiplier}, and the fit with the production
 * architecture by {@code 1 ± architecture_fit} (platform-path levers up in spider clusters, lead-firm-path levers and
 * levers aimed at lead firms up in snake clusters, {@link LeverKind#PLATFORM_PATH}).
 * <ol>
 * <li><b>Demand.</b> Organic domestic demand {@code D^o_t = D^o_{t−1} (1 + g_D) + a_MA B_MA + a_PP B_PP + a_HS B_HS +
 *     ν ΔE_t} (lasting gains from market access, procurement and home-market standards; ν = share of the platform's new
 *     e-commerce sales ΔE_t that is new demand); domestic sales {@code D_t = D^o_t + P_t} with P_t the public purchases
 *     of the year. Exports split into restricted and other markets (the cluster's restricted share), both growing at
 *     g_X; the shock multiplies the restricted part by {@code (1 − size)} from its year on. Sales
 *     {@code S_t = σ (D_t + X_t)}, output {@code Q_t = (Q_0/S_0) S_t} (σ, Q_0/S_0 from the base year).</li>
 * <li><b>Capability stocks</b> by perpetual inventory {@code K_{t+1} = (1 − δ) K_t + flow_t} (METHODS.md §5):
 *     R&amp;D {@code R_t = (R_0/Q_0) Q_t + a_RD B_RD + a_LAB B_LAB}, {@code K_R0 = R_0 / (g + δ_R)} (Griliches 1980);
 *     brand {@code M_t = μ · OBM sales_t + a_B B_BRAND + a_L B_LEAD}, {@code K_B0 = M_0 / (g + δ_B)};
 *     coordination {@code C_t = a_C B_COOP + a_CM B_CM}, {@code K_C0 = 0}. Capability responses
 *     {@code ℓ_X = ln((k_X,t + f) / (k_X,0 + f))} with {@code k_X = 100 K_X / Q} (percent of output).</li>
 * <li><b>Functional mix</b> (shares of OEM + ODM + OBM sales): targets
 *     {@code s*_ODM = s_ODM,0 + (β_RE ℓ_R + β_CE ℓ_C)/100},
 *     {@code s*_OBM = s_OBM,0 + (β_BB ℓ_B + β_RB ℓ_R + β_CB ℓ_C + β_D Δdom + β_P Δecom)/100} (Δ in points of domestic
 *     sales share and e-commerce share), OBM clipped to [0, cap] first, ODM to [0, 1 − s*_OBM]; partial adjustment
 *     {@code s_t = s_{t−1} + λ (s*_t − s_{t−1})}; OEM is the rest. With non-negative responses, more R&amp;D never lowers
 *     the OBM share.</li>
 * <li><b>Value added</b> (smile curve and process upgrading):
 *     {@code v_t = [cov · v_OEM (s_OEM + π_ODM s_ODM + π_OBM s_OBM) + (1 − cov) v_0] · exp(γ ℓ_R)}, v_OEM calibrated so
 *     that v equals the base-year rate v_0; cov = share of sales with a known mix; γ the value-added elasticity of
 *     R&amp;D capital; {@code VA_t = min(v_t, 1) Q_t}.</li>
 * <li><b>Jobs</b> {@code E_t = E_0 (Q_t / Q_0) / (1 + g_LP)^t}.</li>
 * <li>Other projected fields (for the lock-in index): R&amp;D personnel ∝ R_t; patents ∝ R_t × (1 + yield · dose);
 *     standards led, certified firms, lead firms, CR4, local and imported shares of intermediates, processing share
 *     of exports move with their levers; public support = base-year support per value added × VA_t + budgets;
 *     destination shares, foreign-invested share, strategic alignment and firm count stay at base-year values.</li>
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
        final double[] leadTargeted;
        final double[] smallTargeted;

        Plan(Strategy s, double va0, int h) {
            all = new double[K][h + 1];
            lead = new double[K][h + 1];
            small = new double[K][h + 1];
            total = new double[h + 1];
            leadTargeted = new double[h + 1];
            smallTargeted = new double[h + 1];
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
                        case LEAD_FIRMS -> {
                            lead[k][t] += m;
                            leadTargeted[t] += m;
                        }
                        case SMALL_FIRMS -> {
                            small[k][t] += m;
                            smallTargeted[t] += m;
                        }
                    }
                }
            }
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
        final YearlyRecord[] records;

        Path(int h, boolean withRecords) {
            q = new double[h + 1];
            va = new double[h + 1];
            sales = new double[h + 1];
            obm = new double[h + 1];
            jobs = new double[h + 1];
            cost = new double[h + 1];
            records = withRecords ? new YearlyRecord[h + 1] : new YearlyRecord[0];
        }
    }

    /**
     * Projects one strategy.
     *
     * @param b           the baseline
     * @param p           the parameter vector (indexed by {@link Param#ordinal()})
     * @param plan        the compiled strategy
     * @param h           the horizon
     * @param shock       the shock specification
     * @param shocked     whether this path includes the shock
     * @param withRecords whether to build the projected yearly records (for the lock-in index)
     */
    static Path run(ClusterBaseline b, double[] p, Plan plan, int h, Shock shock, boolean shocked, boolean withRecords) {
        Path out = new Path(h, withRecords);
        // parameters, as fractions where the catalogue gives percent
        double gD = p[Param.DOMESTIC_DEMAND_GROWTH.ordinal()] / 100;
        double gX = p[Param.EXPORT_DEMAND_GROWTH.ordinal()] / 100;
        double gLP = p[Param.LABOUR_PRODUCTIVITY_GROWTH.ordinal()] / 100;
        double dR = p[Param.RD_DEPRECIATION.ordinal()] / 100;
        double dB = p[Param.BRAND_DEPRECIATION.ordinal()] / 100;
        double dC = p[Param.COORDINATION_DEPRECIATION.ordinal()] / 100;
        double g0 = p[Param.RD_PRESAMPLE_GROWTH.ordinal()] / 100;
        double mu = p[Param.BRAND_INVESTMENT_RATE.ordinal()] / 100;
        double f = p[Param.CAPABILITY_FLOOR.ordinal()];
        double lambda = p[Param.MIX_ADJUSTMENT_SPEED.ordinal()] / 100;
        double bRE = p[Param.ODM_RESPONSE_RD.ordinal()];
        double bRB = p[Param.OBM_RESPONSE_RD.ordinal()];
        double bBB = p[Param.OBM_RESPONSE_BRAND.ordinal()];
        double bCE = p[Param.ODM_RESPONSE_COORDINATION.ordinal()];
        double bCB = p[Param.OBM_RESPONSE_COORDINATION.ordinal()];
        double bD = p[Param.OBM_RESPONSE_DOMESTIC.ordinal()];
        double bP = p[Param.OBM_RESPONSE_PLATFORM.ordinal()];
        double bNP = p[Param.NEW_PRODUCT_RESPONSE_RD.ordinal()];
        double piE = p[Param.ODM_VA_PREMIUM.ordinal()];
        double piB = p[Param.OBM_VA_PREMIUM.ordinal()];
        double gammaR = p[Param.RD_VALUE_ADDED_ELASTICITY.ordinal()];
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
        double aHs = p[Param.HOME_STANDARDS_SALES.ordinal()];
        double hsStd = p[Param.HOME_STANDARDS_STANDARDS.ordinal()];
        double mLead = p[Param.LEAD_FIRM_TARGETING_MULTIPLIER.ordinal()];
        double mSmall = p[Param.SMALL_FIRM_TARGETING_MULTIPLIER.ordinal()];
        double conc = p[Param.TARGETING_CONCENTRATION.ordinal()] / 100;
        double fit = b.architectureSign() * p[Param.ARCHITECTURE_FIT.ordinal()] / 100;
        double fitPlatform = 1 + fit;
        double fitLead = 1 - fit;
        double[] fitKind = new double[K];
        for (LeverKind k : KINDS) {
            fitKind[k.ordinal()] = LeverKind.PLATFORM_PATH.contains(k) ? fitPlatform
                    : LeverKind.LEAD_FIRM_PATH.contains(k) ? fitLead : 1;
        }

        // base year
        double odm0;
        double obm0;
        if (b.mixEntered) {
            odm0 = b.odm0;
            obm0 = b.obm0;
        } else {
            odm0 = p[Param.DEFAULT_ODM_SHARE.ordinal()] / 100;
            obm0 = Math.min(p[Param.DEFAULT_OBM_SHARE.ordinal()] / 100, 1);
            odm0 = Math.min(odm0, 1 - obm0);
        }
        double obmCap = Math.max(p[Param.OBM_SHARE_CAP.ordinal()] / 100, obm0);
        double vOem = (b.va0 / b.q0) / ((1 - odm0 - obm0) + piE * odm0 + piB * obm0);
        double v0 = b.va0 / b.q0;
        double dom0 = b.d0 / (b.d0 + b.x0);
        double m0 = mu * b.cov * obm0 * b.s0;
        double kR = b.r0 / (g0 + dR);
        double kB = m0 / (g0 + dB);
        double kC = 0;
        double kR0 = 100 * kR / b.q0 + f;
        double kB0 = 100 * kB / b.q0 + f;
        double kC0 = f;
        double rPrev = b.r0;
        double mPrev = m0;
        double cPrev = 0;
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
        double rdIntensity = b.r0 / b.q0;
        double cost = 0;
        out.q[0] = b.q0;
        out.va[0] = b.va0;
        out.sales[0] = b.s0;
        out.obm[0] = 100 * b.cov * obm0;
        out.jobs[0] = b.e0;
        if (withRecords) {
            out.records[0] = b.baseRecord();
        }
        double scale = 100 / b.va0;
        double productivity = 1;
        Map<String, Double> values = withRecords ? new HashMap<>(32) : Map.of();
        double[] eff = new double[K];
        for (int t = 1; t <= h; t++) {
            for (int k = 0; k < K; k++) {
                eff[k] = fitKind[k] * (plan.all[k][t] + mSmall * plan.small[k][t]) + fitLead * mLead * plan.lead[k][t];
            }
            cost += plan.total[t];
            // 1. demand
            double ecomPrev = ecom;
            ecom = Math.min(ecomCap, ecom + platEcom * scale * eff[LeverKind.PLATFORM.ordinal()]);
            mt += platMt * scale * eff[LeverKind.PLATFORM.ordinal()];
            double newOnline = (ecom - ecomPrev) * salesPrev;
            dOrg = dOrg * (1 + gD) + aMa * eff[LeverKind.DOMESTIC_MARKET_ACCESS.ordinal()]
                    + aPp * eff[LeverKind.PUBLIC_PROCUREMENT.ordinal()] + aHs * eff[LeverKind.HOME_MARKET_STANDARDS.ordinal()]
                    + platNew * newOnline;
            int pp = LeverKind.PUBLIC_PROCUREMENT.ordinal();
            double purchases = plan.all[pp][t] + plan.lead[pp][t] + plan.small[pp][t];
            double d = dOrg + purchases;
            xU *= 1 + gX;
            xR *= 1 + gX;
            if (shocked && t == shock.year()) {
                xR *= 1 - shock.sizePercent() / 100;
            }
            double x = xU + xR;
            double s = b.sigma * (d + x);
            double q = b.qs * s;
            // a cluster whose demand vanished keeps a vanishing output, so that intensities stay finite
            double qPos = Math.max(q, 1e-12 * b.q0);
            // 2. capability stocks: K_t = (1 − δ) K_{t−1} + flow_{t−1}
            kR = (1 - dR) * kR + rPrev;
            kB = (1 - dB) * kB + mPrev;
            kC = (1 - dC) * kC + cPrev;
            double lR = Math.log((100 * kR / qPos + f) / kR0);
            double lB = Math.log((100 * kB / qPos + f) / kB0);
            double lC = Math.log((100 * kC / qPos + f) / kC0);
            // 3. functional mix
            double dom = d + x > 0 ? d / (d + x) : dom0;
            double obmTarget = obm0 + (bBB * lB + bRB * lR + bCB * lC + bD * 100 * (dom - dom0) + bP * 100 * (ecom - b.ecom0)) / 100;
            obmTarget = Math.max(0, Math.min(obmCap, obmTarget));
            double odmTarget = odm0 + (bRE * lR + bCE * lC) / 100;
            odmTarget = Math.max(0, Math.min(1 - obmTarget, odmTarget));
            obm += lambda * (obmTarget - obm);
            odm += lambda * (odmTarget - odm);
            double oem = 1 - obm - odm;
            // 4. value added
            double v = (b.cov * vOem * (oem + piE * odm + piB * obm) + (1 - b.cov) * v0) * Math.exp(gammaR * lR);
            double va = Math.min(v, 1) * q;
            // 5. jobs
            productivity *= 1 + gLP;
            double jobs = b.e0 * (q / b.q0) / productivity;
            // flows of year t, entering the stocks of year t + 1
            double r = rdIntensity * q + aRD * eff[LeverKind.RD_SUBSIDY.ordinal()] + aLab * eff[LeverKind.SHARED_LABS.ordinal()];
            double obmSales = b.cov * obm * s;
            double m = mu * obmSales + aBrand * eff[LeverKind.BRAND_SUPPORT.ordinal()]
                    + aLeadBrand * eff[LeverKind.LEAD_FIRM_CULTIVATION.ordinal()];
            double c = aCoop * eff[LeverKind.COOPERATION.ordinal()] + aCm * eff[LeverKind.CM_COORDINATION.ordinal()];
            rPrev = r;
            mPrev = m;
            cPrev = c;
            salesPrev = s;
            out.q[t] = q;
            out.va[t] = va;
            out.sales[t] = s;
            out.obm[t] = 100 * b.cov * obm;
            out.jobs[t] = jobs;
            out.cost[t] = cost;
            // 6. the other fields, for the lock-in index
            cert = Math.min(1, cert + labCert * scale * eff[LeverKind.SHARED_LABS.ordinal()]);
            leadCount += leadFirms * scale * eff[LeverKind.LEAD_FIRM_CULTIVATION.ordinal()];
            int lc = LeverKind.LEAD_FIRM_CULTIVATION.ordinal();
            double cultivation = plan.all[lc][t] + plan.lead[lc][t] + plan.small[lc][t];
            c4 = Math.max(0, Math.min(1, c4 + conc * scale * (plan.leadTargeted[t] + cultivation - plan.smallTargeted[t])));
            double gain = supLocal * scale * eff[LeverKind.LOCAL_SUPPLIERS.ordinal()] + coopLocal * scale * eff[LeverKind.COOPERATION.ordinal()];
            double fromImports = Math.min(imported, supImport * gain);
            double fromOthers = Math.min(Math.max(0, 1 - local - imported), gain - supImport * gain);
            local += fromImports + fromOthers;
            imported -= fromImports;
            proc = Math.max(0, proc - cmProc * scale * eff[LeverKind.CM_COORDINATION.ordinal()]);
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
                        * (1 + patYield * scale * eff[LeverKind.PATENT_SUPPORT.ordinal()]));
                values.put(NEW_PRODUCT_SALES, Math.max(0, Math.min(1, b.np0 + bNP * lR / 100)) * s);
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
                values.put(RESTRICTED_MARKET_SHARE, x > 0 ? 100 * xR / x : 0);
                values.put(STANDARDS_LED, b.std0 + (stdEff * scale * eff[LeverKind.STANDARDS_LEADERSHIP.ordinal()]
                        + hsStd * scale * eff[LeverKind.HOME_MARKET_STANDARDS.ordinal()]) * b.firms0 / 100);
                values.put(CERTIFIED_FIRMS, cert * b.firms0);
                values.put(PUBLIC_SUPPORT, b.support0 * va + plan.total[t]);
                out.records[t] = b.record(b.baseYear() + t, values);
            }
        }
        return out;
    }
}
