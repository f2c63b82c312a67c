package org.gvclab.core.io.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both solvers solve, transpose-solve and invert alike; a singular matrix is reported with its label. */
class LinearSolverTest {

    private static List<String> labels(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "r" + i).toList();
    }

    @Test
    void a_two_by_two_system_matches_the_hand_inverse() {
        // M = [[2, 1], [1, 3]], M^-1 = (1/5)[[3, −1], [−1, 2]]
        DenseMatrix m = new DenseMatrix(2, 2, new double[] {2, 1, 1, 3});
        for (LinearSolver s : new LinearSolver[] {LinearSolver.best(), LinearSolver.ejml()}) {
            LinearSolver.Factorization f = s.factor(m, labels(2), "M");
            DenseMatrix inv = f.inverse();
            assertThat(inv.data()).containsExactly(new double[] {0.6, -0.2, -0.2, 0.4}, within(1e-15));
            assertThat(f.solve(new double[] {1, 0})).containsExactly(new double[] {0.6, -0.2}, within(1e-15));
        }
    }

    @Test
    void native_and_pure_java_agree_on_a_random_leontief_system() {
        int n = 150;
        SplittableRandom rnd = new SplittableRandom(7);
        DenseMatrix m = DenseMatrix.identity(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.add(i, j, -rnd.nextDouble() * 1.5 / n);
            }
        }
        DenseMatrix b = new DenseMatrix(n, 3);
        for (int k = 0; k < b.data().length; k++) {
            b.data()[k] = rnd.nextDouble();
        }
        LinearSolver.Factorization a = LinearSolver.best().factor(m, labels(n), "M");
        LinearSolver.Factorization e = LinearSolver.ejml().factor(m, labels(n), "M");
        DenseMatrix xa = a.solve(b);
        DenseMatrix xe = e.solve(b);
        DenseMatrix ta = a.solveTransposed(b);
        DenseMatrix te = e.solveTransposed(b);
        DenseMatrix check = m.times(xa);
        DenseMatrix checkT = m.transpose().times(ta);
        for (int k = 0; k < xa.data().length; k++) {
            assertThat(xa.data()[k]).isCloseTo(xe.data()[k], within(1e-12));
            assertThat(ta.data()[k]).isCloseTo(te.data()[k], within(1e-12));
            assertThat(check.data()[k]).isCloseTo(b.data()[k], within(1e-12));
            assertThat(checkT.data()[k]).isCloseTo(b.data()[k], within(1e-12));
        }
        DenseMatrix ia = a.inverse();
        DenseMatrix ie = e.inverse();
        for (int k = 0; k < ia.data().length; k++) {
            assertThat(ia.data()[k]).isCloseTo(ie.data()[k], within(1e-12));
        }
    }

    @Test
    void a_singular_matrix_names_the_broken_row() {
        DenseMatrix m = new DenseMatrix(3, 3, new double[] {1, 2, 3, 2, 4, 6, 0, 0, 1});
        for (LinearSolver s : new LinearSolver[] {LinearSolver.best(), LinearSolver.ejml()}) {
            assertThatThrownBy(() -> s.factor(m, List.of("a", "b", "c"), "I − A"))
                    .isInstanceOfSatisfying(SingularMatrixException.class, e -> {
                        assertThat(e.matrix()).isEqualTo("I − A");
                        assertThat(e.getMessage()).contains("singular");
                    });
        }
    }
}
