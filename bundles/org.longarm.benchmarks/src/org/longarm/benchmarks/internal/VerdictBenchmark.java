package org.longarm.benchmarks.internal;

import static org.longarm.benchmarks.internal.Measure.format;
import static org.longarm.benchmarks.internal.Measure.progress;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.plugins.Contributions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The verdict engine on a synthetic ownership graph generated on the fly: time to build the projection, time to
 * compute every verdict, heap held by the projection and by the verdicts after the run, the latency of explaining
 * one entity from the computed verdicts (its explanation is built then), and the time to read every explanation.
 */
@Command(name = "verdicts", mixinStandardHelpOptions = true,
        description = "Verdict engine: projection load, all verdicts, heap, explain latency (synthetic graph).")
final class VerdictBenchmark implements Callable<Integer> {

    @Option(names = "--entities", defaultValue = "1000000")
    int entities;

    @Option(names = "--interests", defaultValue = "2000000")
    int interests;

    /** The generator's seed unless one is given; load-synthetic uses it too, so both see the same graph. */
    static final String DEFAULT_SEED = "20261129";
    /** The as-of date of the benchmark's verdicts. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    @Option(names = "--seed", defaultValue = DEFAULT_SEED)
    long seed;

    @Override
    public Integer call() {
        LawPack lawPack = Contributions.lawPack("prc-nil").orElseThrow(() -> new IllegalStateException("no PRC law pack"));
        Policy policy = Contributions.policy(null).orElseThrow(() -> new IllegalStateException("no policy"));
        SyntheticGraph graph = new SyntheticGraph(entities, interests, seed);
        progress("generating (counting) the synthetic graph");
        long interestCount = graph.interestCount();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        Map<String, Long> phases = new LinkedHashMap<>();
        long[] projectionHeap = new long[1];
        long start = System.nanoTime();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private String phase = "start";
            private long since = start;

            @Override
            public void subTask(String name) {
                long now = System.nanoTime();
                phases.merge(phase, now - since, Long::sum);
                if (name.equals("Control")) {
                    // the projection is complete and nothing else large is alive yet
                    System.gc();
                    projectionHeap[0] = memory.getHeapMemoryUsage().getUsed() - baseline;
                    now = System.nanoTime();
                }
                phase = name;
                since = now;
                progress(name);
            }

            @Override
            public void done() {
                phases.merge(phase, System.nanoTime() - since, Long::sum);
            }
        };
        Verdicts verdicts = VerdictEngine.compute(graph, AS_OF, lawPack, lawPack.defaultSettings(),
                policy, monitor);
        monitor.done();
        double total = (System.nanoTime() - start) / 1e9;
        double load = phases.getOrDefault("Reading the ownership graph", 0L) / 1e9;
        double compute = phases.entrySet().stream().filter(e -> !e.getKey().equals("Reading the ownership graph")
                && !e.getKey().equals("start")).mapToLong(Map.Entry::getValue).sum() / 1e9;

        System.gc();
        long heldAfterRun = memory.getHeapMemoryUsage().getUsed() - baseline;

        progress("explain latency");
        SplittableRandom random = new SplittableRandom(seed);
        long[] latencies = new long[10_000];
        for (int i = 0; i < latencies.length; i++) {
            long t0 = System.nanoTime();
            EntityVerdict v = verdicts.entity(SyntheticGraph.key(random.nextInt(entities))).orElseThrow();
            String text = explain(v);
            latencies[i] = System.nanoTime() - t0;
            if (text.isEmpty()) {
                throw new IllegalStateException();
            }
        }
        progress("reading every explanation in key order");
        long readStart = System.nanoTime();
        long hops = 0;
        for (EntityVerdict v : verdicts.entities()) {
            for (List<org.longarm.core.analysis.Hop> path : v.paths()) {
                for (org.longarm.core.analysis.Hop hop : path) {
                    hops += 1 + hop.sources().size();
                }
            }
        }
        double readAll = (System.nanoTime() - readStart) / 1e9;
        Arrays.sort(latencies);
        Map<Verdict, Long> counts = verdicts.entityCounts();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.println(format("| entities / interests | %,d / %,d |", entities, interestCount));
        System.out.println(format("| verdicts | %s |", counts.toString().replaceAll("[{}]", "")));
        System.out.println(format("| projection load (stream records → arrays) | %.2f s |", load));
        System.out.println(format("| all verdicts after load (control, fraction, resolution, devices) | %.2f s |", compute));
        System.out.println(format("| total | %.2f s |", total));
        System.out.println(format("| heap held by the projection | %,d MiB = %.0f bytes per interest |",
                projectionHeap[0] >> 20, (double) projectionHeap[0] / interestCount));
        System.out.println(format("| heap held after the run (verdicts, explanations built when read) | %,d MiB |",
                heldAfterRun >> 20));
        System.out.println(format("| read every entity's explanation in key order (%,d hops) | %.2f s |", hops, readAll));
        System.out.println(format("| explain one entity from computed verdicts, p50 / p95 | %.3f ms / %.3f ms |",
                latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 95 / 100] / 1e6));
        phases.forEach((name, nanos) -> System.out.println(format("| phase: %s | %.2f s |", name, nanos / 1e9)));
        return 0;
    }

    /** What {@code longarm explain} renders from a verdict, without the terminal. */
    private static String explain(EntityVerdict v) {
        StringBuilder text = new StringBuilder(v.name()).append(' ').append(v.verdict()).append(' ').append(v.reasons());
        List<String> hops = new ArrayList<>();
        v.path().forEach(h -> hops.add(h.holderName() + " -" + h.interest() + " " + h.share() + "-> " + h.subjectName()
                + " " + h.sources()));
        return text.append(hops).toString();
    }
}
