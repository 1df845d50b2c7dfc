package org.longarm.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.Test;
import org.longarm.core.analysis.Verdict;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.graph.GraphLayout;
import org.longarm.ui.internal.graph.GraphRenderer;
import org.longarm.ui.internal.graph.OwnershipGraph;
import org.longarm.ui.internal.parts.GraphPart;

/**
 * Measurements for docs/workbench.md, run on demand (not part of the normal test run, and not a timed test: it
 * asserts nothing about speed):
 * {@code ./mvnw -o verify -pl <modules>,bundles/org.longarm.ui.tests -Dtest=WorkbenchBenchmark}. Writes
 * {@code target/workbench-measurements.md}.
 */
class WorkbenchBenchmark {

    @Test
    void measure() throws Exception {
        Map<String, String> results = new LinkedHashMap<>();
        WorkbenchOnTestDatabase.prepare();
        long start = System.nanoTime();
        try (WorkbenchHarness workbench = WorkbenchHarness.start(java.time.Duration.ofSeconds(90))) {
            results.put("time to first window (in the running test JVM; Neo4j already running)", ms(System.nanoTime() - start));
            WorkbenchSession session = WorkbenchOnTestDatabase.awaitVerdicts(workbench);
            results.put("first start to verdicts shown (import of the example estate + verdicts)",
                    ms(System.nanoTime() - start));
            results.put("verdicts of the example estate (" + session.snapshot().verdicts().entities().size()
                    + " entities, " + session.snapshot().verdicts().devices().size() + " devices)",
                    session.snapshot().computeMillis() + " ms");

            GraphPart graphPart = workbench.ui(() -> WorkbenchParts.object(workbench.application(),
                    WorkbenchParts.GRAPH, GraphPart.class));
            GraphLayout.TextMetrics metrics = workbench.ui(graphPart::metrics);
            OwnershipGraph synthetic = synthetic(200);
            List<Long> layouts = new ArrayList<>();
            List<Long> draws = new ArrayList<>();
            List<Long> exports = new ArrayList<>();
            GraphLayout.Result last = null;
            Path png = Files.createTempFile("graph-200", ".png");
            for (int run = 0; run < 15; run++) {
                long t0 = System.nanoTime();
                GraphLayout.Result layout = GraphLayout.layout(synthetic, metrics);
                long t1 = System.nanoTime();
                last = layout;
                long draw = workbench.ui(() -> {
                    // what the canvas does: paint into a view of 1000 x 600 at the fit scale (not below 20 %)
                    long d0 = System.nanoTime();
                    Image image = new Image(workbench.display(), 1000, 600);
                    GC gc = new GC(image);
                    org.eclipse.swt.graphics.Transform t = new org.eclipse.swt.graphics.Transform(workbench.display());
                    try {
                        float scale = (float) Math.max(0.2, Math.min(980 / layout.width(), 560 / layout.height()));
                        t.scale(scale, scale);
                        gc.setTransform(t);
                        GraphRenderer.paint(gc, layout, metrics.lineHeight(), null);
                    } finally {
                        t.dispose();
                        gc.dispose();
                        image.dispose();
                    }
                    return System.nanoTime() - d0;
                });
                long export = workbench.ui(() -> {
                    long d0 = System.nanoTime();
                    graphPart.writePng(layout, png);
                    return System.nanoTime() - d0;
                });
                if (run >= 5) {
                    layouts.add(t1 - t0);
                    draws.add(draw);
                    exports.add(export);
                }
            }
            results.put("lay out a 200-node, " + synthetic.edges().size() + "-edge ownership graph with ELK layered (median of 10, after 5 warm-up)",
                    ms(median(layouts)));
            results.put(String.format(Locale.ROOT, "draw all of it into a 1000 x 600 view, scaled to fit (laid out size %.0f x %.0f px; median of 10)",
                    last.width(), last.height()), ms(median(draws)));
            results.put("export it as PNG (draw + encode; capped at 24 Mpixel, scaled down beyond; median of 10)", ms(median(exports)));
            Files.deleteIfExists(png);

            List<Long> searches = new ArrayList<>();
            List<String> terms = List.of("Hikvision", "Dahua", "China", "Holdings", "hik", "Limited", "UK", "Zhejiang");
            for (int run = 0; run < 25; run++) {
                for (String term : terms) {
                    long t0 = System.nanoTime();
                    session.graph().search(term, 50);
                    if (run >= 5) {
                        searches.add(System.nanoTime() - t0);
                    }
                }
            }
            Collections.sort(searches);
            results.put("search (GraphView.search, limit 50, 8 terms x 20) p50", ms(searches.get(searches.size() / 2)));
            results.put("search p95", ms(searches.get((int) (searches.size() * 0.95))));
            results.put("search as you type: debounce before the query runs", "250 ms");
        }
        StringBuilder md = new StringBuilder("| measurement | result |\n|---|---|\n");
        results.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println(md);
        Path out = Path.of(System.getProperty("longarm.screenshots", "target/screenshots")).getParent()
                .resolve("workbench-measurements.md");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }

    /** A 200-node ownership DAG: each entity held by one or two entities of the layers above. */
    static OwnershipGraph synthetic(int size) {
        Map<String, OwnershipGraph.Node> nodes = new LinkedHashMap<>();
        List<OwnershipGraph.Edge> edges = new ArrayList<>();
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < size; i++) {
            nodes.put("e" + i, new OwnershipGraph.Node("e" + i, "Synthetic Holding Company Number " + i + " Limited",
                    i % 3 == 0 ? "CN" : "GB", false, verdicts[i % verdicts.length], false));
            if (i > 0) {
                edges.add(new OwnershipGraph.Edge("e" + ((i - 1) / 2), "e" + i, List.of("shareholding 51%")));
            }
            if (i > 3 && i % 4 == 0) {
                edges.add(new OwnershipGraph.Edge("e" + (i / 3), "e" + i, List.of("votingRights 20%", "boardMember")));
            }
        }
        return new OwnershipGraph("e0", nodes, edges, false);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

}
