package org.longarm.core.internal.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.longarm.core.internal.io.ImportTargets.Version;
import org.longarm.core.internal.util.StringIndex;

/**
 * The newest statement of each record that an import reads, by the record's key, and which entities (by id) it
 * defines. An import keeps one for every record until its end, so the table keeps keys and statement ids as characters
 * in a {@link StringIndex} and the rest in arrays, about 60 bytes a record besides the two strings: as a map of strings
 * to objects (an entry, the key, a {@link Version}, its instant and its statement id) it took about 250, and a million
 * records a quarter of a gigabyte of heap. An entity is noted on its record's key (its id after the key prefix that
 * entities' records have), so that it takes no slot of its own. Not thread-safe.
 */
public final class RecordVersions {

    private static final long NO_INSTANT = Long.MIN_VALUE;
    private static final long NO_TEXT = -1;
    private static final byte HAS_VERSION = 1;
    private static final byte ENTITY = 2;

    private final StringIndex keys = new StringIndex();
    private final String entityKeyPrefix;
    private int entities;

    // by the number of a key in keys
    private byte[] flags = new byte[0];
    private long[] epochSeconds = new long[0];
    private int[] nanos = new int[0];
    private long[] sequences = new long[0];
    /** Where {@link #keys} keeps each version's statement id, or {@link #NO_TEXT}. */
    private long[] statementIds = new long[0];
    private byte[] types = new byte[0];
    /** The classes that {@link #types} index (a handful: organisation, person, relationship, ...). */
    private final List<EClass> typeList = new ArrayList<>();

    /**
     * An empty table.
     *
     * @param entityKeyPrefix what the key of an entity's record has before the entity's id
     */
    public RecordVersions(String entityKeyPrefix) {
        this.entityKeyPrefix = entityKeyPrefix;
    }

    /** The newest version of record {@code key}, or null when none was put. */
    public Version get(String key) {
        int i = keys.indexOf(key);
        return i < 0 || (flags[i] & HAS_VERSION) == 0 ? null : version(i);
    }

    /** Whether a version of record {@code key} was put. */
    public boolean containsKey(String key) {
        int i = keys.indexOf(key);
        return i >= 0 && (flags[i] & HAS_VERSION) != 0;
    }

    /** Whether record {@code key} has no version, or its version is the one read as number {@code sequence}. */
    public boolean isNoneOr(String key, long sequence) {
        int i = keys.indexOf(key);
        return i < 0 || (flags[i] & HAS_VERSION) == 0 || sequences[i] == sequence;
    }

    /**
     * Puts {@code version} for record {@code key}, or, when it has one, whichever of the two {@code newest} returns
     * (as {@link java.util.Map#merge}).
     */
    public void merge(String key, Version version, BinaryOperator<Version> newest) {
        int i = indexOrAdd(key);
        boolean had = (flags[i] & HAS_VERSION) != 0;
        if (had && newest.apply(version(i), version) != version) {
            return;
        }
        flags[i] |= HAS_VERSION;
        Instant when = version.when();
        epochSeconds[i] = when == null ? NO_INSTANT : when.getEpochSecond();
        nanos[i] = when == null ? 0 : when.getNano();
        sequences[i] = version.sequence();
        String statementId = version.statementId();
        // a record's history replaces its statement id many times: in place, so that memory grows with records only
        statementIds[i] = statementId == null ? NO_TEXT
                : had && statementIds[i] != NO_TEXT ? keys.storeOver(statementIds[i], statementId)
                        : keys.store(statementId);
        types[i] = typeIndex(version.type());
    }

    /** Notes that the import defines the entity of id {@code id} (null is ignored). */
    public void addEntity(String id) {
        if (id != null) {
            int i = indexOrAdd(entityKeyPrefix + id);
            if ((flags[i] & ENTITY) == 0) {
                flags[i] |= ENTITY;
                entities++;
            }
        }
    }

    /** Whether the import defines the entity of id {@code id}. */
    public boolean isEntity(String id) {
        int i = keys.indexOf(entityKeyPrefix + id);
        return i >= 0 && (flags[i] & ENTITY) != 0;
    }

    public int entityCount() {
        return entities;
    }

    /** How many entities' ids pass {@code test}. */
    public long countEntities(Predicate<String> test) {
        long count = 0;
        for (int i = 0; i < keys.size(); i++) {
            if ((flags[i] & ENTITY) != 0 && test.test(keys.get(i).substring(entityKeyPrefix.length()))) {
                count++;
            }
        }
        return count;
    }

    private int indexOrAdd(String key) {
        int i = keys.add(key);
        if (i == flags.length) {
            int capacity = StringIndex.grown(flags.length);
            flags = Arrays.copyOf(flags, capacity);
            epochSeconds = Arrays.copyOf(epochSeconds, capacity);
            nanos = Arrays.copyOf(nanos, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            statementIds = Arrays.copyOf(statementIds, capacity);
            types = Arrays.copyOf(types, capacity);
        }
        return i;
    }

    private Version version(int i) {
        Instant when = epochSeconds[i] == NO_INSTANT ? null : Instant.ofEpochSecond(epochSeconds[i], nanos[i]);
        String statementId = statementIds[i] == NO_TEXT ? null : keys.text(statementIds[i]);
        return new Version(when, statementId, sequences[i], types[i] < 0 ? null : typeList.get(types[i]));
    }

    private byte typeIndex(EClass type) {
        if (type == null) {
            return -1;
        }
        int index = typeList.indexOf(type);
        if (index < 0) {
            index = typeList.size();
            if (index > Byte.MAX_VALUE) {
                throw new IllegalStateException("an import of records of more than " + (Byte.MAX_VALUE + 1)
                        + " classes");
            }
            typeList.add(type);
        }
        return (byte) index;
    }
}
