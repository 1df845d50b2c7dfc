package org.longarm.io.bods.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

import tools.jackson.databind.JsonNode;

/**
 * The official BODS 0.4 JSON Schema (draft 2020-12), loaded from this bundle's {@code schema/} folder: the schema ids
 * ({@code urn:statement}, {@code urn:components}...) are mapped to bundle resources, so validation never touches the
 * network. Format assertions (date, date-time, uri) are on. Thread-safe once built.
 */
final class BodsSchema {

    /** One schema violation: the keyword that failed, the JSON path of the value, and what is wrong. */
    record Violation(String keyword, String path, String message) {
    }

    private static final Map<String, String> FILES = Map.of(
            "urn:statement", "statement.json",
            "urn:components", "components.json",
            "urn:entity", "entity-record.json",
            "urn:person", "person-record.json",
            "urn:relationship", "relationship-record.json",
            "urn:codelists", "codelist-schema.json");

    private static volatile BodsSchema instance;

    private final Schema statement;

    private BodsSchema() {
        // BODS annotates its schema with keywords of its own (openCodelist, propertyOrder, version...): they
        // describe, they do not validate, so they are read as annotations instead of being warned about
        com.networknt.schema.dialect.Dialect dialect = com.networknt.schema.dialect.Dialect
                .builder(com.networknt.schema.dialect.Dialects.getDraft202012())
                .unknownKeywordFactory((keyword, context) -> new com.networknt.schema.keyword.AnnotationKeyword(keyword))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemas(BodsSchema::load)
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .pathType(PathType.JSON_PATH)
                                .build()));
        statement = registry.getSchema(SchemaLocation.of("urn:statement#/$defs/Statement"));
        statement.initializeValidators();
    }

    static BodsSchema get() {
        BodsSchema result = instance;
        if (result == null) {
            synchronized (BodsSchema.class) {
                result = instance;
                if (result == null) {
                    instance = result = new BodsSchema();
                }
            }
        }
        return result;
    }

    /** Schema text for a schema id, from the bundle; null for ids that are not BODS schemas (nothing is fetched). */
    private static String load(String iri) {
        String id = iri;
        int hash = id.indexOf('#');
        if (hash >= 0) {
            id = id.substring(0, hash);
        }
        String file = FILES.get(id);
        if (file == null) {
            return null;
        }
        try (InputStream in = BodsSchema.class.getResourceAsStream("/schema/" + file)) {
            if (in == null) {
                throw new IllegalStateException("BODS schema resource missing: /schema/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates one statement. The failures of an {@code anyOf} are reported as one {@code anyOf} violation (as the
     * standard's conformance fixtures expect), not as one violation per alternative.
     */
    List<Violation> validate(JsonNode statementNode) {
        List<Error> errors = statement.validate(statementNode);
        if (errors.isEmpty()) {
            return List.of();
        }
        List<Violation> result = new ArrayList<>();
        Map<String, List<Error>> anyOfs = new LinkedHashMap<>();
        for (Error error : errors) {
            String anyOf = anyOfOf(error);
            if (anyOf != null) {
                anyOfs.computeIfAbsent(anyOf, k -> new ArrayList<>()).add(error);
            } else {
                result.add(new Violation(error.getKeyword(), path(error), message(error)));
            }
        }
        for (List<Error> group : anyOfs.values()) {
            String path = null;
            // alternatives that require several properties repeat what the others say is missing
            java.util.Set<String> messages = new java.util.LinkedHashSet<>();
            for (Error error : group) {
                String p = path(error);
                path = path == null ? p : commonPrefix(path, p);
                messages.add(message(error));
            }
            result.add(new Violation("anyOf", path,
                    "matches none of the allowed forms (anyOf): " + String.join("; or ", messages)));
        }
        return result;
    }

    /**
     * Which {@code anyOf} failed, for the failures of one instance to make one violation: the evaluation path up to
     * and including the first {@code anyOf}, with the array indices of the instance location that the array keywords
     * on that path stepped into (the path alone is the same for every item of an array). Null if there is none.
     */
    private static String anyOfOf(Error error) {
        NodePath evaluationPath = error.getEvaluationPath();
        if (evaluationPath == null) {
            return null;
        }
        StringBuilder anyOf = new StringBuilder();
        int items = 0;
        for (int i = 0; i < evaluationPath.getNameCount(); i++) {
            Object element = evaluationPath.getElement(i);
            anyOf.append('/').append(element);
            if ("items".equals(element) || "prefixItems".equals(element)) {
                items++;
            } else if ("anyOf".equals(element)) {
                NodePath instance = error.getInstanceLocation();
                for (int j = 0; instance != null && j < instance.getNameCount() && items > 0; j++) {
                    if (instance.getElement(j) instanceof Integer index) {
                        anyOf.append('@').append(index);
                        items--;
                    }
                }
                return anyOf.toString();
            }
        }
        return null;
    }

    private static String commonPrefix(String a, String b) {
        while (!b.startsWith(a) || (b.length() > a.length() && b.charAt(a.length()) != '.'
                && b.charAt(a.length()) != '[')) {
            int cut = Math.max(a.lastIndexOf('.'), a.lastIndexOf('['));
            if (cut <= 0) {
                return "$";
            }
            a = a.substring(0, cut);
        }
        return a;
    }

    private static String path(Error error) {
        NodePath location = error.getInstanceLocation();
        String path = location == null ? "$" : location.toString();
        return path.isEmpty() ? "$" : path;
    }

    private static String message(Error error) {
        String message = error.getMessage();
        if (message != null && "format".equals(error.getKeyword())) {
            // the library says both what failed and what is required: "does not match the date pattern must be ..."
            message = FORMAT_FAILED.matcher(message).replaceFirst("");
        }
        return (message == null ? "invalid" : message) + " (" + error.getKeyword() + ")";
    }

    private static final java.util.regex.Pattern FORMAT_FAILED = java.util.regex.Pattern
            .compile("^does not match the [\\w-]+ pattern (?=must )");
}
