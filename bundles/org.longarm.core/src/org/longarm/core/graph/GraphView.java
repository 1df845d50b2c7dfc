package org.longarm.core.graph;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Read-only access to Longarm's graph. Streaming methods deliver their records in a stable order (by key), so
 * that what is computed from them does not depend on the order facts were imported in.
 */
public interface GraphView {

    /** How many records {@link #entities}, {@link #interests}, ... would deliver, for progress and sizing. */
    GraphCounts counts();

    /** Every organisation and person. */
    void entities(Consumer<EntityRecord> sink, IProgressMonitor monitor);

    /** Every interest of every relationship (one record per interest). */
    void interests(Consumer<InterestRecord> sink, IProgressMonitor monitor);

    /** Every product line. */
    void productLines(Consumer<ProductLineRecord> sink, IProgressMonitor monitor);

    /** Every device of the estate, with its site. */
    void devices(Consumer<DeviceRecord> sink, IProgressMonitor monitor);

    /** One entity by its key, if stored. */
    Optional<EntityRecord> entity(String key);

    /** The key of the entity that carries identifier {@code scheme:id}, if any. */
    Optional<String> entityKeyByIdentifier(String scheme, String id);

    /**
     * What {@link #entity} and then {@link #entityKeyByIdentifier} make of each reference, for many at once: the
     * reference itself when it is the key of a stored entity, else the key of the entity carrying it as identifier
     * {@code SCHEME:ID}. References that name no stored entity are absent from the map.
     *
     * @since 1.1
     */
    default java.util.Map<String, String> entityKeys(java.util.Collection<String> references) {
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
        for (String reference : references) {
            int colon = reference.indexOf(':');
            Optional<String> key = entity(reference).map(e -> reference).or(() -> colon > 0
                    ? entityKeyByIdentifier(reference.substring(0, colon), reference.substring(colon + 1))
                    : Optional.empty());
            key.ifPresent(k -> keys.put(reference, k));
        }
        return keys;
    }

    /**
     * Which of {@code keys} are the keys of stored organisations and persons (stubs, which have no type yet, are not),
     * each mapped to whether it is a person ({@link EntityRecord#person()}), for many at once.
     *
     * @since 1.4
     */
    default java.util.Map<String, Boolean> personFlags(java.util.Collection<String> keys) {
        java.util.Map<String, Boolean> flags = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            entity(key).ifPresent(e -> flags.put(key, e.person()));
        }
        return flags;
    }

    /**
     * What {@link #interestsOf(String, Direction, int)} gives for each of {@code entityKeys}, all of them, for many at
     * once: the interests held in each (its holders) or held by each (its holdings), by key. Keys without any are
     * absent. A stub (an entity no statement has typed yet) has interests too, as the end of the relationships that
     * named it.
     *
     * @since 1.7
     */
    default java.util.Map<String, List<InterestRecord>> interestsOf(java.util.Collection<String> entityKeys,
            Direction direction) {
        java.util.Map<String, List<InterestRecord>> interests = new java.util.LinkedHashMap<>();
        for (String key : new java.util.LinkedHashSet<>(entityKeys)) {
            List<InterestRecord> found = interestsOf(key, direction, Integer.MAX_VALUE);
            if (!found.isEmpty()) {
                interests.put(key, found);
            }
        }
        return interests;
    }

    /** One device by asset id, if stored. */
    Optional<DeviceRecord> device(String assetId);

    /** The interests held in {@code entityKey} (its holders) or held by it (its holdings). */
    List<InterestRecord> interestsOf(String entityKey, Direction direction, int limit);

    /** The sources behind one stored fact (an entity, a relationship, a product line, a device...). */
    List<SourceRecord> sourcesOf(EClass type, String key);

    /** The sources behind several facts of one class, by key (keys without sources are absent); in batches. */
    default java.util.Map<String, List<SourceRecord>> sourcesOf(EClass type, java.util.Collection<String> keys) {
        java.util.Map<String, List<SourceRecord>> sources = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            List<SourceRecord> found = sourcesOf(type, key);
            if (!found.isEmpty()) {
                sources.put(key, found);
            }
        }
        return sources;
    }

    /**
     * The stored sources with these ids (BODS statement ids, CSV row ids), by id; ids that no stored source has are
     * absent from the map. An import asks it to find a statement id that an earlier import gave to another statement.
     * The default throws {@link UnsupportedOperationException}: a view that files are imported against answers it.
     *
     * @since 1.2
     */
    default java.util.Map<String, SourceRecord> sources(java.util.Collection<String> ids) {
        throw new UnsupportedOperationException("this view does not look up sources by id");
    }

    /**
     * The files imported into the graph as their imports recorded them, the newest first. The default throws
     * {@link UnsupportedOperationException}: a view of a store that records its imports answers it.
     *
     * @since 1.2
     */
    default List<ImportedFile> importedFiles() {
        throw new UnsupportedOperationException("this view keeps no record of imported files");
    }

    /** Entities whose name or identifier matches {@code text}: identifiers exactly, names by words and prefixes. */
    List<EntityRecord> search(String text, int limit);

    /**
     * How many entities each jurisdiction of registration (persons: residence) has, by ISO code; entities without a
     * jurisdiction are counted under the empty string. For folders of a browser that must not read the whole graph.
     * The default streams {@link #entities}; a database answers from its own counts.
     *
     * @since 1.1
     */
    default java.util.Map<String, Long> entityCountsByJurisdiction() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        entities(e -> counts.merge(e.jurisdiction() == null ? "" : e.jurisdiction(), 1L, Long::sum), null);
        return counts;
    }

    /**
     * One page of the entities of a jurisdiction, ordered by name (entities without a name last, as the database
     * orders them), then key.
     *
     * @param jurisdiction an ISO code, or the empty string for entities without a jurisdiction
     * @param offset how many entities of that order to skip
     * @param limit the most entities to return
     * @since 1.1
     */
    default List<EntityRecord> entitiesByJurisdiction(String jurisdiction, int offset, int limit) {
        List<EntityRecord> all = new java.util.ArrayList<>();
        entities(e -> {
            if (jurisdiction.equals(e.jurisdiction() == null ? "" : e.jurisdiction())) {
                all.add(e);
            }
        }, null);
        all.sort(java.util.Comparator.comparing(EntityRecord::name,
                java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
                .thenComparing(EntityRecord::key));
        return List.copyOf(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
    }

    /** The full model object, loaded lazily, for the rare reader that needs every detail. */
    Optional<EObject> object(EClass type, String key);

    /**
     * Hands {@code sink} the stored objects that refer to <em>stubs</em> of {@code type}'s key space — keys that a
     * reference named and that no write has defined since, such as a party named by an identifier that no stored
     * entity had — each loaded with those references pointing at the key that {@code replacements} gives for the stub
     * instead. Nothing is written: an importer that has just defined the replacements writes the objects back, so
     * that what was stored before an entity arrived links to it as what is imported after does. The objects are read
     * a batch at a time, so that a stub named by many does not fill the heap.
     *
     * <p>The default finds none, which is right for a store that keeps no stubs.
     *
     * @param replacements stub key to the key its referrers should name
     * @since 1.2
     */
    default void referrersOfStubs(EClass type, java.util.Map<String, String> replacements, Consumer<EObject> sink) {
    }

    /**
     * Waits while an import committed to the graph is still being applied, then says how many imports (and other
     * writes applied in several transactions) have been committed to it. A large import is applied batch by batch
     * after its commit point, and a reader meanwhile would see part of it. A reader that reads the graph in several
     * transactions, as an analysis does, calls this before and after reading: the same number both times means it
     * read no import in part, and another number that it should read again.
     *
     * <p>The default returns 0 at once, which is right for a graph that is never written in parts.
     *
     * @param monitor says that the reader waits, and cancels the wait
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled while waiting
     * @since 1.3
     */
    default long awaitAppliedWrites(IProgressMonitor monitor) {
        return 0;
    }

    /**
     * A graph that holds nothing: what a new database holds, for reading files as an import into one reads them.
     *
     * @since 1.6
     */
    static GraphView empty() {
        return org.longarm.core.internal.graph.EmptyGraph.INSTANCE;
    }

    /** Which side of an entity's interests to look at. */
    enum Direction {
        /** interests held in the entity: its owners and controllers */
        HOLDERS,
        /** interests the entity holds in others */
        HOLDINGS
    }
}
