package org.longarm.core.store;

/** The store could not do what was asked: the database failed, refused, or cannot be reached. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
