package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.graph.GraphView;
import org.longarm.core.store.ConcurrentUpdateException;
import org.longarm.core.store.StoreException;
import org.longarm.core.store.ModelStore.StoreWork;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** What {@code Neo4jStore} does, on one driver and one database. */
public final class StoreEngine {

    /** Rows per UNWIND statement. */
    static final int BATCH_SIZE = 10_000;

    private final Driver driver;
    private final String database;
    private final GraphMapping mapping;
    private final Statements statements;
    private final ObjectReader reader;
    private final Neo4jGraphView view;

    public StoreEngine(Driver driver, String database, Collection<EPackage> packages) {
        this.driver = driver;
        this.database = database;
        this.mapping = new GraphMapping(packages);
        this.statements = new Statements(mapping);
        this.reader = new ObjectReader(mapping, statements);
        this.view = new Neo4jGraphView(this);
    }

    public void ensureSchema() {
        new SchemaManager(mapping).ensure(driver, database);
    }

    Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    public <T> T write(StoreWork<T> work) {
        return StagedWrite.excludingStagedWrites(this, false, tx -> {
            Neo4jWriter writer = new Neo4jWriter(tx, mapping, statements, reader, BATCH_SIZE);
            T result = work.run(writer);
            writer.flush();
            return result;
        });
    }

    /** {@link org.longarm.core.store.ModelStore#writeStaged}. */
    public <T> T writeStaged(StoreWork<T> work, IProgressMonitor monitor) {
        return StagedWrite.run(this, work, monitor);
    }

    /** Undoes or finishes the staged writes of processes that died. */
    public void recoverStagedWrites(IProgressMonitor monitor) {
        StagedWrite.recover(this, monitor);
    }

    public Map<String, EObject> read(EClass type, Collection<String> keys) {
        Map<String, EObject> objects;
        try (Session session = session()) {
            objects = session.executeRead(tx -> reader.read(tx, type, keys));
        }
        return adopt(type, objects);
    }

    /** Puts freshly read objects into a new graph resource, where their references resolve lazily. */
    private Map<String, EObject> adopt(EClass type, Map<String, EObject> objects) {
        EClass keyClass = mapping.of(mapping.instantiableFor(type)).keyClass;
        GraphResource resource = new GraphResource(mapping, (kc, key) -> readOne(kc, key));
        Map<String, EObject> adopted = new LinkedHashMap<>();
        for (var entry : objects.entrySet()) {
            adopted.put(entry.getKey(), resource.adopt(keyClass, entry.getKey(), entry.getValue()));
        }
        return adopted;
    }

    private EObject readOne(EClass keyClass, String key) {
        try (Session session = session()) {
            return session.executeRead(tx -> reader.read(tx, keyClass, List.of(key))).get(key);
        }
    }

    public void update(EObject object) {
        ClassMapping m = mapping.of(object.eClass());
        String key = ProxyUris.keyOf(object);
        StoredVersion loaded = StoredVersion.of(object);
        long newVersion = StagedWrite.excludingStagedWrites(this, true, tx -> {
            List<Record> current = tx.run(statements.lockAndVersion(m.keyClass), Map.of("key", key)).list();
            Long stored = current.isEmpty() || current.get(0).get("version").isNull() ? null
                    : current.get(0).get("version").asLong();
            long expected = loaded == null ? -1 : loaded.version;
            if ((stored == null && loaded != null) || (stored != null && stored != expected)) {
                throw new ConcurrentUpdateException(m.eClass.getName(), key);
            }
            new Neo4jWriter(tx, mapping, statements, reader, 1).writeNow(object);
            Record after = tx.run(statements.lockAndVersion(m.keyClass), Map.of("key", key)).single();
            return after.get("version").asLong();
        });
        StoredVersion.set(object, newVersion);
    }

    /**
     * Deletes one loaded object under the same optimistic check as {@link #update(EObject)}, refusing while anything
     * stored still refers to it; the object then counts as never loaded.
     */
    public void delete(EObject object) {
        ClassMapping m = mapping.of(object.eClass());
        String key = ProxyUris.keyOf(object);
        StoredVersion loaded = StoredVersion.of(object);
        if (loaded == null) {
            throw new StoreException(m.eClass.getName() + " '" + key
                    + "' was not loaded from the store: load it before deleting it");
        }
        StagedWrite.excludingStagedWrites(this, true, tx -> {
            List<Record> current = tx.run(statements.lockAndVersion(m.keyClass), Map.of("key", key)).list();
            Long stored = current.isEmpty() || current.get(0).get("version").isNull() ? null
                    : current.get(0).get("version").asLong();
            if (stored == null || stored != loaded.version) {
                throw new ConcurrentUpdateException(m.eClass.getName(), key);
            }
            long referrers = tx.run(statements.referrers(m.keyClass), Map.of("key", key)).single()
                    .get("referrers").asLong();
            if (referrers > 0) {
                throw new StoreException(m.eClass.getName() + " '" + key + "' cannot be deleted: " + referrers
                        + " stored object(s) still refer to it");
            }
            tx.run(statements.delete(m.keyClass), Map.of("key", key)).consume();
            return null;
        });
        object.eAdapters().remove(loaded);
    }

    public <T> List<T> query(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                List<T> results = new ArrayList<>();
                tx.run(cypher, parameters).forEachRemaining(record -> results.add(mapper.apply(record)));
                return results;
            });
        }
    }

    public GraphView view() {
        return view;
    }

    GraphMapping mapping() {
        return mapping;
    }

    Statements statements() {
        return statements;
    }

    ObjectReader reader() {
        return reader;
    }

    Map<String, EObject> readAdopted(EClass type, Collection<String> keys) {
        return read(type, keys);
    }
}
