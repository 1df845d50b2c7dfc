package org.longarm.store.neo4j.internal;

/**
 * Builds the names that go into Cypher text. Only metamodel names (class, feature and label names) are ever
 * written into a statement, and always quoted; every user value travels as a parameter.
 */
final class Cypher {

    private Cypher() {
    }

    /** A label, relationship type or property name, quoted. */
    static String name(String name) {
        if (name.isEmpty() || name.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("not a usable Neo4j name: '" + name + "'");
        }
        return "`" + name.replace("`", "``") + "`";
    }

    /** camelCase feature name to UPPER_SNAKE relationship type: brandOwner -> BRAND_OWNER. */
    static String relationshipType(String featureName) {
        StringBuilder type = new StringBuilder();
        for (int i = 0; i < featureName.length(); i++) {
            char c = featureName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                type.append('_');
            }
            type.append(Character.toUpperCase(c));
        }
        return type.toString();
    }

    /** A schema object name made of metamodel names: letters, digits and underscores only. */
    static String schemaName(String... parts) {
        return String.join("_", parts).replaceAll("[^A-Za-z0-9_]", "_");
    }
}
