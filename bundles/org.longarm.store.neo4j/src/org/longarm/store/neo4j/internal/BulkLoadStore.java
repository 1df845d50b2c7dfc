package org.longarm.store.neo4j.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.graph.GraphView;
import org.longarm.core.store.ModelStore;
import org.longarm.core.store.ModelWriter;
import org.longarm.core.store.StoreException;

/**
 * The store a new database is loaded through before it exists: it reads as an empty graph, and its one write is
 * collected as the bulk importer's CSV by a {@link BulkCsvWriter}. A write that throws leaves nothing, so a caller
 * may discard a write and make another, as the importer does when a file needs a second pass.
 */
public final class BulkLoadStore implements ModelStore {

    private final Path directory;
    private final Collection<EPackage> packages;
    private BulkCsvWriter written;
    private int attempts;

    /** Collects the CSV files under {@code directory} (which it empties). */
    public BulkLoadStore(Path directory, Collection<EPackage> packages) {
        this.directory = directory;
        this.packages = List.copyOf(packages);
        delete(directory);
    }

    /** The importer's file arguments for what the write put, or an empty list when nothing was written. */
    public List<String> finish() {
        return written == null ? List.of() : written.finish();
    }

    @Override
    public <T> T write(StoreWork<T> work) throws StoreException {
        if (written != null) {
            throw new StoreException("a new database is loaded in one write; this one was written already");
        }
        Path attempt = directory.resolve(Integer.toString(++attempts));
        BulkCsvWriter csv;
        try {
            Files.createDirectories(attempt);
            csv = new BulkCsvWriter(attempt, packages);
        } catch (IOException e) {
            throw new StoreException("cannot create " + attempt + ": " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            T result = work.run(new CsvModelWriter(csv));
            done = true;
            written = csv;
            return result;
        } catch (UncheckedIOException e) {
            throw new StoreException("cannot write " + attempt + ": " + e.getCause().getMessage(), e);
        } finally {
            if (!done) {
                csv.close();
                delete(attempt);
            }
        }
    }

    @Override
    public Optional<EObject> get(EClass type, String key) {
        return Optional.empty();
    }

    @Override
    public Map<String, EObject> getAll(EClass type, Collection<String> keys) {
        return Map.of();
    }

    @Override
    public void update(EObject object) {
        throw new UnsupportedOperationException("a new database being loaded takes one write, not updates");
    }

    @Override
    public GraphView view() {
        return GraphView.empty(); // the graph before the load
    }

    @Override
    public String describe() {
        return "a new database loaded in bulk from " + directory;
    }

    @Override
    public void close() {
        if (written != null) {
            written.close();
        }
        delete(directory);
    }

    private static void delete(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            throw new StoreException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }

    /** Puts into the CSV files; it cannot read them back, which a staged write's writer need not. */
    private static final class CsvModelWriter implements ModelWriter {
        private final BulkCsvWriter csv;
        private long changed;

        CsvModelWriter(BulkCsvWriter csv) {
            this.csv = csv;
        }

        @Override
        public void put(EObject object) throws StoreException {
            try {
                csv.put(object);
            } catch (IllegalArgumentException e) {
                throw new StoreException(e.getMessage(), e);
            }
            changed++;
        }

        @Override
        public void flush() {
            // rows go to the files as they are put
        }

        @Override
        public Map<String, EObject> getAll(EClass type, Collection<String> keys) {
            return Map.of();
        }

        @Override
        public long changed() {
            return changed;
        }
    }
}
