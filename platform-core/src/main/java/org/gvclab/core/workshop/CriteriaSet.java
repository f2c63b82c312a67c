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
    FACTORS(Msg.of("workshop.criteria.factors"), Group.factors().stream()
            .map(g -> new Criterion(g.name(), g.label())).toList()),
    /** The strategy outcomes (docs/model.md): {@code value_added, va_rate, obm_share, jobs, fiscal_cost, lock_in, resilience}. */
    OUTCOMES(Msg.of("workshop.criteria.outcomes"), List.of(
            new Criterion("value_added", Msg.of("workshop.criterion.value_added")),
            new Criterion("va_rate", Msg.of("workshop.criterion.va_rate")),
            new Criterion("obm_share", Msg.of("workshop.criterion.obm_share")),
            new Criterion("jobs", Msg.of("workshop.criterion.jobs")),
            new Criterion("fiscal_cost", Msg.of("workshop.criterion.fiscal_cost")),
            new Criterion("lock_in", Msg.of("workshop.criterion.lock_in")),
            new Criterion("resilience", Msg.of("workshop.criterion.resilience"))));

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
