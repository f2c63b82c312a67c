package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;

/**
 * Recommends the way out (DESIGN.md): spider → platform path, snake → lead-firm path, a mix → both; every path leans
 * on domestic demand and self-reliant innovation. Each reason names the scores and indicators behind it.
 */
final class PathAdvisor {

    /** Indicators with at least this risk are named as gaps. */
    static final double GAP = 50;
    /** Factor score from which a factor is called out as a risk (*assumption*). */
    static final double HIGH_RISK = 60;

    private PathAdvisor() {
    }

    static PathRecommendation recommend(ArchitectureResult arch, List<GroupScore> factors, List<GroupScore> paths,
                                        GovernanceResult gov, UpgradingResult up) {
        List<LocalizedText> reasons = new ArrayList<>();
        UpgradingPath path = switch (arch.type()) {
            case SPIDER -> UpgradingPath.PLATFORM;
            case SNAKE -> UpgradingPath.LEAD_FIRM;
            case MIXED -> UpgradingPath.BOTH;
            case UNDETERMINED -> UpgradingPath.UNDETERMINED;
        };
        List<LocalizedText> ev = arch.evidence().stream().filter(e -> e.weight() > 0).map(ArchitectureResult.Evidence::text).toList();
        if (path == UpgradingPath.UNDETERMINED) {
            reasons.add(new LocalizedText(
                    "生产架构无法判断：请回答架构问卷（" + String.join("、", arch.unanswered().stream().map(LocalizedText::zh).toList()) + "）",
                    "production architecture undetermined: answer the architecture questionnaire ("
                            + String.join(", ", arch.unanswered().stream().map(LocalizedText::en).toList()) + ")"));
        } else {
            LocalizedText e = Texts.join(ev);
            reasons.add(new LocalizedText(
                    "生产架构为" + arch.type().label().zh() + "（蜘蛛型证据占 " + Texts.num(100 * arch.spiderShare()) + "%：" + e.zh()
                            + "）→ " + path.label().zh(),
                    "production architecture is " + arch.type().label().en() + " (spider evidence " + Texts.num(100 * arch.spiderShare())
                            + " %: " + e.en() + ") → " + path.label().en()));
        }
        if (path == UpgradingPath.PLATFORM || path == UpgradingPath.BOTH) {
            reasons.add(pathReason(find(paths, Group.SPIDER_PATH),
                    new LocalizedText("把专业市场建成连接供应商与买家的双边平台，发展本地配套，保持集群内竞争与合作",
                            "make the specialised market a two-sided platform between suppliers and buyers, develop local suppliers, keep competition and cooperation inside the cluster")));
        }
        if (path == UpgradingPath.LEAD_FIRM || path == UpgradingPath.BOTH) {
            reasons.add(pathReason(find(paths, Group.SNAKE_PATH),
                    new LocalizedText("集中支持龙头企业的自主创新、品牌和市场能力，以及对代工企业的协调，使其成为价值链顶端的链主",
                            "concentrate support on lead firms' own innovation, brands and markets and their coordination of contract manufacturers, so they lead the chain")));
        }
        reasons.add(pathReason(find(paths, Group.DOMESTIC_DEMAND),
                new LocalizedText("依托国内大市场培育内需动态比较优势：在国内学习、建立品牌、承担更高端的功能",
                        "build a dynamic comparative advantage on domestic demand: learn, build brands and take on higher functions at home")));
        GroupScore tech = find(factors, Group.TECHNOLOGY_GAP);
        GroupScore inno = find(factors, Group.INDUSTRIAL_INNOVATION);
        List<IndicatorScore> innovationGaps = new ArrayList<>(gaps(tech));
        innovationGaps.addAll(gaps(inno));
        innovationGaps.sort(Comparator.comparingDouble(IndicatorScore::risk).reversed());
        reasons.add(new LocalizedText(
                "增强自主创新能力：" + scoreText(tech, true) + "，" + scoreText(inno, true)
                        + (innovationGaps.isEmpty() ? "" : "；差距最大的是 " + Texts.join(innovationGaps.stream().limit(2).map(Texts::describe).toList()).zh()),
                "strengthen self-reliant innovation: " + scoreText(tech, false) + ", " + scoreText(inno, false)
                        + (innovationGaps.isEmpty() ? "" : "; largest gaps: " + Texts.join(innovationGaps.stream().limit(2).map(Texts::describe).toList()).en())));
        reasons.add(new LocalizedText("升级阶段：" + up.stage().label().zh() + "，下一步：" + next(up.stage()).zh(),
                "upgrading stage: " + up.stage().label().en() + "; next: " + next(up.stage()).en()));
        if (gov.type() == GovernanceType.CAPTIVE || gov.type() == GovernanceType.HIERARCHY) {
            reasons.add(new LocalizedText("治理类型为" + gov.type().label().zh() + "：功能升级容易受阻，需减少对单一买方的依赖，拓展国内及多元市场",
                    "governance is " + gov.type().label().en() + ": functional upgrading tends to be blocked; reduce dependence on a single buyer and widen domestic and other markets"));
        }
        GroupScore politics = find(factors, Group.INTERNATIONAL_POLITICS);
        if (politics.risk() != null && politics.risk() >= HIGH_RISK) {
            reasons.add(new LocalizedText("国际政治风险较高（" + scoreText(politics, true) + "）："
                    + Texts.join(gaps(politics).stream().limit(2).map(Texts::describe).toList()).zh() + "，应分散出口市场、扩大内销",
                    "international-politics risk is high (" + scoreText(politics, false) + "): "
                            + Texts.join(gaps(politics).stream().limit(2).map(Texts::describe).toList()).en()
                            + "; spread exports over more markets and grow domestic sales"));
        }
        return new PathRecommendation(path, reasons);
    }

    private static LocalizedText pathReason(GroupScore g, LocalizedText action) {
        List<IndicatorScore> gaps = gaps(g);
        String zh = scoreText(g, true) + (gaps.isEmpty() ? "" : "，差距：" + Texts.join(gaps.stream().limit(3).map(Texts::describe).toList()).zh());
        String en = scoreText(g, false) + (gaps.isEmpty() ? "" : "; gaps: " + Texts.join(gaps.stream().limit(3).map(Texts::describe).toList()).en());
        return new LocalizedText(zh + " → " + action.zh(), en + " → " + action.en());
    }

    private static String scoreText(GroupScore g, boolean zh) {
        LocalizedText label = g.group().label();
        if (g.risk() == null) {
            return zh ? label.zh() + "无法评分（数据不足）" : label.en() + " not scored (missing data)";
        }
        return zh ? label.zh() + "风险得分 " + Texts.num(g.risk()) : label.en() + " risk score " + Texts.num(g.risk());
    }

    private static List<IndicatorScore> gaps(GroupScore g) {
        return g.scored().stream().filter(s -> s.risk() >= GAP)
                .sorted(Comparator.comparingDouble(IndicatorScore::risk).reversed()).toList();
    }

    private static GroupScore find(List<GroupScore> scores, Group g) {
        return scores.stream().filter(s -> s.group() == g).findFirst().orElseThrow();
    }

    private static LocalizedText next(UpgradingStage s) {
        return switch (s) {
            case PROCESS -> new LocalizedText("产品升级与设计能力（OEM → ODM）", "product upgrading and design capability (OEM → ODM)");
            case PRODUCT -> new LocalizedText("功能升级：自有品牌与营销（ODM → OBM）", "functional upgrading: own brands and marketing (ODM → OBM)");
            case FUNCTIONAL -> new LocalizedText("链条升级：以积累的能力进入相关的新价值链", "chain upgrading: use the capabilities gained to enter related chains");
            case CHAIN, UNKNOWN -> new LocalizedText("填写 OEM/ODM/OBM 销售额以判断阶段", "enter OEM/ODM/OBM sales to see the stage");
        };
    }
}
