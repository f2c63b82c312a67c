package org.gvclab.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.indicator.Indicator;
import org.gvclab.core.indicator.IndicatorCatalogue;
import org.gvclab.core.notebook.DraftSection;
import org.gvclab.core.notebook.Provenance;
import org.gvclab.core.notebook.ProvenanceEntry;
import org.gvclab.core.notebook.ProvenanceInput;
import org.gvclab.core.paradox.DiagnosisResult;
import org.gvclab.core.paradox.Driver;
import org.gvclab.core.paradox.FactorDriver;
import org.gvclab.core.strategy.ComparisonResult;
import org.gvclab.core.strategy.NpvRanking;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.RankedStrategy;
import org.gvclab.core.strategy.Ranking;
import org.jspecify.annotations.Nullable;

/**
 * Drafts the prose of a policy brief from the computed results, in official Chinese and English: what the numbers
 * say, never more. Every sentence is a bundle text ({@code brief.*}) with its numbers as {@link Num}, and each
 * draft lists the numbers it states with the result they come from. Nothing is fixed in advance: when no strategy
 * repays its cost within the horizon (as with the default parameters), the text says so and names the one that
 * comes closest; when one does, it says that instead.
 *
 * <p>The judgments it makes are comparisons only (higher or lower, first or not, positive or negative); it adds no
 * thresholds of its own ("high", "stable") that the model does not define.
 */
public final class BriefDrafter {

    /** The status quo every strategy's net present value is measured against. */
    static final String STATUS_QUO = "S0";
    /** A change of the index below this many points is stated as unchanged (it shows as 0.0 by the number rule). */
    private static final double UNCHANGED = 0.05;

    private BriefDrafter() {
    }

    /** The draft of {@code section} from {@code facts}. */
    public static Draft draft(DraftSection section, BriefFacts facts) {
        Drafting d = new Drafting(facts);
        return switch (section) {
            case SUMMARY -> d.summary();
            case FINDINGS -> d.findings();
            case STRATEGIES -> d.strategies();
            case RECOMMENDATION -> d.recommendation();
        };
    }

    /** One drafting pass: the sentences and the provenance of the numbers they state. */
    private static final class Drafting {
        private final DiagnosisResult d;
        private final @Nullable DiagnosisResult previous;
        private final @Nullable ComparisonResult c;
        private final List<ProvenanceEntry> stated = new ArrayList<>();
        private boolean indexStated;
        private boolean driversStated;
        private boolean npvStated;
        private boolean rankingStated;

        Drafting(BriefFacts facts) {
            this.d = facts.diagnosis();
            this.previous = facts.previous();
            this.c = facts.comparison();
        }

        Draft summary() {
            List<LocalizedText> sentences = new ArrayList<>();
            sentences.add(indexSentence());
            LocalizedText factors = factorSentence();
            if (factors != null) {
                sentences.add(factors);
            }
            sentences.add(Msg.of("brief.summary.path", d.recommendation().path().label()));
            if (c == null) {
                return draft(DraftSection.SUMMARY, List.of(join(sentences)), false);
            }
            // the diagnosis, then what the strategy comparison says: two paragraphs a reader takes in at a glance
            return draft(DraftSection.SUMMARY, List.of(join(sentences), join(List.of(npvSentence(c),
                    topsisSentence(c)))), false);
        }

        Draft findings() {
            List<LocalizedText> items = new ArrayList<>();
            items.add(indexSentence());
            items.add(driverSentence());
            items.add(shapeSentence());
            return draft(DraftSection.FINDINGS, items, true);
        }

        Draft strategies() {
            if (c == null) {
                return draft(DraftSection.STRATEGIES, List.of(Msg.of("brief.strategies.none")), false);
            }
            List<LocalizedText> paragraphs = new ArrayList<>();
            paragraphs.add(npvSentence(c));
            List<LocalizedText> ranking = new ArrayList<>();
            ranking.add(topsisSentence(c));
            String npvLeader = npvLeader(c).strategyId();
            RankedStrategy top = topsisTop(c.ranking());
            if (top != null && !top.strategyId().equals(npvLeader)) {
                ranking.add(Msg.of("brief.strategies.differ", label(c, top.strategyId()), label(c, npvLeader),
                        otherCriteria(c.ranking())));
            }
            paragraphs.add(join(ranking));
            paragraphs.add(c.sensitivity().summary());
            return draft(DraftSection.STRATEGIES, paragraphs, false);
        }

        Draft recommendation() {
            List<LocalizedText> paragraphs = new ArrayList<>();
            // the path's reasons are the diagnosis's full evidence chain (shown in the diagnosis table); the
            // recommendation names the path and the findings it rests on
            paragraphs.add(Msg.of("brief.rec.path", d.recommendation().path().label(), d.architecture().type().label(),
                    governance()));
            if (c != null) {
                paragraphs.add(strategyAdvice(c));
            }
            LocalizedText watched = watchedIndicators();
            if (d.lockInIndex() != null) {
                noteIndex();
                paragraphs.add(watched == null ? Msg.of("brief.rec.measure", Num.index(d.lockInIndex()))
                        : Msg.of("brief.rec.measureWith", Num.index(d.lockInIndex()), watched));
            }
            return draft(DraftSection.RECOMMENDATION, paragraphs, false);
        }

        // --- diagnosis ---

        private LocalizedText indexSentence() {
            Double index = d.lockInIndex();
            if (index == null) {
                return Msg.of("brief.index.none", d.year());
            }
            noteIndex();
            Double low = d.lockIn().low();
            Double high = d.lockIn().high();
            LocalizedText level = low != null && high != null
                    ? Msg.of("brief.index.band", d.year(), Num.index(index), Num.index(low), Num.index(high))
                    : Msg.of("brief.index", d.year(), Num.index(index));
            Double before = previous == null ? null : previous.lockInIndex();
            if (before == null) {
                return Msg.of("brief.sentence", level);
            }
            double change = index - before;
            LocalizedText trend = Math.abs(change) < UNCHANGED ? Msg.of("brief.trend.flat", previous.year())
                    : Msg.of(change > 0 ? "brief.trend.up" : "brief.trend.down", Num.index(Math.abs(change)),
                    previous.year(), Num.index(before));
            return Msg.of("brief.sentenceWith", level, trend);
        }

        /** The three factors that weigh most on the index (weight × risk). */
        private @Nullable LocalizedText factorSentence() {
            List<FactorDriver> top = d.lockIn().factorRanking().stream().limit(3).toList();
            if (top.isEmpty()) {
                return null;
            }
            List<LocalizedText> named = new ArrayList<>();
            List<ProvenanceInput> inputs = new ArrayList<>();
            for (FactorDriver f : top) {
                named.add(Msg.of("brief.factor", inSentence(f.factor().label()), Num.index(f.risk())));
                inputs.add(new ProvenanceInput(f.factor().label(), f.risk(), Msg.of("brief.unit.risk")));
            }
            stated.add(new ProvenanceEntry("factor_scores", Msg.of("brief.quantity.factors"), "S_f = mean risk of the "
                    + "factor's indicators; ranked by w_f · S_f", inputs, Msg.of("brief.source.diagnosis"), d.year()));
            return Msg.of("brief.summary.factors", list(named));
        }

        private LocalizedText driverSentence() {
            List<Driver> top = d.drivers().stream().limit(3).toList();
            if (top.isEmpty()) {
                return Msg.of("brief.finding.noDrivers");
            }
            noteDrivers(top);
            List<LocalizedText> named = new ArrayList<>();
            for (Driver x : top) {
                named.add(Msg.of("brief.factor", inSentence(indicatorName(x)), Num.index(x.risk())));
            }
            return Msg.of("brief.finding.drivers", list(named));
        }

        private static LocalizedText indicatorName(Driver x) {
            return IndicatorCatalogue.find(x.indicatorId()).map(Indicator::name)
                    .orElse(LocalizedText.of(x.indicatorId()));
        }

        private LocalizedText governance() {
            return d.governance().type() == null ? Msg.of("brief.governance.undetermined")
                    : d.governance().type().label();
        }

        private LocalizedText shapeSentence() {
            return Msg.of("brief.finding.shape", d.architecture().type().label(), governance(),
                    d.upgrading().stage().label(), d.recommendation().path().label());
        }

        private @Nullable LocalizedText watchedIndicators() {
            List<Driver> top = d.drivers().stream().limit(3).toList();
            List<LocalizedText> names = new ArrayList<>();
            for (Driver x : top) {
                IndicatorCatalogue.find(x.indicatorId()).map(Indicator::name).map(BriefDrafter::inSentence).ifPresent(names::add);
            }
            if (names.isEmpty()) {
                return null;
            }
            noteDrivers(top);
            return list(names);
        }

        private void noteIndex() {
            if (indexStated || d.lockInIndex() == null) {
                return;
            }
            indexStated = true;
            List<ProvenanceInput> inputs = new ArrayList<>();
            inputs.add(new ProvenanceInput(Msg.of("brief.quantity.index", d.year()), d.lockInIndex(),
                    Msg.of("brief.unit.index")));
            if (d.lockIn().low() != null && d.lockIn().high() != null) {
                inputs.add(new ProvenanceInput(Msg.of("brief.quantity.p10"), d.lockIn().low(), Msg.of("brief.unit.index")));
                inputs.add(new ProvenanceInput(Msg.of("brief.quantity.p90"), d.lockIn().high(), Msg.of("brief.unit.index")));
            }
            if (previous != null && previous.lockInIndex() != null) {
                inputs.add(new ProvenanceInput(Msg.of("brief.quantity.index", previous.year()), previous.lockInIndex(),
                        Msg.of("brief.unit.index")));
            }
            stated.add(new ProvenanceEntry("lock_in_index", Msg.of("brief.quantity.lockIn"),
                    "(1/m) Σ_o risk_o over the outcomes of lock-in", inputs, Msg.of("brief.source.diagnosis"), d.year()));
        }

        private void noteDrivers(List<Driver> top) {
            if (driversStated) {
                return;
            }
            driversStated = true;
            List<ProvenanceInput> inputs = new ArrayList<>();
            for (Driver x : top) {
                inputs.add(new ProvenanceInput(indicatorName(x), x.risk(), Msg.of("brief.unit.risk")));
            }
            stated.add(new ProvenanceEntry("lock_in_drivers", Msg.of("brief.quantity.drivers"),
                    "w_factor · w_within · (risk − 50)", inputs, Msg.of("brief.source.diagnosis"), d.year()));
        }

        // --- strategies ---

        private LocalizedText npvSentence(ComparisonResult r) {
            noteNpv(r);
            List<NpvRanking.Entry> options = options(r);
            if (options.isEmpty()) {
                return Msg.of("brief.npv.noOptions");
            }
            NpvRanking.Entry best = options.stream().max(Comparator.comparingDouble(NpvRanking.Entry::p50)).orElseThrow();
            long repaying = options.stream().filter(e -> e.p50() > 0).count();
            LocalizedText unit = r.currency().label();
            if (repaying == 0) {
                return Msg.of("brief.npv.none", r.scenario().horizon(), label(r, best.strategyId()),
                        Num.money(best.p50()), unit, Num.money(best.p10()), Num.money(best.p90()));
            }
            return Msg.of("brief.npv.some", Num.count(repaying), Num.count(options.size()), r.scenario().horizon(),
                    label(r, best.strategyId()), Num.money(best.p50()), unit, Num.money(best.p10()),
                    Num.money(best.p90()), Num.share(best.bestShare()));
        }

        private LocalizedText topsisSentence(ComparisonResult r) {
            Ranking ranking = r.ranking();
            RankedStrategy top = topsisTop(ranking);
            if (top == null) {
                return Msg.of("brief.topsis.none");
            }
            noteRanking(r);
            RankedStrategy second = ranking.strategies().stream().filter(s -> s != top)
                    .min(Comparator.comparingInt(RankedStrategy::rank)).orElse(null);
            LocalizedText first = Msg.of("brief.topsis", Num.count(ranking.criteria().size()), weights(ranking),
                    label(r, top.strategyId()), Num.ratio(top.closeness()), Num.share(top.firstShare()),
                    Num.count(r.scenario().draws()));
            return second == null ? Msg.of("brief.sentence", first)
                    : Msg.of("brief.topsis.then", first, label(r, second.strategyId()), Num.ratio(second.closeness()));
        }

        private LocalizedText strategyAdvice(ComparisonResult r) {
            List<NpvRanking.Entry> options = options(r);
            RankedStrategy top = topsisTop(r.ranking());
            if (options.isEmpty()) {
                return Msg.of("brief.npv.noOptions");
            }
            NpvRanking.Entry best = options.stream().max(Comparator.comparingDouble(NpvRanking.Entry::p50)).orElseThrow();
            int horizon = r.scenario().horizon();
            if (best.p50() > 0) {
                return Msg.of("brief.rec.fund", label(r, best.strategyId()), horizon, Num.money(best.p50()),
                        r.currency().label());
            }
            if (top == null || top.strategyId().equals(STATUS_QUO)) {
                return Msg.of("brief.rec.wait", horizon, label(r, best.strategyId()));
            }
            LocalizedText also = top.strategyId().equals(best.strategyId()) ? Msg.of("brief.rec.pilot.same")
                    : Msg.of("brief.rec.pilot.also", label(r, best.strategyId()));
            List<LocalizedText> largest = r.sensitivity().effects().stream().limit(3)
                    .map(org.gvclab.core.strategy.RankingSensitivity.Effect::name).map(BriefDrafter::inSentence).toList();
            LocalizedText pilot = Msg.of("brief.rec.pilot", horizon, label(r, top.strategyId()), also);
            return largest.isEmpty() ? pilot : join(List.of(pilot, Msg.of("brief.rec.check", list(largest))));
        }

        private void noteNpv(ComparisonResult r) {
            if (npvStated) {
                return;
            }
            npvStated = true;
            List<ProvenanceInput> inputs = new ArrayList<>();
            for (NpvRanking.Entry e : options(r)) {
                inputs.add(new ProvenanceInput(Msg.of("brief.quantity.npvOf", label(r, e.strategyId())), e.p50(),
                        r.currency().label()));
            }
            stated.add(new ProvenanceEntry("npv_net_benefit", Outcome.NPV_NET_BENEFIT.label(),
                    "Σ_τ [(VA_τ − VA^S0_τ) − λ_PF · B_τ] / (1 + r)^τ, median over the draws", inputs,
                    Msg.of("brief.source.strategies"), r.baseYear()));
        }

        private void noteRanking(ComparisonResult r) {
            if (rankingStated) {
                return;
            }
            rankingStated = true;
            List<ProvenanceInput> inputs = new ArrayList<>();
            for (RankedStrategy s : r.ranking().strategies()) {
                inputs.add(new ProvenanceInput(Msg.of("brief.quantity.closeness", label(r, s.strategyId())),
                        s.closeness(), LocalizedText.of("")));
                inputs.add(new ProvenanceInput(Msg.of("brief.quantity.first", label(r, s.strategyId())),
                        100 * s.firstShare(), LocalizedText.of("%")));
            }
            stated.add(new ProvenanceEntry("strategy_ranking", Msg.of("brief.quantity.ranking"),
                    "TOPSIS: C = D− / (D+ + D−)", inputs, Msg.of("brief.source.strategies"), r.baseYear()));
        }

        private static LocalizedText weights(Ranking ranking) {
            return switch (ranking.weighting().kind()) {
                case EQUAL -> Msg.of("brief.weights.equal");
                case MANUAL -> Msg.of("brief.weights.manual");
                case AHP -> ranking.weighting().source().isBlank() ? Msg.of("brief.weights.workshop")
                        : Msg.of("brief.weights.workshopNamed", ranking.weighting().source());
            };
        }

        /** Up to two ranking criteria beyond money, which the net present value does not count. */
        private static LocalizedText otherCriteria(Ranking ranking) {
            List<LocalizedText> other = ranking.criteria().stream()
                    .filter(o -> o != Outcome.VALUE_ADDED && o != Outcome.NPV_NET_BENEFIT && o != Outcome.FISCAL_COST
                            && o != Outcome.OUTPUT)
                    .limit(2).map(Outcome::label).map(BriefDrafter::inSentence).toList();
            return other.isEmpty() ? Msg.of("brief.criteria.other") : list(other);
        }

        private static @Nullable RankedStrategy topsisTop(Ranking ranking) {
            return ranking.strategies().stream().min(Comparator.comparingInt(RankedStrategy::rank)
                    .thenComparing(Comparator.comparingDouble(RankedStrategy::firstShare).reversed())).orElse(null);
        }

        private static NpvRanking.Entry npvLeader(ComparisonResult r) {
            return r.npvRanking().strategies().stream().min(Comparator.comparingInt(NpvRanking.Entry::rank))
                    .orElseThrow();
        }

        /** The strategies other than the status quo, which every net present value is measured against. */
        private static List<NpvRanking.Entry> options(ComparisonResult r) {
            return r.npvRanking().strategies().stream().filter(e -> !e.strategyId().equals(STATUS_QUO)).toList();
        }

        private static LocalizedText label(ComparisonResult r, String strategyId) {
            return r.strategies().stream().filter(s -> s.strategy().id().equals(strategyId)).findFirst()
                    .map(s -> s.strategy().label()).orElse(LocalizedText.of(strategyId));
        }

        private Draft draft(DraftSection section, List<LocalizedText> paragraphs, boolean numbered) {
            return new Draft(section, paragraphs, numbered, new Provenance(stated));
        }
    }

    // --- joining texts in both languages ---

    /** Sentences one after another: no space in Chinese, one in English. */
    static LocalizedText join(List<LocalizedText> sentences) {
        return new LocalizedText(String.join("", sentences.stream().map(LocalizedText::zh).toList()),
                String.join(" ", sentences.stream().map(LocalizedText::en).toList()));
    }

    /** "a, b and c" / "a、b和c". */
    static LocalizedText list(List<LocalizedText> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        List<LocalizedText> head = items.subList(0, items.size() - 1);
        LocalizedText last = items.get(items.size() - 1);
        return Msg.of("brief.list", new LocalizedText(String.join("、", head.stream().map(LocalizedText::zh).toList()),
                String.join(", ", head.stream().map(LocalizedText::en).toList())), last);
    }

    /** Clauses separated by semicolons. */
    static LocalizedText semicolons(List<LocalizedText> items) {
        return new LocalizedText(String.join("；", items.stream().map(LocalizedText::zh).toList()),
                String.join("; ", items.stream().map(LocalizedText::en).toList()));
    }

    /**
     * A name set inside an English sentence: "Rules and standards" becomes "rules and standards", while a name that
     * starts with an abbreviation ("OBM share", "R&D personnel share") keeps its capitals. Chinese is unchanged.
     */
    static LocalizedText inSentence(LocalizedText name) {
        String en = name.en();
        boolean word = en.length() > 1 && Character.isUpperCase(en.charAt(0)) && Character.isLowerCase(en.charAt(1));
        return word ? new LocalizedText(name.zh(), Character.toLowerCase(en.charAt(0)) + en.substring(1)) : name;
    }

    /** A text from elsewhere without its closing full stop, to be set inside a sentence of ours. */
    static LocalizedText sentenceBody(LocalizedText t) {
        return new LocalizedText(t.zh().strip().replaceAll("[。．.]+$", ""), t.en().strip().replaceAll("\\.+$", ""));
    }
}
