package org.longarm.store.neo4j;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.graph.GraphView;
import org.longarm.core.store.ModelStore;
import org.longarm.core.store.StoreException;
import org.longarm.store.neo4j.internal.StoreEngine;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A {@link ModelStore} on a Neo4j database, through the official Java driver. Besides the store API it runs
 * parameterised Cypher reads ({@link #query}) for callers that need the database's own language.
 */
public final class Neo4jStore implements ModelStore {

    private final Driver driver;
    private final StoreEngine engine;
    private final String description;

    private Neo4jStore(Driver driver, StoreEngine engine, String description) {
        this.driver = driver;
        this.engine = engine;
        this.description = description;
    }

    /**
     * Connects, checks the credentials, creates or migrates the schema for {@code packages}, and settles the writes
     * that earlier processes left behind: one that was not committed is undone, one that was committed is finished
     * (which takes as long as applying it did, and reports its batches to {@code monitor}; it cannot be cancelled,
     * because the database is not usable until it is finished).
     *
     * @param monitor progress of finishing a committed write, or null
     * @throws StoreException when the database cannot be reached, refuses the credentials, or holds a newer schema
     */
    public static Neo4jStore open(Neo4jSettings settings, Collection<EPackage> packages, IProgressMonitor monitor) {
        Config config = Config.builder().withLogging(Logging.none())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
                .build();
        Driver driver = GraphDatabase.driver(settings.uri(),
                AuthTokens.basic(settings.user(), new String(settings.password())), config);
        String description = "Neo4j at " + settings.uri() + (settings.database() == null ? "" : " (database " + settings.database() + ")");
        try {
            driver.verifyConnectivity();
            StoreEngine engine = new StoreEngine(driver, settings.database() == null ? "neo4j" : settings.database(),
                    packages);
            engine.ensureSchema();
            engine.recoverStagedWrites(monitor);
            return new Neo4jStore(driver, engine, description);
        } catch (Neo4jException e) {
            driver.close();
            throw translate(e, description);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    @Override
    public <T> T write(StoreWork<T> work) {
        return guarded(() -> engine.write(work));
    }

    @Override
    public <T> T writeStaged(StoreWork<T> work, IProgressMonitor monitor) {
        return guarded(() -> engine.writeStaged(work, monitor));
    }

    @Override
    public Optional<EObject> get(EClass type, String key) {
        return Optional.ofNullable(getAll(type, List.of(key)).get(key));
    }

    @Override
    public Map<String, EObject> getAll(EClass type, Collection<String> keys) {
        return guarded(() -> engine.read(type, keys));
    }

    @Override
    public void update(EObject object) {
        guarded(() -> {
            engine.update(object);
            return null;
        });
    }

    @Override
    public void delete(EObject object) {
        guarded(() -> {
            engine.delete(object);
            return null;
        });
    }

    @Override
    public void save(List<? extends EObject> updates, List<? extends EObject> deletes) {
        guarded(() -> {
            engine.save(updates, deletes);
            return null;
        });
    }

    @Override
    public GraphView view() {
        return engine.view();
    }

    /**
     * Runs a read-only Cypher query with parameters and maps each record. User values must travel in
     * {@code parameters}, never in {@code cypher}.
     */
    public <T> List<T> query(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
        return guarded(() -> engine.query(cypher, new LinkedHashMap<>(parameters), mapper));
    }

    /** Loads the objects whose keys a read-only Cypher query returns in its first column. */
    public Map<String, EObject> queryObjects(EClass type, String cypher, Map<String, ?> parameters) {
        List<String> keys = query(cypher, parameters, record -> record.get(0).asString());
        return getAll(type, keys);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        driver.close();
    }

    /** Database failures become {@link StoreException}s that say what failed; anything else passes unchanged. */
    private <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (Neo4jException e) {
            throw translate(e, description);
        }
    }

    static StoreException translate(Neo4jException e, String description) {
        if (e instanceof AuthenticationException) {
            return new StoreException(description + " refused the user name or password", e);
        }
        if (e instanceof ServiceUnavailableException) {
            return new StoreException("cannot reach " + description + ": " + e.getMessage(), e);
        }
        String message = e.getMessage();
        if (message != null && message.contains("memory.transaction")) {
            return new StoreException(description + " ran out of transaction memory (" + message
                    + "); give the server more heap (LONGARM_NEO4J_HEAP for the embedded one)", e);
        }
        return new StoreException(description + " failed: " + message, e);
    }
}
