package org.longarm.core.graph;

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
 */
public record SourceRecord(String id, String publisherName, String publisherUrl, LocalDate statementDate, String url,
        String description, String file) {
}
