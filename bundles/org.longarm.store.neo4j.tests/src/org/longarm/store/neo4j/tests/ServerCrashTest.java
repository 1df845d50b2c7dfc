package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/** The embedded server killed with SIGKILL in the middle of a write: only whole transactions survive. */
class ServerCrashTest {

    private static final int COMMITTED_BATCHES = 3;
    private static final int BATCH = 1_000;

    @Test
    void afterKillMinusNineOnlyCommittedTransactionsArePresentAndTheStoreReopens() throws Exception {
        Path dataDir = TestNeo4j.newDataDir("longarm-crash");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(), TestNeo4j.RESOURCES, false,
                Duration.ofMinutes(3));
        Neo4jStore store = Neo4jStore.open(server.settings(), List.<EPackage>of(LongarmPackage.eINSTANCE), null);
        for (int batch = 0; batch < COMMITTED_BATCHES; batch++) {
            int first = batch * BATCH;
            store.write(writer -> {
                for (int i = first; i < first + BATCH; i++) {
                    writer.put(organisation("committed-" + i));
                }
                return null;
            });
        }

        AtomicLong written = new AtomicLong();
        CompletableFuture<Throwable> doomed = CompletableFuture.supplyAsync(() -> {
            try {
                store.write(writer -> {
                    for (int i = 0; i < 2_000_000; i++) {
                        writer.put(organisation("doomed-" + i));
                        written.incrementAndGet();
                    }
                    return null;
                });
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (written.get() < 30_000 && System.nanoTime() < deadline) {
            Thread.sleep(20); // let the big transaction write several batches into the server
        }
        assertTrue(written.get() >= 30_000, "the doomed transaction got under way");
        ProcessHandle.of(server.pid()).orElseThrow().destroyForcibly(); // SIGKILL
        Throwable failure = doomed.get(2, TimeUnit.MINUTES);
        assertNotNull(failure, "the write in flight failed when the server died");
        store.close();

        EmbeddedNeo4j restarted = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(), TestNeo4j.RESOURCES,
                false, Duration.ofMinutes(3));
        try (Neo4jStore reopened = Neo4jStore.open(restarted.settings(), List.<EPackage>of(LongarmPackage.eINSTANCE), null)) {
            Map<String, Object> counts = reopened.query("""
                    MATCH (e:Entity) RETURN sum(CASE WHEN e.id STARTS WITH 'committed-' THEN 1 ELSE 0 END) AS committed,
                      sum(CASE WHEN e.id STARTS WITH 'doomed-' THEN 1 ELSE 0 END) AS doomed""", Map.of(), r -> r.asMap()).get(0);
            assertEquals((long) COMMITTED_BATCHES * BATCH, counts.get("committed"), "every committed transaction is there");
            assertEquals(0L, counts.get("doomed"), "nothing of the interrupted transaction is there");
        } finally {
            restarted.stop();
        }
    }

    private static Organisation organisation(String key) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(key);
        organisation.setName("Organisation " + key);
        return organisation;
    }
}
