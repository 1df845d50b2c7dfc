package org.longarm.store.neo4j.internal;

import static org.longarm.store.neo4j.internal.ClassMapping.CLASS_PROPERTY;
import static org.longarm.store.neo4j.internal.ClassMapping.HASH_PROPERTY;
import static org.longarm.store.neo4j.internal.ClassMapping.ORDER_PROPERTY;
import static org.longarm.store.neo4j.internal.ClassMapping.VERSION_PROPERTY;
import static org.longarm.store.neo4j.internal.Cypher.name;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * The Cypher statements that write and read each class, generated from its {@link ClassMapping}. They contain
 * quoted metamodel names only; rows of values are passed as the parameter {@code $rows} (or {@code $keys}).
 */
final class Statements {

    private final GraphMapping mapping;
    private final Map<EClass, String> upserts = new ConcurrentHashMap<>();
    private final Map<EClass, String> reads = new ConcurrentHashMap<>();
    private final Map<EClass, String> locks = new ConcurrentHashMap<>();
    private final Map<EClass, List<String>> leftEnds = new ConcurrentHashMap<>();

    Statements(GraphMapping mapping) {
        this.mapping = mapping;
    }

    /** Upsert of a batch of objects of one concrete class; returns the number written (new or changed). */
    String upsert(EClass eClass) {
        return upserts.computeIfAbsent(eClass, c -> {
            ClassMapping m = mapping.of(c);
            return m.edge == null ? nodeUpsert(m) : edgeUpsert(m);
        });
    }

    /** Read of the objects of one key space, by key. */
    String read(EClass keyClass) {
        return reads.computeIfAbsent(keyClass, c -> {
            ClassMapping m = mapping.of(mapping.instantiableFor(c));
            return m.edge == null ? nodeRead(c) : edgeRead(m);
        });
    }

    /** Takes the write lock of one stored object and returns its version (no row when it is not stored). */
    String lockAndVersion(EClass keyClass) {
        return locks.computeIfAbsent(keyClass, c -> {
            ClassMapping m = mapping.of(mapping.instantiableFor(c));
            if (m.edge == null) {
                return "MATCH (n:" + name(m.keyLabel()) + " {" + name(m.keyProperty()) + ": $key}) "
                        + "SET n.`_lock` = true REMOVE n.`_lock` RETURN n." + name(VERSION_PROPERTY) + " AS version";
            }
            return "MATCH ()-[r:" + name(m.edge.type()) + " {" + name(m.keyProperty()) + ": $key}]->() "
                    + "SET r.`_lock` = true REMOVE r.`_lock` RETURN max(r." + name(VERSION_PROPERTY) + ") AS version";
        });
    }

    /**
     * How many stored things still refer to one object (by {@code $key}): relationships into its node, and edges of
     * edge classes that list its key in a reference property. Always one row.
     */
    String referrers(EClass keyClass) {
        ClassMapping m = mapping.of(mapping.instantiableFor(keyClass));
        StringBuilder q = new StringBuilder("OPTIONAL MATCH (n:").append(name(m.keyLabel())).append(" {")
                .append(name(m.keyProperty())).append(": $key})\nRETURN COUNT { (n)<--() }");
        for (EClass eClass : mapping.allClasses()) {
            if (eClass.isAbstract() || eClass.isInterface()) {
                continue;
            }
            ClassMapping edgeClass = mapping.of(eClass);
            if (edgeClass.edge == null) {
                continue;
            }
            for (EReference reference : edgeClass.references) {
                EClass target = reference.getEReferenceType();
                if (target == m.keyClass || m.keyClass.isSuperTypeOf(target) || target.isSuperTypeOf(m.keyClass)) {
                    q.append(" + COUNT { ()-[e:").append(name(edgeClass.edge.type())).append("]->() WHERE $key IN e.")
                            .append(name(reference.getName())).append(" }");
                }
            }
        }
        return q.append(" AS referrers").toString();
    }

    /** Deletes one stored object by {@code $key}: a node with its children and outgoing references, or every edge of an edge class. */
    String delete(EClass keyClass) {
        ClassMapping m = mapping.of(mapping.instantiableFor(keyClass));
        if (m.edge != null) {
            return "MATCH ()-[r:" + name(m.edge.type()) + " {" + name(m.keyProperty()) + ": $key}]->() DELETE r";
        }
        return "MATCH (n:" + name(m.keyLabel()) + " {" + name(m.keyProperty()) + ": $key})\n" + deleteNode(keyClass);
    }

    /** The end of a statement that deletes the node {@code n} of a key space with its children and relationships. */
    private String deleteNode(EClass keyClass) {
        StringBuilder q = new StringBuilder();
        for (String childType : readableFeatures(keyClass, true).keySet()) {
            q.append("CALL (n) { MATCH (n)-[:").append(name(childType)).append("]->(old) DETACH DELETE old }\n");
        }
        return q.append("DETACH DELETE n").toString();
    }

    /**
     * A node class's upsert. A node whose {@code _version} is null was never written whole: it is new, or a stub that
     * a reference created with its key alone. It has no other properties, labels, references or children, so that it
     * takes the row's properties without first losing its key ({@code +=}) and skips the clean-up of old references
     * and children that a node written before needs.
     */
    private String nodeUpsert(ClassMapping m) {
        StringBuilder q = new StringBuilder();
        q.append("UNWIND $rows AS row\n");
        q.append("MERGE (n:").append(name(m.keyLabel())).append(" {").append(name(m.keyProperty())).append(": row.key})\n");
        q.append("WITH n, row, n.").append(name(VERSION_PROPERTY)).append(" AS version WHERE n.").append(name(HASH_PROPERTY))
                .append(" IS NULL OR n.").append(name(HASH_PROPERTY)).append(" <> row.hash\n");
        q.append("FOREACH (fresh IN CASE WHEN version IS NULL THEN [1] ELSE [] END | SET n += row.props)\n");
        // replaced as a whole: the row holds every stored attribute but the null ones, which are thereby removed
        q.append("FOREACH (written IN CASE WHEN version IS NULL THEN [] ELSE [1] END | SET n = row.props");
        List<String> otherLabels = new ArrayList<>();
        for (EClass sibling : mapping.concreteClassesOf(m.keyClass)) {
            if (!m.labels.contains(sibling.getName())) {
                otherLabels.add(name(sibling.getName()));
            }
        }
        if (!otherLabels.isEmpty()) {
            q.append(" REMOVE n:").append(String.join(":", otherLabels));
        }
        q.append(")\n");
        StringJoiner labels = new StringJoiner(":", "SET n:", ", ");
        m.labels.forEach(label -> labels.add(name(label)));
        q.append(labels);
        q.append("n.").append(name(VERSION_PROPERTY)).append(" = coalesce(version, 0) + 1\n");
        q.append("WITH n, row, version\n");
        if (!m.references.isEmpty()) {
            StringJoiner types = new StringJoiner("|");
            m.references.forEach(r -> types.add(name(ClassMapping.relationshipType(r))));
            q.append("CALL (n, version) { WITH n, version WHERE version IS NOT NULL MATCH (n)-[old:").append(types)
                    .append("]->() DELETE old }\n");
        }
        for (EReference child : m.children) {
            q.append("CALL (n, version) { WITH n, version WHERE version IS NOT NULL MATCH (n)-[:")
                    .append(name(ClassMapping.relationshipType(child))).append("]->(old) DETACH DELETE old }\n");
        }
        for (int i = 0; i < m.references.size(); i++) {
            EReference reference = m.references.get(i);
            ClassMapping target = mapping.of(reference.getEReferenceType());
            q.append("CALL (n, row) { UNWIND row.r").append(i).append(" AS t MERGE (m:").append(name(target.keyLabel()))
                    .append(" {").append(name(target.keyProperty())).append(": t[0]}) CREATE (n)-[:")
                    .append(name(ClassMapping.relationshipType(reference))).append(" {").append(name(ORDER_PROPERTY))
                    .append(": t[1]}]->(m) }\n");
        }
        for (int i = 0; i < m.children.size(); i++) {
            EReference child = m.children.get(i);
            q.append("CALL (n, row) { UNWIND row.c").append(i).append(" AS c CREATE (n)-[:")
                    .append(name(ClassMapping.relationshipType(child))).append(" {").append(name(ORDER_PROPERTY))
                    .append(": c.ord}]->(x:").append(name(child.getEReferenceType().getName())).append(") SET x = c.props }\n");
        }
        q.append("RETURN count(n) AS changed");
        return q.toString();
    }

    /**
     * An edge class's upsert; the old edges of a key are found per row, so that rows are never compared whole. Each
     * end of the old edges that the new ones do not reach is marked, with the old edges' targets of the references
     * that the edge class shares with it, for {@link #leftEnds} (deleting it here would make the planner read every
     * row before writing any, to keep the {@code MERGE}s of later rows from meeting a deleted node).
     */
    private String edgeUpsert(ClassMapping m) {
        ClassMapping from = mapping.of(m.edge.from().getEReferenceType());
        ClassMapping to = mapping.of(m.edge.to().getEReferenceType());
        String type = name(m.edge.type());
        List<EReference> shared = sharedWithEnds(m);
        // taken from the old edges, not collected beside them: another aggregate per row would be work for nothing in
        // a first import, where no row has old edges
        StringBuilder oldParts = new StringBuilder(shared.isEmpty() ? ""
                : ", [o IN olds | startNode(o)] + [o IN olds | endNode(o)] AS ends");
        StringJoiner mark = new StringJoiner(", ", "FOREACH (n IN [n IN ends WHERE n <> a AND n <> b] | SET n:"
                + name(leftLabel(m)) + ", ", ")\n");
        for (int i = 0; i < shared.size(); i++) {
            String property = name(leftProperty(shared.get(i)));
            oldParts.append(", reduce(w = [], o IN olds | w + coalesce(o.").append(name(shared.get(i).getName()))
                    .append(", [])) AS was").append(i);
            mark.add("n." + property + " = coalesce(n." + property + ", []) + was" + i);
        }
        return "UNWIND $rows AS row\n"
                + "CALL (row) { OPTIONAL MATCH ()-[old:" + type + " {" + name(m.keyProperty()) + ": row.key}]->() "
                + "RETURN collect(old) AS olds }\n"
                + "WITH row, olds WHERE size(olds) = 0 OR any(o IN olds WHERE o." + name(HASH_PROPERTY)
                + " IS NULL OR o." + name(HASH_PROPERTY) + " <> row.hash)\n"
                + "WITH row, olds, reduce(v = 0, o IN olds | CASE WHEN coalesce(o."
                + name(VERSION_PROPERTY) + ", 0) > v THEN o." + name(VERSION_PROPERTY) + " ELSE v END) AS version" + oldParts
                + "\n"
                + "FOREACH (o IN olds | DELETE o)\n"
                + "MERGE (a:" + name(from.keyLabel()) + " {" + name(from.keyProperty()) + ": row.from})\n"
                + "MERGE (b:" + name(to.keyLabel()) + " {" + name(to.keyProperty()) + ": row.to})\n"
                + (shared.isEmpty() ? "" : mark.toString())
                + "WITH a, b, row, version\n"
                + "UNWIND row.elements AS e\n"
                + "CREATE (a)-[r:" + type + "]->(b)\n"
                + "SET r = e, r." + name(VERSION_PROPERTY) + " = version + 1\n"
                + "RETURN count(DISTINCT row.key) AS changed";
    }

    /** The references of an edge class that one of its ends' classes has too (in Longarm, {@code Sourced.sources}). */
    private List<EReference> sharedWithEnds(ClassMapping m) {
        ClassMapping from = mapping.of(m.edge.from().getEReferenceType());
        ClassMapping to = mapping.of(m.edge.to().getEReferenceType());
        List<EReference> shared = new ArrayList<>();
        for (EReference reference : m.references) {
            if (from.references.contains(reference) || to.references.contains(reference)) {
                shared.add(reference);
            }
        }
        return shared;
    }

    private static String leftLabel(ClassMapping m) {
        return "_LeftBy_" + m.edge.type();
    }

    private static String leftProperty(EReference reference) {
        return "_left_" + reference.getName();
    }

    /**
     * Upserts {@code rows} of one concrete class in {@code tx} and returns how many objects were written (new or
     * changed). For an edge class it then deletes the ends that the old edges left and that were part of them alone
     * (see {@link #leftEnds}).
     */
    long upsert(org.neo4j.driver.SimpleQueryRunner tx, EClass eClass, List<Map<String, Object>> rows) {
        long changed = tx.run(upsert(eClass), Map.of("rows", rows)).single().get("changed").asLong();
        if (changed > 0) {
            for (String statement : leftEnds(eClass)) {
                tx.run(statement).consume();
            }
        }
        return changed;
    }

    /**
     * For an edge class, the statements that delete each end its upsert marked as left by the old edges, when that end
     * was stated only as part of the edge's statements: nothing refers to it or hangs from it any more, it has targets
     * through the references it shares with the edge class (its sources), and each of them was one of the old edges'
     * own (a BODS relationship's party left unspecified, whose only source is the relationship's statement). Without
     * the edges it would stand in the graph for nothing. Other marked ends (stated by statements of their own, or stubs
     * with no source at all) only lose the mark. None for a node class.
     */
    private List<String> leftEnds(EClass eClass) {
        return leftEnds.computeIfAbsent(eClass, c -> {
            ClassMapping m = mapping.of(c);
            List<EReference> shared = m.edge == null ? List.of() : sharedWithEnds(m);
            if (shared.isEmpty()) {
                return List.of();
            }
            List<String> statements = new ArrayList<>();
            Set<EClass> endClasses = new LinkedHashSet<>();
            endClasses.add(mapping.of(m.edge.from().getEReferenceType()).keyClass);
            endClasses.add(mapping.of(m.edge.to().getEReferenceType()).keyClass);
            for (EClass endClass : endClasses) {
                ClassMapping end = mapping.of(mapping.instantiableFor(endClass));
                StringBuilder q = new StringBuilder("MATCH (n:").append(name(leftLabel(m))).append(":")
                        .append(name(end.keyLabel())).append(")\nWITH n");
                StringJoiner unmark = new StringJoiner(", ", "REMOVE n:" + name(leftLabel(m)) + ", ", "\n");
                for (int i = 0; i < shared.size(); i++) {
                    q.append(", n.").append(name(leftProperty(shared.get(i)))).append(" AS was").append(i);
                    unmark.add("n." + name(leftProperty(shared.get(i))));
                }
                q.append("\n").append(unmark);
                q.append("WITH n");
                for (int i = 0; i < shared.size(); i++) {
                    q.append(", was").append(i);
                }
                q.append(" WHERE NOT EXISTS { (n)<--() } AND NOT EXISTS { (n)-[:").append(name(m.edge.type()))
                        .append("]->() }\nWITH n");
                StringJoiner owns = new StringJoiner(" AND ", " WHERE ", "\n");
                StringJoiner some = new StringJoiner(" + ", "(", ") > 0");
                for (int i = 0; i < shared.size(); i++) {
                    EReference reference = shared.get(i);
                    q.append(", was").append(i);
                    if (!end.references.contains(reference)) {
                        continue;
                    }
                    ClassMapping target = mapping.of(mapping.instantiableFor(reference.getEReferenceType()));
                    q.append(", [(n)-[:").append(name(ClassMapping.relationshipType(reference))).append("]->(t) | t.")
                            .append(name(target.keyProperty())).append("] AS own").append(i);
                    owns.add("all(k IN own" + i + " WHERE k IN was" + i + ")");
                    some.add("size(own" + i + ")");
                }
                q.append(owns.add(some.toString()));
                statements.add(q.append(deleteNode(endClass)).toString());
            }
            return List.copyOf(statements);
        });
    }

    /** Reference and child fields of every concrete class of a key space, by relationship type. */
    Map<String, EReference> readableFeatures(EClass keyClass, boolean children) {
        Map<String, EReference> features = new LinkedHashMap<>();
        for (EClass eClass : mapping.concreteClassesOf(keyClass)) {
            ClassMapping m = mapping.of(eClass);
            for (EReference reference : children ? m.children : m.references) {
                features.putIfAbsent(ClassMapping.relationshipType(reference), reference);
            }
        }
        return features;
    }

    private String nodeRead(EClass keyClass) {
        ClassMapping key = mapping.of(mapping.instantiableFor(keyClass));
        StringBuilder q = new StringBuilder();
        q.append("MATCH (n:").append(name(key.keyLabel())).append(") WHERE n.").append(name(key.keyProperty()))
                .append(" IN $keys\nRETURN n AS node");
        for (var entry : readableFeatures(keyClass, false).entrySet()) {
            ClassMapping target = mapping.of(mapping.instantiableFor(entry.getValue().getEReferenceType()));
            q.append(",\n  [(n)-[r:").append(name(entry.getKey())).append("]->(m) | [r.").append(name(ORDER_PROPERTY))
                    .append(", m.").append(name(target.keyProperty())).append(", m.").append(name(CLASS_PROPERTY))
                    .append("]] AS ").append(name("r_" + entry.getKey()));
        }
        for (var entry : readableFeatures(keyClass, true).entrySet()) {
            q.append(",\n  [(n)-[r:").append(name(entry.getKey())).append("]->(c) | [r.").append(name(ORDER_PROPERTY))
                    .append(", c]] AS ").append(name("c_" + entry.getKey()));
        }
        return q.toString();
    }

    private String edgeRead(ClassMapping m) {
        ClassMapping from = mapping.of(mapping.instantiableFor(m.edge.from().getEReferenceType()));
        ClassMapping to = mapping.of(mapping.instantiableFor(m.edge.to().getEReferenceType()));
        return "MATCH (a)-[r:" + name(m.edge.type()) + "]->(b) WHERE r." + name(m.keyProperty()) + " IN $keys\n"
                + "RETURN r AS rel, a." + name(from.keyProperty()) + " AS fromKey, a." + name(CLASS_PROPERTY)
                + " AS fromClass, b." + name(to.keyProperty()) + " AS toKey, b." + name(CLASS_PROPERTY) + " AS toClass\n"
                + "ORDER BY r." + name(m.keyProperty()) + ", r." + name(ORDER_PROPERTY);
    }
}
