package org.longarm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.testing.BodsStatements.entity;
import static org.longarm.testing.BodsStatements.relationship;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.plugins.Contributions;
import org.longarm.model.Jurisdiction;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/**
 * {@code longarm import --new-database}: the same files imported into a new database through Neo4j's bulk importer
 * and through the store's transactions give the same graph, node for node and relationship for relationship; an
 * import with a problem creates no database.
 */
class NewDatabaseImportTest {

    private final Importer importer = new Importer(Contributions.inputFormats());

    @Test
    void aBulkImportedDatabaseHoldsTheGraphThatTheStoreWrites(@TempDir Path folder) throws IOException {
        List<Path> files = files(folder);

        List<String> written;
        try (Neo4jStore store = TestNeo4j.emptyStore()) {
            ImportReport report = importer.importFiles(files, store, new NullProgressMonitor());
            assertTrue(report.valid(), report.problems().toString());
            written = graph(store);
        }

        Path dataDir = Files.createDirectories(folder.resolve("data"));
        LongarmDatabase.Options options = new LongarmDatabase.Options(dataDir, null, TestNeo4j.RESOURCES);
        ImportReport report = LongarmDatabase.createByBulkImport(options, List.of(),
                store -> importer.importFiles(files, store, new NullProgressMonitor()), new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertTrue(report.files().stream().allMatch(f -> f.written() > 0), report.files().toString());
        try (LongarmDatabase database = LongarmDatabase.open(options, List.of(), null)) {
            List<String> loaded = graph(database.neo4j());
            assertTrue(written.size() > 200, "nodes and edges: " + written.size());
            List<String> onlyWritten = new ArrayList<>(written), onlyLoaded = new ArrayList<>(loaded);
            onlyWritten.removeAll(loaded);
            onlyLoaded.removeAll(written);
            assertEquals(List.of(), onlyWritten.subList(0, Math.min(5, onlyWritten.size())), "only in the store's graph");
            assertEquals(List.of(), onlyLoaded.subList(0, Math.min(5, onlyLoaded.size())), "only in the bulk import");
            assertEquals(written, loaded); // also as many of each
            // recorded: importing the same files again is a no-op
            ImportReport again = importer.importFiles(files, database.store(), new NullProgressMonitor());
            assertTrue(again.files().stream().allMatch(ImportReport.FileReport::alreadyImported), again.toString());
            assertEquals("UK", ((Jurisdiction) database.store().get(LongarmPackage.Literals.JURISDICTION, "GB")
                    .orElseThrow()).getName(), "the last name given wins");
            assertEquals(List.of("nd-r 60.0 2024-06-30"), database.store().view()
                    .interestsOf("nd-b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10).stream()
                    .map(i -> i.relationshipKey() + " " + i.shareExact() + " " + i.endDate()).toList(),
                    "the closing statement carries the interests of the statement it closes");
        }
    }

    @Test
    void aBulkImportWithAProblemCreatesNoDatabase(@TempDir Path folder) throws IOException {
        Path invalid = folder.resolve("invalid.jsonl");
        Files.writeString(invalid, entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new")
                + "\n" + entity("not-a-uuid", "b", "B", "2024-13-01", "new") + "\n",
                StandardCharsets.UTF_8);
        Path dataDir = Files.createDirectories(folder.resolve("data"));
        ImportReport report = LongarmDatabase.createByBulkImport(
                new LongarmDatabase.Options(dataDir, null, TestNeo4j.RESOURCES), List.of(),
                store -> importer.importFiles(List.of(invalid), store, new NullProgressMonitor()), null);
        assertFalse(report.valid());
        assertFalse(EmbeddedNeo4j.hasDatabase(dataDir));
        assertFalse(Files.exists(dataDir.resolve("neo4j/run/bulk-csv")));
    }

    /**
     * The example estate (BODS, product and inventory CSV: brands and sources given by several rows), the standard's
     * examples (records with several statements, so two passes), jurisdictions renamed along the way, a publisher
     * name with quotes, a comma and a line break, and a name with a character beyond U+FFFF.
     */
    private static List<Path> files(Path folder) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(repo.resolve("examples/uk-estate"))) {
            repo = repo.getParent();
        }
        List<Path> files = new ArrayList<>();
        Path estate = repo.resolve("examples/uk-estate");
        files.addAll(List.of(estate.resolve("ownership.json"), estate.resolve("products.csv"),
                estate.resolve("inventory.csv")));
        try (Stream<Path> examples = Files.list(repo.resolve("../shared/standards/bods-0.4/examples").normalize())) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                files.add(withOwnStatementIds(example, folder));
            }
        }
        Path renamed = folder.resolve("renamed.jsonl");
        Files.writeString(renamed, String.join("\n",
                entity("31111111-1111-4111-8111-111111111111", "nd-a", "A", "2024-01-01", "new")
                        .replace("{\"name\": \"Test\"}", "{\"name\": \"Test \\\"Register\\\",\\nsecond line\"}"),
                entity("32222222-2222-4222-8222-222222222222", "nd-b", "B", "2024-01-01", "new")
                        .replace("\"United Kingdom\"", "\"Great Britain\""),
                // a character beyond U+FFFF, escaped as a pair of surrogates (one alone is a problem since 2026-12-05)
                entity("34444444-4444-4444-8444-444444444444", "nd-d", "D \\ud83d\\ude00 pair", "2024-01-01", "new"),
                entity("33333333-3333-4333-8333-333333333333", "nd-c", "C", "2024-01-01", "new")
                        .replace("\"United Kingdom\"", "\"UK\""),
                // closed without interests before the statement it closes: the interests are carried over
                relationship("35555555-5555-4555-8555-555555555555", "nd-r", "nd-b", "nd-a")
                        .replace("\"2024-02-01\"", "\"2024-06-30\"").replace("\"new\"", "\"closed\"")
                        .replaceAll(",\\s*\"interests\": \\[.*?\\]}", "}"),
                relationship("36666666-6666-4666-8666-666666666666", "nd-r", "nd-b", "nd-a")) + "\n",
                StandardCharsets.UTF_8);
        files.add(renamed);
        return files;
    }

    /**
     * The standard's example itself, or, for {@code joint-ownership.json}, a copy in {@code folder} whose statement that
     * reuses the id of a statement of {@code bods-package.json} (about another record, on another date) has an id of its
     * own: imported together, the two would be refused.
     */
    private static Path withOwnStatementIds(Path example, Path folder) throws IOException {
        if (!example.getFileName().toString().equals("joint-ownership.json")) {
            return example;
        }
        Path copy = folder.resolve(example.getFileName());
        Files.writeString(copy, Files.readString(example).replace("1dc0e987-5c57-4a1c-b3ad-61353b66a9b7",
                "1dc0e987-5c57-4a1c-b3ad-000000000001"));
        return copy;
    }

    /**
     * Every node and relationship with its labels and properties, sorted; without {@code _version} (a stub completed
     * later is at version 2 in a store) and without the import time of the import records.
     */
    private static List<String> graph(Neo4jStore store) {
        List<String> graph = new ArrayList<>(store.query("MATCH (n) WHERE NOT n:`_LongarmSchema` RETURN n",
                Map.of(), r -> "node " + node(r.get("n").asNode())));
        graph.addAll(store.query("MATCH (a)-[r]->(b) RETURN a, r, b", Map.of(),
                r -> "edge " + r.get("r").asRelationship().type() + " " + properties(r.get("r").asMap(), false)
                        + " from " + node(r.get("a").asNode()) + " to " + node(r.get("b").asNode())));
        graph.sort(null);
        return graph;
    }

    private static String node(org.neo4j.driver.types.Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        labels.sort(null);
        return labels + " " + properties(node.asMap(), labels.contains("ImportRecord"));
    }

    private static String properties(Map<String, Object> properties, boolean importRecord) {
        Map<String, Object> sorted = new TreeMap<>(properties);
        sorted.remove("_version");
        if (importRecord) {
            sorted.remove("importedAt");
            sorted.remove("_hash");
        }
        sorted.replaceAll((k, v) -> v instanceof List<?> list ? List.copyOf(list) : v);
        return sorted.toString();
    }
}
