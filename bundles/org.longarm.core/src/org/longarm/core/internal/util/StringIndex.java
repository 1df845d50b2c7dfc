package org.longarm.core.internal.util;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers strings 0, 1, 2… in the order they are first added, and keeps them in pages of a megabyte, a byte a character
 * when every character is Latin-1 (as the JVM keeps such strings) and two otherwise: 20 to 36 bytes a string besides
 * its characters (as the table has grown), where a hash set of strings takes about 90. An import keeps the key of every record it reads until
 * its end, so that this is what decides how many records a heap holds. Strings are compared exactly, character for
 * character (not by fingerprint, nor through UTF-8, which would make one of strings that differ only in unpaired
 * surrogates); arrays indexed by the numbers carry what goes with each. Not thread-safe.
 */
public final class StringIndex {

    private static final int PAGE_BYTES = 1 << 20;

    /**
     * The characters of the strings, each after a header: the count of its bytes times two, plus one when they are
     * two a character, seven bits a byte, the last byte's high bit clear.
     */
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
        byte[] bytes = null;
        for (int slot = slotOf(hash, mask); slots[slot] != 0; slot = (slot + 1) & mask) {
            int i = slots[slot] - 1;
            if (hashes[i] == hash) {
                if (bytes == null) {
                    bytes = encode(text);
                }
                if (equalsAt(places[i], bytes, headerOf(text, bytes))) {
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
        hashes[i] = text.hashCode();
        places[i] = store(text);
        place(i);
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
        byte[] bytes = encode(text);
        int needed = bytes.length + 5;
        if (pageUsed + needed > PAGE_BYTES || pages.isEmpty()) {
            pages.add(new byte[Math.max(PAGE_BYTES, needed)]);
            pageUsed = 0;
        }
        byte[] page = pages.getLast();
        long place = (long) (pages.size() - 1) << 32 | pageUsed;
        pageUsed = write(page, pageUsed, headerOf(text, bytes), bytes);
        return place;
    }

    /**
     * Keeps {@code text} instead of the string kept at {@code place}, which is no longer needed: in its place when it
     * fits there (a record's newer statement id, of the same length as the one it replaces, takes no more room), else
     * as {@link #store} does. Returns where.
     */
    public long storeOver(long place, String text) {
        byte[] page = pages.get((int) (place >>> 32));
        int at = (int) place;
        int oldHeader = headerAt(page, at);
        byte[] bytes = encode(text);
        int header = headerOf(text, bytes);
        if (sizeOf(header) + bytes.length > sizeOf(oldHeader) + (oldHeader >>> 1)) {
            return store(text);
        }
        write(page, at, header, bytes);
        return place;
    }

    /** Writes {@code header} and {@code bytes} at {@code at}; returns where they end. */
    private static int write(byte[] page, int at, int header, byte[] bytes) {
        while (header >= 0x80) {
            page[at++] = (byte) (header | 0x80);
            header >>>= 7;
        }
        page[at++] = (byte) header;
        System.arraycopy(bytes, 0, page, at, bytes.length);
        return at + bytes.length;
    }

    /** The string kept at {@code place} by {@link #store}. */
    public String text(long place) {
        byte[] page = pages.get((int) (place >>> 32));
        int header = headerAt(page, (int) place);
        int at = (int) place + sizeOf(header);
        int length = header >>> 1;
        if ((header & 1) == 0) {
            return new String(page, at, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((page[at + 2 * i] & 0xFF) << 8 | page[at + 2 * i + 1] & 0xFF);
        }
        return new String(chars);
    }

    /** Whether the string kept at {@code place} is the one of these {@code bytes} and {@code header}. */
    private boolean equalsAt(long place, byte[] bytes, int header) {
        byte[] page = pages.get((int) (place >>> 32));
        // the header says how many bytes and whether two a character: "AB" and U+4142 have the same two bytes
        if (headerAt(page, (int) place) != header) {
            return false;
        }
        int at = (int) place + sizeOf(header);
        return Arrays.equals(page, at, at + bytes.length, bytes, 0, bytes.length);
    }

    private static int headerOf(String text, byte[] bytes) {
        return bytes.length << 1 | (bytes.length == text.length() ? 0 : 1);
    }

    /** A byte a character when all are Latin-1, else each character's two bytes (also an unpaired surrogate's). */
    private static byte[] encode(String text) {
        if (isLatin1(text)) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[2 * i] = (byte) (c >>> 8);
            bytes[2 * i + 1] = (byte) c;
        }
        return bytes;
    }

    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int i = 0; i < size; i++) {
            place(i);
        }
    }

    /** Puts string {@code index} in the first free slot from its hash's. */
    private void place(int index) {
        int mask = slots.length - 1;
        int slot = slotOf(hashes[index], mask);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
    }

    /** Spreads a string's hash, whose low bits alone cluster for keys that differ in their last characters. */
    private static int slotOf(int hash, int mask) {
        return (hash * 0x9E3779B9 ^ hash >>> 16) & mask;
    }

    private static int headerAt(byte[] page, int at) {
        int header = 0;
        for (int shift = 0;; shift += 7) {
            byte b = page[at++];
            header |= (b & 0x7F) << shift;
            if (b >= 0) {
                return header;
            }
        }
    }

    private static int sizeOf(int header) {
        int bytes = 1;
        while (header >= 0x80) {
            header >>>= 7;
            bytes++;
        }
        return bytes;
    }
}
