package org.gvclab.core.workshop;

import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.indicator.Group;

/**
 * The sets of criteria a workshop can weight by AHP: the five factor groups (their weights feed the diagnosis'
 * driver composite, docs/model.md) and the strategy outcome criteria (their weights feed the TOPSIS ranking of
 * strategies, docs/model.md; the strategy feature takes them by these ids).
 */
public enum CriteriaSet {
    /** The five factor groups, ids = {@link Group} names ({@code TECHNOLOGY_GAP}, …), in the framework's order. */
    FACTORS(new LocalizedText("五大因素", "The five factor groups"), Group.factors().stream()
            .map(g -> new Criterion(g.name(), g.label())).toList()),
    /** The strategy outcomes (docs/model.md): {@code value_added, va_rate, obm_share, jobs, fiscal_cost, lock_in, resilience}. */
    OUTCOMES(new LocalizedText("战略结果指标", "Strategy outcome criteria"), List.of(
            new Criterion("value_added", new LocalizedText("增加值", "Value added")),
            new Criterion("va_rate", new LocalizedText("增加值率", "Value-added rate")),
            new Criterion("obm_share", new LocalizedText("自主品牌（OBM）占比", "OBM share")),
            new Criterion("jobs", new LocalizedText("就业", "Jobs")),
            new Criterion("fiscal_cost", new LocalizedText("财政成本", "Fiscal cost")),
            new Criterion("lock_in", new LocalizedText("低端锁定指数", "Lock-in index")),
            new Criterion("resilience", new LocalizedText("韧性", "Resilience"))));

    private final LocalizedText label;
    private final List<Criterion> criteria;

    CriteriaSet(LocalizedText label, List<Criterion> criteria) {
        this.label = label;
        this.criteria = List.copyOf(criteria);
    }

    /** The bilingual name of the set. */
    public LocalizedText label() {
        return label;
    }

    /** The criteria, in the order the pairwise matrix uses. */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * A one-line explanation of what a criterion of this set means, for the participants' forms: the factor groups
     * have one (from docs/model.md, "Indicators"); other criteria are self-explanatory.
     */
    public static Optional<LocalizedText> meaning(String criterionId) {
        String key = "workshop.factor.meaning." + criterionId;
        return Msg.has(key) ? Optional.of(Msg.of(key)) : Optional.empty();
    }

    /** The criterion ids, in matrix order. */
    public List<String> ids() {
        return criteria.stream().map(Criterion::id).toList();
    }
}
