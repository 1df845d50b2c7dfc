package org.longarm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.store.neo4j.Neo4jSettings;
import org.longarm.store.neo4j.Neo4jStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The Neo4j that tests run against: Longarm's embedded server, started once per test JVM in a temporary data
 * folder (it stops when the JVM ends, because it watches its standard input).
 */
public final class TestNeo4j {

    /** Small enough for CI, large enough for the tests' transactions. */
    public static final EmbeddedNeo4j.Resources RESOURCES = new EmbeddedNeo4j.Resources("1g", "128m");

    private static EmbeddedNeo4j server;
    private static Path dataDir;
    /** The folders of {@link #newDataDir}, deleted when the JVM ends (hundreds of MB a run otherwise stay behind). */
    private static final List<Path> FOLDERS = new java.util.ArrayList<>();

    private TestNeo4j() {
    }

    public static synchronized EmbeddedNeo4j server() {
        if (server == null) {
            dataDir = newDataDir("longarm-test-neo4j");
            server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(), RESOURCES, false, Duration.ofMinutes(3));
        }
        return server;
    }

    public static Neo4jSettings settings() {
        return server().settings();
    }

    /** Options that make {@link LongarmDatabase} (and so the products' code) use the test server. */
    public static LongarmDatabase.Options options() {
        return new LongarmDatabase.Options(dataDir(), settings(), RESOURCES);
    }

    /** A store on the test server, on an empty graph (schema kept). */
    public static Neo4jStore emptyStore() {
        wipe();
        return Neo4jStore.open(settings(), List.<EPackage>of(LongarmPackage.eINSTANCE), null);
    }

    /** Deletes every node and relationship of the test database except the schema version. */
    public static void wipe() {
        Neo4jSettings settings = settings();
        try (Driver driver = GraphDatabase.driver(settings.uri(),
                AuthTokens.basic(settings.user(), new String(settings.password())));
                Session session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:`_LongarmSchema` "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    public static Path dataDir() {
        server();
        return dataDir;
    }

    /** A new empty folder for a test's own data, deleted (after the test server stops) when the JVM ends. */
    public static synchronized Path newDataDir(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            if (FOLDERS.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestNeo4j::stopAndDelete, "stop-test-neo4j"));
            }
            FOLDERS.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void stopAndDelete() {
        if (server != null) {
            server.stop();
        }
        for (Path folder : FOLDERS) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException e) {
                System.err.println("could not delete " + folder + ": " + e);
            }
        }
    }
}
