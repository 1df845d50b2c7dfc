package org.longarm.store.neo4j.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 64-bit digest of what is written for one object. Stored with the object, it lets a rewrite of unchanged content
 * skip the write entirely, so that writing the same objects twice changes nothing.
 */
final class ContentHash {

    private final MessageDigest digest;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long of(Object value) {
        digest.reset();
        feed(value);
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private void feed(Object value) {
        if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) 'M');
            for (var entry : new TreeMap<>(map).entrySet()) {
                feed(entry.getKey());
                feed(entry.getValue());
            }
            digest.update((byte) ';');
        } else if (value instanceof List<?> list) {
            digest.update((byte) 'L');
            for (Object element : list) {
                feed(element);
            }
            digest.update((byte) ';');
        } else {
            digest.update((byte) value.getClass().getSimpleName().charAt(0));
            byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(text.length).array());
            digest.update(text);
        }
    }
}
