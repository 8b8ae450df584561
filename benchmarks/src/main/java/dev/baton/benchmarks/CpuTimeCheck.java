package dev.baton.benchmarks;

import dev.baton.domain.alignment.AlignmentEngine;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A quick scaling check that holds up on a busy machine: the engine's CPU time on the running thread (and the time
 * spent collecting garbage) per run, for 1k, 10k and 100k targets, after a warm-up. Wall-clock JMH numbers swing with
 * whatever else the machine runs; thread CPU time does not. The JIT is warmed on 3,000 small runs first.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -Xmn3g -cp benchmarks/target/benchmarks.jar dev.baton.benchmarks.CpuTimeCheck}.
 */
public final class CpuTimeCheck {

    private CpuTimeCheck() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AlignmentEngine engine = new AlignmentEngine();
        PlanGenerator small = PlanGenerator.ofSize(1_000);
        for (int i = 0; i < 3_000; i++) {
            engine.run(small.plan(BuiltInMetricCatalog.instance()));
        }
        double first = 0;
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            PlanGenerator generator = PlanGenerator.ofSize(size);
            int runs = Math.max(5, 3_000_000 / size / 10);
            for (int i = 0; i < runs; i++) {
                engine.run(generator.plan(BuiltInMetricCatalog.instance()));
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long gc = gcMillis();
            long wall = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                engine.run(generator.plan(BuiltInMetricCatalog.instance()));
            }
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs;
            double wallMs = (System.nanoTime() - wall) / 1e6 / runs;
            double gcMs = (gcMillis() - gc) / (double) runs;
            if (first == 0) {
                first = cpuMs;
            }
            System.out.printf(
                    "%,7d targets (%,d generated): cpu %8.2f ms  wall %8.2f ms  gc %7.2f ms  cpu ratio to 1k %6.1f%n",
                    size, generator.targetCount(), cpuMs, wallMs, gcMs, cpuMs / first);
        }
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += collector.getCollectionTime();
        }
        return total;
    }
}
