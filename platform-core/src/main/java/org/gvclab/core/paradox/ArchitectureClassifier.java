package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.jspecify.annotations.Nullable;

/**
 * Decides spider or snake (Baldwin &amp; Venables 2013) from the questionnaire and, where an IO table is linked, the
 * sector's input diversity and production length. Each answer votes for one shape; the IO numbers, being about a
 * whole sector rather than the product, vote with half weight. Spider when at least two thirds of the weighted
 * votes say spider, snake when at most one third does, mixed in between, undetermined with less than one vote.
 * All thresholds are *assumptions* (constants below).
 */
public final class ArchitectureClassifier {

    /** Component inputs from which assembly looks like a spider. */
    public static final int MANY_COMPONENTS = 10;
    /** Component inputs up to which production looks like a snake. */
    public static final int FEW_COMPONENTS = 3;
    /** Sequential stages from which production looks like a snake. */
    public static final int MANY_STAGES = 4;
    /** Input diversity from which the sector's inputs look like a spider's. */
    public static final double DIVERSE_INPUTS = 0.85;
    /** Input diversity up to which the sector's inputs look like a snake's. */
    public static final double CONCENTRATED_INPUTS = 0.70;
    /** Production length from which the sector looks like a long snake. */
    public static final double LONG_CHAIN = 3.0;
    /** Production length up to which the sector looks short. */
    public static final double SHORT_CHAIN = 2.0;
    private static final double IO_WEIGHT = 0.5;

    private ArchitectureClassifier() {
    }

    /** Classifies from whatever is answered; both arguments may be {@code null}. */
    public static ArchitectureResult classify(@Nullable ArchitectureQuestionnaire q, @Nullable IoEvidence io) {
        List<ArchitectureResult.Evidence> ev = new ArrayList<>();
        List<LocalizedText> open = new ArrayList<>();
        ArchitectureQuestionnaire a = q == null ? ArchitectureQuestionnaire.unanswered() : q;
        if (a.componentInputs() == null) {
            open.add(new LocalizedText("组装的不同零部件数", "number of distinct component inputs"));
        } else {
            int c = a.componentInputs();
            Architecture to = c >= MANY_COMPONENTS ? Architecture.SPIDER : c <= FEW_COMPONENTS ? Architecture.SNAKE : Architecture.MIXED;
            ev.add(new ArchitectureResult.Evidence(to, to == Architecture.MIXED ? 0 : 1, new LocalizedText(
                    "组装 " + c + " 种不同零部件", c + " distinct component inputs assembled")));
        }
        yesNo(ev, open, a.sequentialStages(), Architecture.SNAKE,
                new LocalizedText("工序按固定顺序依次进行", "stages run in a fixed sequence"),
                new LocalizedText("工序不按固定顺序进行", "stages do not run in a fixed sequence"),
                new LocalizedText("工序是否按顺序进行", "whether stages are sequential"));
        if (a.stageCount() == null) {
            open.add(new LocalizedText("顺序工序数", "number of sequential stages"));
        } else {
            int s = a.stageCount();
            Architecture to = s >= MANY_STAGES ? Architecture.SNAKE : s <= 2 ? Architecture.SPIDER : Architecture.MIXED;
            ev.add(new ArchitectureResult.Evidence(to, to == Architecture.MIXED ? 0 : 1,
                    new LocalizedText(s + " 道顺序工序", s + " sequential stages")));
        }
        yesNo(ev, open, a.parallelAssembly(), Architecture.SPIDER,
                new LocalizedText("零部件分别生产后在一处组装", "parts made in parallel and assembled at one point"),
                new LocalizedText("没有集中组装环节", "no central assembly point"),
                new LocalizedText("是否集中组装", "whether parts are assembled at one point"));
        yesNo(ev, open, a.transformsMaterial(), Architecture.SNAKE,
                new LocalizedText("多数工序对材料进行物理或化学加工", "most stages transform a material"),
                new LocalizedText("多数工序是连接零部件而非加工材料", "most stages join parts rather than transform a material"),
                new LocalizedText("工序是否以材料加工为主", "whether stages transform a material"));
        Double d = io == null ? null : io.inputDiversity();
        if (d == null) {
            open.add(new LocalizedText("投入产出表：投入多样性", "IO table: input diversity"));
        } else {
            Architecture to = d >= DIVERSE_INPUTS ? Architecture.SPIDER : d <= CONCENTRATED_INPUTS ? Architecture.SNAKE : Architecture.MIXED;
            ev.add(new ArchitectureResult.Evidence(to, to == Architecture.MIXED ? 0 : IO_WEIGHT, new LocalizedText(
                    "投入多样性 1 − Σ(a_ij/Σa_ij)² = " + Texts.num(d), "input diversity 1 − Σ(a_ij/Σa_ij)² = " + Texts.num(d))));
        }
        Double pl = io == null ? null : io.productionLength();
        if (pl == null) {
            open.add(new LocalizedText("投入产出表：生产长度", "IO table: production length"));
        } else {
            Architecture to = pl >= LONG_CHAIN ? Architecture.SNAKE : pl <= SHORT_CHAIN ? Architecture.SPIDER : Architecture.MIXED;
            ev.add(new ArchitectureResult.Evidence(to, to == Architecture.MIXED ? 0 : IO_WEIGHT, new LocalizedText(
                    "生产长度 " + Texts.num(pl), "production length " + Texts.num(pl))));
        }
        double spider = ev.stream().filter(e -> e.pointsTo() == Architecture.SPIDER).mapToDouble(ArchitectureResult.Evidence::weight).sum();
        double snake = ev.stream().filter(e -> e.pointsTo() == Architecture.SNAKE).mapToDouble(ArchitectureResult.Evidence::weight).sum();
        double total = spider + snake;
        if (total < 1) {
            return new ArchitectureResult(Architecture.UNDETERMINED, 0.5, ev, open);
        }
        double share = spider / total;
        Architecture type = share >= 2.0 / 3 ? Architecture.SPIDER : share <= 1.0 / 3 ? Architecture.SNAKE : Architecture.MIXED;
        return new ArchitectureResult(type, share, ev, open);
    }

    private static void yesNo(List<ArchitectureResult.Evidence> ev, List<LocalizedText> open, @Nullable Boolean answer,
                              Architecture ifYes, LocalizedText yes, LocalizedText no, LocalizedText question) {
        if (answer == null) {
            open.add(question);
            return;
        }
        Architecture other = ifYes == Architecture.SPIDER ? Architecture.SNAKE : Architecture.SPIDER;
        ev.add(new ArchitectureResult.Evidence(answer ? ifYes : other, 1, answer ? yes : no));
    }
}
