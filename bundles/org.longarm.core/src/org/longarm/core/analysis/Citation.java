package org.longarm.core.analysis;

/**
 * An article of law that verdicts cite.
 *
 * @param code a short reference, e.g. {@code NIL Art. 7}
 * @param title what the article says, in one line
 * @param url where its text can be read, or null
 */
public record Citation(String code, String title, String url) {
}
