package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.indicator.Group;
import org.gvclab.core.indicator.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * Recommends the way out from three kinds of evidence (docs/model.md, "Path from evidence"): the shape of production
 * (spider or snake, from the questionnaire and the IO table's input structure), the specialised market as a
 * two-sided platform (its turnover relative to output, the e-commerce share, the number of firms and how dispersed
 * sales are, CR4 low) against concentration around lead firms (CR4 high, lead firms among all firms), and the
 * governance type. Organisational evidence weighs more than shape, because a path builds on the institutions that
 * already coordinate the cluster: a snake-shaped cluster run through a strong specialised market by thousands of
 * small firms (Datang socks) is a platform case or both, a concentrated cluster with lead firms and no market a
 * lead-firm case. Every path leans on domestic demand and self-reliant innovation.
 */
final class PathAdvisor {

    /** Indicators with at least this risk are named as gaps. */
    static final double GAP = 50;
    /** Factor score from which a factor is called out as a risk (*assumption*). */
    static final double HIGH_RISK = 60;
    /** Weight of the architecture (shape) evidence (*assumption*). */
    static final double W_ARCHITECTURE = 0.30;
    /** Weight of the organisational evidence: specialised market against lead-firm concentration (*assumption*). */
    static final double W_ORGANISATION = 0.55;
    /** Weight of the governance lean (*assumption*). */
    static final double W_GOVERNANCE = 0.15;
    /** Both paths when the two scores differ by less than this (*assumption*). */
    static final double BOTH_MARGIN = 0.10;
    /** Reference share of lead firms among all firms, %, scoring 0.5 (*assumption*). */
    static final double LEAD_SHARE_REFERENCE = 1.0;

    private PathAdvisor() {
    }

    /** The shape-market-governance evidence and the two path scores. */
    static PathEvidence evidence(ArchitectureResult arch, GovernanceResult gov, List<IndicatorValue> values,
                                 BenchmarkSet refs) {
        List<LocalizedText> items = new ArrayList<>();
        boolean known = arch.type() != Architecture.UNDETERMINED;
        List<Double> market = new ArrayList<>();
        Double ratio = value(values, "market_turnover_ratio");
        if (ratio != null) {
            double s = half(ratio, ref(refs, "market_turnover_ratio", 0.5));
            market.add(s);
            items.add(Msg.of("paradox.path.ev.turnover", Num.ratio(ratio), Num.ratio(s)));
        }
        Double ecom = value(values, "ecommerce_share");
        if (ecom != null) {
            double s = half(ecom, ref(refs, "ecommerce_share", 27.2));
            market.add(s);
            items.add(Msg.of("paradox.path.ev.ecommerce", Num.percent(ecom), Num.ratio(s)));
        }
        Double firms = value(values, "firm_count");
        if (firms != null) {
            double s = half(firms, ref(refs, "firm_count", 500));
            market.add(s);
            items.add(Msg.of("paradox.path.ev.firms", Num.count(firms), Num.ratio(s)));
        }
        List<Double> lead = new ArrayList<>();
        Double cr4 = value(values, "cr4_competition");
        if (cr4 != null) {
            double r = ref(refs, "cr4_competition", 30);
            double dispersed = r / (cr4 + r);
            market.add(dispersed);
            lead.add(1 - dispersed);
            items.add(Msg.of("paradox.path.ev.cr4", Num.percent(cr4), Num.ratio(dispersed), Num.ratio(1 - dispersed)));
        }
        Double leadFirms = value(values, "lead_firm_count");
        if (leadFirms != null && firms != null && firms > 0) {
            double pct = 100 * leadFirms / firms;
            double s = half(pct, LEAD_SHARE_REFERENCE);
            lead.add(s);
            items.add(Msg.of("paradox.path.ev.lead", Num.count(leadFirms), Num.percent(pct), Num.ratio(s)));
        }
        // one observation (the firm count alone) is too thin to speak of a specialised market
        Double m = market.size() < 2 ? null : mean(market);
        Double c = lead.isEmpty() ? null : mean(lead);
        double g = lean(gov.type());
        if (gov.type() != null) {
            items.add(Msg.of("paradox.path.ev.governance", gov.type().label(), Num.ratio(g)));
        }
        double wa = known ? W_ARCHITECTURE : 0;
        double wo = m != null || c != null ? W_ORGANISATION : 0;
        double wg = gov.type() != null ? W_GOVERNANCE : 0;
        double sum = wa + wo + wg;
        double a = arch.spiderShare();
        double mm = m == null ? 0.5 : m;
        double cc = c == null ? 0.5 : c;
        double p = sum == 0 ? 0.5 : (wa * a + wo * mm + wg * g) / sum;
        double f = sum == 0 ? 0.5 : (wa * (1 - a) + wo * cc + wg * (1 - g)) / sum;
        return new PathEvidence(a, known, m, c, g, p, f, items);
    }

    static PathRecommendation recommend(ArchitectureResult arch, List<GroupScore> factors, List<GroupScore> paths,
                                        GovernanceResult gov, UpgradingResult up, PathEvidence ev) {
        List<LocalizedText> reasons = new ArrayList<>();
        boolean thin = !ev.architectureKnown() && ev.market() == null && ev.concentration() == null;
        UpgradingPath path;
        if (thin) {
            path = UpgradingPath.UNDETERMINED;
        } else if (Math.abs(ev.platformScore() - ev.leadFirmScore()) < BOTH_MARGIN) {
            path = UpgradingPath.BOTH;
        } else {
            path = ev.platformScore() > ev.leadFirmScore() ? UpgradingPath.PLATFORM : UpgradingPath.LEAD_FIRM;
        }
        if (!ev.architectureKnown()) {
            reasons.add(Msg.of("paradox.path.arch_open", Texts.join(arch.unanswered())));
        }
        if (path != UpgradingPath.UNDETERMINED) {
            LocalizedText shape = ev.architectureKnown()
                    ? Msg.of("paradox.path.shape", arch.type().label(), Num.share(arch.spiderShare()),
                    Texts.join(arch.evidence().stream().filter(e -> e.weight() > 0).map(ArchitectureResult.Evidence::text).toList()))
                    : Msg.of("paradox.path.shape_unknown");
            reasons.add(Msg.of("paradox.path.decision", shape, Texts.join(ev.items()), Num.ratio(ev.platformScore()),
                    Num.ratio(ev.leadFirmScore()), path.label()));
        }
        if (path == UpgradingPath.PLATFORM || path == UpgradingPath.BOTH) {
            reasons.add(pathReason(find(paths, Group.SPIDER_PATH), Msg.of("paradox.path.action.platform")));
        }
        if (path == UpgradingPath.LEAD_FIRM || path == UpgradingPath.BOTH) {
            reasons.add(pathReason(find(paths, Group.SNAKE_PATH), Msg.of("paradox.path.action.lead_firm")));
        }
        reasons.add(pathReason(find(paths, Group.DOMESTIC_DEMAND), Msg.of("paradox.path.action.domestic")));
        GroupScore tech = find(factors, Group.TECHNOLOGY_GAP);
        GroupScore inno = find(factors, Group.INDUSTRIAL_INNOVATION);
        List<IndicatorScore> innovationGaps = new ArrayList<>(gaps(tech));
        innovationGaps.addAll(gaps(inno));
        innovationGaps.sort(Comparator.comparingDouble(IndicatorScore::risk).reversed());
        LocalizedText largest = innovationGaps.isEmpty() ? Msg.of("paradox.path.no_gap")
                : Texts.join(innovationGaps.stream().limit(2).map(Texts::describe).toList());
        reasons.add(Msg.of("paradox.path.innovation", scoreText(tech), scoreText(inno), largest));
        reasons.add(Msg.of("paradox.path.stage", up.stage().label(), next(up.stage())));
        if (gov.type() == GovernanceType.CAPTIVE || gov.type() == GovernanceType.HIERARCHY) {
            reasons.add(Msg.of("paradox.path.captive", gov.type().label()));
        }
        GroupScore politics = find(factors, Group.INTERNATIONAL_POLITICS);
        if (politics.risk() != null && politics.risk() >= HIGH_RISK) {
            reasons.add(Msg.of("paradox.path.politics", scoreText(politics),
                    Texts.join(gaps(politics).stream().limit(2).map(Texts::describe).toList())));
        }
        return new PathRecommendation(path, reasons, ev);
    }

    /** The governance lean g: 1 towards the platform path, 0 towards the lead-firm path (*assumption*). */
    static double lean(@Nullable GovernanceType t) {
        if (t == null) {
            return 0.5;
        }
        return switch (t) {
            case MARKET -> 1.0;
            case MODULAR -> 0.75;
            case CAPTIVE -> 0.5;
            case RELATIONAL -> 0.25;
            case HIERARCHY -> 0.0;
        };
    }

    private static double half(double x, double reference) {
        double v = Math.max(0, x);
        return v / (v + reference);
    }

    private static double ref(BenchmarkSet refs, String id, double fallback) {
        return refs.find(id).map(BenchmarkValue::value).filter(v -> v > 0).orElse(fallback);
    }

    private static double mean(List<Double> xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.size();
    }

    private static @Nullable Double value(List<IndicatorValue> values, String id) {
        for (IndicatorValue v : values) {
            if (v.indicatorId().equals(id)) {
                return v.value();
            }
        }
        return null;
    }

    private static LocalizedText pathReason(GroupScore g, LocalizedText action) {
        List<IndicatorScore> gaps = gaps(g);
        LocalizedText score = scoreText(g);
        return gaps.isEmpty() ? Msg.of("paradox.path.reason", score, action)
                : Msg.of("paradox.path.reason_gaps", score, Texts.join(gaps.stream().limit(3).map(Texts::describe).toList()),
                action);
    }

    static LocalizedText scoreText(GroupScore g) {
        return g.risk() == null ? Msg.of("paradox.score.none", g.group().label())
                : Msg.of("paradox.score", g.group().label(), Num.index(g.risk()));
    }

    private static List<IndicatorScore> gaps(GroupScore g) {
        return g.scored().stream().filter(s -> s.risk() >= GAP)
                .sorted(Comparator.comparingDouble(IndicatorScore::risk).reversed()).toList();
    }

    private static GroupScore find(List<GroupScore> scores, Group g) {
        return scores.stream().filter(s -> s.group() == g).findFirst().orElseThrow();
    }

    private static LocalizedText next(UpgradingStage s) {
        return Msg.of("paradox.path.next." + s.name().toLowerCase(java.util.Locale.ROOT));
    }
}
