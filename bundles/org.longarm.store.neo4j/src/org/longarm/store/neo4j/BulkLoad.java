package org.longarm.store.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.store.StoreException;
import org.longarm.store.neo4j.internal.BulkCsvWriter;

/**
 * A first load of a large graph into a fresh embedded database, with Neo4j's offline bulk importer instead of
 * transactions: objects are written as CSV in exactly the mapping {@link Neo4jStore} writes (labels, key properties,
 * relationships, content hashes, version 1), then {@code neo4j-admin database import full} builds the store. Opening
 * a {@link Neo4jStore} on it afterwards creates Longarm's constraints and indexes.
 *
 * <p>For millions of objects that are known to be consistent (generated data, a trusted dump); it skips the
 * importer's validation and keeps no sources unless the objects carry them.
 */
public final class BulkLoad implements AutoCloseable {

    private final BulkCsvWriter writer;

    /** Writes the CSV files into {@code csvDirectory} (created if missing). */
    public BulkLoad(Path csvDirectory, Collection<EPackage> packages) {
        try {
            Files.createDirectories(csvDirectory);
        } catch (IOException e) {
            throw new StoreException("cannot create " + csvDirectory + ": " + e.getMessage(), e);
        }
        this.writer = new BulkCsvWriter(csvDirectory, packages);
    }

    /** Adds one keyed object (with its contained children); references to objects never added become stubs. */
    public void put(EObject object) {
        writer.put(object);
    }

    /**
     * Closes the files and imports them into the embedded database of {@code dataDir}, which must not be running
     * (an existing database there is replaced).
     *
     * @param runtime Neo4j's jars, e.g. {@link EmbeddedNeo4j#defaultRuntime()}
     * @return the importer's console output
     */
    public String importInto(Path dataDir, Path runtime, Duration timeout) {
        return EmbeddedNeo4j.importOffline(dataDir, runtime, writer.finish(), BulkCsvWriter.ARRAY_DELIMITER, timeout);
    }

    @Override
    public void close() {
        writer.close();
    }
}
