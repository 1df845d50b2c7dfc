package org.longarm.store.neo4j;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.store.ModelStore;
import org.longarm.core.store.StoreException;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.internal.BulkCsvWriter;
import org.longarm.store.neo4j.internal.BulkLoadStore;
import org.longarm.store.neo4j.internal.FileTrees;

/**
 * The database a Longarm process works on: a Neo4j server or cluster when a URI is configured, otherwise the
 * embedded one in the data folder, started on demand. Several processes may use the embedded server at once (an
 * import and an {@code explain} in two terminals): it runs while any of them has it open and stops when the last one
 * closes it (or ends), unless it was started by {@code longarm server start}, which keeps it running until stopped.
 */
public final class LongarmDatabase implements AutoCloseable {

    /**
     * Where the graph lives.
     *
     * @param dataDir the per-user data folder (the embedded database lives under it)
     * @param server a Neo4j server or cluster to use instead of the embedded database, or null
     * @param resources memory for the embedded database
     */
    public record Options(Path dataDir, Neo4jSettings server, EmbeddedNeo4j.Resources resources) {

        /**
         * Options from explicit choices (either may be null) and the environment: LONGARM_DATA_DIR, XDG_DATA_HOME,
         * NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE, LONGARM_NEO4J_HEAP, LONGARM_NEO4J_PAGE_CACHE.
         */
        public static Options of(Path dataDir, String neo4jUri, Map<String, String> environment) {
            Map<String, String> settings = environment;
            if (neo4jUri != null) { // the server given instead of NEO4J_URI's, with the environment's credentials
                settings = new java.util.HashMap<>(environment);
                settings.put("NEO4J_URI", neo4jUri);
            }
            Neo4jSettings server = Neo4jSettings.fromEnvironment(settings);
            return new Options(dataDir == null ? defaultDataDir(environment) : dataDir, server,
                    EmbeddedNeo4j.Resources.fromEnvironment(environment));
        }
    }

    /** Held by a bulk import until its database is built. */
    private static final String BULK_IMPORT_LOCK = "neo4j/run/bulk-import.lock";
    /** A bulk import's CSV, deleted once imported (or when its write throws). */
    private static final String BULK_CSV = "neo4j/run/bulk-csv";

    private final Neo4jStore store;
    private final EmbeddedNeo4j embeddedServer;
    private final Path embeddedDataDir;

    private LongarmDatabase(Neo4jStore store, EmbeddedNeo4j embeddedServer, Path embeddedDataDir) {
        this.store = store;
        this.embeddedServer = embeddedServer;
        this.embeddedDataDir = embeddedDataDir;
    }

    /**
     * Opens the database for Longarm's model (and {@code extraPackages} contributed by plug-ins); {@code monitor}
     * (or null) hears of the finishing of a write that an earlier process committed, see
     * {@link Neo4jStore#open(Neo4jSettings, Collection, IProgressMonitor)}.
     */
    public static LongarmDatabase open(Options options, Collection<EPackage> extraPackages, IProgressMonitor monitor) {
        List<EPackage> packages = packages(extraPackages);
        if (options.server() != null) {
            return new LongarmDatabase(Neo4jStore.open(options.server(), packages, monitor), null, null);
        }
        Path dataDir = options.dataDir();
        try {
            EmbeddedNeo4j.use(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot use the embedded Neo4j in " + dataDir + ": " + (e instanceof
                    java.nio.file.AccessDeniedException ? "no permission to write " + e.getMessage() : e.getMessage()), e);
        }
        EmbeddedNeo4j server = null;
        try {
            discardLeftoverBulkCsv(dataDir);
            server = EmbeddedNeo4j.running(dataDir).orElseGet(() -> EmbeddedNeo4j.startShared(dataDir,
                    EmbeddedNeo4j.defaultRuntime(), options.resources(), Duration.ofMinutes(3)));
            return new LongarmDatabase(Neo4jStore.open(server.settings(), packages, monitor), server, dataDir);
        } catch (RuntimeException e) {
            EmbeddedNeo4j.release(dataDir, server);
            throw e;
        }
    }

    /**
     * Creates the embedded database of {@code options}' data folder from what {@code load} writes, with Neo4j's
     * offline bulk importer instead of transactions: faster for a first load of millions of records (about 1.5× for a
     * million BODS statements, from the files to a database ready for queries).
     * {@code load} is given a store that reads as an empty graph; the one write it completes (through
     * {@link ModelStore#write} or {@link ModelStore#writeStaged}; a write that throws leaves nothing and may be
     * followed by another) is collected as CSV in the mapping {@link Neo4jStore} writes, and imported when
     * {@code load} returns. The database is then opened once, which creates Longarm's constraints and indexes, and
     * closed. It is created whole or not at all: when {@code load} writes nothing or throws, when the importer fails,
     * or when either process dies part-way, the data folder is left without a database.
     *
     * @param monitor shows the progress of {@code neo4j-admin} and of the first start, and can stop the former (null:
     *            neither); {@code load} reports its own, on this monitor or a part of it ({@code
     *            SubMonitor.split}), before these do
     * @return what {@code load} returned
     * @throws StoreException when a Neo4j server is configured instead of the embedded database, the data folder
     *             holds a database already, or its server is running
     * @since 2.0
     */
    public static <T> T createByBulkImport(Options options, Collection<EPackage> extraPackages, Load<T> load,
            IProgressMonitor monitor) throws IOException {
        if (options.server() != null) {
            throw new StoreException("a bulk import creates the embedded database; it cannot load "
                    + options.server().uri());
        }
        Path dataDir = options.dataDir();
        Path lockFile = dataDir.resolve(BULK_IMPORT_LOCK);
        Files.createDirectories(lockFile.getParent());
        T result;
        List<String> files;
        SubMonitor progress;
        // held until the database is built, so that a second bulk import cannot take the first one's CSV folder
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryBulkImportLock(channel)) {
            if (lock == null) {
                throw new StoreException("another process is creating the database of " + dataDir
                        + " with a bulk import; wait for it to end");
            }
            if (EmbeddedNeo4j.running(dataDir).isPresent()) {
                throw new StoreException("the embedded Neo4j of " + dataDir
                        + " is running; a bulk import needs it stopped (longarm server stop)");
            }
            if (EmbeddedNeo4j.hasDatabase(dataDir)) {
                throw new StoreException(dataDir + " holds a database already; import into it without a bulk "
                        + "import, or move " + dataDir.resolve("neo4j/data") + " away first");
            }
            try (BulkLoadStore store = new BulkLoadStore(dataDir.resolve(BULK_CSV),
                    packages(extraPackages))) {
                result = load.run(store);
                files = store.finish();
                if (files.isEmpty()) {
                    return result;
                }
                // after the load, which reports on the caller's monitor first: at a million statements
                // neo4j-admin took about half of what follows it, the first start and the indexes the rest
                progress = SubMonitor.convert(monitor, "Creating the database in " + dataDir, 100);
                EmbeddedNeo4j.importOffline(dataDir, EmbeddedNeo4j.defaultRuntime(), files,
                        BulkCsvWriter.ARRAY_DELIMITER, Duration.ofDays(1), progress.split(55));
            }
        }
        progress.subTask("starting the new database and building its indexes");
        open(options, extraPackages, null).close();
        progress.done();
        return result;
    }

    /**
     * Deletes the CSV of a bulk import killed before its {@code neo4j-admin} ran (a gigabyte at a million statements),
     * when no bulk import holds the lock: otherwise it would stay until the next bulk import in this folder.
     */
    private static void discardLeftoverBulkCsv(Path dataDir) {
        Path csv = dataDir.resolve(BULK_CSV);
        if (!Files.isDirectory(csv)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(BULK_IMPORT_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryBulkImportLock(channel)) {
            if (lock != null) {
                FileTrees.delete(csv);
            }
        } catch (IOException e) {
            throw new StoreException("cannot delete the leftover bulk import files " + csv + ": " + e.getMessage(), e);
        }
    }

    /** The bulk-import lock, or null while a bulk import holds it (of another process, or of this one). */
    private static FileLock tryBulkImportLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** What loads a new database, see {@link #createByBulkImport}. */
    @FunctionalInterface
    public interface Load<T> {
        T run(ModelStore store) throws IOException;
    }

    private static List<EPackage> packages(Collection<EPackage> extraPackages) {
        List<EPackage> packages = new java.util.ArrayList<>();
        packages.add(LongarmPackage.eINSTANCE);
        packages.addAll(extraPackages);
        return packages;
    }

    /** {@code LONGARM_DATA_DIR}, else {@code $XDG_DATA_HOME/longarm}, else {@code ~/.local/share/longarm}. */
    public static Path defaultDataDir(Map<String, String> environment) {
        // one data folder for the database and the plug-ins
        return org.longarm.core.internal.plugins.PluginLoader.defaultDataDir(environment);
    }

    public ModelStore store() {
        return store;
    }

    public Neo4jStore neo4j() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        if (embeddedDataDir != null) {
            EmbeddedNeo4j.release(embeddedDataDir, embeddedServer);
        }
    }
}
