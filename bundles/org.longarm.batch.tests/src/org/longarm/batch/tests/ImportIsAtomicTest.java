package org.longarm.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of {@code longarm import} in the middle of its write: nothing of the import is in the graph. Ctrl-C
 * in a terminal: before the commit point nothing is written and the exit code says so; after it the import is
 * finished and the exit code is the import's own.
 */
class ImportIsAtomicTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private final HeadlessProduct longarm = new HeadlessProduct();

    @AfterEach
    void stopServersAndDeleteFolders() throws InterruptedException {
        longarm.cleanUp(ImportIsAtomicTest::environment);
    }

    /** One BODS entity statement, record {@code e<i>}, as a line of JSON Lines. */
    static String entityStatement(int i) {
        return ("{\"statementId\": \"%08d-0000-4000-8000-000000000000\", \"declarationSubject\": \"e%d\", "
                + "\"statementDate\": \"2024-01-01\", \"recordId\": \"e%d\", \"recordType\": \"entity\", "
                + "\"recordStatus\": \"new\", \"recordDetails\": {\"isComponent\": false, \"entityType\": "
                + "{\"type\": \"registeredEntity\"}, \"name\": \"Entity %d\", \"jurisdiction\": {\"name\": "
                + "\"United Kingdom\", \"code\": \"GB\"}}, \"publicationDetails\": {\"publicationDate\": "
                + "\"2024-01-02\", \"bodsVersion\": \"0.4\", \"publisher\": {\"name\": \"Test\"}}}\n")
                .formatted(i, i, i, i);
    }

    /** A data folder in {@code work}, for a small embedded Neo4j. */
    private static Map<String, String> environment(Path work) {
        return Map.of("LONGARM_DATA_DIR", work.resolve("data").toString(), "LONGARM_NEO4J_HEAP", "1g",
                "LONGARM_NEO4J_PAGE_CACHE", "128m");
    }

    /** {@code many.jsonl} in {@code work}: entity statements of records {@code e0} to {@code e<count - 1>}. */
    private static Path entityStatements(Path work, int count) throws IOException {
        Path file = work.resolve("many.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(entityStatement(i));
            }
        }
        return file;
    }

    /**
     * Ctrl-C as a terminal sends it: SIGINT to every process of the group, the embedded Neo4j that the import started
     * included. That server must not stop under the import's feet, and a signal that comes after the commit point must
     * not make the exit code say "cancelled, nothing changed" (130) for an import that was finished.
     */
    @Test
    void ctrlCCancelsAnImportBeforeItsCommitPointAndNotAfter() throws Exception {
        Path work = longarm.newFolder("longarm-interrupt");
        // every progress update on its own line, so that the test sees each phase begin
        Map<String, String> environment = new java.util.HashMap<>(environment(work));
        environment.put("LONGARM_PROGRESS_SECONDS", "0");
        int statements = 50_000;
        Path file = entityStatements(work, statements);
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");

        Process cancelled = startInItsOwnGroup(environment, out, err, "import", file.toString());
        assertTrue(interruptOnceErrorSays(cancelled, err, "checking"), "the import was still checking: "
                + Files.readString(err));
        assertTrue(cancelled.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "it ended");
        String said = Files.readString(err);
        assertEquals(130, cancelled.exitValue(), said);
        assertTrue(said.contains("cancelled; nothing was changed"), said);

        Process finished = startInItsOwnGroup(environment, out, err, "import", file.toString());
        assertTrue(interruptOnceErrorSays(finished, err, "applying"), "the import was still applying: "
                + Files.readString(err));
        assertTrue(finished.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "it ended");
        said = Files.readString(err);
        assertEquals(0, finished.exitValue(), said);
        assertTrue(said.contains("interrupted too late to cancel: the command was finished"), said);
        // nothing of the cancelled import was recorded: the file is imported anew, whole
        assertTrue(Files.readString(out).contains("50,000 records"), Files.readString(out) + said);
        HeadlessProduct.Run last = longarm.run(TIMEOUT, environment, "explain", "e" + (statements - 1));
        assertEquals(0, last.exitCode(), last::toString);
    }

    /** Starts the product as a terminal would run it: the leader of a process group of its own. */
    private Process startInItsOwnGroup(Map<String, String> environment, Path out, Path err, String... args)
            throws IOException {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        Files.createFile(err);
        return longarm.start(environment, out, err, true, args);
    }

    /**
     * Sends SIGINT to the process group of {@code process} (as Ctrl-C does) once its progress on stderr names
     * {@code phase}; false when it ended before.
     */
    private static boolean interruptOnceErrorSays(Process process, Path err, String phase) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.readString(err).toLowerCase(java.util.Locale.ROOT).contains(phase) && process.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (!process.isAlive()) {
            return false;
        }
        Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start();
        return kill.waitFor() == 0;
    }

    /**
     * Two imports on a new data folder share the embedded server that the first starts: both open the new database
     * (its schema is created once), the first, which ends first, leaves the server running for the second, and the
     * second stops it.
     */
    @Test
    void twoImportsStartedAtOnceOnANewDataFolderBothLand() throws Exception {
        Path work = longarm.newFolder("longarm-two");
        Map<String, String> environment = environment(work);
        Path many = entityStatements(work, 20_000);
        Path few = work.resolve("few.jsonl");
        Files.writeString(few, entityStatement(50_000) + entityStatement(50_001), StandardCharsets.UTF_8);
        Path ready = work.resolve("data/neo4j/run/ready");
        Process first = longarm.start(environment, work.resolve("few.out"), work.resolve("few.err"), "import",
                few.toString());
        long started = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(ready) && first.isAlive() && System.nanoTime() < started) {
            Thread.sleep(50);
        }
        Process second = longarm.start(environment, work.resolve("many.out"), work.resolve("many.err"), "import",
                many.toString());
        assertTrue(first.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)
                && second.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES), "both imports ended");
        assertEquals(0, first.exitValue(), () -> "the small import: " + read(work.resolve("few.err")));
        assertEquals(0, second.exitValue(), () -> "the large import: " + read(work.resolve("many.err")));
        for (String record : new String[] {"e19999", "e50001"}) {
            HeadlessProduct.Run found = longarm.run(TIMEOUT, environment, "explain", record);
            assertEquals(0, found.exitCode(), found::toString);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(ready) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(Files.exists(ready), "the last command stopped the server");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void anImportKilledWhileWritingLeavesNothingOrEverythingAndCanBeRunAgain() throws Exception {
        Path work = longarm.newFolder("longarm-kill");
        Map<String, String> environment = environment(work);
        Path file = entityStatements(work, 40_000);
        HeadlessProduct.Run started = longarm.run(TIMEOUT, environment, "server", "start");
        assertEquals(0, started.exitCode(), started::toString);
        try {
            Path err = work.resolve("err.txt");
            Process importing = longarm.start(environment, work.resolve("out.txt"), err, "import", file.toString());
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            // "Checking and writing" in one pass, "Writing" in a second, "Applying" after the commit point: the
            // progress line is printed every few seconds, so a short pass may show only the applying
            while (!Files.readString(err).toLowerCase(java.util.Locale.ROOT).matches("(?s).*(writing|applying).*")
                    && importing.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(importing.isAlive(), "the import was still writing: " + Files.readString(err));
            Thread.sleep(1000);
            importing.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up by the client
            importing.waitFor();
            assertFalse(Files.readString(work.resolve("out.txt")).contains(" superseded by newer statements"), "it did not finish");

            // killed before its commit point the import left nothing; after it, the next open finished it: never a part
            HeadlessProduct.Run first = longarm.run(TIMEOUT, environment, "explain", "e0");
            HeadlessProduct.Run last = longarm.run(TIMEOUT, environment, "explain", "e39999");
            assertTrue(first.exitCode() == 2 || first.exitCode() == 0, first::toString);
            assertEquals(first.exitCode(), last.exitCode(), "the first and the last entity are both there or both absent: "
                    + first + last);

            // with a copy: one content is imported once, and the copy said to be the same, not "already imported"
            Path copy = Files.copy(file, work.resolve("copy-" + file.getFileName()));
            HeadlessProduct.Run again = longarm.run(TIMEOUT, environment, "import", file.toString(), copy.toString());
            assertEquals(0, again.exitCode(), again::toString);
            assertTrue(first.exitCode() == 0 ? again.out().contains("already imported")
                    : again.out().contains("40,000 records") || again.out().contains("40000 records"), again::toString);
            assertTrue(again.out().contains(copy + ": " + (first.exitCode() == 0 ? "already imported"
                    : "the same content as " + file + ", imported once")), again::toString);
            HeadlessProduct.Run found = longarm.run(TIMEOUT, environment, "explain", "e39999");
            assertEquals(0, found.exitCode(), found::toString);
        } finally {
            longarm.run(TIMEOUT, environment, "server", "stop");
        }
    }
}
