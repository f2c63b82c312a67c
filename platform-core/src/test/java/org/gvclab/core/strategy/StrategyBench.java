package org.gvclab.core.strategy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.gvclab.core.cluster.SampleClusters;
import org.gvclab.core.cluster.SampleClusters.SampleCluster;
import org.gvclab.core.paradox.DiagnosisInputs;

/**
 * Benchmark of a strategy comparison: the five presets × 15 years × 1,000 draws (the target: under one
 * second of CPU), on each demo cluster. Three warm-up runs, then the best of five: CPU time of the calling thread
 * (ThreadMXBean) for one thread; process CPU time (all threads, JIT and GC included) for two threads; wall time for
 * both. Run with {@code bench/run-strategy-bench.sh}; not a unit test (no timed assertion).
 */
public final class StrategyBench {

    private static final int WARM_UP = 3;
    private static final int RUNS = 5;

    private StrategyBench() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Scenario scenario = Scenario.defaults("bench").withHorizon(Scenario.MAX_HORIZON); // the target: 15 years
        System.out.printf(Locale.ROOT, "Java %s, %d processors; %d strategies × %d years × %d draws%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                scenario.strategyIds().size(), scenario.horizon(), scenario.draws());
        System.out.println("| cluster | threads | CPU (ms, best of 5) | wall (ms, best of 5) |");
        System.out.println("| --- | --- | --- | --- |");
        for (SampleCluster c : SampleClusters.all()) {
            ClusterBaseline b = ClusterBaseline.of(DiagnosisInputs.of(c.records(), c.governance(), c.architecture()));
            for (int t : new int[] {1, 2}) {
                long bestCpu = Long.MAX_VALUE;
                long bestWall = Long.MAX_VALUE;
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    long cpu0 = t == 1 ? threads.getCurrentThreadCpuTime() : os.getProcessCpuTime();
                    long wall0 = System.nanoTime();
                    StrategyComparison.run(b, scenario, null, x -> { }, () -> false, t);
                    long wall = System.nanoTime() - wall0;
                    long cpu = (t == 1 ? threads.getCurrentThreadCpuTime() : os.getProcessCpuTime()) - cpu0;
                    if (i >= WARM_UP) {
                        bestCpu = Math.min(bestCpu, cpu);
                        bestWall = Math.min(bestWall, wall);
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %.0f%s | %.0f |%n", c.id(), t, bestCpu / 1e6,
                        t == 1 ? " (thread)" : " (process)", bestWall / 1e6);
            }
        }
    }
}
