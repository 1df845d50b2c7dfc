package org.longarm.store.neo4j.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
    /** The bytes that are digested, gathered first: a digest fed a few bytes at a time is slow. */
    private byte[] bytes = new byte[1 << 12];
    private int size;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long of(Object value) {
        size = 0;
        feed(value);
        digest.reset();
        digest.update(bytes, 0, size);
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
            byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
            ensure(4 + text.length);
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (text.length >>> shift);
            }
            System.arraycopy(text, 0, bytes, size, text.length);
            size += text.length;
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
