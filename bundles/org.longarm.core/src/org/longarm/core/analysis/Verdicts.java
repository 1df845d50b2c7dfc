package org.longarm.core.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every verdict of one run.
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
        entities = entities.stream().sorted(java.util.Comparator.comparing(EntityVerdict::key)).toList();
        devices = devices.stream().sorted(java.util.Comparator.comparing((DeviceVerdict d) -> d.device().assetId()))
                .toList();
        warnings = List.copyOf(warnings);
    }

    /** The verdict on one entity. */
    public Optional<EntityVerdict> entity(String key) {
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

    /** How many entities have each verdict. */
    public Map<Verdict, Long> entityCounts() {
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
