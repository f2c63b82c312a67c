package org.gvclab.core.paradox;

import java.util.ArrayList;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.base.Num;
import org.gvclab.core.cluster.ArchitectureQuestionnaire;
import org.jspecify.annotations.Nullable;

/**
 * Decides the shape of production, spider or snake (Baldwin &amp; Venables 2013), from the questionnaire and, where an
 * IO table is linked, the concentration of the sector's intermediate inputs on one supplying sector (docs/model.md,
 * "Production architecture"). Each answer votes for one shape; the IO number, being about a whole sector rather
 * than the product, votes with half weight. A sequential chain draws most of its inputs from the stage before it
 * (yarn for socks, leather for shoes), so a high top-supplier share points to a snake and inputs spread over many
 * supplying sectors to a spider. The number of stages (production length) is not shape evidence: a spider can be as
 * long as a snake. Spider when at least two thirds of the weighted votes say spider, snake when at most one third
 * does, mixed in between, undetermined with less than one vote. All thresholds are *assumptions* (constants below).
 */
final class ArchitectureClassifier {

    /** Component inputs from which assembly looks like a spider. */
    public static final int MANY_COMPONENTS = 10;
    /** Component inputs up to which production looks like a snake. */
    public static final int FEW_COMPONENTS = 3;
    /** Sequential stages from which production looks like a snake. */
    public static final int MANY_STAGES = 4;
    /** Top-supplier share of intermediate inputs from which the sector looks like a sequential chain. */
    public static final double CONCENTRATED_INPUTS = 0.40;
    /** Top-supplier share up to which the sector's inputs look like a spider's (many parallel inputs). */
    public static final double DIVERSE_INPUTS = 0.20;
    private static final double IO_WEIGHT = 0.5;

    private ArchitectureClassifier() {
    }

    /** Classifies from whatever is answered; both arguments may be {@code null}. */
    static ArchitectureResult classify(@Nullable ArchitectureQuestionnaire q, @Nullable IoEvidence io) {
        List<ArchitectureResult.Evidence> ev = new ArrayList<>();
        List<LocalizedText> open = new ArrayList<>();
        ArchitectureQuestionnaire a = q == null ? ArchitectureQuestionnaire.unanswered() : q;
        if (a.componentInputs() == null) {
            open.add(Msg.of("paradox.arch.q.components"));
        } else {
            int c = a.componentInputs();
            Architecture to = c >= MANY_COMPONENTS ? Architecture.SPIDER : c <= FEW_COMPONENTS ? Architecture.SNAKE : Architecture.MIXED;
            ev.add(new ArchitectureResult.Evidence(to, to == Architecture.MIXED ? 0 : 1,
                    Msg.of("paradox.arch.components", Num.count(c))));
        }
        yesNo(ev, open, a.sequentialStages(), Architecture.SNAKE, "sequential");
        if (a.stageCount() == null) {
            open.add(Msg.of("paradox.arch.q.stages"));
        } else {
            int s = a.stageCount();
            Architecture to = s >= MANY_STAGES ? Architecture.SNAKE : s <= 2 ? Architecture.SPIDER : Architecture.MIXED;
            ev.add(new ArchitectureResult.Evidence(to, to == Architecture.MIXED ? 0 : 1,
                    Msg.of("paradox.arch.stages", Num.count(s))));
        }
        yesNo(ev, open, a.parallelAssembly(), Architecture.SPIDER, "parallel");
        yesNo(ev, open, a.transformsMaterial(), Architecture.SNAKE, "transforms");
        Double top = io == null ? null : io.topSupplierShare();
        if (top == null) {
            open.add(Msg.of("paradox.arch.q.io"));
        } else {
            Architecture to = top >= CONCENTRATED_INPUTS ? Architecture.SNAKE : top <= DIVERSE_INPUTS ? Architecture.SPIDER
                    : Architecture.MIXED;
            ev.add(new ArchitectureResult.Evidence(to, to == Architecture.MIXED ? 0 : IO_WEIGHT,
                    Msg.of("paradox.arch.io", Num.share(top), io.topSupplier().isEmpty() ? "—" : io.topSupplier())));
        }
        double spider = 0;
        double snake = 0;
        for (ArchitectureResult.Evidence e : ev) {
            if (e.pointsTo() == Architecture.SPIDER) {
                spider += e.weight();
            } else if (e.pointsTo() == Architecture.SNAKE) {
                snake += e.weight();
            }
        }
        double total = spider + snake;
        if (total < 1) {
            return new ArchitectureResult(Architecture.UNDETERMINED, 0.5, ev, open);
        }
        double share = spider / total;
        Architecture type = share >= 2.0 / 3 ? Architecture.SPIDER : share <= 1.0 / 3 ? Architecture.SNAKE : Architecture.MIXED;
        return new ArchitectureResult(type, share, ev, open);
    }

    private static void yesNo(List<ArchitectureResult.Evidence> ev, List<LocalizedText> open, @Nullable Boolean answer,
                              Architecture ifYes, String key) {
        if (answer == null) {
            open.add(Msg.of("paradox.arch.q." + key));
            return;
        }
        Architecture other = ifYes == Architecture.SPIDER ? Architecture.SNAKE : Architecture.SPIDER;
        ev.add(new ArchitectureResult.Evidence(answer ? ifYes : other, 1,
                Msg.of("paradox.arch." + key + (answer ? ".yes" : ".no"))));
    }
}
