package org.longarm.store.neo4j.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array written in the byte order of {@link java.io.DataOutputStream}, for bytes that are gathered
 * first and then used in one call (digested, deflated): feeding such consumers a few bytes at a time is slow.
 */
class ByteSink {

    private static final VarHandle INT_VIEW = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN),
            LONG_VIEW = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final int initial;
    byte[] bytes;
    int size;

    ByteSink(int initial) {
        this.initial = initial;
        this.bytes = new byte[initial];
    }

    /** Empties the sink; an array grown beyond {@code kept} bytes is given up for one of the initial size. */
    void clear(int kept) {
        size = 0;
        if (bytes.length > kept) {
            bytes = new byte[initial];
        }
    }

    void put(byte b) {
        room(1);
        bytes[size++] = b;
    }

    void putInt(int i) {
        room(4);
        INT_VIEW.set(bytes, size, i);
        size += 4;
    }

    void putLong(long l) {
        room(8);
        LONG_VIEW.set(bytes, size, l);
        size += 8;
    }

    /** A string as its UTF-8 length (an int: strings may exceed writeUTF's 64 KiB limit) and bytes. */
    void putString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        putInt(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
