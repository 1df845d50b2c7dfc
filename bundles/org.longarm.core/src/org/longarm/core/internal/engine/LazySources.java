package org.longarm.core.internal.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.eclipse.emf.ecore.EClass;
import org.longarm.core.graph.SourceRecord;

/**
 * The sources behind one fact of an evidence path, read from the graph the verdicts were computed from when first
 * asked for (see {@link SourceBatcher}). Unmodifiable.
 */
public final class LazySources extends AbstractList<SourceRecord> implements RandomAccess {

    private final SourceBatcher batcher;
    final EClass type;
    final String key;
    private volatile List<SourceRecord> sources;

    LazySources(SourceBatcher batcher, EClass type, String key) {
        this.batcher = batcher;
        this.type = type;
        this.key = key;
    }

    boolean isLoaded() {
        return sources != null;
    }

    void loaded(List<SourceRecord> found) {
        sources = List.copyOf(found);
    }

    private List<SourceRecord> sources() {
        if (sources == null) {
            batcher.load(this);
        }
        return sources;
    }

    @Override
    public SourceRecord get(int index) {
        return sources().get(index);
    }

    @Override
    public int size() {
        return sources().size();
    }
}
