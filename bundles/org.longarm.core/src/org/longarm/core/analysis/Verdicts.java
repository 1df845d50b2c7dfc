package org.longarm.core.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.longarm.core.internal.engine.EntityVerdictList;

/**
 * Every verdict of one run. The verdicts the engine computes explain themselves when they are read: an entity's
 * reasons, evidence paths and notes are built when its {@link EntityVerdict} is fetched from {@link #entities()}, and
 * the sources of a path's facts ({@link Hop#sources()}) are read from the graph the verdicts were computed from when
 * first asked for, so that a run over a million entities does not hold a million explanations. Read them while that
 * graph is open.
 *
 * @param asOf the date the verdicts hold for
 * @param lawPack the law pack applied
 * @param settings the settings it was applied with
 * @param policy the policy applied
 * @param entities the verdicts on every organisation and person, in key order
 * @param devices the verdicts on every device, in asset id order
 * @param warnings data-quality warnings (e.g. holdings above 100%)
 */
public record Verdicts(LocalDate asOf, LawPack lawPack, LawPackSettings settings, Policy policy,
        List<EntityVerdict> entities, List<DeviceVerdict> devices, List<String> warnings) {

    public Verdicts {
        // kept in key order (the engine delivers them so; sorting sorted input is linear) so that lookups are
        // binary searches: callers look up many entities, one per device or per hop
        entities = entities instanceof EntityVerdictList ? entities
                : entities.stream().sorted(java.util.Comparator.comparing(EntityVerdict::key)).toList();
        devices = devices.stream().sorted(java.util.Comparator.comparing((DeviceVerdict d) -> d.device().assetId()))
                .toList();
        warnings = List.copyOf(warnings);
    }

    /** The verdict on one entity. */
    public Optional<EntityVerdict> entity(String key) {
        if (entities instanceof EntityVerdictList computed) {
            int i = computed.indexOfKey(key);
            return i < 0 ? Optional.empty() : Optional.of(computed.get(i));
        }
        return find(entities, EntityVerdict::key, key);
    }

    /** The verdict on one device. */
    public Optional<DeviceVerdict> device(String assetId) {
        return find(devices, d -> d.device().assetId(), assetId);
    }

    private static <T> Optional<T> find(List<T> sorted, java.util.function.Function<T, String> keyOf, String key) {
        int low = 0, high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = keyOf.apply(sorted.get(middle)).compareTo(key);
            if (c == 0) {
                return Optional.of(sorted.get(middle));
            }
            if (c < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    /**
     * The entities with one verdict, in key order, with their names but without their explanations: for lists of many
     * entities that fetch each {@link #entity(String)} only when it is shown.
     *
     * @since 1.1
     */
    public List<EntitySummary> entitySummaries(Verdict verdict) {
        List<EntitySummary> found = new java.util.ArrayList<>();
        if (entities instanceof EntityVerdictList computed) {
            for (int i = 0; i < computed.size(); i++) {
                if (computed.verdict(i) == verdict) {
                    found.add(new EntitySummary(computed.key(i), computed.name(i), verdict));
                }
            }
        } else {
            entities.stream().filter(e -> e.verdict() == verdict)
                    .forEach(e -> found.add(new EntitySummary(e.key(), e.name(), verdict)));
        }
        return found;
    }

    /**
     * An entity's verdict without its explanation.
     *
     * @param key the entity's key
     * @param name its name (its key when it has none)
     * @param verdict its verdict
     * @since 1.1
     */
    public record EntitySummary(String key, String name, Verdict verdict) {
    }

    /** How many entities have each verdict. */
    public Map<Verdict, Long> entityCounts() {
        if (entities instanceof EntityVerdictList computed) {
            return computed.counts();
        }
        return count(entities.stream().map(EntityVerdict::verdict).toList());
    }

    private static Map<Verdict, Long> count(List<Verdict> verdicts) {
        var counts = new java.util.EnumMap<Verdict, Long>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, verdicts.stream().filter(v::equals).count());
        }
        return counts;
    }
}
