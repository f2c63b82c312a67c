package org.gvclab.core.workshop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The group's AHP priorities (docs/model.md, "Composite indices"): the principal eigenvector of the element-wise geometric mean of the
 * members' matrices (Aczél &amp; Saaty 1983), its consistency, and how many members were themselves inconsistent.
 *
 * @param criterionIds        the criteria, in matrix order
 * @param weights             the group priorities, adding up to 1, in matrix order
 * @param lambdaMax           the principal eigenvalue of the group matrix
 * @param ci                  {@code (λmax − n)/(n − 1)}
 * @param cr                  {@code CI / RI}
 * @param members             how many members' matrices were aggregated
 * @param inconsistentMembers how many of them had CR ≥ 0.10 on their own
 * @param revisit             for a group CR ≥ 0.10, the group judgement that deviates most (row, column 0-based)
 * @param groupMatrix         the geometric-mean matrix, row by row
 */
public record GroupWeights(List<String> criterionIds, List<Double> weights, double lambdaMax, double ci, double cr,
                           int members, int inconsistentMembers, @Nullable Revisit revisit,
                           List<List<Double>> groupMatrix) {

    public GroupWeights {
        criterionIds = List.copyOf(criterionIds);
        weights = List.copyOf(weights);
        groupMatrix = groupMatrix.stream().map(List::copyOf).toList();
        if (weights.size() != criterionIds.size()) {
            throw new IllegalArgumentException(weights.size() + " weights for " + criterionIds.size() + " criteria");
        }
    }

    /**
     * The judgement to revisit first.
     *
     * @param row       0-based i
     * @param column    0-based j
     * @param current   the group's a_ij
     * @param suggested the value on Saaty's scale the other judgements imply
     */
    public record Revisit(int row, int column, double current, double suggested) {
    }

    /** Whether the group's judgements are acceptably consistent (CR &lt; 0.10). */
    public boolean consistent() {
        return cr < org.gvclab.core.indicator.Ahp.CR_THRESHOLD;
    }

    /** The weight of a criterion. */
    public double weight(String criterionId) {
        int i = criterionIds.indexOf(criterionId);
        if (i < 0) {
            throw new IllegalArgumentException("no criterion " + criterionId + " among " + criterionIds);
        }
        return weights.get(i);
    }
}
