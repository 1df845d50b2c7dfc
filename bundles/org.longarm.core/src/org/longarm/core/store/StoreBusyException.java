package org.longarm.core.store;

/**
 * A write refused because another write holds the database (an import, or another large write): nothing was
 * changed, and the same write may succeed once that one has finished. Also a reading given up because such writes kept
 * changing the graph while it was read (see {@code VerdictEngine.compute}).
 *
 * @since 1.2
 */
public class StoreBusyException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreBusyException(String message) {
        super(message);
    }

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
