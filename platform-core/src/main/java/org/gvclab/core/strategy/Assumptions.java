package org.gvclab.core.strategy;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Builds the list of assumptions shown with a result, and the model's structural notes. */
final class Assumptions {

    private static final LocalizedText FIXED = new LocalizedText("固定", "fixed");
    private static final LocalizedText PCT = new LocalizedText("%", "%");
    private static final LocalizedText NONE = new LocalizedText("", "");

    /** Why the regional jobs effect is missing when the multipliers have no employment multiplier. */
    static final LocalizedText NO_JOBS_MULTIPLIER = new LocalizedText(
            "未计算区域就业效应：所链接的投入产出部门缺少分部门的地区就业数据，因而没有就业乘数（可在集群数据页上传）。",
            "The regional jobs effect is not computed: there is no employment multiplier, because regional employment "
                    + "by sector for the linked IO table is missing (it can be uploaded on the cluster's data page).");

    private Assumptions() {
    }

    static List<Assumption> list(ClusterBaseline b, Scenario scenario, ParameterSet ps, List<Strategy> strategies,
                                 @Nullable RegionalMultipliers m) {
        List<Assumption> out = new ArrayList<>();
        for (Parameter p : ps.parameters()) {
            LocalizedText range = p.uncertain()
                    ? new LocalizedText(ParameterSet.num(p.low()) + "–" + ParameterSet.num(p.high()) + "（" + p.distribution().label().zh() + "）",
                    ParameterSet.num(p.low()) + "–" + ParameterSet.num(p.high()) + " (" + p.distribution().label().en() + ")")
                    : FIXED;
            out.add(new Assumption(p.id(), p.name(), p.value(), p.unit(), range, p.source(), p.assumption(),
                    ps.overridden(p.id()), true));
        }
        // values calibrated on the cluster's data, at the nominal parameters
        double[] v = ps.vector();
        double odm0 = b.mixEntered ? b.odm0 : Math.min(v[Param.DEFAULT_ODM_SHARE.ordinal()] / 100, 1 - v[Param.DEFAULT_OBM_SHARE.ordinal()] / 100);
        double obm0 = b.mixEntered ? b.obm0 : v[Param.DEFAULT_OBM_SHARE.ordinal()] / 100;
        double v0 = b.va0 / b.q0;
        double piE = v[Param.ODM_VA_PREMIUM.ordinal()];
        double piB = v[Param.OBM_VA_PREMIUM.ordinal()];
        double vOem = v0 / ((1 - odm0 - obm0) + piE * odm0 + piB * obm0);
        int y = b.baseYear();
        LocalizedText calibrated = new LocalizedText("按集群 " + y + " 年增加值率 " + ParameterSet.num(100 * v0) + "% 与功能结构反推（随溢价参数变化）",
                "calibrated to the cluster's " + y + " value-added rate of " + ParameterSet.num(100 * v0)
                        + " % and its mix (moves with the premium parameters)");
        out.add(calibrated("va_rate_oem", "OEM 增加值率", "OEM value-added rate", 100 * vOem, PCT, calibrated));
        out.add(calibrated("va_rate_odm", "ODM 增加值率", "ODM value-added rate", 100 * vOem * piE, PCT, calibrated));
        out.add(calibrated("va_rate_obm", "OBM 增加值率", "OBM value-added rate", 100 * vOem * piB, PCT, calibrated));
        LocalizedText mixSource = b.mixEntered
                ? new LocalizedText("集群 " + y + " 年数据（占 OEM+ODM+OBM 销售额）", "cluster data " + y + " (share of OEM + ODM + OBM sales)")
                : new LocalizedText("未填报，采用默认值（假设）", "not entered: defaults (assumption)");
        LocalizedText mix = new LocalizedText("占 OEM+ODM+OBM %", "% of OEM + ODM + OBM");
        out.add(new Assumption("base_odm_share", new LocalizedText("基年 ODM 占比", "Base-year ODM share"), 100 * odm0, mix,
                FIXED, mixSource, !b.mixEntered, false, false));
        out.add(new Assumption("base_obm_share", new LocalizedText("基年 OBM 占比", "Base-year OBM share"), 100 * obm0, mix,
                FIXED, mixSource, !b.mixEntered, false, false));
        out.add(new Assumption("base_restricted_share", new LocalizedText("基年对设限市场出口占比", "Base-year exports to restricted markets"),
                100 * b.restricted0, new LocalizedText("占出口 %", "% of exports"), FIXED,
                new LocalizedText("集群 " + y + " 年数据", "cluster data " + y), false, false, false));
        Shock s = scenario.shock();
        out.add(new Assumption("shock_size", new LocalizedText("外部冲击：设限市场需求下降", "External shock: fall of restricted-market demand"),
                s.sizePercent(), PCT, FIXED, s.applied()
                        ? new LocalizedText("情景设定：冲击计入各条路径", "scenario setting: the shock is in the paths shown")
                        : new LocalizedText("情景设定：仅用于韧性压力测试，不计入所示路径", "scenario setting: used only for the resilience stress test, not in the paths shown"),
                Shock.DEFAULT_SIZE == s.sizePercent(), false, false));
        out.add(new Assumption("shock_year", new LocalizedText("外部冲击发生年份", "Year of the shock"), y + s.year(),
                NONE, FIXED, new LocalizedText("情景设定", "scenario setting"), false, false, false));
        for (Strategy st : strategies) {
            double first = st.budget(1, b.va0);
            out.add(new Assumption("budget_" + st.id(), new LocalizedText(st.name().zh() + "：第 1 年预算", st.name().en() + ": budget in year 1"),
                    first, b.currency().label(), FIXED, Strategies.isPreset(st.id())
                            ? new LocalizedText("预设：基年增加值的 " + ParameterSet.num(ps.value(Param.PRESET_BUDGET_SHARE.id)) + "%（参数 preset_budget_share）",
                            "preset: " + ParameterSet.num(ps.value(Param.PRESET_BUDGET_SHARE.id)) + " % of base-year value added (parameter preset_budget_share)")
                            : new LocalizedText("用户设定的政策工具", "the user's levers"),
                    Strategies.isPreset(st.id()), false, false));
        }
        if (m != null) {
            LocalizedText per = new LocalizedText("每单位最终需求", "per unit of final demand");
            out.add(new Assumption("multiplier_output", new LocalizedText("Type I 产出乘数", "Type I output multiplier"), m.output(), per, FIXED, m.source(), false, false, false));
            out.add(new Assumption("multiplier_value_added", new LocalizedText("Type I 增加值乘数", "Type I value-added multiplier"), m.valueAdded(), per, FIXED, m.source(), false, false, false));
            if (m.jobs().isPresent()) {
                out.add(new Assumption("multiplier_jobs", new LocalizedText("Type I 就业乘数", "Type I employment multiplier"),
                        m.jobs().getAsDouble(), new LocalizedText("人/单位最终需求", "persons per unit of final demand"), FIXED,
                        m.source(), false, false, false));
            }
        }
        out.add(new Assumption("horizon", new LocalizedText("预测期", "Horizon"), scenario.horizon(), new LocalizedText("年", "years"),
                FIXED, new LocalizedText("情景设定", "scenario setting"), false, false, false));
        out.add(new Assumption("draws", new LocalizedText("蒙特卡洛抽样次数", "Monte Carlo draws"), scenario.draws(), NONE,
                FIXED, new LocalizedText("情景设定（随机种子 " + scenario.seed() + "）", "scenario setting (random seed " + scenario.seed() + ")"),
                false, false, false));
        return List.copyOf(out);
    }

    private static Assumption calibrated(String id, String zh, String en, double value, LocalizedText unit, LocalizedText source) {
        return new Assumption(id, new LocalizedText(zh, en), value, unit, FIXED, source, false, false, false);
    }

    /** The structural choices of the model, always shown. */
    static List<LocalizedText> modelNotes(Shock shock) {
        List<LocalizedText> n = new ArrayList<>();
        n.add(new LocalizedText("金额均为基年价格（模型不含价格变化），财政投入未贴现。",
                "Money is at base-year prices (the model has no price change); fiscal cost is not discounted."));
        n.add(new LocalizedText("按增加值比例给出的预算以基年增加值换算为金额。",
                "Budgets given as a share of value added are turned into money with the base year's value added."));
        n.add(new LocalizedText("出口目的地结构、外资企业产值占比、战略契合度和企业数保持基年水平。",
                "Export destination shares, the foreign-invested output share, the strategic-alignment rating and the firm count stay at base-year values."));
        n.add(new LocalizedText("锁定指数由诊断页面的同一代码（Diagnosis.lockInIndex）按每个预测年的记录重新计算，只使用基年已填报的字段。",
                "The lock-in index is recomputed for every projected year by the diagnosis page's own code (Diagnosis.lockInIndex), "
                        + "from projected records holding only the fields entered for the base year."));
        n.add(new LocalizedText("区域效应：集群相对 S0 的新增销售视为所链接部门的新增最终需求（Type I，不含引致消费）。",
                "Regional effects: the cluster's extra sales over S0 are treated as extra final demand of the linked sector (Type I, no induced consumption)."));
        n.add(new LocalizedText("排序以预测期末各结果的中位数（P50）做 TOPSIS；稳定性为各次抽样中排名第一的比例。",
                "The ranking is TOPSIS on the median (P50) outcomes at the horizon; stability is the share of draws in which a strategy ranks first."));
        if (!shock.applied()) {
            n.add(new LocalizedText("未选择外部冲击：韧性按第 " + shock.year() + " 年设限市场需求下降 " + ParameterSet.num(shock.sizePercent())
                    + "% 的压力测试计算，所示路径不含冲击。",
                    "No external shock chosen: resilience is measured by a stress test (restricted-market demand falls "
                            + ParameterSet.num(shock.sizePercent()) + " % in year " + shock.year() + "); the paths shown are without it."));
        }
        return n;
    }
}
