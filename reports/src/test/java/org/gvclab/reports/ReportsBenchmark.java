package org.gvclab.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gvclab.core.notebook.ChartResult;
import org.gvclab.reports.excel.ExcelWorkbookRenderer;
import org.gvclab.reports.pdf.PdfBriefRenderer;

/**
 * Times the two report renderers on the sizes of issue 6: a 20-page brief with 10 charts (Chinese), and a workbook
 * with a 100,000-row table. Best and median of 5 runs after 3 warm-up runs; heap measured by sampling the used heap
 * while rendering (peak minus the heap held before the run, which includes the input notebook). Not a unit test:
 * run {@code bench/run-reports-bench.sh}.
 */
public final class ReportsBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 5;

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        if (what.equals("all") || what.equals("pdf")) {
            pdf();
        }
        if (what.equals("all") || what.equals("xlsx")) {
            xlsx();
        }
    }

    private static void pdf() throws Exception {
        BriefInput input = SampleBriefs.large(Locale.SIMPLIFIED_CHINESE, 10, 22);
        long charts = input.notebook().allResults().stream().filter(ChartResult.class::isInstance).count();
        PdfBriefRenderer renderer = new PdfBriefRenderer();
        byte[] pdf = renderer.render(input);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        report("PDF brief (zh, " + pages + " pages, " + charts + " charts, " + pdf.length / 1024 + " KiB)",
                () -> renderer.render(input, OutputStream.nullOutputStream()));
    }

    private static void xlsx() throws Exception {
        BriefInput input = SampleBriefs.large(Locale.ENGLISH, 1, 100_000);
        ExcelWorkbookRenderer renderer = new ExcelWorkbookRenderer();
        CountingStream size = new CountingStream();
        renderer.render(input, size);
        report("Excel workbook (100,000-row table + 1 chart, " + size.count.get() / 1024 + " KiB)",
                () -> renderer.render(input, OutputStream.nullOutputStream()));
    }

    private interface Run {
        void run() throws IOException;
    }

    private static void report(String what, Run run) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            run.run();
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Double> times = new ArrayList<>();
        long peakExtra = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            run.run();
            times.add((System.nanoTime() - t0) / 1e6);
            sampler.interrupt();
            sampler.join();
            peakExtra = Math.max(peakExtra, peak.get() - before);
        }
        Collections.sort(times);
        System.gc();
        System.out.printf(Locale.ROOT, "%s: best %.0f ms, median %.0f ms, worst %.0f ms; peak heap above baseline %d MiB;"
                        + " baseline after GC (holds the input) %d MiB; max heap %d MiB%n", what, times.get(0),
                times.get(RUNS / 2), times.get(RUNS - 1), peakExtra >> 20,
                memory.getHeapMemoryUsage().getUsed() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static final class CountingStream extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count.addAndGet(len);
        }
    }
}
