package org.gvclab.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.gvclab.core.io.decompose.Indicators;
import org.gvclab.core.io.decompose.ValueChains;
import org.gvclab.core.io.model.IoModel;
import org.gvclab.core.io.model.TableLayout;
import org.jspecify.annotations.Nullable;

/**
 * Runs a set of outputs of one table: computes each (through the model, so shared results are computed once),
 * reports per-output progress, and writes each as CSV while the next one is computed (the writing itself formats
 * rows on every core). Used by the command line and, without writing, by the web application's upload.
 */
public final class IoOutputs {

    private static final Set<IndicatorId> NO_INVERSE = EnumSet.of(IndicatorId.EXPORTS_TOTAL,
            IndicatorId.EXPORTS_BILATERAL_ESR, IndicatorId.EXPORTS_INTERMEDIATE_EINT, IndicatorId.EXPORTS_FINAL_EFD,
            IndicatorId.VA_COEFFICIENTS);

    private IoOutputs() {
    }

    /**
     * One output: a table of {@link IndicatorId#tableOutputs()}, the average propagation length, or the smile curve
     * of {@code chain} ({@code REGION_SECTOR}, required for the smile curve only).
     */
    public static IndicatorTable compute(IoModel model, IndicatorId id, @Nullable String chain) {
        return switch (id) {
            case AVERAGE_PROPAGATION_LENGTH -> ValueChains.averagePropagationLengthTable(model);
            case SMILE_CURVE -> {
                if (chain == null) {
                    throw new IllegalArgumentException("smile_curve needs --chain REGION_SECTOR (the final product)");
                }
                int u = chain.indexOf('_');
                if (u <= 0) {
                    throw new IllegalArgumentException("--chain must read REGION_SECTOR, got '" + chain + "'");
                }
                yield ValueChains.smileCurve(model, chain.substring(0, u), chain.substring(u + 1));
            }
            default -> Indicators.compute(model, id);
        };
    }

    /**
     * Computes each output in turn and hands it to {@code sink}, reporting progress. The Leontief system is
     * factorised first, so a singular table fails before any output.
     */
    public static void computeAll(IoModel model, List<IndicatorId> ids, @Nullable String chain, OutputProgress progress,
                                  Consumer<IndicatorTable> sink) {
        prepare(model, ids);
        for (int i = 0; i < ids.size(); i++) {
            IndicatorId id = ids.get(i);
            progress.update(id, i, ids.size(), false);
            sink.accept(compute(model, id, chain));
            progress.update(id, i, ids.size(), true);
        }
    }

    /**
     * Computes and writes each output to {@code outDir/<fileName>.csv}. Files are written as {@code .part} and
     * renamed only when every output succeeded; on any failure the partial files are removed, so a bad table leaves
     * nothing behind. Output i is written on a writer thread while output i + 1 is computed.
     */
    public static void writeAll(IoModel model, List<IndicatorId> ids, Path outDir, @Nullable String chain,
                                OutputProgress progress) {
        prepare(model, ids);
        List<Path> parts = new ArrayList<>();
        boolean done = false;
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gvclab-io-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Files.createDirectories(outDir);
            Future<?> previous = null;
            for (int i = 0; i < ids.size(); i++) {
                IndicatorId id = ids.get(i);
                int index = i;
                progress.update(id, index, ids.size(), false);
                IndicatorTable table = compute(model, id, chain);
                await(previous);
                Path tmp = outDir.resolve(id.fileName() + ".csv.part");
                parts.add(tmp);
                previous = writer.submit(() -> {
                    write(table, tmp);
                    progress.update(id, index, ids.size(), true);
                });
            }
            await(previous);
            for (Path tmp : parts) {
                String name = tmp.getFileName().toString();
                Files.move(tmp, outDir.resolve(name.substring(0, name.length() - ".part".length())),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to " + outDir, e);
        } finally {
            writer.shutdownNow();
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

    private static void prepare(IoModel model, List<IndicatorId> ids) {
        if (ids.stream().anyMatch(id -> !NO_INVERSE.contains(id))) {
            model.leontief();
        }
        if (ids.contains(IndicatorId.UPSTREAMNESS_DOWNSTREAMNESS) || ids.contains(IndicatorId.GHOSH_INVERSE_G)) {
            model.upstreamness();
        }
    }

    private static void write(IndicatorTable table, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            table.writeCsv(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private static void await(@Nullable Future<?> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * What a run will cost, estimated before it starts (from the shapes alone): rows, peak Java heap, native memory
     * for the LU factors, and the size of the CSV files written.
     *
     * @param rows        n = G·N
     * @param heapBytes   peak Java heap: Z, A and B (n × n each, 8 bytes a value), the matrix handed to the
     *                    factorisation, and the n × G work matrices; an estimate, not a bound
     * @param nativeBytes the off-heap LU factors (n × n) of the native solver
     * @param csvBytes    the CSV written, at about 20 bytes per full-precision value
     */
    public record Cost(int rows, long heapBytes, long nativeBytes, long csvBytes) {
    }

    /** The estimated cost of computing {@code ids} for a table of this layout. */
    public static Cost estimate(TableLayout layout, List<IndicatorId> ids) {
        long n = layout.n();
        long g = layout.G();
        long nn = n * n * 8;
        boolean inverse = ids.stream().anyMatch(id -> !NO_INVERSE.contains(id));
        boolean apl = ids.contains(IndicatorId.AVERAGE_PROPAGATION_LENGTH);
        long heap = nn + (inverse ? 3 * nn : 0) + (apl ? 3 * nn : 0) + 40 * n * g * 8 + (64L << 20);
        long csv = 0;
        for (IndicatorId id : ids) {
            csv += 20 * values(id, n, g, layout.N());
        }
        return new Cost((int) n, heap, inverse ? nn : 0, csv);
    }

    /** Roughly how many numbers an output holds. */
    private static long values(IndicatorId id, long n, long g, long nSec) {
        return switch (id) {
            case LEONTIEF_INVERSE_B, GHOSH_INVERSE_G, LEONTIEF_VBE_EXPORTS, LEONTIEF_VB, AVERAGE_PROPAGATION_LENGTH ->
                    n * n;
            case DOMESTIC_LEONTIEF_L -> n * nSec + n * n / 10; // zeros take 2 bytes, not 20
            case WWZ_BILATERAL_SECTOR -> n * g * 26;
            case BM_BILATERAL_EXPORTER_SOURCE -> n * (g - 1) * 13;
            case EXPORTS_BILATERAL_ESR, VA_IN_FINAL_DEMAND_VBY, EXPORTS_INTERMEDIATE_EINT, EXPORTS_FINAL_EFD -> n * g;
            case PRODUCTION_LENGTH_SECTOR -> n * 35;
            case BM_SECTOR_EXPORTER_SOURCE -> n * 13;
            case GVC_PARTICIPATION_SECTOR -> n * 10;
            default -> n * 3;
        };
    }
}
