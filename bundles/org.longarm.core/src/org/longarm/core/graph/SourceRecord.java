package org.longarm.core.graph;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a fact comes from.
 *
 * @param id the statement id (BODS) or row id (CSV)
 * @param publisherName who published it, or null
 * @param publisherUrl the publisher's web address, or null
 * @param statementDate the date of the statement, or null
 * @param url where the statement or its evidence can be read, or null
 * @param description free text, or null
 * @param file the imported file it came from, or null
 * @param statementTime the instant of a statement date given as a date-time, or null (since 1.2)
 */
public record SourceRecord(String id, String publisherName, String publisherUrl, LocalDate statementDate, String url,
        String description, String file, Instant statementTime) {

    /** A source whose statement date has no time of day. */
    public SourceRecord(String id, String publisherName, String publisherUrl, LocalDate statementDate, String url,
            String description, String file) {
        this(id, publisherName, publisherUrl, statementDate, url, description, file, null);
    }

    /**
     * When the statement was made, as evidence shows it: the instant in UTC ({@code 2024-05-01T17:00:00Z}) when its
     * date was given with a time, since that decided which statement of a record is newer; else the date; else null.
     *
     * @since 1.2
     */
    public String statementWhen() {
        return statementTime != null ? statementTime.toString() : statementDate != null ? statementDate.toString() : null;
    }
}
