package org.longarm.neo4j.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j DBMS with a Bolt connector on loopback, for Longarm's embedded default database.
 *
 * <p>Started in its own JVM by {@code org.longarm.store.neo4j}: Neo4j's jars never enter the OSGi runtime.
 * Options (all required unless a default is given):
 * <pre>
 *   --home DIR              the DBMS home (databases, transaction logs, its own logs)
 *   --port N                Bolt port on 127.0.0.1
 *   --password-file FILE    the password for user neo4j (first line); the file must be owner-only
 *   --ready-file FILE       written (atomically) once Bolt accepts connections: "port pid"
 *   --page-cache SIZE       page cache, e.g. 256m (default 256m; Neo4j's own default is half of RAM)
 *   --tx-log-rotation SIZE  transaction log rotation threshold (default 32m)
 *   --watch-stdin           shut down when standard input closes (the parent died); ignore Ctrl-C (the parent
 *                           gets it)
 *   --users-lock FILE       shut down once no process holds a lock on FILE (each Longarm process that uses the
 *                           server holds a shared one); ignore Ctrl-C (the users get it); the ready file then says
 *                           "port pid shared"
 * </pre>
 */
public final class Neo4jServerMain {

    private Neo4jServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path usersLock = options.containsKey("--users-lock") ? Path.of(options.get("--users-lock")) : null;
        if (options.containsKey("--watch-stdin") || usersLock != null) {
            // Ctrl-C in a terminal reaches every process of the group, this one too; the Longarm process that started
            // it decides what Ctrl-C stops (a write past its commit point is finished), and this server ends when that
            // process does, as its standard input closes
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        }
        if (usersLock != null) {
            // a server shared by commands outlives the terminal of the one that started it (which Longarm also
            // leaves by starting it in a session of its own, where setsid is found)
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sun.misc.SignalHandler.SIG_IGN);
        }
        Path home = Path.of(required(options, "--home"));
        int port = Integer.parseInt(required(options, "--port"));
        Path passwordFile = Path.of(required(options, "--password-file"));
        Path readyFile = Path.of(required(options, "--ready-file"));
        long pageCache = ByteUnit.parse(options.getOrDefault("--page-cache", "256m"));
        long rotation = ByteUnit.parse(options.getOrDefault("--tx-log-rotation", "32m"));
        String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).get(0).strip();

        Files.deleteIfExists(readyFile);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, rotation)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .loadPropertiesFromFile(writeSettingsWithoutJavaConstants(home))
                .build();
        dbms.registerDatabaseEventListener(new HaltWhenStopped());
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
        // next to the system database that holds the password: a data folder moved away takes the digest with it
        setPasswordOnce(dbms, password, home.resolve("data/longarm-password.sha256"));
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(Duration.ofMinutes(2).toMillis());

        Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
        Files.writeString(tmp, port + " " + ProcessHandle.current().pid() + (usersLock != null ? " shared" : "") + "\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Neo4j ready on bolt://127.0.0.1:" + port);

        if (options.containsKey("--watch-stdin")) {
            waitForEndOfInput(System.in);
            System.exit(0); // runs the shutdown hook
        }
        if (usersLock != null) {
            try {
                waitForNoUser(usersLock);
            } catch (IOException | RuntimeException e) {
                // without the lock nothing would ever stop this server
                System.err.println("cannot watch the users lock " + usersLock + ": " + e);
            }
            Files.deleteIfExists(readyFile);
            // processes that come to use the server wait for the lock until this one has ended: it must end
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(90_000);
                } catch (InterruptedException e) {
                    return;
                }
                System.err.println("Neo4j did not stop within 90 s; halting");
                Runtime.getRuntime().halt(1);
            }, "halt-if-stuck");
            halt.setDaemon(true);
            halt.start();
            System.exit(0); // runs the shutdown hook; the users lock stays held until this process ends
        }
        Thread.currentThread().join(); // until SIGTERM
    }

    /** Settings that Neo4j publishes by name only. A local analysis database phones home to nobody. */
    private static Path writeSettingsWithoutJavaConstants(Path home) throws IOException {
        Path conf = home.resolve("conf/longarm.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, """
                dbms.usage_report.enabled=false
                dbms.fleet_manager.enabled=false
                """, StandardCharsets.UTF_8);
        return conf;
    }

    /**
     * Neo4j stops the system database last; once it is stopped and checkpointed, the only work left is a
     * graceful wind-down of Bolt's network threads, which takes about ten seconds and protects no data.
     */
    private static final class HaltWhenStopped extends DatabaseEventListenerAdapter {
        @Override
        public void databaseShutdown(DatabaseEventContext eventContext) {
            if (GraphDatabaseSettings.SYSTEM_DATABASE_NAME.equals(eventContext.getDatabaseName())) {
                System.out.println("Neo4j databases stopped");
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        }
    }

    /**
     * The embedded API has admin rights without a login: make the neo4j user's password the one we were given.
     * A digest of the password last set is kept so that a normal start runs no Cypher (the first query of a JVM
     * costs seconds of warm-up).
     */
    private static void setPasswordOnce(DatabaseManagementService dbms, String password, Path digestFile)
            throws IOException {
        String digest = sha256(password);
        if (Files.exists(digestFile) && Files.readString(digestFile, StandardCharsets.UTF_8).strip().equals(digest)) {
            return;
        }
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the password it already has: that is the state we want
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
        Files.writeString(digestFile, digest + "\n", StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // the parent writes nothing; we only wait for the pipe to close
            }
        } catch (IOException e) {
            // a broken pipe means the same thing as end of input
        }
    }

    /**
     * Waits until this process gets the users lock to itself, which it then keeps: a process that comes to use the
     * server meanwhile waits for its shared lock until this one has ended, and then starts a server of its own.
     */
    @SuppressWarnings("resource") // the lock is held until the process ends
    private static void waitForNoUser(Path usersLock) throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(usersLock, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        while (channel.tryLock() == null) {
            Thread.sleep(250);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--watch-stdin")) {
                options.put(args[i], "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return value;
    }
}
