package org.longarm.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code longarm import --new-database}: a first load through Neo4j's bulk importer, refused on a folder that has a
 * database, nothing created from invalid input, and nothing or everything when killed part-way.
 */
class NewDatabaseImportTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private final HeadlessProduct longarm = new HeadlessProduct();

    private static Map<String, String> environment(Path data) {
        return Map.of("LONGARM_DATA_DIR", data.toString(), "LONGARM_NEO4J_HEAP", "1g",
                "LONGARM_NEO4J_PAGE_CACHE", "128m");
    }

    @AfterEach
    void stopServersAndDeleteFolders() throws InterruptedException {
        longarm.cleanUp(work -> environment(work.resolve("data")));
    }

    private static String example(String file) {
        return AnalyzeExampleEstateTest.example(file).toString();
    }

    @Test
    void theExampleEstateLoadsIntoANewDatabaseOnce() throws Exception {
        Path data = longarm.newFolder("longarm-new-db").resolve("data");
        Path invalid = data.resolveSibling("invalid.jsonl");
        Files.writeString(invalid, "{\"statementId\": \"x\", \"recordType\": \"entity\"}\n", StandardCharsets.UTF_8);

        HeadlessProduct.Run rejected = longarm.run(TIMEOUT, environment(data), "import", "--new-database",
                invalid.toString());
        assertEquals(2, rejected.exitCode(), rejected::toString);
        assertTrue(rejected.err().contains(invalid.toString()), rejected::toString);
        assertFalse(Files.exists(data.resolve("neo4j/data/databases/neo4j")), "no database from invalid input");

        Map<String, String> everyUpdate = new java.util.HashMap<>(environment(data));
        everyUpdate.put("LONGARM_PROGRESS_SECONDS", "0");
        HeadlessProduct.Run loaded = longarm.run(TIMEOUT, everyUpdate, "import", "--new-database",
                example("ownership.json"), example("products.csv"), example("inventory.csv"));
        assertEquals(0, loaded.exitCode(), loaded::toString);
        // the line goes on from the check to neo4j-admin's stages, not standing at 100 % while it runs
        assertTrue(loaded.err().lines().anyMatch(l -> l.matches(
                "Creating the database in .* - neo4j-admin: \\(\\d+/\\d+\\) \\D.*  ?\\d\\d% .*")), loaded::toString);
        assertEquals(3, loaded.out().lines().filter(l -> l.contains(" superseded by newer statements")).count(), loaded::toString);

        HeadlessProduct.Run explained = longarm.run(TIMEOUT, environment(data), "explain", "hikvision-uk", "--as-of",
                "2026-11-29");
        assertEquals(0, explained.exitCode(), explained::toString);
        assertTrue(explained.out().contains("Verdict:  SUBJECT"), explained::toString);
        assertTrue(explained.out().contains("source "), explained::toString);

        HeadlessProduct.Run again = longarm.run(TIMEOUT, environment(data), "import", example("ownership.json"));
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("already imported"), again::toString);

        HeadlessProduct.Run refused = longarm.run(TIMEOUT, environment(data), "import", "--new-database",
                example("ownership.json"));
        assertEquals(3, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("holds a database already"), refused::toString);
    }

    @Test
    void aNewDatabaseKilledWhileItIsBuiltIsThereWholeOrNotAtAll() throws Exception {
        Path work = longarm.newFolder("longarm-new-db-kill");
        Map<String, String> environment = environment(work.resolve("data"));
        Path file = work.resolve("many.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 40_000; i++) {
                out.write(ImportIsAtomicTest.entityStatement(i));
            }
        }
        Path err = work.resolve("err.txt");
        Process importing = longarm.start(environment, work.resolve("out.txt"), err, "import", "--new-database",
                file.toString());
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.readString(err).contains("neo4j-admin") && importing.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        importing.destroyForcibly(); // SIGKILL: the bulk importer it started is left running, its marker in place
        importing.waitFor();

        // the next start of the server finds the marker, stops the importer and deletes what it built
        HeadlessProduct.Run first = longarm.run(TIMEOUT, environment, "explain", "e0");
        HeadlessProduct.Run last = longarm.run(TIMEOUT, environment, "explain", "e39999");
        assertTrue(first.exitCode() == 2 || first.exitCode() == 0, first::toString);
        assertEquals(first.exitCode(), last.exitCode(), "both there or both absent: " + first + last);
        if (first.exitCode() == 2) {
            HeadlessProduct.Run stop = longarm.run(TIMEOUT, environment, "server", "stop");
            assertEquals(0, stop.exitCode(), stop::toString);
            // an empty database was created by the server's start: move it away, as the refusal says (killed before
            // the server first started, the import left no database folder at all)
            if (Files.exists(work.resolve("data/neo4j/data"))) {
                HeadlessProduct.delete(work.resolve("data/neo4j/data"));
            }
            HeadlessProduct.Run again = longarm.run(TIMEOUT, environment, "import", "--new-database",
                    file.toString());
            assertEquals(0, again.exitCode(), again::toString);
            assertEquals(0, longarm.run(TIMEOUT, environment, "explain", "e39999").exitCode());
        }
    }
}
