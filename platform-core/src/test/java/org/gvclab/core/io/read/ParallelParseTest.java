package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gvclab.core.io.model.DenseMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large files are parsed in two halves on two threads; the result and the line numbers in error messages must
 * be those of a plain front-to-back read (here: the same bytes read from a zip in memory, which is sequential).
 */
class ParallelParseTest {

    @TempDir
    Path tmp;

    private static String bigZ(List<String> labels, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder("id," + String.join(",", labels) + "\n");
        for (String r : labels) {
            sb.append(r);
            for (int j = 0; j < labels.size(); j++) {
                sb.append(',').append(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-3, 9)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> labels(int g, int nSec) {
        List<String> l = new java.util.ArrayList<>();
        for (int r = 0; r < g; r++) {
            for (int s = 0; s < nSec; s++) {
                l.add("R" + r + "_S" + s);
            }
        }
        return l;
    }

    @Test
    void two_halves_give_the_same_matrix_as_one_sequential_pass() throws IOException {
        List<String> labels = labels(5, 110);
        String z = bigZ(labels, 3);
        assertThat((long) z.length()).isGreaterThan(LabeledCsv.PARALLEL_THRESHOLD);
        Path f = tmp.resolve("Z.csv");
        Files.writeString(f, z);
        DenseMatrix parallel = LabeledCsv.read(TableSource.directory(tmp), "Z.csv", labels, "test", labels, "test")
                .matrix();
        DenseMatrix sequential = LabeledCsv.read(TableSource.memory(Map.of("Z.csv", z.getBytes()), "memory"), "Z.csv",
                labels, "test", labels, "test").matrix();
        assertThat(parallel.data()).isEqualTo(sequential.data());
        // and every value reads back as the very double that was written
        String[] firstRow = z.split("\n")[1].split(",");
        for (int j = 0; j < labels.size(); j++) {
            assertThat(parallel.get(0, j)).isEqualTo(Double.parseDouble(firstRow[j + 1]));
        }
    }

    @Test
    void an_error_in_the_second_half_reports_the_true_line() throws IOException {
        List<String> labels = labels(5, 110);
        String[] lines = bigZ(labels, 4).split("\n", -1);
        int bad = 400; // a data line well past the middle of the file
        lines[bad] = lines[bad].replaceFirst(",[^,]+,", ",oops,");
        Path f = tmp.resolve("Z.csv");
        Files.writeString(f, String.join("\n", lines));
        assertThat(Files.size(f)).isGreaterThan(LabeledCsv.PARALLEL_THRESHOLD);
        assertThatThrownBy(() -> LabeledCsv.read(TableSource.directory(tmp), "Z.csv", labels, "test", labels, "test"))
                .isInstanceOfSatisfying(TableValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(bad + 1);
                    assertThat(e.label()).isEqualTo(labels.get(bad - 1));
                });
    }
}
