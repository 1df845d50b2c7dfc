package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.store.ModelWriter;
import org.neo4j.driver.TransactionContext;

/** Buffers objects per class and writes them as batched UNWIND upserts, all inside one transaction. */
final class Neo4jWriter implements ModelWriter {

    private final TransactionContext tx;
    private final Statements statements;
    private final Rows rows;
    private final ObjectReader reader;
    private final int batchSize;
    private final Map<EClass, List<Map<String, Object>>> buffers = new LinkedHashMap<>();
    private int buffered;
    private long changed;

    Neo4jWriter(TransactionContext tx, GraphMapping mapping, Statements statements, ObjectReader reader, int batchSize) {
        this.tx = tx;
        this.statements = statements;
        this.rows = new Rows(mapping);
        this.reader = reader;
        this.batchSize = batchSize;
    }

    @Override
    public void put(EObject object) {
        buffers.computeIfAbsent(object.eClass(), c -> new ArrayList<>()).add(rows.of(object));
        if (++buffered >= batchSize) {
            flush();
        }
    }

    @Override
    public void flush() {
        for (var entry : buffers.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                changed += tx.run(statements.upsert(entry.getKey()), Map.of("rows", entry.getValue())).single()
                        .get("changed").asLong();
            }
        }
        buffers.clear();
        buffered = 0;
    }

    @Override
    public Map<String, EObject> getAll(EClass type, Collection<String> keys) {
        flush();
        return reader.read(tx, type, keys);
    }

    @Override
    public long changed() {
        return changed;
    }

    /** Writes one object now and returns how many objects changed (0 or 1). */
    long writeNow(EObject object) {
        return tx.run(statements.upsert(object.eClass()), Map.of("rows", List.of(rows.of(object)))).single()
                .get("changed").asLong();
    }
}
