package org.longarm.core.io;

import java.util.List;

/**
 * What an import or a validation did.
 *
 * @param files one entry per file, in the order they were read
 * @param problems the problems found, the first thousand or so of an import (a file with an error in each of millions
 *        of statements would not leave room for all of them in the heap); when there is any, nothing was written
 * @param unlisted how many more problems were found than {@code problems} lists (since 1.2)
 * @param unresolvedReferences the references (record ids, identifiers) of an import that name records neither in its
 *        files nor in the graph, in the order met: the first thousand or so. The store keeps them as stubs, which the verdicts
 *        judge UNKNOWN unless their holders decide; a later import that brings the records fills them in. References of
 *        statements that newer ones supersede may be among them. Empty for a validation (since 1.2)
 * @param unlistedUnresolvedReferences how many more references name records neither in its files nor in the graph
 *        than {@code unresolvedReferences} lists: met once the list was full, they are counted but not named (since
 *        1.5; until then a flag that said only whether such references had been met, even when the import turned out
 *        to define them all)
 */
public record ImportReport(List<FileReport> files, List<InputProblem> problems, long unlisted,
        List<String> unresolvedReferences, long unlistedUnresolvedReferences) {

    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        unresolvedReferences = List.copyOf(unresolvedReferences);
    }

    /**
     * The constructor of 1.3.0, kept for plug-ins built against it: {@code moreUnresolvedReferences} counts as one
     * reference left out of the list.
     */
    public ImportReport(List<FileReport> files, List<InputProblem> problems, long unlisted,
            List<String> unresolvedReferences, boolean moreUnresolvedReferences) {
        this(files, problems, unlisted, unresolvedReferences, moreUnresolvedReferences ? 1 : 0);
    }

    /** A report that lists every unresolved reference. */
    public ImportReport(List<FileReport> files, List<InputProblem> problems, long unlisted,
            List<String> unresolvedReferences) {
        this(files, problems, unlisted, unresolvedReferences, 0);
    }

    /** A report without unresolved references. */
    public ImportReport(List<FileReport> files, List<InputProblem> problems, long unlisted) {
        this(files, problems, unlisted, List.of());
    }

    /** A report that lists every problem found, without unresolved references. */
    public ImportReport(List<FileReport> files, List<InputProblem> problems) {
        this(files, problems, 0);
    }

    /**
     * How many problems were found, listed or not.
     *
     * @since 1.2
     */
    public long problemCount() {
        return problems.size() + unlisted;
    }

    /**
     * How many references name records neither in the import's files nor in the graph, listed or not.
     *
     * @since 1.5
     */
    public long unresolvedReferenceCount() {
        return unresolvedReferences.size() + unlistedUnresolvedReferences;
    }

    /**
     * Whether more references are unresolved than {@link #unresolvedReferences()} lists.
     *
     * @since 1.3
     */
    public boolean moreUnresolvedReferences() {
        return unlistedUnresolvedReferences > 0;
    }

    /** Whether every file was valid. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * One file of an import.
     *
     * @param fileName the file as the user gave it
     * @param format the id of the format it was read as, or null when none recognised it
     * @param sha256 the SHA-256 of its content, in hex
     * @param records statements or rows read
     * @param written facts and sources written (each statement's facts, their sources and jurisdictions, counted
     *        whether or not they differ from what the store held); 0 for a validation
     * @param superseded records skipped because a newer statement for them was known
     * @param alreadyImported true when the same content had been imported before, or is that of a file given earlier
     *        in the same import or validation (nothing was read or written)
     */
    public record FileReport(String fileName, String format, String sha256, long records, long written,
            long superseded, boolean alreadyImported) {
    }
}
