package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.longarm.core.store.StoreBusyException;
import org.longarm.core.store.StoreException;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/**
 * Writes larger than one transaction: staged in batches, invisible until the work returns, undone when the work
 * fails or its process dies before that, finished on the next open when the process dies while applying them.
 */
class StagedWriteTest {

    private static final List<EPackage> PACKAGES = List.of(LongarmPackage.eINSTANCE);

    @Test
    void stagedObjectsAreInvisibleUntilTheWorkReturnsThenAllArePresent() {
        try (Neo4jStore store = TestNeo4j.emptyStore()) {
            long seenWhileStaging = store.writeStaged(writer -> {
                for (int i = 0; i < 25_000; i++) {
                    writer.put(organisation("staged-" + i));
                }
                writer.flush();
                return entities(store, "staged-");
            }, new NullProgressMonitor());
            assertEquals(0, seenWhileStaging, "readers see nothing of a write that has not returned");
            assertEquals(25_000, entities(store, "staged-"));
            assertEquals(0, stagingLeft(store), "nothing of the staging is left");
        }
    }

    /**
     * What a write stages at its end (an import, its own record) is applied after everything else, so that a process
     * dying while it applies leaves no record of an import that it has not finished. Until 2026-12-03 the leaves' lane
     * applied the record beside the first edges.
     */
    @Test
    void aLeafStagedAtTheEndIsAppliedAfterTheEdges() {
        try (Neo4jStore store = TestNeo4j.emptyStore()) {
            List<Long> recordsWhileEdgesApplied = new java.util.concurrent.CopyOnWriteArrayList<>();
            NullProgressMonitor monitor = new NullProgressMonitor() {
                @Override
                public void subTask(String name) {
                    if (name.endsWith(": Relationship")) { // time for the leaves' lane to apply what it has
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        recordsWhileEdgesApplied.add(importRecords(store));
                    }
                }
            };
            store.writeStaged(writer -> {
                org.longarm.model.Relationship relationship = LongarmFactory.eINSTANCE.createRelationship();
                relationship.setId("end-r");
                relationship.setSubject(organisation("end-a"));
                relationship.setInterestedParty(organisation("end-b"));
                writer.put(organisation("end-a"));
                writer.put(organisation("end-b"));
                writer.put(relationship);
                org.longarm.model.ImportRecord record = LongarmFactory.eINSTANCE.createImportRecord();
                record.setId("end-import");
                writer.put(record);
                return null;
            }, monitor);
            assertEquals(List.of(0L), recordsWhileEdgesApplied, "the record was applied after the edges");
            assertEquals(1, importRecords(store));
        }
    }

    private static long importRecords(Neo4jStore store) {
        return store.query("MATCH (r:ImportRecord) RETURN count(r) AS n", Map.of(), r -> r.get("n").asLong()).get(0);
    }

    @Test
    void aWorkThatFailsLeavesNothing() {
        try (Neo4jStore store = TestNeo4j.emptyStore()) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> store.writeStaged(writer -> {
                for (int i = 0; i < 15_000; i++) {
                    writer.put(organisation("failing-" + i));
                }
                throw new IllegalStateException("the input turned out to be bad");
            }, new NullProgressMonitor()));
            assertEquals("the input turned out to be bad", failure.getMessage());
            assertEquals(0, entities(store, "failing-"));
            assertEquals(0, stagingLeft(store));
        }
    }

    @Test
    void openingAStoreLeavesTheStagedWriteOfARunningProcessAlone() throws Exception {
        try (Neo4jStore store = TestNeo4j.emptyStore()) {
            CountDownLatch staged = new CountDownLatch(1), reopened = new CountDownLatch(1);
            CompletableFuture<Void> running = heldWrite(store, "running-", 12_000, staged, reopened, ForkJoinPool.commonPool());
            assertTrue(staged.await(2, TimeUnit.MINUTES));
            try (Neo4jStore other = Neo4jStore.open(TestNeo4j.settings(), PACKAGES, null)) {
                assertTrue(stagingLeft(other) > 0, "the other store's recovery did not undo a running write");
            } finally {
                reopened.countDown();
            }
            running.get(2, TimeUnit.MINUTES);
            assertEquals(12_000, entities(store, "running-"));
            assertEquals(0, stagingLeft(store));
        }
    }

    @Test
    void writesOfTwoStoresRunOneAfterTheOther() throws Exception {
        // threads of their own: the common pool may have one worker, which the first write would keep
        try (Neo4jStore store = TestNeo4j.emptyStore();
                Neo4jStore other = Neo4jStore.open(TestNeo4j.settings(), PACKAGES, null);
                ExecutorService threads = Executors.newCachedThreadPool()) {
            CountDownLatch staged = new CountDownLatch(1), release = new CountDownLatch(1), waiting = new CountDownLatch(1);
            CompletableFuture<Void> first = heldWrite(store, "first-", 12_000, staged, release, threads);
            assertTrue(staged.await(2, TimeUnit.MINUTES));
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> other.writeStaged(writer -> {
                writer.put(organisation("second"));
                return entities(other, "first-"); // what its work sees of the first write when it starts
            }, waitingMonitor(waiting)), threads);
            assertTrue(waiting.await(1, TimeUnit.MINUTES), "the second write said that it waits");
            assertFalse(second.isDone(), "the second write waits while the first one runs");
            release.countDown();
            first.get(2, TimeUnit.MINUTES);
            assertEquals(12_000, second.get(2, TimeUnit.MINUTES), "the second write's work began after the first was applied");
            assertEquals(1, entities(store, "second"));
            assertEquals(0, stagingLeft(store));
        }
    }

    @Test
    void aWriteWaitingForAnotherCanBeCancelled() throws Exception {
        try (Neo4jStore store = TestNeo4j.emptyStore(); ExecutorService threads = Executors.newCachedThreadPool()) {
            CountDownLatch staged = new CountDownLatch(1), release = new CountDownLatch(1), waiting = new CountDownLatch(1);
            CompletableFuture<Void> first = heldWrite(store, "holding-", 1, staged, release, threads);
            assertTrue(staged.await(2, TimeUnit.MINUTES));
            NullProgressMonitor cancelling = waitingMonitor(waiting);
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> store.writeStaged(writer -> {
                writer.put(organisation("cancelled"));
                return null;
            }, cancelling), threads);
            assertTrue(waiting.await(1, TimeUnit.MINUTES));
            cancelling.setCanceled(true);
            ExecutionException failure = assertThrows(ExecutionException.class, () -> second.get(1, TimeUnit.MINUTES));
            assertInstanceOf(OperationCanceledException.class, failure.getCause());
            release.countDown();
            first.get(2, TimeUnit.MINUTES);
            assertEquals(1, entities(store, "holding-"));
            assertEquals(0, entities(store, "cancelled"));
            assertEquals(0, stagingLeft(store));
        }
    }

    @Test
    void anEditWhileAStagedWriteRunsIsRefusedAndChangesNothingThenSucceedsAfterIt() throws Exception {
        try (Neo4jStore store = TestNeo4j.emptyStore();
                Neo4jStore editor = Neo4jStore.open(TestNeo4j.settings(), PACKAGES, null);
                ExecutorService threads = Executors.newCachedThreadPool()) {
            Organisation loaded = storedAndLoaded(store, editor, "edited");
            CountDownLatch staged = new CountDownLatch(1), release = new CountDownLatch(1);
            CompletableFuture<Void> importing = heldWrite(store, "importing-", 12_000, staged, release, threads);
            try {
                assertTrue(staged.await(2, TimeUnit.MINUTES));
                loaded.setName("Renamed by an analyst");
                // the import decided what to write from the graph as it read it: it would overwrite the edit unaware
                // refused, not kept waiting for the import to end (a test thread of its own, so a wait fails here)
                StoreBusyException refused = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> assertThrows(StoreBusyException.class, () -> editor.update(loaded)));
                assertTrue(refused.getMessage().contains("is running"), refused.getMessage());
                assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> assertThrows(StoreBusyException.class, () -> editor.delete(loaded)));
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(StoreBusyException.class,
                        () -> editor.write(writer -> {
                            writer.put(organisation("written-meanwhile"));
                            return null;
                        })));
            } finally {
                release.countDown();
            }
            importing.get(2, TimeUnit.MINUTES);
            assertEquals(0, entities(store, "written-meanwhile"));
            assertEquals("Organisation edited", name(store, "edited"), "the refused edit changed nothing");
            editor.update(loaded);
            assertEquals("Renamed by an analyst", name(store, "edited"), "once the import has been applied, it is saved");
            assertEquals(12_000, entities(store, "importing-"));
        }
    }

    @Test
    void anImportStartedWhileAWriteTransactionRunsWaitsForItAndSeesIt() throws Exception {
        try (Neo4jStore store = TestNeo4j.emptyStore();
                Neo4jStore importer = Neo4jStore.open(TestNeo4j.settings(), PACKAGES, null);
                ExecutorService threads = Executors.newCachedThreadPool()) {
            CountDownLatch writing = new CountDownLatch(1), release = new CountDownLatch(1), waiting = new CountDownLatch(1);
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> store.write(writer -> {
                writer.put(organisation("written-first"));
                writing.countDown();
                await(release);
                return null;
            }), threads);
            CompletableFuture<Long> staged;
            try {
                assertTrue(writing.await(1, TimeUnit.MINUTES));
                staged = CompletableFuture.supplyAsync(() -> importer.writeStaged(writer -> {
                    writer.put(organisation("imported"));
                    return entities(importer, "written-first"); // what the import's work sees when it starts
                }, waitingMonitor(waiting)), threads);
                assertTrue(waiting.await(1, TimeUnit.MINUTES), "the import said that it waits");
                assertFalse(staged.isDone());
            } finally {
                release.countDown();
            }
            write.get(1, TimeUnit.MINUTES);
            assertEquals(1, staged.get(1, TimeUnit.MINUTES), "the import's work began after the write committed");
            assertEquals(1, entities(store, "imported"));
        }
    }

    /**
     * A write committed by a process that died while applying it is finished by the next opening of the database.
     * Until then a store opened before refuses edits, which the write's remaining batches would overwrite unaware.
     * (Here the process died after its last batch, before it deleted the write: a write with no batch left.)
     */
    @Test
    void anEditIsRefusedWhileAWriteThatADeadProcessCommittedIsUnfinished() {
        var settings = TestNeo4j.settings();
        try (Neo4jStore store = TestNeo4j.emptyStore();
                var driver = driver(settings);
                var session = driver.session()) {
            Organisation loaded = storedAndLoaded(store, store, "edited-later");
            loaded.setName("Edited once the write is finished");
            committedByADeadProcess(session);

            StoreBusyException refused = assertThrows(StoreBusyException.class, () -> store.update(loaded));
            assertTrue(refused.getMessage().contains("ended before applying all of it"), refused.getMessage());
            assertEquals("Organisation edited-later", name(store, "edited-later"));

            Neo4jStore.open(settings, PACKAGES, null).close();
            assertEquals(0, stagingLeft(store), "opening finished the write");
            store.update(loaded);
            assertEquals("Edited once the write is finished", name(store, "edited-later"));
        }
    }

    /**
     * A committed write of objects of a class that no installed model defines (a plug-in's, removed since it wrote
     * them) cannot be finished: the opening says so as a store failure, which names the class.
     */
    @Test
    void aCommittedWriteOfAClassNoInstalledModelDefinesStopsTheOpeningWithTheReason() {
        var settings = TestNeo4j.settings();
        try (Neo4jStore store = TestNeo4j.emptyStore();
                var driver = driver(settings);
                var session = driver.session()) {
            session.executeWrite(tx -> tx.run("CREATE (:_StagedWrite {id: 'of-a-removed-plug-in', status: 'committed', "
                    + "started: datetime()}), (:_StagedBatch {write: 'of-a-removed-plug-in', seq: 0, "
                    + "class: 'acme.Gadget', rows: $rows})", Map.of("rows", new byte[0])).consume());
            try {
                StoreException refused = assertThrows(StoreException.class,
                        () -> Neo4jStore.open(settings, PACKAGES, null).close());
                assertTrue(refused.getMessage().contains("could not be finished")
                        && refused.getMessage().contains("acme.Gadget"), refused.getMessage());
            } finally {
                session.executeWrite(tx -> tx.run("MATCH (n) WHERE n:_StagedWrite OR n:_StagedBatch DETACH DELETE n")
                        .consume());
            }
        }
    }

    /**
     * Readers learn from the view how many staged writes were committed, so that one that reads in several transactions
     * can tell whether a write was applied meanwhile. A write that a dead process committed is finished by the reader
     * that meets it, as the next opening of the database would, rather than waited for without end.
     */
    @Test
    void theViewCountsCommittedWritesAndAReaderFinishesAWriteThatADeadProcessCommitted() {
        var settings = TestNeo4j.settings();
        try (Neo4jStore store = TestNeo4j.emptyStore();
                var driver = driver(settings);
                var session = driver.session()) {
            long before = store.view().awaitAppliedWrites(new NullProgressMonitor());
            store.writeStaged(writer -> {
                writer.put(organisation("counted"));
                return null;
            }, new NullProgressMonitor());
            assertEquals(before + 1, store.view().awaitAppliedWrites(new NullProgressMonitor()));

            committedByADeadProcess(session);
            long seen = assertTimeoutPreemptively(Duration.ofMinutes(1),
                    () -> store.view().awaitAppliedWrites(new NullProgressMonitor()));
            assertEquals(before + 1, seen, "counted when committed (here by hand, without counting), not when finished");
            assertEquals(0, stagingLeft(store), "the reader finished the write");
        }
    }

    /**
     * An edit whose transaction ends while it waits for a lock (here an administrator's {@code TERMINATE}; the edit's
     * 30-second timeout ends it the same way) is refused as busy only when a writer holds the database's lock by then:
     * otherwise the server's error goes through as it is, not a refusal that would send the analyst to wait for an
     * import that does not run.
     */
    @Test
    void anEditEndedWhileItWaitsIsRefusedAsBusyOnlyWhenAWriterHoldsTheLockThen() throws Exception {
        var settings = TestNeo4j.settings();
        try (Neo4jStore store = TestNeo4j.emptyStore();
                Neo4jStore editor = Neo4jStore.open(settings, PACKAGES, null);
                var driver = driver(settings);
                ExecutorService threads = Executors.newCachedThreadPool()) {
            Organisation loaded = storedAndLoaded(store, editor, "waited-on");
            loaded.setName("Renamed while another transaction holds it");

            RuntimeException terminated = editEndedWhileItWaits(editor, loaded, driver, threads, false);
            assertFalse(terminated instanceof StoreBusyException, terminated.toString());
            assertTrue(terminated.getMessage().toLowerCase().contains("terminated"), terminated.getMessage());

            // the queued writer and the edit's probe race for the lock the edit frees (the server does not grant it in
            // the order asked), and the writer wins nearly always: so a few tries, each of which must end one way or
            // the other
            RuntimeException busy = null;
            for (int attempt = 0; attempt < 5 && !(busy instanceof StoreBusyException); attempt++) {
                busy = editEndedWhileItWaits(editor, loaded, driver, threads, true);
                assertTrue(busy instanceof StoreBusyException || busy.getMessage().toLowerCase().contains("terminated"),
                        busy.toString());
            }
            assertInstanceOf(StoreBusyException.class, busy);
            assertTrue(busy.getMessage().contains("is running"), busy.getMessage());

            assertEquals("Organisation waited-on", name(store, "waited-on"), "neither edit changed anything");
            editor.update(loaded);
            assertEquals("Renamed while another transaction holds it", name(store, "waited-on"));
        }
    }

    /**
     * Runs {@code editor.update(loaded)} while a transaction of the driver's holds the object's node, so that the edit
     * waits with the database's lock taken; then, when {@code writerQueued}, queues a transaction for the database's
     * lock behind the edit, as a staged write starting meanwhile does; terminates the edit's transaction and returns
     * how the edit failed. Every transaction of the driver's is rolled back before it returns.
     */
    private static RuntimeException editEndedWhileItWaits(Neo4jStore editor, Organisation loaded,
            org.neo4j.driver.Driver driver, ExecutorService threads, boolean writerQueued) throws Exception {
        try (var holderSession = driver.session(); var holder = holderSession.beginTransaction();
                var writerSession = driver.session(); var admin = driver.session()) {
            holder.run("MATCH (e:Entity {id: $key}) SET e.heldBy = 'test'", Map.of("key", loaded.getId())).consume();
            CompletableFuture<Void> edit = CompletableFuture.runAsync(() -> editor.update(loaded), threads);
            String editTransaction = waitForTransaction(admin, "currentQuery CONTAINS 'REMOVE n.`_lock`'");
            CompletableFuture<org.neo4j.driver.Transaction> writer = null;
            if (writerQueued) {
                writer = CompletableFuture.supplyAsync(() -> {
                    var tx = writerSession.beginTransaction(org.neo4j.driver.TransactionConfig.builder()
                            .withMetadata(Map.of("test", "queued writer")).build());
                    tx.run("MATCH (l:_StagedWriteLock) SET l.held = true").consume();
                    return tx;
                }, threads);
                waitForTransaction(admin, "metaData.test = 'queued writer'");
            }
            admin.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", List.of(editTransaction))).consume();
            ExecutionException failure = assertThrows(ExecutionException.class, () -> edit.get(2, TimeUnit.MINUTES));
            if (writer != null) {
                writer.get(1, TimeUnit.MINUTES).rollback();
            }
            holder.rollback();
            return assertInstanceOf(RuntimeException.class, failure.getCause());
        }
    }

    /** The id of the running transaction that meets {@code condition} (a constant of this class), once it runs. */
    private static String waitForTransaction(org.neo4j.driver.Session admin, String condition)
            throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            List<String> ids = admin.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery, metaData "
                    + "WHERE " + condition + " RETURN transactionId").list(r -> r.get("transactionId").asString());
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no transaction met " + condition);
    }

    @Test
    void aWriteAfterTheLockNodeWasWipedMakesItAgainAndHoldsIt() {
        try (Neo4jStore store = TestNeo4j.emptyStore()) {
            TestNeo4j.wipe(); // the graph wiped while the store is open: the lock node is gone
            assertEquals(0, lockNodes(store));
            store.write(writer -> {
                writer.put(organisation("after-wipe"));
                return null;
            });
            assertEquals(1, lockNodes(store), "made again, so that the write's transaction held it");
            assertEquals(1, entities(store, "after-wipe"));
        }
    }

    private static long lockNodes(Neo4jStore store) {
        return store.query("MATCH (l:_StagedWriteLock) RETURN count(l) AS n", Map.of(), r -> r.get("n").asLong()).get(0);
    }

    /** A driver of the test's own, for what the store does not do (hold a node, create what a dead process left). */
    private static org.neo4j.driver.Driver driver(org.longarm.store.neo4j.Neo4jSettings settings) {
        return org.neo4j.driver.GraphDatabase.driver(settings.uri(),
                org.neo4j.driver.AuthTokens.basic(settings.user(), new String(settings.password())));
    }

    private static String name(Neo4jStore store, String key) {
        return store.query("MATCH (e:Entity {id: $key}) RETURN e.name AS name", Map.of("key", key),
                r -> r.get("name").asString()).get(0);
    }

    /** A staged write of {@code count} organisations that, once they are staged, waits for {@code release}. */
    private static CompletableFuture<Void> heldWrite(Neo4jStore store, String prefix, int count, CountDownLatch staged,
            CountDownLatch release, Executor thread) {
        return CompletableFuture.runAsync(() -> store.writeStaged(writer -> {
            for (int i = 0; i < count; i++) {
                writer.put(organisation(prefix + i));
            }
            writer.flush();
            staged.countDown();
            await(release);
            return null;
        }, new NullProgressMonitor()), thread);
    }

    /** A monitor that counts {@code waiting} down when a write says that it waits for another. */
    private static NullProgressMonitor waitingMonitor(CountDownLatch waiting) {
        return new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.startsWith("Waiting for another import")) {
                    waiting.countDown();
                }
            }
        };
    }

    @Test
    void aWriteWhoseLockTheServerEndedWritesNothing() throws Exception {
        ExecutorService threads = Executors.newCachedThreadPool();
        try (Neo4jStore store = Neo4jStore.open(TestNeo4j.settings(), PACKAGES, null)) {
            CountDownLatch staged = new CountDownLatch(1), release = new CountDownLatch(1);
            CompletableFuture<Void> write = heldWrite(store, "orphaned-", 100, staged, release, threads);
            assertTrue(staged.await(2, TimeUnit.MINUTES));
            // what an administrator's TERMINATE TRANSACTIONS (or a server's transaction timeout) does to the lock
            var settings = TestNeo4j.settings();
            try (var driver = org.neo4j.driver.GraphDatabase.driver(settings.uri(),
                    org.neo4j.driver.AuthTokens.basic(settings.user(), new String(settings.password())));
                    var session = driver.session()) {
                List<String> ids = session.run("SHOW TRANSACTIONS YIELD transactionId, metaData "
                        + "WHERE metaData.longarm = $name RETURN transactionId", Map.of("name", "staged-write-lock"))
                        .list(r -> r.get("transactionId").asString());
                assertEquals(1, ids.size(), "the lock's transaction is found by its metadata");
                session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
            }
            release.countDown();
            ExecutionException failure = assertThrows(ExecutionException.class, () -> write.get(2, TimeUnit.MINUTES));
            assertTrue(failure.getCause().getMessage().contains("lost the database's write lock"),
                    failure.getCause().getMessage());
            assertEquals(0, entities(store, "orphaned-"), "nothing was written");
            assertEquals(0, stagingLeft(store));
            store.writeStaged(writer -> { // and the next write takes the lock as usual
                writer.put(organisation("after"));
                return null;
            }, null);
            assertEquals(1, entities(store, "after"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aWriteWhoseServerDiesBeforeItsCommitPointIsUndoneOnTheNextOpen() throws Exception {
        assertRecoveredAfterKill("staging", 0);
    }

    @Test
    void aWriteWhoseServerDiesWhileItIsAppliedIsFinishedOnTheNextOpen() throws Exception {
        assertRecoveredAfterKill("committed", 100_000);
    }

    /** Kills the server with SIGKILL once the write reaches {@code status}, restarts it, and checks the outcome. */
    private static void assertRecoveredAfterKill(String status, long expected) throws Exception {
        Path dataDir = TestNeo4j.newDataDir("longarm-staged");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(), TestNeo4j.RESOURCES, false,
                Duration.ofMinutes(3));
        Neo4jStore store = Neo4jStore.open(server.settings(), PACKAGES, null);
        CompletableFuture<Throwable> doomed;
        // open before the write starts: a write that ended while the watcher opened would never be seen at its status
        try (Neo4jStore watcher = Neo4jStore.open(server.settings(), PACKAGES, null)) {
            doomed = CompletableFuture.supplyAsync(() -> {
                try {
                    // before its commit point the write stages until the server dies; after, it stages `expected` objects
                    long count = "staging".equals(status) ? 10_000_000 : expected;
                    store.writeStaged(writer -> {
                        for (int i = 0; i < count; i++) {
                            writer.put(organisation("doomed-" + i));
                        }
                        return null;
                    }, new NullProgressMonitor());
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!reached(watcher, status) && !doomed.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(reached(watcher, status), () -> "the write reached " + status
                    + (doomed.isDone() ? "; it ended before: " + doomed.getNow(null) : ""));
        }
        ProcessHandle.of(server.pid()).orElseThrow().destroyForcibly(); // SIGKILL
        Throwable failure = doomed.get(3, TimeUnit.MINUTES);
        assertNotNull(failure, "the write in flight failed when the server died");
        if ("committed".equals(status)) {
            assertInstanceOf(StoreException.class, failure);
            assertTrue(failure.getMessage().contains("finished the next time"), failure.getMessage());
        }
        store.close();

        EmbeddedNeo4j restarted = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(), TestNeo4j.RESOURCES,
                false, Duration.ofMinutes(3));
        List<String> subTasks = new java.util.concurrent.CopyOnWriteArrayList<>();
        NullProgressMonitor opening = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                subTasks.add(name);
            }
        };
        try (Neo4jStore reopened = Neo4jStore.open(restarted.settings(), PACKAGES, opening)) {
            assertEquals(expected, entities(reopened, "doomed-"));
            assertEquals(0, stagingLeft(reopened), "the next open removed the staging");
            if ("committed".equals(status)) {
                // finishing the write takes as long as applying it: the batches are shown as they are applied
                assertTrue(subTasks.stream().anyMatch(t -> t.matches("Applying batch \\d+ of \\d+: Organisation")),
                        "the open reported the batches it finished: " + subTasks);
            } else {
                assertTrue(subTasks.isEmpty(), "undoing a write applies no batch: " + subTasks);
            }
        } finally {
            restarted.stop();
        }
    }

    private static boolean reached(Neo4jStore store, String status) {
        return switch (status) {
            case "staging" -> store.query("MATCH (b:_StagedBatch) RETURN count(b) AS n", Map.of(),
                    r -> r.get("n").asLong()).get(0) >= 3;
            default -> !store.query("MATCH (w:_StagedWrite {status: $status}) RETURN w", Map.of("status", status),
                    r -> r).isEmpty();
        };
    }

    private static long entities(Neo4jStore store, String prefix) {
        return store.query("MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN count(e) AS n",
                Map.of("prefix", prefix), r -> r.get("n").asLong()).get(0);
    }

    /** A write that a process committed and died before it had applied it all (here: with no batch left). */
    private static void committedByADeadProcess(org.neo4j.driver.Session session) {
        session.executeWrite(tx -> tx.run("CREATE (:_StagedWrite {id: 'of-a-dead-process', status: 'committed', "
                + "started: datetime()})").consume());
    }

    private static long stagingLeft(Neo4jStore store) {
        return store.query("MATCH (n) WHERE n:_StagedWrite OR n:_StagedBatch RETURN count(n) AS n", Map.of(),
                r -> r.get("n").asLong()).get(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Organisation organisation(String key) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(key);
        organisation.setName("Organisation " + key);
        return organisation;
    }

    /** Stores an organisation through {@code store} and loads it back through {@code editor}, as an edit starts. */
    private static Organisation storedAndLoaded(Neo4jStore store, Neo4jStore editor, String key) {
        store.write(writer -> {
            writer.put(organisation(key));
            return null;
        });
        return (Organisation) editor.get(LongarmPackage.Literals.ORGANISATION, key).orElseThrow();
    }
}
