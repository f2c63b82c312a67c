package org.gvclab.core.workshop;

import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;

/**
 * The preset strategies participants rank or vote on: S0–S4 of METHODS.md §5 (the strategy feature uses the same
 * ids). A facilitator may add custom ones (ids {@code C1}, {@code C2}, … given by the web layer).
 */
public final class Strategies {

    /** S0–S4 with their bilingual names. */
    public static final List<Criterion> PRESETS = List.of(
            new Criterion("S0", new LocalizedText("S0 现状（出口导向嵌入）", "S0 Status quo (export-led embedding)")),
            new Criterion("S1", new LocalizedText("S1 蜘蛛型／平台路径", "S1 Spider / platform")),
            new Criterion("S2", new LocalizedText("S2 蛇型／链主路径", "S2 Snake / lead firm")),
            new Criterion("S3", new LocalizedText("S3 内需动态比较优势", "S3 Domestic-demand advantage")),
            new Criterion("S4", new LocalizedText("S4 自主创新", "S4 Self-reliant innovation")));

    private Strategies() {
    }

    /** The preset with this id, if there is one. */
    public static Optional<Criterion> preset(String id) {
        return PRESETS.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
