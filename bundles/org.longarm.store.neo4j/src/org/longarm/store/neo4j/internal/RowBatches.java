package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The upsert rows of objects given to a writer, kept per class in the order the classes first came, until
 * {@link #drain} hands each class's rows to where they go (a statement, or a staged batch).
 */
final class RowBatches {

    /** Where one class's rows go. */
    @FunctionalInterface
    interface Sink {
        void accept(EClass eClass, List<Map<String, Object>> rows);
    }

    private final Rows rows;
    private final int batchSize;
    private final Map<EClass, List<Map<String, Object>>> buffers = new LinkedHashMap<>();
    private int buffered;

    RowBatches(GraphMapping mapping, int batchSize) {
        this.rows = new Rows(mapping);
        this.batchSize = batchSize;
    }

    /** Buffers {@code object}'s row; true when the buffers hold a batch's worth and should be drained. */
    boolean add(EObject object) {
        buffers.computeIfAbsent(object.eClass(), c -> new ArrayList<>()).add(rows.of(object));
        return ++buffered >= batchSize;
    }

    void drain(Sink sink) {
        for (var entry : buffers.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                sink.accept(entry.getKey(), entry.getValue());
            }
        }
        buffers.clear();
        buffered = 0;
    }
}
