package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.store.neo4j.Neo4jSettings;

/** Where the graph lives, from the command line's choices and the environment. */
class DatabaseOptionsTest {

    private static final Map<String, String> CREDENTIALS = Map.of("NEO4J_USERNAME", "analyst", "NEO4J_PASSWORD",
            "s3cret", "NEO4J_DATABASE", "estate");

    /** Until 2026-12-03 a server given as --neo4j logged in as neo4j with no password, whatever the environment said. */
    @Test
    void aServerGivenExplicitlyLogsInWithTheEnvironmentsCredentials() {
        Neo4jSettings server = LongarmDatabase.Options.of(Path.of("data"), "bolt://db.example:7687", CREDENTIALS)
                .server();
        assertEquals("bolt://db.example:7687", server.uri());
        assertEquals("analyst", server.user());
        assertArrayEquals("s3cret".toCharArray(), server.password());
        assertEquals("estate", server.database());
    }

    @Test
    void aServerGivenExplicitlyReplacesTheEnvironmentsUri() {
        Map<String, String> environment = new java.util.HashMap<>(CREDENTIALS);
        environment.put("NEO4J_URI", "bolt://other.example:7687");
        assertEquals("neo4j+s://db.example", LongarmDatabase.Options.of(null, "neo4j+s://db.example", environment)
                .server().uri());
        assertEquals("bolt://other.example:7687", LongarmDatabase.Options.of(null, null, environment).server().uri());
        assertNull(LongarmDatabase.Options.of(null, null, CREDENTIALS).server(), "no URI: the embedded database");
    }

    @Test
    void aUriThatIsNoNeo4jUriIsRefusedWithoutRepeatingItsPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LongarmDatabase.Options.of(null, "http://analyst:s3cret@db.example:7474", CREDENTIALS));
        assertTrue(e.getMessage().startsWith("not a Neo4j URI"), e.getMessage());
        assertTrue(e.getMessage().endsWith("...@db.example:7474"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
