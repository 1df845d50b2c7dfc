package org.longarm.core.graph;

import java.time.LocalDate;
import java.util.List;

import org.longarm.model.InterestType;

/**
 * One interest of a relationship: {@code holderKey} holds it in {@code subjectKey}.
 *
 * @param relationshipKey the relationship's record id
 * @param index the interest's position within its relationship
 * @param holderKey the interested party
 * @param subjectKey the subject
 * @param type the interest type (null if not given)
 * @param shareExact exact share in percent, or null
 * @param shareMinimum minimum of a share range in percent, or null
 * @param exclusiveMinimum whether the share is more than {@code shareMinimum} rather than at least it (BODS
 *            {@code exclusiveMinimum}, as in the UK register's band "more than 50% but less than 75%")
 * @param shareMaximum maximum of a share range in percent, or null
 * @param startDate first day the interest holds, or null (open)
 * @param endDate last day the interest holds, or null (open)
 * @param componentRecords for an interest that is not held directly (indirect, or not said), the record ids of the
 *            components its relationship lists when it is a primary indirect relationship (BODS
 *            {@code componentRecords}: the intermediate entities and the relationships through which the holder holds
 *            the interest); empty otherwise, and for a direct interest, even of such a relationship; never null
 * @since 1.2 ({@code exclusiveMinimum}, {@code componentRecords})
 */
public record InterestRecord(String relationshipKey, int index, String holderKey, String subjectKey,
        InterestType type, Double shareExact, Double shareMinimum, boolean exclusiveMinimum, Double shareMaximum,
        LocalDate startDate, LocalDate endDate, List<String> componentRecords) {

    /** Keeps {@code componentRecords} unmodifiable and never null. */
    public InterestRecord {
        componentRecords = componentRecords == null ? List.of() : List.copyOf(componentRecords);
    }

    /**
     * An interest whose minimum, if any, is inclusive, of a relationship without components: the record as it was
     * before {@code exclusiveMinimum} and {@code componentRecords}, kept so that plug-ins built against it still run.
     */
    public InterestRecord(String relationshipKey, int index, String holderKey, String subjectKey, InterestType type,
            Double shareExact, Double shareMinimum, Double shareMaximum, LocalDate startDate, LocalDate endDate) {
        this(relationshipKey, index, holderKey, subjectKey, type, shareExact, shareMinimum, false, shareMaximum,
                startDate, endDate, List.of());
    }
}
