package org.longarm.core.internal.engine;

import java.util.AbstractList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Verdict;

/**
 * The verdicts on every entity of one run, in key order, each with its explanation built when it is read. Verdicts,
 * keys and counts come from the run's arrays without building anything; a verdict read right after the one before it
 * builds the next {@value #CHUNK} at once, so that the sources of their evidence are read in few queries.
 */
public final class EntityVerdictList extends AbstractList<EntityVerdict> implements RandomAccess {

    private static final int CHUNK = 4096;

    private final VerdictComputation run;
    private EntityVerdict[] chunk = new EntityVerdict[0];
    private int chunkStart;
    private int lastRead = -2;

    EntityVerdictList(VerdictComputation run) {
        this.run = run;
    }

    @Override
    public int size() {
        return run.size();
    }

    @Override
    public synchronized EntityVerdict get(int index) {
        Objects.checkIndex(index, size());
        boolean inOrder = index == lastRead + 1;
        lastRead = index;
        if (index >= chunkStart && index < chunkStart + chunk.length) {
            return chunk[index - chunkStart];
        }
        if (!inOrder) {
            return run.entityVerdict(index);
        }
        chunk = new EntityVerdict[Math.min(CHUNK, size() - index)];
        chunkStart = index;
        for (int k = 0; k < chunk.length; k++) {
            chunk[k] = run.entityVerdict(index + k);
        }
        return chunk[0];
    }

    /** The position of an entity's verdict, or -1. */
    public int indexOfKey(String key) {
        return run.indexOf(key);
    }

    /** The key of the entity at {@code index}. */
    public String key(int index) {
        Objects.checkIndex(index, size());
        return run.key(index);
    }

    /** The name of the entity at {@code index} (its key when it has none). */
    public String name(int index) {
        Objects.checkIndex(index, size());
        return run.name(index);
    }

    /** The verdict alone, without its explanation. */
    public Verdict verdict(int index) {
        Objects.checkIndex(index, size());
        return run.verdictOf(index);
    }

    /** How many entities have each verdict. */
    public Map<Verdict, Long> counts() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0L);
        }
        for (int t = 0; t < size(); t++) {
            counts.merge(run.verdictOf(t), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public int indexOf(Object o) {
        int i = o instanceof EntityVerdict v ? run.indexOf(v.key()) : -1;
        return i >= 0 && get(i).equals(o) ? i : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
