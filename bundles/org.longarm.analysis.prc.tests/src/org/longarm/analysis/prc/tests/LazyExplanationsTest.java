package org.longarm.analysis.prc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.ModelStore;

/**
 * Verdicts explain themselves when read, and read the sources of their evidence in batches, from a real Neo4j: a
 * run's memory must not grow with a million explanations, nor a report over every entity cost a query per fact.
 */
class LazyExplanationsTest {

    private static final int ENTITIES = 12_000;

    @Test
    void explanationsAreBuiltWhenReadAndTheirSourcesReadInBatches(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("graph.json");
        new RandomGraph(new Random(7), ENTITIES).write(file);
        try (ModelStore store = VerdictCasesTest.load(List.of(file))) {
            AtomicInteger sourceQueries = new AtomicInteger();
            GraphView view = store.view();
            GraphView counting = (GraphView) Proxy.newProxyInstance(GraphView.class.getClassLoader(),
                    new Class<?>[] { GraphView.class }, (proxy, method, args) -> {
                        if (method.getName().equals("sourcesOf") && args[1] instanceof Collection) {
                            sourceQueries.incrementAndGet();
                        }
                        try {
                            return method.invoke(view, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            LawPack lawPack = Contributions.lawPack("prc-nil").orElseThrow();
            Verdicts verdicts = VerdictEngine.compute(counting, LocalDate.of(2026, 1, 1), lawPack,
                    lawPack.defaultSettings(), Contributions.policy("uk-sensitive-sites-2022").orElseThrow(),
                    new NullProgressMonitor());
            assertEquals(0, sourceQueries.get(), "no source is read before an explanation is");

            long subjects = verdicts.entityCounts().get(Verdict.SUBJECT);
            List<Verdicts.EntitySummary> summaries = verdicts.entitySummaries(Verdict.SUBJECT);
            assertEquals(subjects, summaries.size());
            assertTrue(subjects > 100, "the random graph has SUBJECT entities: " + subjects);
            assertEquals(0, sourceQueries.get(), "counts and summaries build no explanation");

            EntityVerdict one = verdicts.entity(summaries.get(summaries.size() / 2).key()).orElseThrow();
            assertEquals(Verdict.SUBJECT, one.verdict());
            assertEquals(summaries.get(summaries.size() / 2).name(), one.name());
            assertFalse(one.reasons().isEmpty(), () -> "explained: " + one);
            assertEquals(0, sourceQueries.get(), "an explanation reads its sources when they are asked for");

            int hops = 0;
            List<EntityVerdict> inOrder = new ArrayList<>();
            for (EntityVerdict v : verdicts.entities()) {
                for (List<Hop> path : v.paths()) {
                    for (Hop hop : path) {
                        assertFalse(hop.sources().isEmpty(), "every hop has its source: " + v.key());
                        hops++;
                    }
                }
                inOrder.add(v);
            }
            assertEquals(ENTITIES, inOrder.size());
            int chunks = (ENTITIES + 4095) / 4096;
            assertTrue(hops > 5_000, "enough evidence to need several batches: " + hops);
            // a chunk of 4,096 verdicts is built at once when read in order; a query reads up to 5,000 waiting facts
            assertTrue(sourceQueries.get() <= hops / 5_000 + 2 * chunks, "sources read in batches: " + sourceQueries.get()
                    + " queries for " + hops + " hops");
            assertEquals(one, verdicts.entity(one.key()).orElseThrow(), "an explanation built twice is the same");
            for (int i = 1; i < inOrder.size(); i++) {
                assertTrue(inOrder.get(i - 1).key().compareTo(inOrder.get(i).key()) < 0, "in key order");
            }
        }
    }
}
