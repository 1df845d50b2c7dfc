package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.Jurisdiction;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Relationship;
import org.longarm.model.Source;
import org.longarm.core.store.StoreException;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/**
 * A new database created through Neo4j's offline importer holds the graph the store writes: the same objects written
 * again through the store change nothing (their hashes and versions match), references resolve across files, and a
 * reference to an object never put becomes the store's stub. It is created whole or not at all.
 */
class BulkLoadTest {

    private static final LongarmFactory FACTORY = LongarmFactory.eINSTANCE;
    private static final List<EPackage> PACKAGES = List.of(LongarmPackage.eINSTANCE);

    /** What a progress bar would show: the sub-tasks, and the work done when each was first shown. */
    private static final class RecordingMonitor extends org.eclipse.core.runtime.NullProgressMonitor {
        final List<String> subTasks = new java.util.ArrayList<>();
        final Map<String, Double> doneBefore = new java.util.HashMap<>();
        double total = Double.NaN, worked;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void subTask(String name) {
            subTasks.add(name);
            doneBefore.putIfAbsent(name, worked / total);
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }
    }

    @Test
    void theStoreFindsNothingToChangeInABulkLoadedGraph() throws IOException {
        Path dataDir = TestNeo4j.newDataDir("longarm-bulk-load");
        RecordingMonitor monitor = new RecordingMonitor();
        long put = LongarmDatabase.createByBulkImport(options(dataDir), List.of(), store -> store.write(writer -> {
            writer.putAll(objects());
            // the same content again is no change; a leaf (no links) given new content replaces the first
            writer.put(source("bulk-statement-orgs", "the register extract"));
            writer.put(source("bulk-statement-rel", "an earlier description"));
            writer.put(source("bulk-statement-rel", "the relationship statement"));
            return writer.changed();
        }), monitor);
        assertEquals(10, put);
        // neo4j-admin's stages, read from its output, and the work they stand for: 55 % of the creation
        List<String> stages = monitor.subTasks.stream().filter(t -> t.matches("neo4j-admin: \\(\\d+/\\d+\\) \\D.*"))
                .toList();
        assertFalse(stages.isEmpty(), monitor.subTasks.toString());
        String last = stages.get(stages.size() - 1);
        assertTrue(last.matches("neo4j-admin: \\((\\d+)/\\1\\) .*"), "the last stage was reached: " + stages);
        assertEquals(0.55, monitor.doneBefore.get("starting the new database and building its indexes"), 0.01,
                monitor.subTasks.toString());
        assertEquals(1.0, monitor.worked / monitor.total, 0.01, "the first start and the indexes are the rest");
        assertTrue(EmbeddedNeo4j.hasDatabase(dataDir));
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(), TestNeo4j.RESOURCES, false,
                Duration.ofMinutes(3));
        try (Neo4jStore store = Neo4jStore.open(server.settings(), PACKAGES, null)) {
            Map<String, Object> graph = store.query("""
                    RETURN COUNT { (s:Source) } AS sources, COUNT { ()-[:SOURCES]->(:Source) } AS cited,
                      COUNT { (:Entity)-[:JURISDICTION]->(:Jurisdiction {name: 'United Kingdom'}) } AS inGb,
                      COUNT { (stub:Entity {id: 'bulk-never-put'}) WHERE stub._class IS NULL } AS stubs,
                      COUNT { (n) WHERE n._class IS NOT NULL AND n._version <> 1 } AS notFirstVersions""",
                    Map.of(), r -> r.asMap()).get(0);
            assertEquals(Map.of("sources", 2L, "cited", 2L, "inGb", 2L, "stubs", 1L, "notFirstVersions", 0L), graph);
            assertEquals("the relationship statement", ((Source) store.get(LongarmPackage.Literals.SOURCE,
                    "bulk-statement-rel").orElseThrow()).getDescription());
            Relationship loaded = (Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "bulk-holding")
                    .orElseThrow();
            assertEquals("bulk-owner", loaded.getInterestedParty().getId());
            assertEquals(60.0, loaded.getInterests().get(0).getShareExact());

            long changed = store.write(writer -> {
                writer.putAll(objects());
                writer.flush();
                return writer.changed();
            });
            assertEquals(0, changed, "the store writes what the bulk load wrote");
        } finally {
            server.stop();
        }
    }

    @Test
    void anObjectWithLinksPutAgainWithOtherContentIsRefusedAndLeavesNoDatabase() {
        Path dataDir = TestNeo4j.newDataDir("longarm-bulk-twice");
        StoreException e = assertThrows(StoreException.class, () -> LongarmDatabase.createByBulkImport(
                options(dataDir), List.of(), store -> store.write(writer -> {
                    writer.put(organisation("bulk-twice", source("bulk-twice-statement", "a statement")));
                    Organisation renamed = organisation("bulk-twice", source("bulk-twice-statement", "a statement"));
                    renamed.setName("Renamed Ltd");
                    writer.put(renamed);
                    return null;
                }), null));
        assertEquals("Organisation 'bulk-twice' was put twice with different content; a bulk load cannot replace an "
                + "object with links", e.getMessage());
        assertFalse(EmbeddedNeo4j.hasDatabase(dataDir));
        assertFalse(Files.exists(dataDir.resolve("neo4j/run/bulk-csv")), "the CSV files are deleted");
    }

    @Test
    void aDataFolderWithADatabaseIsRefused() throws IOException {
        Path dataDir = TestNeo4j.newDataDir("longarm-bulk-existing");
        LongarmDatabase.createByBulkImport(options(dataDir), List.of(),
                store -> store.write(writer -> {
                    writer.put(source("bulk-first", "the first load"));
                    return null;
                }), null);
        StoreException e = assertThrows(StoreException.class, () -> LongarmDatabase.createByBulkImport(
                options(dataDir), List.of(), store -> null, null));
        assertTrue(e.getMessage().contains("holds a database already"), e.getMessage());
    }

    @Test
    void aSecondBulkImportIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws IOException {
        Path dataDir = TestNeo4j.newDataDir("longarm-bulk-concurrent");
        StoreException e = assertThrows(StoreException.class, () -> LongarmDatabase.createByBulkImport(
                options(dataDir), List.of(), first -> LongarmDatabase.createByBulkImport(options(dataDir), List.of(),
                        second -> null, null), null));
        assertTrue(e.getMessage().startsWith("another process is creating the database of "), e.getMessage());
        assertFalse(EmbeddedNeo4j.hasDatabase(dataDir));
    }

    @Test
    void aBulkImportInterruptedPartWayLeavesNoDatabase() throws IOException, InterruptedException {
        Path dataDir = TestNeo4j.newDataDir("longarm-bulk-interrupted");
        // what a kill during neo4j-admin leaves: its marker (the dead process that ran it), and part of a store
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.createDirectories(dataDir.resolve("neo4j/run"));
        Files.writeString(dataDir.resolve("neo4j/run/bulk-import"), ended.pid() + " 0");
        Files.createDirectories(dataDir.resolve("neo4j/data/databases/neo4j"));
        Files.writeString(dataDir.resolve("neo4j/data/databases/neo4j/neostore.nodestore.db"), "part");
        assertFalse(EmbeddedNeo4j.hasDatabase(dataDir));
        assertFalse(Files.exists(dataDir.resolve("neo4j/run/bulk-import")));
        assertFalse(Files.exists(dataDir.resolve("neo4j/data/databases/neo4j")));
    }

    @Test
    void theCsvOfABulkImportKilledWhileCheckingIsDeletedWhenTheDatabaseIsNextOpened() throws IOException {
        Path dataDir = TestNeo4j.newDataDir("longarm-bulk-leftover-csv");
        // what a kill before neo4j-admin leaves: the CSV written so far, and the lock file no process holds
        Path csv = dataDir.resolve("neo4j/run/bulk-csv");
        Files.createDirectories(csv);
        Files.writeString(csv.resolve("nodes-Organisation-0.csv"), "key:ID(Organisation),name\nx,X\n");
        try (FileChannel channel = FileChannel.open(dataDir.resolve("neo4j/run/bulk-import.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            LongarmDatabase first;
            try (FileLock held = channel.lock()) {
                first = LongarmDatabase.open(options(dataDir), List.of(), null);
                assertTrue(Files.exists(csv), "a bulk import holding the lock keeps its CSV");
            }
            try (first; LongarmDatabase second = LongarmDatabase.open(options(dataDir), List.of(), null)) {
                assertFalse(Files.exists(csv), "with the lock free, the next open deletes the CSV");
            }
        }
    }

    private static LongarmDatabase.Options options(Path dataDir) {
        return new LongarmDatabase.Options(dataDir, null, TestNeo4j.RESOURCES);
    }

    /**
     * Two organisations that share one statement and a jurisdiction, a relationship between them, its statement, and
     * a relationship to an entity that is never put.
     */
    private static List<EObject> objects() {
        Jurisdiction gb = FACTORY.createJurisdiction();
        gb.setCode("GB");
        gb.setName("United Kingdom");
        Source shared = source("bulk-statement-orgs", "the register extract");
        Organisation owner = organisation("bulk-owner", shared);
        owner.setJurisdiction(gb);
        Organisation owned = organisation("bulk-owned", shared);
        owned.setJurisdiction(gb);
        Relationship holding = FACTORY.createRelationship();
        holding.setId("bulk-holding");
        holding.setSubject(owned);
        holding.setInterestedParty(owner);
        Interest interest = FACTORY.createInterest();
        interest.setType(InterestType.SHAREHOLDING);
        interest.setShareExact(60.0);
        holding.getInterests().add(interest);
        Source relationshipStatement = source("bulk-statement-rel", "the relationship statement");
        holding.getSources().add(relationshipStatement);
        Organisation neverPut = FACTORY.createOrganisation();
        neverPut.setId("bulk-never-put");
        Relationship toStub = FACTORY.createRelationship();
        toStub.setId("bulk-to-stub");
        toStub.setSubject(neverPut);
        toStub.setInterestedParty(owned);
        toStub.getInterests().add(FACTORY.createInterest());
        toStub.getInterests().get(0).setType(InterestType.OTHER_INFLUENCE_OR_CONTROL);
        return List.of(owner, owned, gb, shared, holding, relationshipStatement, toStub);
    }

    private static Organisation organisation(String id, Source source) {
        Organisation organisation = FACTORY.createOrganisation();
        organisation.setId(id);
        organisation.setName(id + " Ltd");
        organisation.getSources().add(source);
        return organisation;
    }

    private static Source source(String id, String description) {
        Source source = FACTORY.createSource();
        source.setId(id);
        source.setDescription(description);
        source.setStatementDate(LocalDate.of(2025, 1, 2));
        return source;
    }
}
