package org.longarm.core.internal.util;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers strings 0, 1, 2… in the order they are first added, and keeps them as UTF-8 in pages of a megabyte: about
 * 20 bytes a string besides its UTF-8, where a hash set of strings takes about 90. An import keeps the key of every
 * record it reads until its end, so that this is what decides how many records a heap holds. Strings are compared
 * exactly (not by fingerprint); arrays indexed by the numbers carry what goes with each. Not thread-safe.
 */
public final class StringIndex {

    private static final int PAGE_BYTES = 1 << 20;

    /** The UTF-8 of the strings, each after its length (seven bits a byte, the last byte's high bit clear). */
    private final List<byte[]> pages = new ArrayList<>();
    private int pageUsed = PAGE_BYTES;
    /** Open addressing, at most half full: a string's number plus one, 0 for an empty slot. */
    private int[] slots = new int[1 << 10];
    private int[] hashes = new int[1 << 9];
    /** Where each string is: its page's number, then the offset in the page. */
    private long[] places = new long[1 << 9];
    private int size;

    /** How many strings were added. */
    public int size() {
        return size;
    }

    /** The number of {@code text}, or -1 when it was not added. */
    public int indexOf(String text) {
        int hash = text.hashCode();
        int mask = slots.length - 1;
        byte[] utf8 = null;
        for (int slot = slotOf(hash, mask); slots[slot] != 0; slot = (slot + 1) & mask) {
            int i = slots[slot] - 1;
            if (hashes[i] == hash) {
                if (utf8 == null) {
                    utf8 = text.getBytes(StandardCharsets.UTF_8);
                }
                if (equalsAt(places[i], utf8)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The number of {@code text}, added as the next one when it is new (then {@link #size()} - 1). */
    public int add(String text) {
        int found = indexOf(text);
        if (found >= 0) {
            return found;
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        if (size == hashes.length) {
            int capacity = grown(size);
            hashes = Arrays.copyOf(hashes, capacity);
            places = Arrays.copyOf(places, capacity);
        }
        int i = size++;
        int hash = text.hashCode();
        hashes[i] = hash;
        places[i] = store(text);
        int mask = slots.length - 1;
        int slot = slotOf(hash, mask);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
        return i;
    }

    /** The string numbered {@code index}. */
    public String get(int index) {
        return text(places[index]);
    }

    /**
     * The capacity that arrays indexed by the numbers grow to from {@code length}, half as much again: the arrays of
     * the callers grow with {@code size()}.
     */
    public static int grown(int length) {
        return Math.max(16, length + (length >> 1));
    }

    /**
     * Keeps {@code text} (also a string never {@link #add added}, as a value that goes with one); returns where, for
     * {@link #text}.
     */
    public long store(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int needed = utf8.length + 5;
        if (pageUsed + needed > PAGE_BYTES || pages.isEmpty()) {
            pages.add(new byte[Math.max(PAGE_BYTES, needed)]);
            pageUsed = 0;
        }
        byte[] page = pages.getLast();
        long place = (long) (pages.size() - 1) << 32 | pageUsed;
        int at = pageUsed;
        int length = utf8.length;
        while (length >= 0x80) {
            page[at++] = (byte) (length | 0x80);
            length >>>= 7;
        }
        page[at++] = (byte) length;
        System.arraycopy(utf8, 0, page, at, utf8.length);
        pageUsed = at + utf8.length;
        return place;
    }

    /** The string kept at {@code place} by {@link #store}. */
    public String text(long place) {
        byte[] page = pages.get((int) (place >>> 32));
        int length = lengthAt(page, (int) place);
        return new String(page, (int) place + sizeOfLength(length), length, StandardCharsets.UTF_8);
    }

    private boolean equalsAt(long place, byte[] utf8) {
        byte[] page = pages.get((int) (place >>> 32));
        int length = lengthAt(page, (int) place);
        int at = (int) place + sizeOfLength(length);
        return length == utf8.length && Arrays.equals(page, at, at + length, utf8, 0, length);
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = slotOf(hashes[i], mask);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /** Spreads a string's hash, whose low bits alone cluster for keys that differ in their last characters. */
    private static int slotOf(int hash, int mask) {
        return (hash * 0x9E3779B9 ^ hash >>> 16) & mask;
    }

    private static int lengthAt(byte[] page, int at) {
        int length = 0;
        for (int shift = 0;; shift += 7) {
            byte b = page[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                return length;
            }
        }
    }

    private static int sizeOfLength(int length) {
        int bytes = 1;
        while (length >= 0x80) {
            length >>>= 7;
            bytes++;
        }
        return bytes;
    }
}
