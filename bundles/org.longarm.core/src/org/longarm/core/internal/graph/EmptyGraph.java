package org.longarm.core.internal.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.graph.InterestRecord;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.core.graph.SourceRecord;

/** {@link GraphView#empty()}: a graph that holds nothing. */
public final class EmptyGraph implements GraphView {

    /** The one empty graph. */
    public static final GraphView INSTANCE = new EmptyGraph();

    private EmptyGraph() {
    }

    @Override
    public GraphCounts counts() {
        return new GraphCounts(0, 0, 0, 0);
    }

    @Override
    public void entities(Consumer<EntityRecord> sink, IProgressMonitor monitor) {
    }

    @Override
    public void interests(Consumer<InterestRecord> sink, IProgressMonitor monitor) {
    }

    @Override
    public void productLines(Consumer<ProductLineRecord> sink, IProgressMonitor monitor) {
    }

    @Override
    public void devices(Consumer<DeviceRecord> sink, IProgressMonitor monitor) {
    }

    @Override
    public Optional<EntityRecord> entity(String key) {
        return Optional.empty();
    }

    @Override
    public Optional<String> entityKeyByIdentifier(String scheme, String id) {
        return Optional.empty();
    }

    @Override
    public Optional<DeviceRecord> device(String assetId) {
        return Optional.empty();
    }

    @Override
    public List<InterestRecord> interestsOf(String entityKey, Direction direction, int limit) {
        return List.of();
    }

    @Override
    public List<SourceRecord> sourcesOf(EClass type, String key) {
        return List.of();
    }

    @Override
    public Map<String, List<SourceRecord>> sourcesOf(EClass type, Collection<String> keys) {
        return Map.of();
    }

    @Override
    public Map<String, SourceRecord> sources(Collection<String> ids) {
        return Map.of();
    }

    @Override
    public List<ImportedFile> importedFiles() {
        return List.of();
    }

    @Override
    public List<EntityRecord> search(String text, int limit) {
        return List.of();
    }

    @Override
    public Optional<EObject> object(EClass type, String key) {
        return Optional.empty();
    }
}
