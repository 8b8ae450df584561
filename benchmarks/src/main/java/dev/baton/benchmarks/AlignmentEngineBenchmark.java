package dev.baton.benchmarks;

import dev.baton.domain.alignment.AlignmentEngine;
import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the alignment engine takes over plans of 1k, 10k and 100k targets (see {@link PlanGenerator}). Each run
 * builds the plan (indexing its targets) and runs every rule, as a what-if request would. The aim: 100k ÷ 1k ≤ 130,
 * and 10k well under 100 ms.
 *
 * <p>The forked JVM gets a fixed 4 GB heap with a 3 GB young generation and 16 MB G1 regions. A 100k-target run keeps
 * about 75 MB live (plan indexes and propagation networks) while it allocates several hundred MB of short-lived
 * intervals and decimals; with G1's default sizing the maps of a 100k plan are humongous objects and young collections
 * keep copying the live plan, so garbage collection, not the engine, would dominate the largest size. Measured on one
 * thread's CPU time the engine scales about 1 : 10 : 120 from 1k to 100k targets.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 2 -r 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn3g", "-XX:G1HeapRegionSize=16m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AlignmentEngineBenchmark {

    @Param({"1000", "10000", "100000"})
    public int targets;

    private PlanGenerator generator;
    private final AlignmentEngine engine = new AlignmentEngine();

    /** Runs of small plans before measuring, as a server has had: one 100k op per 2 s iteration never warms the JIT. */
    private static final int SMALL_WARM_UP_RUNS = 400;

    @Setup
    public void generate() {
        generator = PlanGenerator.ofSize(targets);
        PlanGenerator small = PlanGenerator.ofSize(1_000);
        for (int i = 0; i < SMALL_WARM_UP_RUNS; i++) {
            engine.run(small.plan(BuiltInMetricCatalog.instance()));
        }
    }

    @Benchmark
    public AlignmentReport run() {
        AlignmentPlan plan = generator.plan(BuiltInMetricCatalog.instance());
        return engine.run(plan);
    }
}
