package org.gvclab.core.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gvclab.core.io.IoOutputs;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.model.DenseMatrix;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.Leontief;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.write.CsvBytes;

/**
 * {@code bench}: generates a seeded synthetic balanced table in the golden layout, or times the IO engine on a
 * table (read, compute, write; and the LU factorisation of I − A with each available solver). The side-by-side
 * comparison with numpy is scripted in {@code bench/run-io-bench.sh}.
 */
final class BenchCommand {

    private BenchCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) {
        if (o.get("generate").isPresent()) {
            Path dir = Path.of(o.require("generate"));
            generate(dir, o.intValue("regions", 44), o.intValue("sectors", 56), o.intValue("seed", 42));
            out.println("wrote a synthetic " + o.intValue("regions", 44) + " × " + o.intValue("sectors", 56)
                    + " table to " + dir);
            return 0;
        }
        Path table = Path.of(o.require("table"));
        int repeat = o.intValue("repeat", 3);
        List<IndicatorId> ids = IoCommand.selection(o);
        if (o.get("write-only").isPresent()) {
            return writeOnly(table, IndicatorId.byFileName(o.require("write-only")).orElseThrow(
                    () -> new IllegalArgumentException("unknown output " + o.require("write-only"))), repeat, o, out);
        }
        Path outDir;
        try {
            outDir = Files.createTempDirectory("gvclab-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int rep = 0; rep < repeat; rep++) {
            long t0 = System.nanoTime();
            IoTable t = IoTables.read(table, null, IoCommand.readOptions(o));
            long t1 = System.nanoTime();
            IoModel m = new IoModel(t, IoCommand.solver(o));
            IoCommand.writeAll(m, ids, outDir);
            long t2 = System.nanoTime();
            out.printf(Locale.ROOT, "run %d: read %.3f s, compute+write %.3f s, total %.3f s (%s)%n", rep + 1,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, m.solver().name());
        }
        IoTable t = IoTables.read(table, null, IoCommand.readOptions(o));
        IoModel probe = IoModel.of(t);
        DenseMatrix iMinusA = Leontief.identityMinus(probe.A());
        for (String name : List.of("openblas", "ejml")) {
            LinearSolver s;
            try {
                s = "openblas".equals(name) ? LinearSolver.openBlas() : LinearSolver.ejml();
            } catch (IllegalStateException e) {
                out.println(name + ": not available (" + e.getMessage() + ")");
                continue;
            }
            long best = Long.MAX_VALUE;
            for (int rep = 0; rep < Math.max(1, repeat); rep++) {
                long t0 = System.nanoTime();
                LinearSolver.Factorization f = s.factor(iMinusA, probe.labels(), "I − A");
                f.solve(t.Y());
                best = Math.min(best, System.nanoTime() - t0);
            }
            out.printf(Locale.ROOT, "%s: LU of I − A (n = %d) and solve with Y: %.3f s (best of %d)%n", name, t.n(),
                    best / 1e9, Math.max(1, repeat));
        }
        return 0;
    }

    /**
     * Times writing one computed output as CSV ({@code --write-only NAME}): the table is read and the output computed
     * first (not timed), then written {@code repeat} times to a temporary file; best and median reported.
     */
    private static int writeOnly(Path table, IndicatorId id, int repeat, Options o, PrintStream out) {
        IoModel m = new IoModel(IoTables.read(table, null, IoCommand.readOptions(o)), IoCommand.solver(o));
        IndicatorTable r = IoOutputs.compute(m, id, o.get("chain").orElse(null));
        r.rows().get(0); // any lazily computed input is ready
        long[] times = new long[Math.max(1, repeat)];
        long bytes = 0;
        try {
            Path file = Files.createTempFile("gvclab-write", ".csv");
            try {
                for (int rep = 0; rep < times.length; rep++) {
                    long t0 = System.nanoTime();
                    try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                        r.writeCsv(w);
                    }
                    times[rep] = System.nanoTime() - t0;
                }
                bytes = Files.size(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Arrays.sort(times);
        out.printf(Locale.ROOT, "write %s (%d rows, %,d bytes): best %.3f s, median %.3f s of %d%n", id.fileName(),
                r.rows().size(), bytes, times[0] / 1e9, times[times.length / 2] / 1e9, times.length);
        return 0;
    }

    /**
     * A balanced synthetic table: final demand rows y_j ~ U(50, 150), intermediate column sums α_j·y_j with
     * α_j ~ U(0.2, 1), domestic suppliers weighted ten times more; x = Z·1 + Y·1, va = x − 1'·Z (> 0).
     */
    static void generate(Path dir, int g, int nSec, long seed) {
        int n = g * nSec;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] yTot = new double[n];
        double[][] ySplit = new double[n][g];
        for (int i = 0; i < n; i++) {
            yTot[i] = 50 + 100 * rnd.nextDouble();
            double s = 0;
            for (int r = 0; r < g; r++) {
                ySplit[i][r] = (r == i / nSec ? 20.0 : 1.0) * rnd.nextDouble();
                s += ySplit[i][r];
            }
            for (int r = 0; r < g; r++) {
                ySplit[i][r] *= yTot[i] / s;
            }
        }
        double[] z = new double[n * n];
        for (int j = 0; j < n; j++) {
            double alpha = 0.2 + 0.8 * rnd.nextDouble();
            double s = 0;
            for (int i = 0; i < n; i++) {
                double w = (i / nSec == j / nSec ? 10.0 : 1.0) * rnd.nextDouble();
                z[i * n + j] = w;
                s += w;
            }
            double scale = alpha * yTot[j] / s;
            for (int i = 0; i < n; i++) {
                z[i * n + j] *= scale;
            }
        }
        double[] x = new double[n];
        double[] colSum = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += z[i * n + j];
                colSum[j] += z[i * n + j];
            }
            for (int r = 0; r < g; r++) {
                s += ySplit[i][r];
            }
            x[i] = s;
        }
        String[] regions = new String[g];
        String[] sectors = new String[nSec];
        for (int r = 0; r < g; r++) {
            regions[r] = String.format(Locale.ROOT, "R%02d", r + 1);
        }
        for (int s = 0; s < nSec; s++) {
            sectors[s] = String.format(Locale.ROOT, "S%02d", s + 1);
        }
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = regions[i / nSec] + "_" + sectors[i % nSec];
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("countries.txt"), List.of(regions), StandardCharsets.UTF_8);
            Files.write(dir.resolve("sectors.txt"), List.of(sectors), StandardCharsets.UTF_8);
            writeMatrix(dir.resolve("Z.csv"), labels, labels, z, n);
            double[] yFlat = new double[n * g];
            for (int i = 0; i < n; i++) {
                System.arraycopy(ySplit[i], 0, yFlat, i * g, g);
            }
            writeMatrix(dir.resolve("Y.csv"), regions, labels, yFlat, g);
            writeVector(dir.resolve("X.csv"), "X", labels, x);
            double[] va = new double[n];
            for (int j = 0; j < n; j++) {
                va[j] = x[j] - colSum[j];
            }
            writeVector(dir.resolve("VA.csv"), "VA", labels, va);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + dir, e);
        }
    }

    private static void writeVector(Path file, String rowLabel, String[] labels, double[] v) throws IOException {
        writeMatrix(file, labels, new String[] {rowLabel}, v, v.length);
    }

    /** Rows of full-precision numbers (shortest round-trip text), labelled, with an {@code id} header. */
    private static void writeMatrix(Path file, String[] columns, String[] rows, double[] values, int cols)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            CsvBytes b = new CsvBytes(1 << 20);
            b.text("id");
            for (String c : columns) {
                b.comma().text(c);
            }
            b.newline();
            for (int i = 0; i < rows.length; i++) {
                b.text(rows[i]);
                for (int j = 0; j < cols; j++) {
                    b.comma().number(values[i * cols + j]);
                }
                b.newline();
                if (b.length() > 1 << 20) {
                    b.writeTo(out);
                    b.clear();
                }
            }
            b.writeTo(out);
        }
    }
}
