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

import org.junit.jupiter.api.Test;

/** {@code kill -9} of {@code longarm import} in the middle of its write: nothing of the import is in the graph. */
class ImportIsAtomicTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private final HeadlessProduct longarm = new HeadlessProduct();

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

    @Test
    void anImportKilledWhileWritingLeavesNothingOrEverythingAndCanBeRunAgain() throws Exception {
        Path work = Files.createTempDirectory("longarm-kill");
        Map<String, String> environment = Map.of("LONGARM_DATA_DIR", work.resolve("data").toString(),
                "LONGARM_NEO4J_HEAP", "1g", "LONGARM_NEO4J_PAGE_CACHE", "128m");
        Path file = work.resolve("many.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 40_000; i++) {
                out.write(entityStatement(i));
            }
        }
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

            HeadlessProduct.Run again = longarm.run(TIMEOUT, environment, "import", file.toString());
            assertEquals(0, again.exitCode(), again::toString);
            assertTrue(first.exitCode() == 0 ? again.out().contains("already imported")
                    : again.out().contains("40,000 records") || again.out().contains("40000 records"), again::toString);
            HeadlessProduct.Run found = longarm.run(TIMEOUT, environment, "explain", "e39999");
            assertEquals(0, found.exitCode(), found::toString);
        } finally {
            longarm.run(TIMEOUT, environment, "server", "stop");
        }
    }
}
