package org.longarm.store.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.store.StoreException;
import org.longarm.store.neo4j.internal.FileTrees;

/**
 * The local Neo4j that Longarm runs when no database is configured: a child JVM (Neo4j's own jars, laid out next to
 * the product, never loaded into Longarm's runtime) with a Bolt connector on 127.0.0.1 and a free port,
 * authentication on with a generated password kept owner-only in the data folder, bounded heap and page cache.
 *
 * <p>Layout under the data folder: {@code neo4j/} is the DBMS home (databases, transaction logs, Neo4j's logs),
 * {@code neo4j/password} the password, {@code neo4j/run/ready} written by the server once it accepts connections
 * ({@code PORT PID}, and {@code shared} for a server that stops with its last user), {@code neo4j/run/users.lock}
 * locked (shared) by each process that uses such a server, {@code neo4j/logs/longarm-server.log} the child's console
 * output.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** How much memory the server gets. Sizes in Neo4j/JVM notation, e.g. 512m, 4g. */
    public record Resources(String heap, String pageCache) {

        /** LONGARM_NEO4J_HEAP and LONGARM_NEO4J_PAGE_CACHE, else a quarter (heap) and a sixteenth (page cache) of RAM, bounded. */
        public static Resources fromEnvironment(Map<String, String> environment) {
            long total = totalMemory();
            String heap = environment.getOrDefault("LONGARM_NEO4J_HEAP",
                    megabytes(clamp(total / 4, 1L << 30, 8L << 30)));
            String pageCache = environment.getOrDefault("LONGARM_NEO4J_PAGE_CACHE",
                    megabytes(clamp(total / 16, 256L << 20, 2L << 30)));
            return new Resources(heap, pageCache);
        }

        private static long totalMemory() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getTotalMemorySize();
            }
            return 4L << 30;
        }

        private static long clamp(long value, long min, long max) {
            return Math.max(min, Math.min(max, value));
        }

        private static String megabytes(long bytes) {
            return (bytes >> 20) + "m";
        }
    }

    private static final String MAIN_CLASS = "org.longarm.neo4j.server.Neo4jServerMain";
    private static final String ADMIN_CLASS = "org.neo4j.cli.AdminTool";
    /** The default database's store and transaction logs, under the DBMS home. */
    private static final String DATABASE = "data/databases/neo4j", TRANSACTIONS = "data/transactions/neo4j";
    /** Present while a bulk import runs: the id and start time of the process that runs it, then the importer's id. */
    private static final String IMPORT_MARKER = "run/bulk-import";

    /** Locked, shared, by each process that uses a server started by {@link #startShared}. */
    private static final String USERS_LOCK = "run/users.lock";

    /** The users lock that this JVM holds on each data folder's server, and how many of its opens hold it. */
    private static final Map<Path, Use> USES = new java.util.HashMap<>();

    private record Use(FileChannel channel, FileLock lock, int count) {
    }

    private final Path home;
    private final int port;
    private final ProcessHandle process;
    private final char[] password;
    private final boolean stopsWithLastUser;

    private EmbeddedNeo4j(Path home, int port, ProcessHandle process, char[] password, boolean stopsWithLastUser) {
        this.home = home;
        this.port = port;
        this.process = process;
        this.password = password;
        this.stopsWithLastUser = stopsWithLastUser;
    }

    /**
     * Starts a server on {@code dataDir} and waits until it accepts connections.
     *
     * @param runtime the folder with Neo4j's jars ({@code lib/*.jar})
     * @param detached false: the server stops when this JVM ends (it watches its standard input); true: it keeps
     *            running until {@link #stop()} (for {@code longarm server start})
     * @throws StoreException when it does not start (the message carries the end of its log)
     */
    public static EmbeddedNeo4j start(Path dataDir, Path runtime, Resources resources, boolean detached,
            Duration timeout) {
        return start(dataDir, runtime, resources, detached ? Lifetime.UNTIL_STOPPED : Lifetime.WITH_THIS_PROCESS,
                timeout);
    }

    /**
     * Starts a server on {@code dataDir} that several Longarm processes may use at once, unless one is running: it
     * runs while any process {@linkplain #use uses} it and stops itself when none does (when the last one ends,
     * also by a crash). So a command that started it can end while another command still works on it. The caller
     * must use the server already.
     */
    static EmbeddedNeo4j startShared(Path dataDir, Path runtime, Resources resources, Duration timeout) {
        return start(dataDir, runtime, resources, Lifetime.WITH_LAST_USER, timeout);
    }

    /** When a server stops: with the process that started it, with the last process that uses it, or when told. */
    private enum Lifetime {
        WITH_THIS_PROCESS, WITH_LAST_USER, UNTIL_STOPPED
    }

    /**
     * Marks this process as a user of the server of {@code dataDir} (one that it finds or {@linkplain #startShared
     * starts}) until {@link #release}: a shared lock on the users lock, which the server waits to get alone before it
     * stops itself. Waits while such a server is stopping, so that it is never used as it stops.
     */
    static void use(Path dataDir) throws IOException {
        Files.createDirectories(dataDir.resolve("neo4j/run"));
        // one entry per folder however it is named: a second lock of this JVM on the file would be refused, and
        // closing a second channel would drop the first one's lock
        Path key = dataDir.toRealPath();
        synchronized (USES) {
            Use use = USES.get(key);
            if (use == null) {
                FileChannel channel = FileChannel.open(key.resolve("neo4j").resolve(USERS_LOCK),
                        StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                try {
                    use = new Use(channel, sharedLockWhenStopped(channel, key), 0);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }
            USES.put(key, new Use(use.channel(), use.lock(), use.count() + 1));
        }
    }

    /**
     * The shared users lock, taken once a server that found no users and holds the lock alone has ended (which its
     * own watchdog ensures within 90 s of its decision).
     */
    private static FileLock sharedLockWhenStopped(FileChannel channel, Path dataDir) throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, true);
            } catch (java.nio.channels.OverlappingFileLockException e) {
                throw new IOException("the users lock of " + dataDir + " is held by this process already", e);
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the embedded Neo4j of " + dataDir + " has been stopping for two minutes;"
                        + " see " + dataDir.resolve("neo4j/logs/longarm-server.log"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the embedded Neo4j of " + dataDir + " was stopping", e);
            }
        }
    }

    /**
     * Ends one {@link #use}. When it was the last use of the folder in any process, stops {@code server} (null: none)
     * if it is one that stops with its last user, and waits for it: a command leaves no server behind, as before
     * servers were shared. While others use it, it runs on.
     */
    static void release(Path dataDir, EmbeddedNeo4j server) {
        Path key;
        try {
            key = dataDir.toRealPath();
        } catch (IOException e) {
            return; // the folder is gone, and the lock with it
        }
        synchronized (USES) {
            Use use = USES.get(key);
            if (use == null) {
                return;
            }
            if (use.count() > 1) {
                USES.put(key, new Use(use.channel(), use.lock(), use.count() - 1));
                return;
            }
            USES.remove(key);
            try (FileChannel channel = use.channel()) {
                use.lock().release();
                if (server != null && server.stopsWithLastUser) {
                    // alone: another process coming to use it waits until it has stopped, then starts its own
                    FileLock alone = channel.tryLock();
                    if (alone != null) {
                        server.stop();
                        alone.release();
                    } else {
                        // another user, or the server, which found none first: wait until it has stopped
                        channel.lock(0, Long.MAX_VALUE, true).release();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the lock goes with the channel; the server stops itself once no process holds one
            }
        }
    }

    private static EmbeddedNeo4j start(Path dataDir, Path runtime, Resources resources, Lifetime lifetime,
            Duration timeout) {
        Path home = dataDir.resolve("neo4j");
        try {
            Files.createDirectories(home.resolve("run"));
            Files.createDirectories(home.resolve("logs"));
            try (FileChannel lockFile = FileChannel.open(home.resolve("run/start.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                Optional<EmbeddedNeo4j> already = running(dataDir);
                if (already.isPresent()) {
                    return already.get();
                }
                discardInterruptedImport(home);
                return launch(home, runtime, resources, lifetime, timeout);
            }
        } catch (IOException e) {
            throw new StoreException("cannot prepare the embedded Neo4j in " + home + ": " + e.getMessage(), e);
        }
    }

    /** The server already running on {@code dataDir} (started detached, or by another Longarm process), if any. */
    public static Optional<EmbeddedNeo4j> running(Path dataDir) {
        Path home = dataDir.resolve("neo4j");
        Path ready = home.resolve("run/ready");
        try {
            if (!Files.exists(ready)) {
                return Optional.empty();
            }
            ReadyFile server = ReadyFile.read(ready);
            Optional<ProcessHandle> process = ProcessHandle.of(server.pid());
            if (process.isEmpty() || !process.get().isAlive()
                    || !process.get().info().commandLine().orElse(MAIN_CLASS).contains(MAIN_CLASS)) {
                Files.deleteIfExists(ready); // left behind by a server that died
                return Optional.empty();
            }
            return Optional.of(new EmbeddedNeo4j(home, server.port(), process.get(), readPassword(home),
                    server.shared()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What a started server writes into {@code run/ready}: {@code PORT PID [shared]}. */
    private record ReadyFile(int port, long pid, boolean shared) {
        static ReadyFile read(Path ready) throws IOException {
            String[] fields = Files.readString(ready, StandardCharsets.UTF_8).strip().split(" ");
            try {
                return new ReadyFile(Integer.parseInt(fields[0]), Long.parseLong(fields[1]),
                        fields.length > 2 && fields[2].equals("shared"));
            } catch (RuntimeException e) {
                throw new IOException("not a ready file of a server: " + ready, e);
            }
        }
    }

    /**
     * Whether the data folder holds Longarm's database: made by the first server started on it, or by a bulk import
     * ({@link #importOffline}). What an interrupted bulk import left is discarded first, so it never counts.
     */
    public static boolean hasDatabase(Path dataDir) {
        Path home = dataDir.resolve("neo4j");
        try {
            discardInterruptedImport(home);
            Path database = home.resolve(DATABASE);
            if (!Files.isDirectory(database)) {
                return false;
            }
            try (var entries = Files.list(database)) {
                return entries.findAny().isPresent();
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + home + ": " + e.getMessage(), e);
        }
    }

    /** Neo4j's jars: {@code -Dlongarm.neo4j.runtime}, else the {@code neo4j} folder next to the product. */
    public static Path defaultRuntime() {
        String configured = System.getProperty("longarm.neo4j.runtime");
        if (configured != null) {
            return Path.of(configured);
        }
        String installation = System.getProperty("eclipse.home.location");
        if (installation != null && installation.startsWith("file:")) {
            return Path.of(java.net.URI.create(installation.replace(" ", "%20"))).resolve("neo4j");
        }
        return Path.of("neo4j");
    }

    public Neo4jSettings settings() {
        return new Neo4jSettings("bolt://127.0.0.1:" + port, "neo4j", password.clone(), null);
    }

    /**
     * Whether the server was started for commands and stops when the last process that uses it ends, rather than
     * with the process that started it or when told to.
     */
    public boolean stopsWithLastUser() {
        return stopsWithLastUser;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path home() {
        return home;
    }

    /** Stops the server cleanly (its databases are checkpointed), waiting up to a minute. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        Path ready = home.resolve("run/ready");
        try {
            // only this server's: another may have started on the folder since this one died
            if (ReadyFile.read(ready).pid() == process.pid()) {
                Files.deleteIfExists(ready);
            }
        } catch (IOException e) {
            // none, or unreadable: the next start checks the process behind a ready file anyway
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static EmbeddedNeo4j launch(Path home, Path runtime, Resources resources, Lifetime lifetime,
            Duration timeout) throws IOException {
        List<String> command = new ArrayList<>(javaCommand("-Xmx" + resources.heap(), runtime));
        // the parallel collector: a server applying an import spends less CPU in it than in G1 (docs/benchmarks.md, "The
        // server's garbage collector")
        command.addAll(1, List.of("-Xms256m", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8"));
        if (lifetime == Lifetime.WITH_LAST_USER && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // a session of its own: the terminal of the command that started it may suspend (Ctrl-Z) or close while
            // another command uses the server (setsid execs the JVM in its own process, so the pid stays)
            command.add(0, "/usr/bin/setsid");
        }
        char[] password = readPassword(home);
        Path ready = home.resolve("run/ready");
        Files.deleteIfExists(ready);
        int port = freePort();
        command.add(MAIN_CLASS);
        command.addAll(List.of("--home", home.toAbsolutePath().toString(), "--port", String.valueOf(port),
                "--password-file", home.resolve("password").toAbsolutePath().toString(), "--ready-file",
                ready.toAbsolutePath().toString(), "--page-cache", resources.pageCache()));
        if (lifetime == Lifetime.WITH_THIS_PROCESS) {
            command.add("--watch-stdin");
        } else if (lifetime == Lifetime.WITH_LAST_USER) {
            command.addAll(List.of("--users-lock", home.resolve(USERS_LOCK).toAbsolutePath().toString()));
        }
        Path log = home.resolve("logs/longarm-server.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (lifetime != Lifetime.WITH_THIS_PROCESS) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(ready)) {
            if (!process.isAlive()) {
                throw new StoreException("the embedded Neo4j stopped while starting (exit " + process.exitValue()
                        + "); the end of " + log + ":\n" + tail(log, 15));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new StoreException("the embedded Neo4j did not start within " + timeout.toSeconds()
                        + " s; the end of " + log + ":\n" + tail(log, 15));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while the embedded Neo4j was starting");
            }
        }
        return new EmbeddedNeo4j(home, port, process.toHandle(), password, lifetime == Lifetime.WITH_LAST_USER);
    }

    /**
     * Runs Neo4j's offline bulk importer ({@code neo4j-admin database import full}) into the default database of the
     * embedded DBMS of {@code dataDir}, which must not be running; an existing database is overwritten. The server
     * creates Longarm's schema (constraints and indexes) when a store is next opened on it.
     *
     * <p>The database is there whole or not at all: one that fails, times out, or whose process (or this one) dies
     * part-way is deleted, at once or, after a kill, by the next start of the server or the next import.
     *
     * @param runtime the folder with Neo4j's jars ({@code lib/*.jar})
     * @param files the importer's file arguments ({@code --nodes=...}, {@code --relationships=...}), after the
     *            {@code --multiline-fields} options if some fields span lines
     * @param arrayDelimiter the character that separates the elements of array fields in the files
     * @param monitor shown the importer's stage and, as work done, how far it is (from its log); cancelling it stops
     *            the import (null: neither)
     * @return the importer's console output, also kept in {@code neo4j/logs/admin-import.log}
     * @throws StoreException when the server is running or the import fails (the message carries the end of the log)
     */
    public static String importOffline(Path dataDir, Path runtime, List<String> files, char arrayDelimiter,
            Duration timeout, IProgressMonitor monitor) {
        if (running(dataDir).isPresent()) {
            throw new StoreException("the embedded Neo4j of " + dataDir + " is running; stop it before a bulk import");
        }
        Path home = dataDir.resolve("neo4j");
        Path log = home.resolve("logs/admin-import.log");
        Path marker = home.resolve(IMPORT_MARKER);
        SubMonitor progress = SubMonitor.convert(monitor, ADMIN_TICKS);
        boolean imported = false;
        try {
            discardInterruptedImport(home);
            // the importer reads NEO4J_CONF/neo4j.conf; an empty one keeps every directory under the home, where the
            // server (DatabaseManagementServiceBuilder on the same home) looks for them
            Path conf = home.resolve("run/admin-conf");
            Files.createDirectories(conf);
            Files.createDirectories(log.getParent());
            Files.writeString(conf.resolve("neo4j.conf"), "", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(javaCommand("-Xmx2g", runtime));
            command.addAll(List.of(ADMIN_CLASS, "database", "import", "full"));
            // the file options take several values: a single-valued option must follow them, before the database
            command.addAll(files);
            command.addAll(List.of("--array-delimiter=" + arrayDelimiter, "--overwrite-destination=true", "neo4j"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("NEO4J_HOME", home.toAbsolutePath().toString());
            builder.environment().put("NEO4J_CONF", conf.toAbsolutePath().toString());
            Files.createDirectories(marker.getParent());
            String owner = identity(ProcessHandle.current());
            Files.writeString(marker, owner, StandardCharsets.UTF_8); // before the importer can write anything
            Process process = builder.start();
            Files.writeString(marker, owner + " " + process.pid(), StandardCharsets.UTF_8);
            Thread stopImporter = new Thread(process::destroyForcibly, "stop-neo4j-admin");
            Runtime.getRuntime().addShutdownHook(stopImporter); // Ctrl-C: the marker makes the next start discard it
            try {
                progress.subTask("neo4j-admin: starting");
                long deadline = System.nanoTime() + timeout.toNanos();
                int reported = 0;
                while (!process.waitFor(1, java.util.concurrent.TimeUnit.SECONDS)) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException(); // the importer is stopped below
                    }
                    if (System.nanoTime() > deadline) {
                        throw new StoreException("neo4j-admin import did not finish within " + timeout.toSeconds()
                                + " s; the end of " + log + ":\n" + tail(log, 15));
                    }
                    reported = AdminImportProgress.of(log).report(progress, reported);
                }
                AdminImportProgress.of(log).report(progress, reported); // a short import ends between two looks
            } finally {
                process.destroyForcibly();
                process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopImporter);
                } catch (IllegalStateException e) {
                    // shutting down already: the hook has stopped the importer
                }
            }
            if (process.exitValue() != 0 && progress.isCanceled()) {
                throw new OperationCanceledException(); // Ctrl-C reached the importer too
            }
            if (process.exitValue() != 0) {
                throw new StoreException("neo4j-admin import failed (exit " + process.exitValue() + "); the end of "
                        + log + ":\n" + tail(log, 15));
            }
            Files.delete(marker);
            imported = true;
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot run neo4j-admin import in " + home + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted during neo4j-admin import");
        } finally {
            if (!imported) {
                try {
                    discardInterruptedImport(home);
                } catch (IOException e) {
                    // the marker stays, so the next start or import discards the database
                }
            }
        }
    }

    /**
     * Deletes the database that a bulk import left unfinished (its marker is still there, the process that ran it is
     * gone), stopping the importer if it is still running. The import required no server running, so no server can
     * be using those files.
     *
     * @throws StoreException when another process is running a bulk import there
     */
    private static void discardInterruptedImport(Path home) throws IOException {
        Path marker = home.resolve(IMPORT_MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        String[] pids = Files.readString(marker, StandardCharsets.UTF_8).strip().split(" ");
        Optional<ProcessHandle> owner = pids.length < 2 ? Optional.empty() : process(pids[0])
                .filter(p -> !p.equals(ProcessHandle.current()) && identity(p).equals(pids[0] + " " + pids[1]));
        if (owner.isPresent() && owner.get().isAlive()) {
            throw new StoreException("process " + pids[0] + " is creating the database of " + home.getParent()
                    + " with a bulk import; wait for it to end");
        }
        if (pids.length > 2) {
            String pid = pids[2];
            Optional<ProcessHandle> importer = process(pid);
            if (importer.isPresent() && importer.get().info().commandLine().orElse("").contains(ADMIN_CLASS)) {
                importer.get().destroyForcibly();
                try {
                    importer.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IOException("neo4j-admin import (pid " + pid + ") does not stop", e);
                }
            }
        }
        FileTrees.delete(home.resolve(DATABASE));
        FileTrees.delete(home.resolve(TRANSACTIONS));
        Files.delete(marker);
    }

    /** A process id and start time: a later process given the same id is not taken for this one. */
    private static String identity(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    private static Optional<ProcessHandle> process(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }


    /** {@code java} with Neo4j's JVM options and class path; the server and the importer start alike. */
    private static List<String> javaCommand(String heap, Path runtime) {
        Path lib = runtime.resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new StoreException("Neo4j's runtime is missing (no " + lib
                    + "); rebuild Longarm, or point NEO4J_URI at a Neo4j server");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        for (String pkg : List.of("java.nio", "sun.nio.ch", "java.io", "java.util.concurrent", "java.lang")) {
            command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
        }
        command.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-cp");
        command.add(lib.toAbsolutePath() + "/*");
        return command;
    }

    /** The password of the embedded server; created (random, owner-only) on first use. */
    private static char[] readPassword(Path home) throws IOException {
        Path file = home.resolve("password");
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(home);
            Path tmp = Files.createTempFile(home, "password", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, password + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static final int ADMIN_TICKS = 1000;

    /**
     * How far {@code neo4j-admin database import} is, from its console output: it numbers its stages ("(2/4)
     * Relationship import" and a time) and within each prints a line of dots that ends at every 5 % ("... 35% ∆1s
     * [9s]"). The stages are counted as equal parts of the whole.
     */
    private record AdminImportProgress(String stage, double fraction) {
        private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern
                .compile("\\((\\d+)/(\\d+)\\) (.+?)(?: \\d{4}-\\d{2}-\\d{2} \\S+)?");
        private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("(\\d{1,3})% \u2206");

        static AdminImportProgress of(Path log) {
            String stage = "starting";
            int number = 0, stages = 0, percent = 0;
            List<String> lines;
            try {
                lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) { // not written yet, or ends in half a character
                return new AdminImportProgress(stage, 0);
            }
            for (String line : lines) {
                java.util.regex.Matcher header = STAGE.matcher(line.strip());
                if (header.matches()) {
                    number = Integer.parseInt(header.group(1));
                    stages = Integer.parseInt(header.group(2));
                    stage = "(" + number + "/" + stages + ") " + header.group(3);
                    percent = 0;
                    continue;
                }
                for (java.util.regex.Matcher end = PERCENT.matcher(line); end.find();) {
                    percent = Math.min(100, Integer.parseInt(end.group(1)));
                }
            }
            return new AdminImportProgress(stage,
                    stages == 0 ? 0 : Math.min(1, Math.max(0, number - 1 + percent / 100.0) / stages));
        }

        /** Shows the stage and the work done since {@code reported} ticks; returns the ticks reported now. */
        int report(SubMonitor progress, int reported) {
            int done = (int) (fraction * ADMIN_TICKS);
            progress.subTask("neo4j-admin: " + stage);
            if (done > reported) {
                progress.worked(done - reported);
                return done;
            }
            return reported;
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }
}
