package org.longarm.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.graph.GraphView;

/**
 * A graph of EMF objects kept in a database.
 *
 * <p>Objects are keyed by the ID attribute of their class ({@link EClass#getEIDAttribute()}); all classes below the
 * class that declares that attribute share one key space. Writing an object that is already stored with the same
 * content changes nothing.
 */
public interface ModelStore extends AutoCloseable {

    /**
     * Runs {@code work} in one write transaction: everything it writes becomes visible together, or not at all when
     * it throws (also when the process dies before the end). The work may be run again when the database reports a
     * transient failure, so it must not have effects outside the store.
     *
     * @throws StoreBusyException while a staged write runs (see {@link #writeStaged}); nothing was written (since 1.2)
     */
    <T> T write(StoreWork<T> work) throws StoreException;

    /**
     * Runs {@code work} as one write that may be larger than a database transaction can hold, such as an import of
     * millions of records. What the writer is given is staged in the database in batches, each in a transaction of
     * its own, and applied in batches once {@code work} returns. A write that throws, is cancelled, or whose process
     * dies before {@code work} returns leaves nothing behind; one whose process dies while it is being applied is
     * finished by the next store opened on the database. Staged writes to one database run one at a time, also from
     * different processes: {@code work} starts only when no other staged write is running or being applied, so what
     * it reads of the graph stays as it read it until its own write has been applied. While it waits for its turn,
     * the write says so on {@code monitor} and can be cancelled through it. Meanwhile a store may refuse
     * {@link #write}, {@link #update}, {@link #delete} and {@link #save} on the database with a {@link StoreBusyException} (the
     * Neo4j store does), rather than let the staged write overwrite them unaware. Unlike {@link #write}, reads
     * through the writer need not see what it staged, {@link ModelWriter#changed()} counts every object given to it
     * (they are compared with the stored ones only when applied), and other readers may see part of the write while
     * it is being applied.
     *
     * <p>A staged write started by {@code work} itself, on its thread, runs at once, in this write's turn: no other
     * write comes between what the outer work read and what the inner one writes. Each is kept or discarded on its
     * own; an import that must read its files twice writes its second pass this way before it discards its first.
     *
     * A store whose transactions hold writes of any size may run the work as one {@link #write}; that is what this
     * default does.
     *
     * @param monitor reports the waiting and the applying; the applying cannot be cancelled once the work has returned
     */
    default <T> T writeStaged(StoreWork<T> work, IProgressMonitor monitor) throws StoreException {
        return write(work);
    }

    /** Loads one object by key; its references to other stored objects are resolved lazily, on first access. */
    Optional<EObject> get(EClass type, String key) throws StoreException;

    /** Loads several objects of one key space; keys not found are absent from the result. */
    Map<String, EObject> getAll(EClass type, Collection<String> keys) throws StoreException;

    /**
     * Writes one object that was loaded from this store, provided nobody changed it since it was loaded.
     *
     * @throws ConcurrentUpdateException when the stored object changed since this copy was loaded
     * @throws StoreBusyException while a staged write runs (see {@link #writeStaged}); nothing was written (since 1.2)
     * @throws StoreException when it cannot be written
     */
    void update(EObject object) throws StoreException;

    /**
     * Deletes one object that was loaded from (or written by {@link #update(EObject)} to) this store, provided nobody
     * changed it since: the counterpart of {@code update} that lets an editor take back what it created (undo).
     * Objects it contains go with it. Afterwards {@code object} counts as never loaded, so a later {@code update}
     * of it stores it anew.
     *
     * <p>A default method so that stores implemented against version 1.0 of this package keep working; they refuse
     * the delete until they implement it.
     *
     * @throws ConcurrentUpdateException when the stored object changed since this copy was loaded, or is gone
     * @throws StoreBusyException while a staged write runs (see {@link #writeStaged}); nothing was deleted (since 1.2)
     * @throws StoreException when other stored objects still refer to it (it is left in place)
     * @throws UnsupportedOperationException when this store cannot delete (an implementation of version 1.0)
     * @since 1.1
     */
    default void delete(EObject object) throws StoreException {
        throw new UnsupportedOperationException(describe() + " cannot delete objects");
    }

    /**
     * Writes {@code updates} (in order, each as {@link #update(EObject)} would) and then deletes {@code deletes} (in
     * order, each as {@link #delete(EObject)} would) as one change: all of it is stored, or nothing when any check
     * fails or the process dies. An editor saves a change that spans several objects this way (a relationship and
     * the new {@code Source} it cites), so that no other reader or later failure meets half of it. The objects'
     * versions are moved on only once the whole change is stored.
     *
     * <p>A default method so that stores implemented against an older version of this package keep working; it
     * updates and deletes one object at a time, so there, unlike what this method promises, a failure may leave the
     * objects before it stored. What the exceptions below say of "nothing" holds for stores that implement it.
     *
     * @throws ConcurrentUpdateException when one of the objects changed since it was loaded; nothing was written
     * @throws StoreBusyException while a staged write runs (see {@link #writeStaged}); nothing was written
     * @throws StoreException when it cannot be written (as {@code update} and {@code delete} say); nothing was written
     *             unless the message says that it may have been (a connection lost while it was committed)
     * @throws IllegalArgumentException when an object comes twice (in one list, or in both), in stores that
     *             implement it
     * @since 1.3
     */
    default void save(List<? extends EObject> updates, List<? extends EObject> deletes) throws StoreException {
        for (EObject object : updates) {
            update(object);
        }
        for (EObject object : deletes) {
            delete(object);
        }
    }

    /** The read-only view that analyses, law packs and policies work on. */
    GraphView view();

    /** Where this store lives, for messages (never contains credentials). */
    String describe();

    @Override
    void close();

    /** A unit of work run inside one write transaction. */
    @FunctionalInterface
    interface StoreWork<T> {
        T run(ModelWriter writer) throws StoreException;
    }
}
