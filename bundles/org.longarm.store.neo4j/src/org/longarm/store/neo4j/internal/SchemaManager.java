package org.longarm.store.neo4j.internal;

import static org.longarm.store.neo4j.internal.Cypher.name;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.longarm.core.store.StoreException;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Creates the constraints and indexes the mapping needs, and migrates the database between schema versions. The
 * version lives in a node of its own ({@code :_LongarmSchema}); a database written by a newer Longarm is refused.
 */
final class SchemaManager {

    /** The schema version this code writes. Raise it, and add a migration below, when the mapping changes. */
    static final int CURRENT_VERSION = 1;

    private static final String SCHEMA_CONSTRAINT =
            "CREATE CONSTRAINT longarm_schema_id IF NOT EXISTS FOR (s:`_LongarmSchema`) REQUIRE s.id IS UNIQUE";

    private final GraphMapping mapping;

    SchemaManager(GraphMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * Brings the database's schema to this version. Processes that open a new database at the same time run this at
     * the same time: the schema node's constraint comes first, so that they merge one node; each statement runs in a
     * transaction of its own that the driver retries when two of them deadlock; a rule the other created first is
     * taken as created. A database in which an older Longarm raced so (two schema nodes, no constraint) is repaired by
     * keeping the newest node.
     */
    void ensure(Session session) {
        session.executeWrite(tx -> tx.run("MATCH (s:`_LongarmSchema` {id: 'schema'}) WITH s"
                + " ORDER BY coalesce(s.version, 0) DESC, elementId(s) SKIP 1 DETACH DELETE s").consume());
        createSchemaRule(session, SCHEMA_CONSTRAINT);
        int stored = session.executeWrite(tx -> {
            var record = tx.run("MERGE (s:`_LongarmSchema` {id: 'schema'}) RETURN s.version AS version").single();
            return record.get("version").isNull() ? 0 : record.get("version").asInt();
        });
        if (stored > CURRENT_VERSION) {
            throw new StoreException("the database holds a Longarm graph of schema version " + stored
                    + ", newer than this Longarm understands (" + CURRENT_VERSION + "): use a newer Longarm");
        }
        for (String statement : statements()) {
            createSchemaRule(session, statement);
        }
        migrate(session, stored);
        StagedWrite.ensureLockNode(session);
        session.run("CALL db.awaitIndexes(300)").consume();
        session.executeWrite(tx -> tx.run("MATCH (s:`_LongarmSchema` {id: 'schema'}) SET s.version = $version",
                Map.of("version", CURRENT_VERSION)).consume());
    }

    /**
     * Creates a constraint or index unless it exists. Another process opening the database at the same time may create
     * it between this one's check and its creation; Neo4j then refuses this one as equivalent, which is the state
     * wanted.
     */
    private static void createSchemaRule(Session session, String statement) {
        try {
            session.executeWrite(tx -> tx.run(statement).consume());
        } catch (ClientException e) {
            if (!"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists".equals(e.code())) {
                throw e;
            }
        }
    }

    /** Data migrations from older schema versions, applied in order. Version 1 is the first. */
    private void migrate(Session session, int from) {
        // no older versions exist yet; a migration from version N to N+1 goes here as: if (from <= N) { ... }
    }

    List<String> statements() {
        Set<String> statements = new LinkedHashSet<>();
        // the schema node's constraint is not among them: ensure creates it first, before the node
        statements.add("CREATE CONSTRAINT longarm_staged_write_id IF NOT EXISTS FOR (w:" + StagedWrite.WRITE + ") REQUIRE w.id IS UNIQUE");
        statements.add("CREATE INDEX longarm_staged_write_owner IF NOT EXISTS FOR (o:" + StagedWrite.OWNER + ") ON (o.write)");
        statements.add("CREATE INDEX longarm_staged_batch IF NOT EXISTS FOR (b:" + StagedWrite.BATCH + ") ON (b.write, b.seq)");
        for (EClass eClass : mapping.allClasses()) {
            ClassMapping m = mapping.of(eClass);
            if (m.keyed() && m.keyClass == eClass) {
                if (m.edge == null) {
                    statements.add("CREATE CONSTRAINT " + Cypher.schemaName("longarm", m.keyLabel(), "key")
                            + " IF NOT EXISTS FOR (n:" + name(m.keyLabel()) + ") REQUIRE n." + name(m.keyProperty())
                            + " IS UNIQUE");
                } else {
                    statements.add("CREATE INDEX " + Cypher.schemaName("longarm", m.edge.type(), "key")
                            + " IF NOT EXISTS FOR ()-[r:" + name(m.edge.type()) + "]-() ON (r." + name(m.keyProperty()) + ")");
                }
            }
            String index = ClassMapping.annotation(eClass, "index");
            if (index != null) {
                statements.add("CREATE INDEX " + Cypher.schemaName("longarm", eClass.getName(), "index")
                        + " IF NOT EXISTS FOR (n:" + name(eClass.getName()) + ") ON (" + properties(index, "n") + ")");
            }
            String fulltext = ClassMapping.annotation(eClass, "fulltext");
            if (fulltext != null) {
                statements.add("CREATE FULLTEXT INDEX " + fulltextIndexName(eClass)
                        + " IF NOT EXISTS FOR (n:" + name(eClass.getName()) + ") ON EACH [" + properties(fulltext, "n") + "]");
            }
        }
        return new ArrayList<>(statements);
    }

    static String fulltextIndexName(EClass eClass) {
        return Cypher.schemaName("longarm", eClass.getName(), "fulltext");
    }

    private static String properties(String list, String variable) {
        List<String> properties = new ArrayList<>();
        for (String property : list.split(",")) {
            properties.add(variable + "." + name(property.strip()));
        }
        return String.join(", ", properties);
    }
}
