package org.longarm.core.internal.engine;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.store.StoreBusyException;

/**
 * Reads the sources behind evidence facts when the first of them is asked for: that fact's and those of up to
 * {@value #BATCH} other facts still waiting, in one {@link GraphView#sourcesOf(EClass, java.util.Collection)} per
 * class. Evidence is built in key order, and read mostly so, so that a report over every entity needs about one
 * query per {@value #BATCH} facts, and an explanation that nobody reads costs no query. Waiting facts are held
 * weakly: an explanation that was built and dropped unread does not stay alive for its sources' sake.
 *
 * <p>The sources are read from the graph as it is when they are asked for. After each reading the graph's count of
 * committed writes is compared with the one the verdicts were computed at: when an import was committed meanwhile, a
 * record's facts and their sources may have been replaced, and the reading fails rather than show the sources of a
 * newer statement as the evidence of a verdict that rests on an older one.
 */
final class SourceBatcher {

    static final int BATCH = 5_000;

    private final GraphView graph;
    private final long committedWrites;
    private final ArrayDeque<WeakReference<LazySources>> waiting = new ArrayDeque<>();
    private int purgeAt = 4 * BATCH;

    SourceBatcher(GraphView graph, long committedWrites) {
        this.graph = graph;
        this.committedWrites = committedWrites;
    }

    /** The sources of one fact, read when first asked for. */
    synchronized LazySources of(EClass type, String key) {
        LazySources sources = new LazySources(this, type, key);
        waiting.add(new WeakReference<>(sources));
        if (waiting.size() >= purgeAt) {
            waiting.removeIf(r -> r.get() == null || r.get().isLoaded());
            purgeAt = Math.max(4 * BATCH, 2 * waiting.size());
        }
        return sources;
    }

    synchronized void load(LazySources first) {
        if (first.isLoaded()) {
            return;
        }
        Map<EClass, List<LazySources>> batch = new LinkedHashMap<>();
        batch.computeIfAbsent(first.type, t -> new ArrayList<>()).add(first);
        int size = 1;
        while (size < BATCH && !waiting.isEmpty()) {
            LazySources next = waiting.poll().get();
            if (next != null && next != first && !next.isLoaded()) {
                batch.computeIfAbsent(next.type, t -> new ArrayList<>()).add(next);
                size++;
            }
        }
        Map<EClass, Map<String, List<SourceRecord>>> found = new LinkedHashMap<>();
        batch.forEach((type, facts) -> {
            Set<String> keys = new LinkedHashSet<>();
            facts.forEach(f -> keys.add(f.key));
            found.put(type, graph.sourcesOf(type, keys));
        });
        if (graph.awaitAppliedWrites(new NullProgressMonitor()) != committedWrites) {
            // the facts stay unread, so that a later reading of any of them fails too
            throw new StoreBusyException("an import was applied to the graph after the verdicts were computed, so"
                    + " the sources of their evidence may have changed: compute the verdicts again");
        }
        batch.forEach((type, facts) -> facts.forEach(f -> f.loaded(found.get(type).getOrDefault(f.key, List.of()))));
    }
}
