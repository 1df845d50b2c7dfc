package org.longarm.store.neo4j.internal;

import java.util.Collection;
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
    private final RowBatches batches;
    private long changed;

    Neo4jWriter(TransactionContext tx, GraphMapping mapping, Statements statements, ObjectReader reader, int batchSize) {
        this.tx = tx;
        this.statements = statements;
        this.rows = new Rows(mapping);
        this.reader = reader;
        this.batches = new RowBatches(mapping, batchSize);
    }

    @Override
    public void put(EObject object) {
        if (batches.add(object)) {
            flush();
        }
    }

    @Override
    public void flush() {
        batches.drain((eClass, rows) -> changed += statements.upsert(tx, eClass, rows));
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
        return statements.upsert(tx, object.eClass(), List.of(rows.of(object)));
    }
}
