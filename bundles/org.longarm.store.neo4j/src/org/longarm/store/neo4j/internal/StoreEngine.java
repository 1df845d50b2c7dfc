package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.longarm.core.graph.GraphView;
import org.longarm.core.store.ConcurrentUpdateException;
import org.longarm.core.store.StoreException;
import org.longarm.core.store.ModelStore.StoreWork;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/** What {@code Neo4jStore} does, on one driver and one database. */
public final class StoreEngine {

    /** Rows per UNWIND statement. */
    static final int BATCH_SIZE = 10_000;
    /** Objects read at once where many may be read: a relationship with its interests and references is a few KiB. */
    private static final int READ_BATCH = 1000;

    private final Driver driver;
    private final String database;
    private final GraphMapping mapping;
    private final Statements statements;
    private final ObjectReader reader;
    private final Neo4jGraphView view;
    private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

    public StoreEngine(Driver driver, String database, Collection<EPackage> packages) {
        this.driver = driver;
        this.database = database;
        this.mapping = new GraphMapping(packages);
        this.statements = new Statements(mapping);
        this.reader = new ObjectReader(mapping, statements);
        this.view = new Neo4jGraphView(this);
    }

    public void ensureSchema() {
        // on the bookmark manager, so that the first write after it, in any session, sees the constraints in a cluster
        try (Session session = session()) {
            new SchemaManager(mapping).ensure(session);
        }
    }

    /**
     * A session in which every transaction sees what this engine's earlier transactions committed, whichever session
     * ran them: in a cluster a read may go to a member that has not applied them yet (a staged write reads back the
     * batches that other sessions staged), and the bookmarks make it wait until it has. A single server is not slowed.
     */
    Session session() {
        return driver.session(SessionConfig.builder().withDatabase(database).withBookmarkManager(bookmarks).build());
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
        save(List.of(object), List.of());
    }

    public void delete(EObject object) {
        save(List.of(), List.of(object));
    }

    /**
     * {@link org.longarm.core.store.ModelStore#save}: one transaction that takes each object's lock and checks its
     * version (a copy never loaded must not be stored; a deleted object must be stored as loaded and referred to by
     * nothing once the updates are written). The copies' versions change only after the commit, so a refused save
     * leaves them as loaded. An object may come once: a second write of it would be checked against the version it
     * was loaded with, which the first has moved on.
     */
    public void save(List<? extends EObject> updates, List<? extends EObject> deletes) {
        Set<String> once = new HashSet<>();
        for (EObject object : updates) {
            requireOnce(once, object);
        }
        for (EObject object : deletes) {
            requireOnce(once, object);
            if (StoredVersion.of(object) == null) {
                throw new StoreException(mapping.of(object.eClass()).eClass.getName() + " '" + ProxyUris.keyOf(object)
                        + "' was not loaded from the store: load it before deleting it");
            }
        }
        long[] versions = StagedWrite.excludingStagedWrites(this, true, tx -> {
            Neo4jWriter writer = new Neo4jWriter(tx, mapping, statements, reader, 1);
            long[] written = new long[updates.size()];
            for (int i = 0; i < updates.size(); i++) {
                EObject object = updates.get(i);
                ClassMapping m = mapping.of(object.eClass());
                String key = ProxyUris.keyOf(object);
                StoredVersion loaded = StoredVersion.of(object);
                Long stored = lockedVersion(tx, m, key);
                long expected = loaded == null ? -1 : loaded.version;
                if ((stored == null && loaded != null) || (stored != null && stored != expected)) {
                    throw new ConcurrentUpdateException(m.eClass.getName(), key);
                }
                writer.writeNow(object);
                written[i] = lockedVersion(tx, m, key);
            }
            for (EObject object : deletes) {
                ClassMapping m = mapping.of(object.eClass());
                String key = ProxyUris.keyOf(object);
                Long stored = lockedVersion(tx, m, key);
                if (stored == null || stored != StoredVersion.of(object).version) {
                    throw new ConcurrentUpdateException(m.eClass.getName(), key);
                }
                long referrers = tx.run(statements.referrers(m.keyClass), Map.of("key", key)).single()
                        .get("referrers").asLong();
                if (referrers > 0) {
                    throw new StoreException(m.eClass.getName() + " '" + key + "' cannot be deleted: " + referrers
                            + " stored object(s) still refer to it");
                }
                tx.run(statements.delete(m.keyClass), Map.of("key", key)).consume();
            }
            return written;
        });
        for (int i = 0; i < updates.size(); i++) {
            StoredVersion.set(updates.get(i), versions[i]);
        }
        for (EObject object : deletes) {
            object.eAdapters().remove(StoredVersion.of(object));
        }
    }

    /** Refuses a second object of one key in a save (the same copy, or two copies of one stored object). */
    private void requireOnce(Set<String> keys, EObject object) {
        String key = ProxyUris.keyOf(object);
        if (!keys.add(mapping.of(object.eClass()).keyClass.getName() + "/" + key)) {
            throw new IllegalArgumentException("an object to save comes twice: " + key);
        }
    }

    /** Takes the write lock of one stored object and returns its version, or null when it is not stored (or a stub). */
    private Long lockedVersion(TransactionContext tx, ClassMapping m, String key) {
        List<Record> current = tx.run(statements.lockAndVersion(m.keyClass), Map.of("key", key)).list();
        return current.isEmpty() || current.get(0).get("version").isNull() ? null : current.get(0).get("version").asLong();
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

    /** {@link GraphView#referrersOfStubs}: the referrers are read as stored, then re-pointed in memory. */
    void referrersOfStubs(EClass type, Map<String, String> replacements, java.util.function.Consumer<EObject> sink) {
        ClassMapping space = mapping.of(mapping.instantiableFor(type));
        String findReferrers = "UNWIND $keys AS key MATCH (s:" + Cypher.name(space.keyLabel()) + " {"
                + Cypher.name(space.keyProperty()) + ": key}) WHERE s." + ClassMapping.CLASS_PROPERTY
                + " IS NULL MATCH (s)-[r]-(o) RETURN key, r, o, startNode(r) = o AS fromOther";
        // a stub has no relationships of its own: each one is an edge object's, or a node's reference to it
        Map<EClass, Set<String>> referrerKeys = new LinkedHashMap<>();
        // only stubs are replaced: a referrer may also name a stored object whose key is in replacements
        Map<String, String> stubReplacements = new HashMap<>();
        List<String> stubs = List.copyOf(replacements.keySet());
        for (int from = 0; from < stubs.size(); from += BATCH_SIZE) {
            query(findReferrers, Map.of("keys", stubs.subList(from, Math.min(stubs.size(), from + BATCH_SIZE))), r -> {
                org.neo4j.driver.types.Relationship rel = r.get("r").asRelationship();
                org.neo4j.driver.types.Node other = r.get("o").asNode();
                org.neo4j.driver.types.Entity referrer = !rel.get(ClassMapping.CLASS_PROPERTY).isNull() ? rel
                        : r.get("fromOther").asBoolean() && !other.get(ClassMapping.CLASS_PROPERTY).isNull() ? other
                        : null;
                if (referrer != null) {
                    String stub = r.get("key").asString();
                    stubReplacements.put(stub, replacements.get(stub));
                    ClassMapping m = mapping.of(mapping.classOf(referrer.get(ClassMapping.CLASS_PROPERTY).asString()));
                    referrerKeys.computeIfAbsent(m.keyClass, k -> new LinkedHashSet<>())
                            .add(referrer.get(m.keyProperty()).asString());
                }
                return null;
            });
        }
        for (Map.Entry<EClass, Set<String>> keys : referrerKeys.entrySet()) {
            List<String> all = List.copyOf(keys.getValue());
            for (int from = 0; from < all.size(); from += READ_BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + READ_BATCH));
                Map<String, EObject> read;
                try (Session session = session()) {
                    read = session.executeRead(tx -> reader.read(tx, keys.getKey(), batch));
                }
                for (EObject referrer : read.values()) {
                    repoint(referrer, space, stubReplacements);
                    sink.accept(referrer);
                }
            }
        }
    }

    /** Makes {@code object}'s references to stubs of {@code space} name their replacements. */
    @SuppressWarnings("unchecked")
    private void repoint(EObject object, ClassMapping space, Map<String, String> replacements) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isTransient()
                    || mapping.of(mapping.instantiableFor(reference.getEReferenceType())).keyClass != space.keyClass) {
                continue;
            }
            List<EObject> targets = reference.isMany() ? (List<EObject>) object.eGet(reference, false)
                    : new ArrayList<>(java.util.Collections.singletonList((EObject) object.eGet(reference, false)));
            for (int i = 0; i < targets.size(); i++) {
                EObject target = targets.get(i);
                String replacement = target == null || !target.eIsProxy() ? null
                        : replacements.get(ProxyUris.keyOf(target));
                if (replacement != null) {
                    EObject repointed = reader.proxy(reference, space.keyLabel(), replacement, null);
                    if (reference.isMany()) {
                        targets.set(i, repointed);
                    } else {
                        object.eSet(reference, repointed);
                    }
                }
            }
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
