package org.longarm.core.graph;

import java.time.Instant;
import java.util.List;

/**
 * One file that an import brought into the graph, as the import recorded it. Importing a file again whose content
 * is already recorded changes nothing, so each content is recorded once, with the time it was first imported.
 *
 * @param importId the import id, which each of its sources names: the first 16 hex digits of the file's SHA-256
 *            (the whole digest for a file recorded before import ids were shortened)
 * @param fileName the file's name when it was imported
 * @param sha256 the SHA-256 of the file's content, in hex
 * @param format the format it was read as (e.g. {@code bods}, {@code products}, {@code inventory})
 * @param importedAt when it was imported, or null if not recorded
 * @param records the statements or rows read from it
 * @param written the facts and sources written from it, whether or not they differed from what the graph held
 * @param superseded the statements skipped because the import or the graph held a newer statement for their record
 * @param counts the records read per kind, as {@code KIND=COUNT} (e.g. {@code entity=120})
 * @param warnings what its import asked to check at its rows though it wrote them (such as a product line that a
 *            stored line outranks), as {@code LINE: MESSAGE} in the order of the rows: those among the first thousand
 *            of its import (since 1.5; empty for a file imported before)
 * @param unlistedWarnings how many warnings at its rows {@code warnings} leaves out (since 1.5)
 * @since 1.2
 */
public record ImportedFile(String importId, String fileName, String sha256, String format, Instant importedAt,
        long records, long written, long superseded, List<String> counts, List<String> warnings,
        long unlistedWarnings) {

    public ImportedFile {
        counts = List.copyOf(counts);
        warnings = List.copyOf(warnings);
    }

    /** A file recorded without warnings, the record of 1.2. */
    public ImportedFile(String importId, String fileName, String sha256, String format, Instant importedAt,
            long records, long written, long superseded, List<String> counts) {
        this(importId, fileName, sha256, format, importedAt, records, written, superseded, counts, List.of(), 0);
    }

    /**
     * How many warnings its import found at its rows, listed or not.
     *
     * @since 1.5
     */
    public long warningCount() {
        return warnings.size() + unlistedWarnings;
    }
}
