package org.longarm.core.store;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes inside one transaction (or one staged write) of a {@link ModelStore}. Objects are buffered and written in batches; reads through
 * this writer see the transaction's own writes.
 */
public interface ModelWriter {

    /**
     * Inserts or replaces {@code object} (its attributes, its references, and the objects it contains), keyed by its
     * ID attribute. Referenced objects that are not stored yet are created with only their key, to be completed by a
     * later write.
     */
    void put(EObject object) throws StoreException;

    /** {@link #put(EObject)} for each of {@code objects}. */
    default void putAll(Collection<? extends EObject> objects) throws StoreException {
        for (EObject object : objects) {
            put(object);
        }
    }

    /** Writes what is buffered. */
    void flush() throws StoreException;

    /** Loads stored objects of one key space, seeing this transaction's writes. */
    Map<String, EObject> getAll(EClass type, Collection<String> keys) throws StoreException;

    /** How many objects this writer stored that were new or changed (unchanged rewrites are not counted). */
    long changed();
}
