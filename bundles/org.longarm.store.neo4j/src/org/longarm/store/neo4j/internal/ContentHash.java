package org.longarm.store.neo4j.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A 64-bit digest of what is written for one object. Stored with the object, it lets a rewrite of unchanged content
 * skip the write entirely, so that writing the same objects twice changes nothing.
 */
final class ContentHash {

    private final MessageDigest digest;
    /** The bytes that are digested, gathered first. */
    private final ByteSink sink = new ByteSink(1 << 12);

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long of(Object value) {
        sink.clear(Integer.MAX_VALUE);
        feed(value);
        digest.reset();
        digest.update(sink.bytes, 0, sink.size);
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private void feed(Object value) {
        if (value == null) {
            put((byte) 0);
        } else if (value instanceof Map<?, ?> map) {
            put((byte) 'M');
            Object[] keys = map.keySet().toArray();
            Arrays.sort(keys);
            for (Object key : keys) {
                feed(key);
                feed(map.get(key));
            }
            put((byte) ';');
        } else if (value instanceof List<?> list) {
            put((byte) 'L');
            for (Object element : list) {
                feed(element);
            }
            put((byte) ';');
        } else {
            put((byte) value.getClass().getSimpleName().charAt(0));
            sink.putString(value.toString());
        }
    }

    private void put(byte b) {
        sink.put(b);
    }
}
