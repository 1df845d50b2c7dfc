package org.longarm.benchmarks.internal;

import static org.longarm.benchmarks.internal.Measure.format;
import static org.longarm.benchmarks.internal.Measure.progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.graph.GraphView;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.Neo4jStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Search as you type on a loaded graph (e.g. by {@code load-synthetic}): names and keys of random entities typed one
 * character at a time, every prefix sent to {@code GraphView.search} as the workbench's Explorer does (limit 50).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "GraphView.search latency for as-you-type prefixes on the embedded database of a data folder.")
final class SearchBenchmark implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, description = "the data folder (as LONGARM_DATA_DIR)")
    Path dataDir;

    @Option(names = "--typed", defaultValue = "40", description = "how many names and keys to type")
    int typed;

    @Option(names = "--limit", defaultValue = "50", description = "hits per search (the Explorer asks for 50)")
    int limit;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() {
        boolean alreadyRunning = EmbeddedNeo4j.running(dataDir).isPresent();
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(),
                EmbeddedNeo4j.Resources.fromEnvironment(System.getenv()), false, Duration.ofMinutes(5));
        try (Neo4jStore store = Neo4jStore.open(server.settings(), List.<EPackage>of(LongarmPackage.eINSTANCE), null)) {
            GraphView graph = store.view();
            long entities = graph.counts().entities();
            progress("picking " + typed + " random entities of " + entities);
            List<String> texts = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(seed);
            while (texts.size() < typed) {
                // keys of the synthetic graph are e0 .. e(N-1); a stored graph with other keys needs other texts
                String key = SyntheticGraph.key(random.nextInt((int) entities));
                graph.entity(key).ifPresent(e -> {
                    texts.add(e.name());
                    if (texts.size() < typed && random.nextInt(4) == 0) {
                        texts.add(e.key());
                    }
                });
            }
            progress("warming up");
            long t0 = System.nanoTime();
            int firstHits = graph.search("co", limit).size();
            double cold = (System.nanoTime() - t0) / 1e6;
            for (int i = 0; i < 20; i++) {
                graph.search(texts.get(i % texts.size()), limit);
            }
            progress("typing");
            List<Long> all = new ArrayList<>();
            Map<Integer, List<Long>> byLength = new TreeMap<>();
            long hits = 0;
            for (String text : texts) {
                for (int end = 1; end <= text.length(); end++) {
                    String prefix = text.substring(0, end);
                    if (prefix.isBlank()) {
                        continue;
                    }
                    long start = System.nanoTime();
                    hits += graph.search(prefix, limit).size();
                    long nanos = System.nanoTime() - start;
                    all.add(nanos);
                    byLength.computeIfAbsent(Math.min(end, 10), k -> new ArrayList<>()).add(nanos);
                }
            }
            System.out.println(format("%,d entities; %d texts typed (names and keys), %,d searches, %,d hits in all.%n",
                    entities, texts.size(), all.size(), hits));
            System.out.println("| measure | value |");
            System.out.println("|---|---|");
            System.out.println(format("| first search after start (\"co\", %d hits) | %.1f ms |", firstHits, cold));
            System.out.println(format("| search as you type, limit %d: p50 / p95 / max | %s / %s / %s |", limit,
                    ms(percentile(all, 50)), ms(percentile(all, 95)), ms(percentile(all, 100))));
            // the Explorer's folders: counts per jurisdiction, then the first page of the largest and of "(unknown)"
            long c0 = System.nanoTime();
            Map<String, Long> perJurisdiction = graph.entityCountsByJurisdiction();
            double countMillis = (System.nanoTime() - c0) / 1e6;
            String largest = perJurisdiction.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            System.out.println(format("| Explorer: entities per jurisdiction (%d folders) | %.1f ms |", perJurisdiction.size(),
                    countMillis));
            for (String code : List.of(largest, "")) {
                long p0 = System.nanoTime();
                int size = graph.entitiesByJurisdiction(code, 0, 200).size();
                double first = (System.nanoTime() - p0) / 1e6;
                p0 = System.nanoTime();
                graph.entitiesByJurisdiction(code, 200, 200);
                System.out.println(format("| Explorer: first / second page of %s (%,d entities; %d listed) | %.1f ms / %.1f ms |",
                        code.isEmpty() ? "(unknown)" : code, perJurisdiction.get(code), size, first,
                        (System.nanoTime() - p0) / 1e6));
            }
            byLength.forEach((length, values) -> System.out.println(format("| prefix length %s: p50 / p95 (%d searches) | %s / %s |",
                    length == 10 ? "10+" : length.toString(), values.size(), ms(percentile(values, 50)),
                    ms(percentile(values, 95)))));
        } finally {
            if (!alreadyRunning) {
                server.stop();
            }
        }
        return 0;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    private static String ms(long nanos) {
        return format("%.1f ms", nanos / 1e6);
    }
}
