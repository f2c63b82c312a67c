package org.gvclab.core.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.decompose.Indicators;
import org.gvclab.core.io.decompose.ValueChains;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.IoTable;
import org.gvclab.core.io.model.LinearSolver;
import org.gvclab.core.io.read.IoTables;
import org.gvclab.core.io.read.ReadOptions;
import org.gvclab.core.io.read.TableFormat;
import org.jspecify.annotations.Nullable;

/** {@code io}: reads a table, computes the chosen indicators and writes one CSV per indicator. */
final class IoCommand {

    private IoCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) {
        Path table = Path.of(o.require("table"));
        Path outDir = Path.of(o.require("out"));
        List<IndicatorId> ids = selection(o);
        TableFormat format = o.get("format").map(TableFormat::parse).orElse(null);
        long t0 = System.nanoTime();
        // load the native solver (tens of MB of shared libraries) while the CSVs are parsed
        java.util.concurrent.FutureTask<LinearSolver> solver = new java.util.concurrent.FutureTask<>(() -> solver(o));
        Thread loader = new Thread(solver, "gvclab-solver-loader");
        loader.setDaemon(true);
        loader.start();
        IoTable t = IoTables.read(table, format, readOptions(o));
        long t1 = System.nanoTime();
        // the first note names the release the reader recognised; the others say how its rows were kept
        t.notes().forEach(note -> err.println("note: " + note));
        IoModel model = new IoModel(t, join(solver));
        String chain = o.get("chain").orElse(null);
        if (ids.contains(IndicatorId.SMILE_CURVE) && chain == null) {
            throw new IllegalArgumentException("smile_curve needs --chain REGION_SECTOR (the final product)");
        }
        writeAll(model, ids, outDir, chain);
        long t2 = System.nanoTime();
        err.printf(Locale.ROOT, "%s: %d regions × %d sectors; read %.2f s, computed and wrote %d outputs in %.2f s"
                + " (solver %s)%n", t.name(), t.G(), t.N(), (t1 - t0) / 1e9, ids.size(), (t2 - t1) / 1e9,
                model.solver().name());
        return 0;
    }

    private static LinearSolver join(java.util.concurrent.FutureTask<LinearSolver> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
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
                            + java.util.Arrays.stream(IndicatorId.values()).map(IndicatorId::fileName).toList()));
            ids.add(id);
        }
        return ids;
    }

    /**
     * Computes and writes each indicator to {@code outDir/<fileName>.csv}. Files are written as {@code .part}
     * and renamed only when every indicator succeeded; on any failure the partial files are removed, so a bad
     * table leaves nothing behind. The Leontief system is factorised first, so a singular table fails before
     * anything is written.
     */
    static void writeAll(IoModel model, List<IndicatorId> ids, Path outDir) {
        writeAll(model, ids, outDir, null);
    }

    static void writeAll(IoModel model, List<IndicatorId> ids, Path outDir, @Nullable String chain) {
        if (ids.stream().anyMatch(id -> !NO_INVERSE.contains(id))) {
            model.leontief();
        }
        if (ids.contains(IndicatorId.UPSTREAMNESS_DOWNSTREAMNESS) || ids.contains(IndicatorId.GHOSH_INVERSE_G)) {
            model.upstreamness();
        }
        List<Path> parts = new ArrayList<>();
        boolean done = false;
        try {
            Files.createDirectories(outDir);
            for (IndicatorId id : ids) {
                IndicatorTable r = switch (id) {
                    case AVERAGE_PROPAGATION_LENGTH -> ValueChains.averagePropagationLengthTable(model);
                    case SMILE_CURVE -> smileCurve(model, chain);
                    default -> Indicators.compute(model, id);
                };
                Path tmp = outDir.resolve(id.fileName() + ".csv.part");
                parts.add(tmp);
                try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    r.writeCsv(w);
                }
            }
            for (Path tmp : parts) {
                String name = tmp.getFileName().toString();
                Files.move(tmp, outDir.resolve(name.substring(0, name.length() - ".part".length())),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to " + outDir, e);
        } finally {
            if (!done) {
                for (Path tmp : parts) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // best effort: the original error is the one to report
                    }
                }
            }
        }
    }

    private static IndicatorTable smileCurve(IoModel model, @Nullable String chain) {
        if (chain == null) {
            throw new IllegalArgumentException("smile_curve needs --chain REGION_SECTOR (the final product)");
        }
        int u = chain.indexOf('_');
        if (u <= 0) {
            throw new IllegalArgumentException("--chain must read REGION_SECTOR, got '" + chain + "'");
        }
        return ValueChains.smileCurve(model, chain.substring(0, u), chain.substring(u + 1));
    }

    private static final java.util.Set<IndicatorId> NO_INVERSE = java.util.EnumSet.of(IndicatorId.EXPORTS_TOTAL,
            IndicatorId.EXPORTS_BILATERAL_ESR, IndicatorId.EXPORTS_INTERMEDIATE_EINT, IndicatorId.EXPORTS_FINAL_EFD,
            IndicatorId.VA_COEFFICIENTS);
}
