package org.gvclab.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.gvclab.core.io.IoOutputs;
import org.gvclab.core.io.OutputProgress;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.ReadOptions;
import org.gvclab.core.io.read.TableFormat;

/** {@code io}: reads a table, computes the chosen indicators and writes one CSV per indicator. */
final class IoCommand {

    /** Tables from this many rows on get the cost line even without {@code --progress}. */
    private static final int LARGE_ROWS = 4000;

    private IoCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) {
        Path table = Path.of(o.require("table"));
        Path outDir = Path.of(o.require("out"));
        List<IndicatorId> ids = selection(o);
        TableFormat format = o.get("format").map(TableFormat::parse).orElse(null);
        String chain = o.get("chain").orElse(null);
        if (ids.contains(IndicatorId.SMILE_CURVE) && chain == null) {
            throw new IllegalArgumentException("smile_curve needs --chain REGION_SECTOR (the final product)");
        }
        boolean progress = o.flag("progress");
        long t0 = System.nanoTime();
        // load the native solver (tens of MB of shared libraries) while the CSVs are parsed
        FutureTask<LinearSolver> solver = new FutureTask<>(() -> solver(o));
        Thread loader = new Thread(solver, "gvclab-solver-loader");
        loader.setDaemon(true);
        loader.start();
        IoTable t = IoTables.read(table, format, readOptions(o));
        long t1 = System.nanoTime();
        if (progress || t.n() >= LARGE_ROWS) {
            err.println(costLine(t, ids, (t1 - t0) / 1e9));
        }
        IoModel model = new IoModel(t, join(solver));
        OutputProgress listener = !progress ? OutputProgress.none() : (id, index, total, finished) -> {
            if (finished) {
                Runtime rt = Runtime.getRuntime();
                err.printf(Locale.ROOT, "[%d/%d] %s written (%.2f s since the run started; heap in use %,d MB)%n",
                        index + 1, total, id.fileName(), (System.nanoTime() - t1) / 1e9,
                        (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        };
        IoOutputs.writeAll(model, ids, outDir, chain, listener);
        long t2 = System.nanoTime();
        err.printf(Locale.ROOT, "%s: %d regions × %d sectors; read %.2f s, computed and wrote %d outputs in %.2f s"
                + " (solver %s)%n", t.name(), t.G(), t.N(), (t1 - t0) / 1e9, ids.size(), (t2 - t1) / 1e9,
                model.solver().name());
        return 0;
    }

    /** What the run will cost, said before it starts. */
    static String costLine(IoTable t, List<IndicatorId> ids, double readSeconds) {
        IoOutputs.Cost c = IoOutputs.estimate(t.layout(), ids);
        long max = Runtime.getRuntime().maxMemory();
        String warn = c.heapBytes() > max ? String.format(Locale.ROOT,
                "; WARNING: more than this JVM's heap limit of %.1f GB: run java with -Xmx%dg or more", max / 1e9,
                (long) Math.ceil(c.heapBytes() * 1.25 / (1L << 30))) : "";
        return String.format(Locale.ROOT, "%s: %,d rows (%d regions × %d sectors), read in %.1f s; %d outputs will"
                        + " need about %.1f GB of heap (limit %.1f GB) and %.1f GB of native memory, and write"
                        + " about %.1f GB of CSV%s", t.name(), c.rows(), t.G(), t.N(), readSeconds, ids.size(),
                c.heapBytes() / 1e9, max / 1e9, c.nativeBytes() / 1e9, c.csvBytes() / 1e9, warn);
    }

    private static LinearSolver join(FutureTask<LinearSolver> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static ReadOptions readOptions(Options o) {
        return o.get("balance-tolerance").map(s -> new ReadOptions(Double.parseDouble(s), true))
                .orElse(ReadOptions.defaults());
    }

    static LinearSolver solver(Options o) {
        return o.get("solver").map(s -> switch (s) {
            case "openblas" -> LinearSolver.openBlas();
            case "ejml" -> LinearSolver.ejml();
            default -> throw new IllegalArgumentException("unknown solver '" + s + "'; use openblas or ejml");
        }).orElseGet(LinearSolver::best);
    }

    static List<IndicatorId> selection(Options o) {
        if (o.get("only").isEmpty()) {
            return IndicatorId.standardSet();
        }
        List<IndicatorId> ids = new ArrayList<>();
        for (String name : o.require("only").split(",")) {
            String s = name.trim();
            if (s.isEmpty()) {
                continue;
            }
            IndicatorId id = IndicatorId.byFileName(s)
                    .orElseThrow(() -> new IllegalArgumentException("unknown output '" + s + "'; known: "
                            + Arrays.stream(IndicatorId.values()).map(IndicatorId::fileName).toList()));
            ids.add(id);
        }
        return ids;
    }

    /** Computes and writes each indicator (see {@link IoOutputs#writeAll}). */
    static void writeAll(IoModel model, List<IndicatorId> ids, Path outDir) {
        IoOutputs.writeAll(model, ids, outDir, null, OutputProgress.none());
    }
}
