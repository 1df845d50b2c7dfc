package org.longarm.core.analysis;

import java.util.List;

/**
 * The verdict on one organisation or person.
 *
 * @param key the entity's key (BODS record id)
 * @param name its name
 * @param person true for a person
 * @param jurisdiction its jurisdiction code, or null
 * @param verdict the verdict
 * @param reasons reason codes, most decisive first
 * @param subjectHeldFraction the part of the entity held by subject parties, 0–1
 * @param paths evidence paths from the entity to an in-scope party; the first is the main one (each path lists its
 *        hops from the in-scope party's side down to the entity)
 * @param notes explanations in words (e.g. what is missing for resolution)
 */
public record EntityVerdict(String key, String name, boolean person, String jurisdiction, Verdict verdict,
        List<String> reasons, double subjectHeldFraction, List<List<Hop>> paths, List<String> notes) {

    public EntityVerdict {
        reasons = List.copyOf(reasons);
        paths = paths.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** The main evidence path (empty when there is none). */
    public List<Hop> path() {
        return paths.isEmpty() ? List.of() : paths.get(0);
    }
}
