package org.longarm.core.store;

/** An update lost a race: the stored object changed after the copy being written was loaded. */
public class ConcurrentUpdateException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ConcurrentUpdateException(String type, String key) {
        super(type + " '" + key + "' was changed by someone else after you loaded it; reload it and apply your change again");
        this.key = key;
    }

    /** The key of the object that was changed concurrently. */
    public String key() {
        return key;
    }
}
