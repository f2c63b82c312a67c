package org.gvclab.core.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.gvclab.core.io.IoOutputs;
import org.gvclab.core.io.OutputProgress;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.model.TableLayout;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.ReadOptions;
import org.gvclab.core.io.read.TableFormat;
import org.jspecify.annotations.Nullable;

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
        TableLayout peeked = peekGoldenLayout(table);
        if (peeked != null && (progress || peeked.n() >= LARGE_ROWS)) {
            err.println(costLine(table.getFileName() + "", peeked, ids) + "; reading it now");
        }
        long t0 = System.nanoTime();
        // load the native solver (tens of MB of shared libraries) while the CSVs are parsed
        FutureTask<LinearSolver> solver = new FutureTask<>(() -> solver(o));
        Thread loader = new Thread(solver, "gvclab-solver-loader");
        loader.setDaemon(true);
        loader.start();
        IoTable t = IoTables.read(table, format, readOptions(o), o.get("entry").orElse(null));
        long t1 = System.nanoTime();
        // the first note names the release the reader recognised; the others say how its rows were kept
        t.notes().forEach(note -> err.println("note: " + note));
        if (peeked == null && (progress || t.n() >= LARGE_ROWS)) {
            err.println(costLine(t.name(), t.layout(), ids));
        }
        if (progress) {
            err.printf(Locale.ROOT, "read in %.1f s%n", (t1 - t0) / 1e9);
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

    /**
     * The layout of a golden-layout directory from the header of its Z.csv alone (labels {@code REGION_SECTOR}), so
     * that the cost of a run can be said before a large file is parsed; null when it cannot be told cheaply (the
     * reader then checks everything and the cost is said after reading).
     */
    static @Nullable TableLayout peekGoldenLayout(Path table) {
        Path z = table.resolve("Z.csv");
        if (!Files.isDirectory(table) || !Files.isRegularFile(z)) {
            return null;
        }
        try (BufferedReader r = Files.newBufferedReader(z, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                return null;
            }
            Set<String> regions = new LinkedHashSet<>();
            Set<String> sectors = new LinkedHashSet<>();
            String[] labels = header.split(",", -1);
            for (int i = 1; i < labels.length; i++) {
                int u = labels[i].indexOf('_');
                if (u <= 0) {
                    return null;
                }
                regions.add(labels[i].substring(0, u));
                sectors.add(labels[i].substring(u + 1));
            }
            return regions.size() * sectors.size() == labels.length - 1
                    ? new TableLayout(List.copyOf(regions), List.copyOf(sectors), List.of()) : null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** What the run will cost, said before it starts. */
    static String costLine(String name, TableLayout layout, List<IndicatorId> ids) {
        IoOutputs.Cost c = IoOutputs.estimate(layout, ids);
        long max = Runtime.getRuntime().maxMemory();
        String warn = c.heapBytes() > max ? String.format(Locale.ROOT,
                "; WARNING: more than this JVM's heap limit of %.1f GB: run java with -Xmx%dg or more", max / 1e9,
                (long) Math.ceil(c.heapBytes() * 1.25 / (1L << 30))) : "";
        return String.format(Locale.ROOT, "%s: %,d rows (%d regions × %d sectors); %d outputs will need about %.1f GB"
                        + " of heap (limit %.1f GB) and %.1f GB of native memory, and write about %.1f GB of CSV%s",
                name, c.rows(), layout.G(), layout.N(), ids.size(), c.heapBytes() / 1e9, max / 1e9,
                c.nativeBytes() / 1e9, c.csvBytes() / 1e9, warn);
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
