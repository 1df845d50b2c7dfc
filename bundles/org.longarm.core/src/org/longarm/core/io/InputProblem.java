package org.longarm.core.io;

/**
 * A problem found in an input file, with its location: a line and column for text formats, a statement and JSON
 * path for BODS. Unknown parts are 0 or null.
 *
 * @param file the file name as the user gave it
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 * @param statement the BODS statement id (or the record's key) the problem belongs to, or null
 * @param jsonPath the JSON path of the offending value within the statement (e.g. {@code $.recordDetails.name}), or
 *        null
 * @param message what is wrong, in one sentence
 */
public record InputProblem(String file, long line, long column, String statement, String jsonPath, String message) {

    /** The problem as one line: {@code file:line:column: [statement STATEMENT at PATH:] message}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (statement != null) {
            // a blank id, which the schema refuses, would leave a gap that reads as a missing word
            text.append("statement ").append(statement.isBlank() ? '"' + statement + '"' : statement);
            text.append(jsonPath != null ? " at " + jsonPath : "").append(": ");
        } else if (jsonPath != null) {
            text.append(jsonPath).append(": ");
        }
        return text.append(message).toString();
    }
}
