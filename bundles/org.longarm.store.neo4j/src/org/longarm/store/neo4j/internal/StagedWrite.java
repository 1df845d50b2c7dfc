package org.longarm.store.neo4j.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.store.ModelStore.StoreWork;
import org.longarm.core.store.ModelWriter;
import org.longarm.core.store.StoreException;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
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
 */
final class StagedWrite {

    static final String WRITE = "_StagedWrite", OWNER = "_StagedWriteOwner", BATCH = "_StagedBatch";
    private static final String STAGING = "staging", COMMITTED = "committed";
    /** How long {@link #recover} waits for an owner's lock before it concludes the owner is alive. */
    private static final Duration OWNER_PROBE = Duration.ofSeconds(2);

    private final StoreEngine engine;
    private final String id;
    private Session ownerSession;
    private Transaction ownerLock;
    private boolean serverGone;

    private StagedWrite(StoreEngine engine, String id) {
        this.engine = engine;
        this.id = id;
    }

    static <T> T run(StoreEngine engine, StoreWork<T> work, IProgressMonitor monitor) {
        StagedWrite write = new StagedWrite(engine, UUID.randomUUID().toString());
        write.begin();
        try {
            T result;
            try {
                Stager stager = write.new Stager();
                result = work.run(stager);
                stager.flush();
            } catch (RuntimeException | Error e) {
                if (unreachable(e)) {
                    // clean-up would only wait out the driver's retries; the next open of the database undoes it
                    write.serverGone = true;
                } else {
                    write.discard();
                }
                throw e;
            }
            write.commit();
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
        List<Map<String, Object>> writes;
        try (Session session = engine.session()) {
            writes = session.executeRead(tx -> tx.run("MATCH (w:" + WRITE + ") RETURN w.id AS id, w.status AS status")
                    .list(r -> r.asMap()));
        }
        for (Map<String, Object> found : writes) {
            StagedWrite write = new StagedWrite(engine, (String) found.get("id"));
            if (!write.ownerIsGone()) {
                continue;
            }
            write.takeOwnership();
            try {
                String status = write.status();
                if (COMMITTED.equals(status)) {
                    write.apply(monitor);
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
        ownerLock = ownerSession.beginTransaction();
        ownerLock.run("MATCH (o:" + OWNER + " {write: $id}) SET o.held = true", Map.of("id", id)).consume();
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

    private void commit() {
        try (Session session = engine.session()) {
            session.executeWrite(tx -> tx.run("MATCH (w:" + WRITE + " {id: $id}) SET w.status = $status",
                    Map.of("id", id, "status", COMMITTED)).consume());
        }
    }

    /** Applies the batches in the order they were staged, each with its deletion in one transaction. */
    private void apply(IProgressMonitor monitor) {
        List<Map<String, Object>> batches;
        try (Session session = engine.session()) {
            batches = session.executeRead(tx -> tx.run("MATCH (b:" + BATCH + " {write: $id}) "
                    + "RETURN b.seq AS seq, b.class AS class ORDER BY seq", Map.of("id", id)).list(r -> r.asMap()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Applying the staged write", batches.size());
        int done = 0;
        for (Map<String, Object> staged : batches) {
            long seq = (Long) staged.get("seq");
            progress.subTask("Applying batch " + (++done) + " of " + batches.size() + ": "
                    + engine.mapping().classOf((String) staged.get("class")).getName());
            try (Session session = engine.session()) {
                session.executeWrite(tx -> {
                    List<Map<String, Object>> batch = tx.run("MATCH (b:" + BATCH + " {write: $id, seq: $seq}) "
                            + "RETURN b.class AS class, b.rows AS rows", Map.of("id", id, "seq", seq)).list(r -> r.asMap());
                    if (!batch.isEmpty()) {
                        EClass eClass = engine.mapping().classOf((String) batch.get(0).get("class"));
                        tx.run(engine.statements().upsert(eClass),
                                Map.of("rows", RowCodec.decode((byte[]) batch.get(0).get("rows")))).consume();
                        tx.run("MATCH (b:" + BATCH + " {write: $id, seq: $seq}) DELETE b", Map.of("id", id, "seq", seq))
                                .consume();
                    }
                    return null;
                });
            }
            progress.worked(1);
        }
        try (Session session = engine.session()) {
            session.executeWrite(tx -> tx.run("MATCH (w:" + WRITE + " {id: $id}) DELETE w", Map.of("id", id)).consume());
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

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The writer handed to the work: buffers rows per class and stages them in batches. */
    private final class Stager implements ModelWriter {
        private final RowBatches batches = new RowBatches(engine.mapping(), StoreEngine.BATCH_SIZE);
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
            batches.drain((eClass, rows) -> stage(seq++, eClass, rows));
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
