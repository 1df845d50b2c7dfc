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
 * @param entities the verdicts on every organisation and person, by key
 * @param devices the verdicts on every device, by asset id
 * @param warnings data-quality warnings (e.g. holdings above 100%)
 */
public record Verdicts(LocalDate asOf, LawPack lawPack, LawPackSettings settings, Policy policy,
        List<EntityVerdict> entities, List<DeviceVerdict> devices, List<String> warnings) {

    public Verdicts {
        entities = List.copyOf(entities);
        devices = List.copyOf(devices);
        warnings = List.copyOf(warnings);
    }

    /** The verdict on one entity. */
    public Optional<EntityVerdict> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The verdict on one device. */
    public Optional<DeviceVerdict> device(String assetId) {
        return devices.stream().filter(d -> d.device().assetId().equals(assetId)).findFirst();
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
