package org.longarm.store.neo4j;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach a Neo4j database. The password is kept as characters so that callers can wipe it; it never appears
 * in {@link #toString()}.
 *
 * @param uri a {@code bolt://}, {@code bolt+s://}, {@code neo4j://} or {@code neo4j+s://} URI
 * @param user the user name
 * @param password the password
 * @param database the database name (null for the server's default)
 */
public record Neo4jSettings(String uri, String user, char[] password, String database) {

    public Neo4jSettings {
        Objects.requireNonNull(uri, "uri");
        if (!uri.matches("(?i)(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
            // a user and password written into the URI are not repeated
            String shown = uri.contains("@") ? "...@" + uri.substring(uri.lastIndexOf('@') + 1) : uri;
            throw new IllegalArgumentException("not a Neo4j URI (bolt://, neo4j://, neo4j+s://...): " + shown);
        }
        user = user == null || user.isBlank() ? "neo4j" : user;
        password = password == null ? new char[0] : password;
    }

    /** Settings from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, if NEO4J_URI is set. */
    public static Neo4jSettings fromEnvironment(Map<String, String> environment) {
        String uri = environment.get("NEO4J_URI");
        if (uri == null || uri.isBlank()) {
            return null;
        }
        String password = environment.get("NEO4J_PASSWORD");
        return new Neo4jSettings(uri, environment.get("NEO4J_USERNAME"),
                password == null ? null : password.toCharArray(), environment.get("NEO4J_DATABASE"));
    }

    /** A copy with another URI (same credentials). */
    public Neo4jSettings withUri(String newUri) {
        return new Neo4jSettings(newUri, user, password, database);
    }

    @Override
    public String toString() {
        return "Neo4jSettings[uri=" + uri + ", user=" + user + ", database=" + database + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Neo4jSettings o && uri.equals(o.uri) && user.equals(o.user)
                && Arrays.equals(password, o.password) && Objects.equals(database, o.database);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, user, database);
    }
}
