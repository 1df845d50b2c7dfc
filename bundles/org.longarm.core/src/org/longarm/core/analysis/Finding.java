package org.longarm.core.analysis;

import java.util.List;

/**
 * One result of an {@link Analysis}.
 *
 * @param subjectKind {@code entity} or {@code device}
 * @param subjectId the entity key or the device's asset id
 * @param code a reason code of the analysis, e.g. {@code COVERED_LIST_AFFILIATE}
 * @param message the finding in one sentence
 * @param path the evidence, hop by hop (may be empty)
 */
public record Finding(String subjectKind, String subjectId, String code, String message, List<Hop> path) {

    public Finding {
        path = List.copyOf(path);
    }
}
