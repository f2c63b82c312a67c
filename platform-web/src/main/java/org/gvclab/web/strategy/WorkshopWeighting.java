package org.gvclab.web.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.indicator.Ahp;
import org.gvclab.core.strategy.Outcome;
import org.gvclab.core.strategy.Weighting;
import org.gvclab.core.workshop.CriteriaSet;
import org.gvclab.web.workshop.WorkshopService;
import org.gvclab.web.workshop.WorkshopWeights;
import org.springframework.stereotype.Service;

/**
 * The AHP weights of the outcome criteria from the cluster's latest closed workshop, as a ranking weighting for the
 * strategy comparison (docs/model.md#ranking: weights from a workshop's AHP or equal).
 */
@Service
public class WorkshopWeighting {

    /** The workshop's outcome criteria and the strategy model's outcomes they stand for. */
    static final Map<String, Outcome> CRITERIA = Map.of("value_added", Outcome.VALUE_ADDED,
            "va_rate", Outcome.VALUE_ADDED_RATE, "obm_share", Outcome.OBM_SHARE, "jobs", Outcome.JOBS,
            "fiscal_cost", Outcome.FISCAL_COST, "lock_in", Outcome.LOCK_IN, "resilience", Outcome.SHOCK_LOSS);

    private final WorkshopService workshops;

    public WorkshopWeighting(WorkshopService workshops) {
        this.workshops = workshops;
    }

    /**
     * The weighting and the criteria it covers, from the group matrix of the latest closed workshop of the cluster
     * that weighted the outcome criteria.
     */
    public Optional<Choice> latest(long clusterId) {
        return workshops.latestWeights(clusterId, CriteriaSet.OUTCOMES).map(WorkshopWeighting::choice);
    }

    static Choice choice(WorkshopWeights w) {
        List<Outcome> criteria = new ArrayList<>();
        for (String id : w.weights().criterionIds()) {
            Outcome o = CRITERIA.get(id);
            if (o == null) {
                throw new IllegalStateException("workshop criterion " + id + " has no strategy outcome");
            }
            criteria.add(o);
        }
        List<List<Double>> rows = w.weights().groupMatrix();
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            matrix[i] = rows.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        Ahp.Result ahp = Ahp.of(matrix);
        return new Choice(w, criteria, Weighting.ahp(criteria, ahp,
                "workshop " + w.workshopId() + " \u201c" + w.title() + "\u201d"));
    }

    /** A workshop's weighting, with the criteria in the order of its matrix. */
    public record Choice(WorkshopWeights workshop, List<Outcome> criteria, Weighting weighting) {
        public Choice {
            criteria = List.copyOf(criteria);
        }
    }
}
