package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.longarm.core.store.StoreException;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.Neo4jSettings;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class SchemaTest {

    @Test
    void connectingCreatesTheKeyConstraintsAndIndexes() {
        try (Neo4jStore store = TestNeo4j.emptyStore()) {
            List<String> names = store.query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of(), r -> r.get(0).asString());
            assertTrue(names.containsAll(List.of("longarm_Entity_key", "longarm_Source_key", "longarm_Device_key",
                    "longarm_Jurisdiction_key")), names.toString());
            List<String> indexes = store.query("SHOW INDEXES YIELD name RETURN name", Map.of(), r -> r.get(0).asString());
            assertTrue(indexes.containsAll(List.of("longarm_INTEREST_IN_key", "longarm_Entity_fulltext",
                    "longarm_Identifier_index")), indexes.toString());
        }
    }

    @Test
    void aDatabaseWrittenByANewerLongarmIsRefused() {
        Neo4jSettings settings = TestNeo4j.settings();
        try (var driver = GraphDatabase.driver(settings.uri(), AuthTokens.basic(settings.user(), new String(settings.password())));
                var session = driver.session()) {
            session.run("MERGE (s:`_LongarmSchema` {id: 'schema'}) SET s.version = 99").consume();
            StoreException refused = assertThrows(StoreException.class,
                    () -> Neo4jStore.open(settings, List.<EPackage>of(LongarmPackage.eINSTANCE), null));
            assertTrue(refused.getMessage().contains("schema version 99"), refused.getMessage());
        } finally {
            try (var driver = GraphDatabase.driver(settings.uri(), AuthTokens.basic(settings.user(), new String(settings.password())));
                    var session = driver.session()) {
                session.run("MATCH (s:`_LongarmSchema` {id: 'schema'}) SET s.version = 1").consume();
            }
        }
    }

    @Test
    void wrongCredentialsGiveAClearError() {
        Neo4jSettings wrong = new Neo4jSettings(TestNeo4j.settings().uri(), "neo4j", "not-the-password".toCharArray(), null);
        StoreException refused = assertThrows(StoreException.class,
                () -> Neo4jStore.open(wrong, List.<EPackage>of(LongarmPackage.eINSTANCE), null));
        assertTrue(refused.getMessage().contains("refused the user name or password"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("not-the-password"), "the password is not in the message");
    }
}
