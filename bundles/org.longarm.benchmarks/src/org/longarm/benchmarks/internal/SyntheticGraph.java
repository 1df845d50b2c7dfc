package org.longarm.benchmarks.internal;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.InterestRecord;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.core.graph.SourceRecord;
import org.longarm.model.EntityType;
import org.longarm.model.InterestType;

/**
 * A synthetic ownership graph that looks real, generated on the fly (nothing is held in memory, so a benchmark
 * measures the engine's projection, not the generator): a few state-owned roots, pyramids up to ten levels deep,
 * heavy-tailed numbers of holders and shares, about 1% of entities in cross-holding cycles, 10% of entities in CN
 * and 3% in HK.
 */
final class SyntheticGraph implements GraphView {

    private static final String[] CODES = { "GB", "US", "DE", "FR", "JP", "KR", "TW", "SE", "NL", "KY", "VG", "SG",
            "CA", "IE", "LU", "CH" };
    private static final int LEVELS = 10;

    private final int entities;
    private final int interestTarget;
    private final long seed;
    private long interestCount = -1;

    SyntheticGraph(int entities, int interests, long seed) {
        this.entities = entities;
        this.interestTarget = interests;
        this.seed = seed;
    }

    static String key(int i) {
        return "e" + i;
    }

    /** Entities are spread over levels; level 0 holds the roots (states and listed companies). */
    private int level(int i) {
        return (int) ((long) i * LEVELS / entities);
    }

    /**
     * The first entity that holdings are generated for: those before it (the roots) are held by nobody, and only they
     * may be persons, since BODS says that the subject of a relationship must be an entity. (Level 0 alone would not
     * do: it may end an entity later, where the division rounds down.)
     */
    private int firstSubject() {
        return entities / LEVELS;
    }

    EntityRecord entityRecord(int i) {
        SplittableRandom r = new SplittableRandom(seed * 31 + i);
        boolean state = i < 10;
        double roll = r.nextDouble();
        String code = state ? "CN" : roll < 0.10 ? "CN" : roll < 0.13 ? "HK" : roll < 0.14 ? null : CODES[r.nextInt(CODES.length)];
        boolean person = !state && i < firstSubject() && r.nextInt(4) == 0;
        boolean listed = !person && !state && level(i) <= 1 && r.nextInt(3) == 0;
        return new EntityRecord(key(i), "Company " + i, person, person ? null : state ? EntityType.STATE : EntityType.REGISTERED_ENTITY,
                person ? null : code, person && code != null ? List.of(code) : List.of(), listed, List.of());
    }

    @Override
    public void entities(Consumer<EntityRecord> sink, IProgressMonitor monitor) {
        for (int i = 0; i < entities; i++) {
            sink.accept(entityRecord(i));
        }
    }

    @Override
    public void interests(Consumer<InterestRecord> sink, IProgressMonitor monitor) {
        long count = 0;
        double perEntity = (double) interestTarget / entities;
        for (int t = firstSubject(); t < entities; t++) {
            SplittableRandom r = new SplittableRandom(seed * 17 + t);
            // heavy-tailed holder count with the requested mean: Pareto-like, capped
            int holders = (int) Math.min(50, Math.max(1, Math.round(perEntity * 0.68 / Math.pow(1 - r.nextDouble(), 0.45))));
            double remaining = 100;
            int level = level(t);
            for (int k = 0; k < holders && remaining > 0.5; k++) {
                int holderLevel = Math.max(0, level - 1 - (r.nextInt(4) == 0 ? r.nextInt(Math.max(1, level)) : 0));
                int from = (int) ((long) holderLevel * entities / LEVELS), to = (int) ((long) (holderLevel + 1) * entities / LEVELS);
                int h = from + r.nextInt(Math.max(1, Math.min(to, t) - from));
                if (h == t) {
                    continue;
                }
                double share = k == holders - 1 ? remaining * r.nextDouble() : remaining * Math.pow(r.nextDouble(), 1.5);
                share = Math.round(share * 100) / 100.0;
                remaining -= share;
                InterestType type = r.nextInt(10) == 0 ? InterestType.VOTING_RIGHTS : InterestType.SHAREHOLDING;
                sink.accept(new InterestRecord("r" + t + "-" + k, 0, key(h), key(t), type, share, null, null, null, null));
                count++;
                if (r.nextInt(200) == 0) {
                    sink.accept(new InterestRecord("r" + t + "-" + k + "-board", 1, key(h), key(t), InterestType.BOARD_MEMBER,
                            null, null, null, null, null));
                    count++;
                }
            }
            if (r.nextInt(100) == 0 && t + 1 < entities) {
                // a cross-holding: the entity holds a share of an entity of its own level that may hold it back
                int other = Math.min(entities - 1, t + 1 + r.nextInt(Math.max(1, Math.min(1000, entities - t - 1))));
                sink.accept(new InterestRecord("c" + t, 0, key(t), key(other), InterestType.SHAREHOLDING, 5 + r.nextInt(20) * 1.0,
                        null, null, null, null));
                sink.accept(new InterestRecord("c" + t + "-back", 0, key(other), key(t), InterestType.SHAREHOLDING, 5 + r.nextInt(20) * 1.0,
                        null, null, null, null));
                count += 2;
            }
        }
        interestCount = count;
    }

    long interestCount() {
        if (interestCount < 0) {
            interests(i -> {
            }, null);
        }
        return interestCount;
    }

    @Override
    public GraphCounts counts() {
        return new GraphCounts(entities, interestCount(), 0, 0);
    }

    @Override
    public void productLines(Consumer<ProductLineRecord> sink, IProgressMonitor monitor) {
        // the engine benchmark is about entities
    }

    @Override
    public void devices(Consumer<DeviceRecord> sink, IProgressMonitor monitor) {
        // the engine benchmark is about entities
    }

    @Override
    public Optional<EntityRecord> entity(String key) {
        int i = Integer.parseInt(key.substring(1));
        return i >= 0 && i < entities ? Optional.of(entityRecord(i)) : Optional.empty();
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
        return List.of(new SourceRecord("synthetic-" + key, "Synthetic", null, null, null, null, null));
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
