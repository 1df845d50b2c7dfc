package org.longarm.core.analysis;

import java.time.LocalDate;
import java.util.List;

import org.longarm.core.graph.SourceRecord;
import org.longarm.core.internal.engine.LazySources;

/**
 * One link of an evidence path: {@code holder} has {@code interest} in {@code subject}. For a device's first hop the
 * holder is the brand owner or manufacturer, the subject the device's product line, and the interest
 * {@code brandOwner} or {@code manufacturer (OEM)}.
 *
 * @param holderKey the holder's key
 * @param holderName the holder's name
 * @param subjectKey the subject's key
 * @param subjectName the subject's name
 * @param interest the interest type (BODS code) or supply relation
 * @param share the share in percent that counted (the minimum of a range), or null
 * @param shareAbove whether the share is more than {@code share} rather than at least it (a range whose minimum is
 *            exclusive, as in "more than 50% but less than 75%")
 * @param startDate first day of the fact, or null
 * @param endDate last day of the fact, or null
 * @param factKey the key of the relationship or product line the hop comes from
 * @param sources the sources of that fact (for hops the engine builds, read from its graph when first asked for)
 * @since 1.2 ({@code shareAbove}), 1.3 ({@link #shareText()})
 */
public record Hop(String holderKey, String holderName, String subjectKey, String subjectName, String interest,
        Double share, boolean shareAbove, LocalDate startDate, LocalDate endDate, String factKey,
        List<SourceRecord> sources) {

    public Hop {
        sources = sources instanceof LazySources ? sources : List.copyOf(sources);
        shareAbove = shareAbove && share != null;
    }

    /**
     * A hop whose share, if any, is at least {@code share}: the record as it was before {@code shareAbove}, kept so
     * that plug-ins built against it still run.
     */
    public Hop(String holderKey, String holderName, String subjectKey, String subjectName, String interest,
            Double share, LocalDate startDate, LocalDate endDate, String factKey, List<SourceRecord> sources) {
        this(holderKey, holderName, subjectKey, subjectName, interest, share, false, startDate, endDate, factKey,
                sources);
    }

    /**
     * The share as Longarm writes it for a reader, {@code 41.88%} or {@code more than 50%} (see {@link Percentages}),
     * or null when the hop has none.
     *
     * @since 1.3
     */
    public String shareText() {
        return share == null ? null : Percentages.text(share, shareAbove);
    }
}
