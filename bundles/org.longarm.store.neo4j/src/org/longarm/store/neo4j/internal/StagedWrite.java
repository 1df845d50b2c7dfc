package org.longarm.store.neo4j.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.store.ModelStore.StoreWork;
import org.longarm.core.store.ModelWriter;
import org.longarm.core.store.StoreBusyException;
import org.longarm.core.store.StoreException;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * A write larger than one transaction can hold. Rows are staged as packed batches ({@code :_StagedBatch}, each in a
 * transaction of its own) under a {@code :_StagedWrite} node; flipping that node's status to {@code committed} is the
 * commit point; then each batch is applied and deleted in one transaction. While a write runs, its process holds the
 * write lock of the write's {@code :_StagedWriteOwner} node in an open transaction: the lock dies with the process
 * (or the server), which is how {@link #recover} tells an abandoned write from a running one. An abandoned write is
 * undone when it was not committed and finished when it was.
 *
 * <p>Staged writes to one database run one at a time: each holds the write lock of the database's one
 * {@code :_StagedWriteLock} node, the same way, from before its work starts until it has been applied. Work that
 * reads the graph to decide what to write (an import checking which statements are newer than the stored ones)
 * therefore never races another write's applying, in this process or another. A write that finds the lock held
 * waits, and can be cancelled while it waits. A staged write started by another's work, on its thread, runs in that
 * write's turn (waiting would never end): the importer's second pass, written before its first pass is discarded.
 */
final class StagedWrite {

    static final String WRITE = "_StagedWrite", OWNER = "_StagedWriteOwner", BATCH = "_StagedBatch",
            LOCK = "_StagedWriteLock";
    private static final String STAGING = "staging", COMMITTED = "committed";
    /** How long {@link #recover} waits for an owner's lock before it concludes the owner is alive. */
    private static final Duration OWNER_PROBE = Duration.ofSeconds(2);
    /** How long one attempt to take the database's lock waits before the waiting write checks for cancellation. */
    private static final Duration LOCK_PROBE = Duration.ofSeconds(1);
    /** How long a waiting write pauses after an attempt that ended before its time was up. */
    private static final Duration LOCK_RETRY_PAUSE = Duration.ofMillis(200);
    private static final String TAKE_LOCK = "MATCH (l:" + LOCK + ") SET l.held = true RETURN count(l) AS locked";
    /**
     * Locks are held by transactions without a timeout: a server's default ({@code db.transaction.timeout}) would end
     * them in the middle of a long write.
     */
    private static final TransactionConfig HOLD = TransactionConfig.builder().withTimeout(Duration.ZERO).build();
    /** The database lock's transaction, named in {@code SHOW TRANSACTIONS} for an administrator looking for it. */
    private static final TransactionConfig HOLD_DATABASE_LOCK = TransactionConfig.builder().withTimeout(Duration.ZERO)
            .withMetadata(Map.of("longarm", "staged-write-lock")).build();

    private final StoreEngine engine;
    private final String id;
    private Session ownerSession;
    private Transaction ownerLock;
    private boolean serverGone;

    private StagedWrite(StoreEngine engine, String id) {
        this.engine = engine;
        this.id = id;
    }

    /** Takes the database's staged-write lock for the transaction that runs it. */
    private static final String EXCLUDE_STAGED_WRITES = "MATCH (l:" + LOCK + ") SET l.`_lock` = true REMOVE l.`_lock`";
    /**
     * An edit's transaction: a few statements on the objects of one change, which may wait this long for a staged write that took
     * the lock between the edit's probe and its transaction.
     */
    private static final TransactionConfig EDIT = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();
    private static final String RUNNING = "an import (or other large write) to this database is running; nothing was "
            + "changed: try again when it has finished";
    /**
     * Found with the lock free, a committed write is one whose process ended while applying it: its remaining batches
     * will be applied over whatever is written meanwhile.
     */
    private static final String UNFINISHED_WRITE = "MATCH (w:" + WRITE + " {status: $committed}) RETURN count(w) > 0 AS found";
    private static final String UNFINISHED = "an import to this database was committed, and its process ended before "
            + "applying all of it; nothing was changed: it is finished the next time Longarm opens this database, "
            + "imports into it or computes verdicts on it";

    /**
     * Runs a single-transaction write, unless a staged write runs on the database: that write decided what to write
     * from the graph as it read it, and would overwrite this one unaware of it. The lock is probed first (a second at
     * most), so that a running staged write refuses it at once; the transaction then holds the lock itself, so that
     * none starts before it has committed.
     *
     * @param edit whether the write is an edit (the objects of one change), whose transaction waits at most {@link #EDIT} for a
     *            staged write that began meanwhile (a larger write waits for it)
     * @throws StoreBusyException when a staged write runs
     */
    static <T> T excludingStagedWrites(StoreEngine engine, boolean edit, TransactionCallback<T> work) {
        LockState state = DatabaseLock.probe(engine);
        if (state == LockState.MISSING) {
            remakeLockNode(engine); // so that the transaction below holds it
            state = DatabaseLock.probe(engine);
        }
        if (state == LockState.HELD) {
            throw new StoreBusyException(RUNNING);
        }
        AtomicInteger attempts = new AtomicInteger();
        try (Session session = engine.session()) {
            return session.executeWrite(tx -> {
                attempts.incrementAndGet();
                tx.run(EXCLUDE_STAGED_WRITES).consume();
                if (tx.run(UNFINISHED_WRITE, Map.of("committed", COMMITTED)).single().get("found").asBoolean()) {
                    throw new StoreBusyException(UNFINISHED);
                }
                return work.execute(tx);
            }, edit ? EDIT : TransactionConfig.empty());
        } catch (RuntimeException failure) {
            if (!(failure instanceof Neo4jException e)) {
                // a check's refusal (a version conflict) in an attempt after one that lost the server may only have met
                // what that attempt committed
                if (failure instanceof StoreException && attempts.get() > 1 && anEarlierAttemptLostTheServer(failure)) {
                    throw new StoreException("the connection to the database was lost while this was written, and "
                            + "trying again failed (" + failure.getMessage() + "): the first attempt may have been "
                            + "stored", failure);
                }
                throw failure;
            }
            // ended by its timeout (or the server's) while it waited: busy only if a writer holds the lock now, since an
            // administrator's TERMINATE or an edit's own slow work end it the same way; and never after an attempt that
            // lost the server, whose commit may have happened (the driver keeps earlier attempts as suppressed)
            if (unreachable(e) || anEarlierAttemptLostTheServer(e) || !DatabaseLock.endedWaitingForALock(e.code())) {
                throw e;
            }
            LockState now;
            try {
                now = DatabaseLock.probe(engine);
            } catch (RuntimeException probeFailure) {
                e.addSuppressed(probeFailure);
                throw e;
            }
            if (now == LockState.HELD) {
                throw new StoreBusyException(RUNNING, e);
            }
            throw e;
        }
    }

    /** The database lock that this thread's staged write holds, with the engine it was taken on. */
    private static final ThreadLocal<HeldLock> HELD = new ThreadLocal<>();

    private record HeldLock(StoreEngine engine, DatabaseLock lock) {
    }

    static <T> T run(StoreEngine engine, StoreWork<T> work, IProgressMonitor monitor) {
        HeldLock outer = HELD.get();
        if (outer != null && outer.engine() == engine) {
            return runLocked(engine, work, outer.lock(), monitor);
        }
        try (DatabaseLock lock = DatabaseLock.take(engine, monitor)) {
            HELD.set(new HeldLock(engine, lock));
            try {
                // a write abandoned while this process already had the database open: it goes before this one, and
                // reports only its batches, since the caller's monitor measures this write
                recoverAbandoned(engine, new SubTasksOnly(monitor == null ? new NullProgressMonitor() : monitor));
                return runLocked(engine, work, lock, monitor);
            } finally {
                HELD.set(outer);
            }
        }
    }

    private static <T> T runLocked(StoreEngine engine, StoreWork<T> work, DatabaseLock lock, IProgressMonitor monitor) {
        StagedWrite write = new StagedWrite(engine, UUID.randomUUID().toString());
        try {
            // a write begun but not owned (the server failed in between) is undone by the next recovery
            write.begin();
            T result;
            Stager stager = write.new Stager();
            try {
                result = work.run(stager);
                stager.finish();
            } catch (RuntimeException | Error e) {
                stager.abandon();
                if (unreachable(e)) {
                    // clean-up would only wait out the driver's retries; the next open of the database undoes it
                    write.serverGone = true;
                } else {
                    write.discard();
                }
                throw e;
            }
            try {
                // a lock ended by the server (a terminated transaction, a lost connection) let others in meanwhile
                lock.confirmHeld();
                write.confirmOwned();
            } catch (RuntimeException e) {
                write.discard();
                throw e;
            }
            try {
                write.commit();
            } catch (RuntimeException e) {
                if (!unreachable(e) && !anEarlierAttemptLostTheServer(e)) {
                    throw e;
                }
                write.serverGone = unreachable(e);
                throw new StoreException("the connection to the database was lost while this write was committed ("
                        + e.getMessage() + "): it may have been; if so, it is finished the next time Longarm opens "
                        + "this database", e);
            }
            try {
                write.apply(monitor);
            } catch (RuntimeException e) {
                write.serverGone = unreachable(e);
                throw new StoreException("the write was committed, but applying it failed (" + e.getMessage()
                        + "); it is finished the next time Longarm opens this database", e);
            }
            return result;
        } finally {
            write.release();
        }
    }

    /**
     * Undoes every abandoned write that was not committed and finishes every abandoned write that was; leaves the
     * writes of running processes alone.
     */
    static void recover(StoreEngine engine, IProgressMonitor monitor) {
        if (abandonedWrites(engine).isEmpty()) {
            return; // the usual case: opening does not wait for the database's lock while another process writes
        }
        try (DatabaseLock lock = DatabaseLock.take(engine, monitor)) {
            recoverAbandoned(engine, monitor);
        }
    }

    /** The writes whose owners are gone. */
    private static List<StagedWrite> abandonedWrites(StoreEngine engine) {
        List<String> ids;
        try (Session session = engine.session()) {
            ids = session.executeRead(tx -> tx.run("MATCH (w:" + WRITE + ") RETURN w.id AS id").list(r -> r.get("id").asString()));
        }
        List<StagedWrite> abandoned = new ArrayList<>();
        for (String id : ids) {
            StagedWrite write = new StagedWrite(engine, id);
            if (write.ownerIsGone()) {
                abandoned.add(write);
            }
        }
        return abandoned;
    }

    /** {@link #recover}, with the database's lock held. */
    private static void recoverAbandoned(StoreEngine engine, IProgressMonitor monitor) {
        for (StagedWrite write : abandonedWrites(engine)) {
            try {
                write.takeOwnership();
                String status = write.status();
                if (COMMITTED.equals(status)) {
                    // the task says why opening takes this long; the batches follow as sub-tasks
                    try {
                        write.apply(SubMonitor.convert(monitor, "Finishing a write that an earlier Longarm process committed",
                                1).newChild(1, SubMonitor.SUPPRESS_BEGINTASK));
                    } catch (OperationCanceledException e) {
                        throw e;
                    } catch (RuntimeException e) { // also a class that no installed model defines (a plug-in's)
                        if (unreachable(e)) {
                            throw e;
                        }
                        // said plainly: it comes before, and stops, whatever write or opening found it
                        throw new StoreException("a write that an earlier Longarm process committed could not be finished ("
                                + e.getMessage() + "); it is tried again before the next write to this database", e);
                    }
                } else if (status != null) {
                    write.discard();
                }
            } finally {
                write.release();
            }
        }
    }

    private void begin() {
        try (Session session = engine.session()) {
            session.executeWrite(tx -> tx.run("CREATE (:" + WRITE + " {id: $id, status: $status, started: datetime()}), "
                    + "(:" + OWNER + " {write: $id})", Map.of("id", id, "status", STAGING)).consume());
        }
        takeOwnership();
    }

    private void takeOwnership() {
        ownerSession = engine.session();
        ownerLock = ownerSession.beginTransaction(HOLD);
        ownerLock.run("MATCH (o:" + OWNER + " {write: $id}) SET o.held = true", Map.of("id", id)).consume();
    }

    /** Fails when the server ended the transaction that holds this write's owner lock. */
    private void confirmOwned() {
        try {
            ownerLock.run("RETURN 1").consume();
        } catch (Neo4jException e) {
            throw new StoreException("this write lost the lock that marks it as running (" + e.getMessage()
                    + "); nothing was written", e);
        }
    }

    private boolean ownerIsGone() {
        try (Session session = engine.session();
                Transaction probe = session.beginTransaction(TransactionConfig.builder().withTimeout(OWNER_PROBE).build())) {
            probe.run("MATCH (o:" + OWNER + " {write: $id}) SET o.held = true", Map.of("id", id)).consume();
            probe.rollback();
            return true;
        } catch (Neo4jException e) {
            return false; // the lock is held: a live process is writing
        }
    }

    private String status() {
        try (Session session = engine.session()) {
            List<Value> status = session.executeRead(tx -> tx.run("MATCH (w:" + WRITE + " {id: $id}) RETURN w.status AS s",
                    Map.of("id", id)).list(r -> r.get("s")));
            return status.isEmpty() ? null : status.get(0).asString();
        }
    }

    private void stage(long seq, EClass eClass, List<Map<String, Object>> rows) {
        byte[] packed = RowCodec.encode(rows);
        try (Session session = engine.session()) {
            session.executeWrite(tx -> tx.run("CREATE (:" + BATCH + " {write: $id, seq: $seq, class: $class, rows: $rows})",
                    Map.of("id", id, "seq", seq, "class", engine.mapping().of(eClass).classTag, "rows", packed)).consume());
        }
    }

    /**
     * Commits the write, and counts it on the schema node, where readers look for writes applied meanwhile. A retry
     * after a commit whose answer was lost finds the write committed and counts it no second time.
     */
    private void commit() {
        try (Session session = engine.session()) {
            session.executeWrite(tx -> tx.run("MATCH (w:" + WRITE + " {id: $id}) WHERE w.status <> $status "
                    + "SET w.status = $status "
                    + "WITH w OPTIONAL MATCH (s:`_LongarmSchema` {id: 'schema'}) "
                    + "SET s.committedWrites = coalesce(s.committedWrites, 0) + 1",
                    Map.of("id", id, "status", COMMITTED)).consume());
        }
    }

    private static final String COMMITTED_WRITES = "OPTIONAL MATCH (s:`_LongarmSchema` {id: 'schema'}) "
            + "RETURN coalesce(s.committedWrites, 0) AS committed";

    /**
     * Waits while a committed write is being applied, then returns how many writes have been committed to the database
     * (see {@code GraphView.awaitAppliedWrites}). A committed write whose process ended is finished first, as the next
     * opening of the database would.
     */
    static long awaitApplied(StoreEngine engine, IProgressMonitor given) {
        IProgressMonitor monitor = given == null ? new NullProgressMonitor() : given;
        HeldLock held = HELD.get();
        boolean holdingTheLock = held != null && held.engine() == engine;
        while (true) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            long[] committed = new long[1];
            boolean applying;
            try (Session session = engine.session()) {
                // the count first: a write committed between the two reads is then seen applying, not counted unseen
                applying = session.executeRead(tx -> {
                    committed[0] = tx.run(COMMITTED_WRITES).single().get("committed").asLong();
                    return tx.run(UNFINISHED_WRITE, Map.of("committed", COMMITTED)).single().get("found").asBoolean();
                });
            }
            // this thread's own staged write found none of another process unfinished when it took the lock
            if (!applying || holdingTheLock) {
                return committed[0];
            }
            long started = System.nanoTime();
            if (DatabaseLock.probe(engine) != LockState.HELD) {
                // a write whose process ended; or, if its process lives but lost the lock, nothing to do but wait
                recover(engine, new SubTasksOnly(monitor));
            }
            // said again after every probe, so that a progress line in a log shows the wait going on
            monitor.subTask("Waiting for an import to this database to be applied to the end");
            DatabaseLock.pauseIfRefusedAtOnce(started);
        }
    }

    private enum LockState { FREE, HELD, MISSING }

    /** One staged batch: its sequence number and the class of its rows. */
    private record Batch(long seq, EClass eClass) {
    }

    /**
     * Applies the batches, each with its deletion in one transaction: first those of node classes that refer to or
     * contain other objects, in the order they were staged; then the edges, and meanwhile, on a second connection, the
     * batches of "leaf" classes. A leaf class (a {@code Source}, say) has no references, no children and ends no edge,
     * so that its upserts and the edges' lock disjoint sets of nodes, while the nodes that refer to its objects have
     * all been written before. The server then works on two transactions at once. In each lane the next batch is read
     * and unpacked on another thread while the server applies the current one. The leaf batches staged after every
     * other batch are applied last, once both lanes are done: what a write stages at its end, as an import its own
     * record, is then present only when everything before it is, also when the process dies while applying.
     */
    private void apply(IProgressMonitor monitor) {
        List<Batch> batches;
        try (Session session = engine.session()) {
            batches = session.executeRead(tx -> tx.run("MATCH (b:" + BATCH + " {write: $id}) "
                    + "RETURN b.seq AS seq, b.class AS class ORDER BY seq", Map.of("id", id))
                    .list(r -> new Batch(r.get("seq").asLong(), engine.mapping().classOf(r.get("class").asString()))));
        }
        Set<EClass> leaves = leafClasses(batches.stream().map(Batch::eClass).collect(Collectors.toSet()));
        int trailingLeaves = batches.size();
        while (trailingLeaves > 0 && leaves.contains(batches.get(trailingLeaves - 1).eClass())) {
            trailingLeaves--;
        }
        List<Batch> nodes = new ArrayList<>(), edges = new ArrayList<>(), leafBatches = new ArrayList<>();
        for (Batch batch : batches.subList(0, trailingLeaves)) {
            (leaves.contains(batch.eClass()) ? leafBatches
                    : engine.mapping().of(batch.eClass()).edge != null ? edges : nodes).add(batch);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Applying the staged write", batches.size());
        AtomicInteger applied = new AtomicInteger();
        int[] reported = { 0 };
        // the monitor is the caller's: only this thread reports; the leaves' lane counts and says which class it applies
        Consumer<EClass> starting = eClass -> {
            int done = applied.get();
            progress.subTask("Applying batch " + (done + 1) + " of " + batches.size() + ": " + eClass.getName());
            progress.worked(done - reported[0]);
            reported[0] = done;
        };
        applyInOrder(nodes, starting, applied);
        ExecutorService leafLane = thread("Longarm staged write " + id + " leaves");
        try {
            AtomicReference<EClass> leafApplying = new AtomicReference<>();
            Future<?> leafWork = leafLane.submit(() -> applyInOrder(leafBatches, leafApplying::set, applied));
            applyInOrder(edges, starting, applied);
            if (!leafBatches.isEmpty()) {
                // the leaves' lane may go on alone for a while (all of it, when a write has no edges): its batches
                // are reported from here every second, as they are applied
                while (!doneWithin(leafWork, Duration.ofSeconds(1))) {
                    EClass applying = leafApplying.get();
                    starting.accept(applying != null ? applying : leafBatches.get(0).eClass());
                }
            }
            await(leafWork);
        } finally {
            leafLane.shutdownNow();
        }
        applyInOrder(batches.subList(trailingLeaves, batches.size()), starting, applied);
        progress.worked(applied.get() - reported[0]);
        try (Session session = engine.session()) {
            session.executeWrite(tx -> tx.run("MATCH (w:" + WRITE + " {id: $id}) DELETE w", Map.of("id", id)).consume());
        }
    }

    /** The node classes among {@code classes} without references or children that no edge class ends at. */
    private Set<EClass> leafClasses(Set<EClass> classes) {
        Set<String> endpoints = new HashSet<>();
        for (EClass eClass : classes) {
            ClassMapping m = engine.mapping().of(eClass);
            if (m.edge != null) {
                endpoints.add(engine.mapping().of(m.edge.from().getEReferenceType()).keyLabel());
                endpoints.add(engine.mapping().of(m.edge.to().getEReferenceType()).keyLabel());
            }
        }
        Set<EClass> leaves = new HashSet<>();
        for (EClass eClass : classes) {
            ClassMapping m = engine.mapping().of(eClass);
            if (m.edge == null && m.references.isEmpty() && m.children.isEmpty() && !endpoints.contains(m.keyLabel())) {
                leaves.add(eClass);
            }
        }
        return leaves;
    }

    /**
     * Applies batches one after the other, reading the next while the server applies the current one; says which
     * class each batch is before it is applied, and counts it after.
     */
    private void applyInOrder(List<Batch> batches, Consumer<EClass> starting, AtomicInteger applied) {
        ExecutorService readingThread = thread("Longarm staged write " + id + " reader");
        try {
            Future<List<Map<String, Object>>> next = batches.isEmpty() ? null
                    : readingThread.submit(() -> readBatch(batches.get(0).seq()));
            for (int i = 0; i < batches.size(); i++) {
                Batch batch = batches.get(i);
                starting.accept(batch.eClass());
                List<Map<String, Object>> rows = await(next);
                if (i + 1 < batches.size()) {
                    long following = batches.get(i + 1).seq();
                    next = readingThread.submit(() -> readBatch(following));
                }
                try (Session session = engine.session()) {
                    session.executeWrite(tx -> {
                        // deleted first: a batch that is gone was applied already (a retry after a lost reply)
                        long deleted = tx.run("MATCH (b:" + BATCH + " {write: $id, seq: $seq}) DELETE b RETURN count(*) AS n",
                                Map.of("id", id, "seq", batch.seq())).single().get("n").asLong();
                        if (deleted > 0 && rows != null) {
                            engine.statements().upsert(tx, batch.eClass(), rows);
                        }
                        return null;
                    });
                }
                applied.incrementAndGet();
            }
        } finally {
            readingThread.shutdownNow();
        }
    }

    /** The rows of one staged batch, or null when it is gone. */
    private List<Map<String, Object>> readBatch(long seq) {
        try (Session session = engine.session()) {
            List<byte[]> packed = session.executeRead(tx -> tx.run("MATCH (b:" + BATCH + " {write: $id, seq: $seq}) "
                    + "RETURN b.rows AS rows", Map.of("id", id, "seq", seq)).list(r -> r.get("rows").asByteArray()));
            return packed.isEmpty() ? null : RowCodec.decode(packed.get(0));
        }
    }

    /** Deletes what was staged, a slice per transaction. */
    private void discard() {
        try (Session session = engine.session()) {
            long deleted;
            do {
                deleted = session.executeWrite(tx -> tx.run("MATCH (b:" + BATCH + " {write: $id}) WITH b LIMIT 200 "
                        + "DELETE b RETURN count(*) AS n", Map.of("id", id)).single().get("n").asLong());
            } while (deleted > 0);
            session.executeWrite(tx -> tx.run("MATCH (w:" + WRITE + " {id: $id}) DELETE w", Map.of("id", id)).consume());
        } catch (Neo4jException e) {
            // the failure that made us discard is the one to report; leftovers are removed by the next recover
        }
    }

    /** Ends the lock transaction, then deletes the owner node once the write is gone. */
    private void release() {
        try {
            if (ownerLock != null) {
                ownerLock.rollback();
                ownerLock.close();
            }
            if (ownerSession != null && !serverGone) {
                ownerSession.executeWrite(tx -> tx.run("MATCH (o:" + OWNER + " {write: $id}) "
                        + "WHERE NOT EXISTS { MATCH (w:" + WRITE + " {id: $id}) } DELETE o", Map.of("id", id)).consume());
            }
        } catch (Neo4jException e) {
            // an unreachable server: the owner node stays until a later recover
        } finally {
            if (ownerSession != null) {
                ownerSession.close();
            }
        }
    }

    /** One daemon thread for work that overlaps with the caller's: it must not keep the JVM alive. */
    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(name).factory());
    }

    /** Whether work on another thread has ended (well or not) within {@code wait}. */
    private static boolean doneWithin(Future<?> work, Duration wait) {
        try {
            work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // its failure is rethrown by await
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted during a staged write", e);
        }
    }

    /** The result of work on another thread; its failure is rethrown as it was thrown there. */
    private static <V> V await(Future<V> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted during a staged write", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new StoreException("a staged write failed: " + e.getCause(), e.getCause());
        }
    }

    /** Whether the driver tried before the attempt that failed with {@code e} and that try lost the server. */
    private static boolean anEarlierAttemptLostTheServer(Throwable e) {
        return Arrays.stream(e.getSuppressed()).anyMatch(StagedWrite::unreachable);
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The lock node is made at open; a graph wiped while the store was open (or while a write waited) lost it. */
    private static void remakeLockNode(StoreEngine engine) {
        try (Session session = engine.session()) {
            ensureLockNode(session);
        }
    }

    /**
     * Creates the database's {@code :_StagedWriteLock} node unless it exists. The schema node's lock, held for this
     * short transaction only, keeps two processes from creating it at once; the lock node needs no constraint, whose
     * schema lock would make opening a database wait for a running write.
     */
    static void ensureLockNode(Session session) {
        session.executeWrite(tx -> tx.run("MERGE (s:`_LongarmSchema` {id: 'schema'}) SET s.`_lock` = true REMOVE s.`_lock` "
                + "WITH s WHERE NOT EXISTS { MATCH (:" + LOCK + ") } CREATE (:" + LOCK + ")").consume());
    }

    /**
     * The write lock of the database's {@code :_StagedWriteLock} node, held by an open transaction until closed, so
     * that it dies with its process. Neo4j has no "try lock": the lock is probed by a transaction that gives up after
     * {@link #LOCK_PROBE}, and taken by another once a probe got it, so that a waiting write can be cancelled.
     */
    private static final class DatabaseLock implements AutoCloseable {
        private final Session session;
        private final Transaction held;

        private DatabaseLock(Session session, Transaction held) {
            this.session = session;
            this.held = held;
        }

        static DatabaseLock take(StoreEngine engine, IProgressMonitor given) {
            IProgressMonitor monitor = given == null ? new NullProgressMonitor() : given;
            while (true) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                long started = System.nanoTime();
                LockState state = probe(engine);
                if (state == LockState.FREE) {
                    DatabaseLock lock = hold(engine);
                    if (lock != null) {
                        return lock;
                    }
                    state = LockState.MISSING;
                }
                if (state == LockState.MISSING) {
                    remakeLockNode(engine);
                    continue;
                }
                // said again after every probe, so that a progress line in a log shows the wait going on
                monitor.subTask("Waiting for another import (or other large write) to this database to finish");
                pauseIfRefusedAtOnce(started);
            }
        }

        private static LockState probe(StoreEngine engine) {
            try (Session session = engine.session();
                    Transaction probe = session.beginTransaction(TransactionConfig.builder().withTimeout(LOCK_PROBE).build())) {
                long locked = probe.run(TAKE_LOCK).single().get("locked").asLong();
                probe.rollback();
                return locked == 0 ? LockState.MISSING : LockState.FREE;
            } catch (Neo4jException e) {
                if (!unreachable(e) && endedWaitingForALock(e.code())) {
                    return LockState.HELD;
                }
                throw e;
            }
        }

        /**
         * The codes of a transaction ended by its timeout while it waited for a lock: Neo4j stops its lock client
         * ({@code Neo.ClientError.Transaction.LockClientStopped}) or reports the timeout itself
         * ({@code Neo.ClientError.Transaction.TransactionTimedOut…}); a deadlock or lock timeout is the same answer.
         */
        private static boolean endedWaitingForALock(String code) {
            return code != null && (code.endsWith(".LockClientStopped") || code.contains(".TransactionTimedOut")
                    || code.endsWith(".Terminated") || code.endsWith(".DeadlockDetected")
                    || code.endsWith(".LockAcquisitionTimeout"));
        }

        /** Takes the lock after a probe found it free, or null when its node was deleted meanwhile. */
        private static DatabaseLock hold(StoreEngine engine) {
            Session session = engine.session();
            boolean taken = false;
            try {
                // another write may take it between the probe and here; then this waits for it, uncancellably
                Transaction transaction = session.beginTransaction(HOLD_DATABASE_LOCK);
                if (transaction.run(TAKE_LOCK).single().get("locked").asLong() == 0) {
                    transaction.rollback();
                    return null;
                }
                taken = true;
                return new DatabaseLock(session, transaction);
            } finally {
                if (!taken) {
                    session.close();
                }
            }
        }

        /**
         * Pauses after a probe begun at {@code started} that was refused at once instead of waiting out its time, so
         * that the lock is not asked for again at once.
         */
        private static void pauseIfRefusedAtOnce(long started) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(LOCK_PROBE.dividedBy(2)) >= 0) {
                return;
            }
            try {
                Thread.sleep(LOCK_RETRY_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }

        /** Fails when the server ended the lock's transaction: other writes may have run meanwhile. */
        void confirmHeld() {
            try {
                held.run("RETURN 1").consume();
            } catch (Neo4jException e) {
                throw new StoreException("this write lost the database's write lock (" + e.getMessage()
                        + "), so another write may have run at the same time; nothing was written", e);
            }
        }

        @Override
        public void close() {
            try {
                held.rollback();
                held.close();
            } catch (Neo4jException e) {
                // an unreachable server: the lock ended with its connection
            } finally {
                session.close();
            }
        }
    }

    /** Passes sub-tasks and cancellation through; leaves the task and its amount of work to the monitor's owner. */
    private static final class SubTasksOnly extends ProgressMonitorWrapper {
        SubTasksOnly(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void beginTask(String name, int totalWork) {
        }

        @Override
        public void setTaskName(String name) {
        }

        @Override
        public void internalWorked(double work) {
        }

        @Override
        public void worked(int work) {
        }

        @Override
        public void done() {
        }
    }

    /**
     * The writer handed to the work: buffers rows per class and stages them in batches. Packing and sending a batch
     * run on a thread of their own, so that the work goes on reading its input meanwhile; at most
     * {@link #STAGING_AHEAD} batches wait there, which bounds the memory they hold.
     */
    private final class Stager implements ModelWriter {
        private static final int STAGING_AHEAD = 2;
        private final RowBatches batches = new RowBatches(engine.mapping(), StoreEngine.BATCH_SIZE);
        private final ExecutorService stagingThread = thread("Longarm staged write " + id);
        private final ArrayDeque<Future<?>> staging = new ArrayDeque<>();
        private long given, seq;

        @Override
        public void put(EObject object) {
            given++;
            if (batches.add(object)) {
                flush();
            }
        }

        @Override
        public void flush() {
            batches.drain((eClass, rows) -> {
                long batch = seq++;
                staging.add(stagingThread.submit(() -> stage(batch, eClass, rows)));
                while (staging.size() > STAGING_AHEAD) {
                    await(staging.poll());
                }
            });
        }

        /** Stages what is buffered and waits until every batch is in the database. */
        void finish() {
            flush();
            while (!staging.isEmpty()) {
                await(staging.poll());
            }
            stagingThread.shutdown();
        }

        /** After a failure: lets the batch being sent end (so that discarding finds it) and sends no more. */
        void abandon() {
            stagingThread.shutdownNow();
            try {
                stagingThread.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Map<String, EObject> getAll(EClass type, Collection<String> keys) {
            return engine.read(type, keys);
        }

        @Override
        public long changed() {
            return given;
        }
    }
}
