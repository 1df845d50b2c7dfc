package org.longarm.core.io;

import java.util.List;

/**
 * What an import or a validation did.
 *
 * @param files one entry per file, in the order they were read
 * @param problems the problems found, the first thousand of an import in the order of its files and lines (a file with
 *        an error in each of millions of statements would not leave room for all of them in the heap); when there is
 *        any, nothing was written
 * @param unlisted how many more problems were found than {@code problems} lists (since 1.2)
 * @param unresolvedReferences the references (record ids, identifiers) of an import that name records neither in its
 *        files nor in the graph, in the order met: the first thousand or so. The store keeps them as stubs, which the verdicts
 *        judge UNKNOWN unless their holders decide; a later import that brings the records fills them in. References of
 *        statements that newer ones supersede may be among them. Empty for a validation (since 1.2)
 * @param unlistedUnresolvedReferences how many more references name records neither in its files nor in the graph
 *        than {@code unresolvedReferences} lists: met once the list was full, they are counted but not named (since
 *        1.5; until then a flag that said only whether such references had been met, even when the import turned out
 *        to define them all)
 * @param warnings what a written import did that the analyst should check, though nothing in it is invalid, at the
 *        file and line it concerns, the first thousand: a product line that a stored line of the same brand and model
 *        outranks for part of its period (see {@code docs/importing.md}). Empty for a validation and for a rejected
 *        import (since 1.7)
 * @param unlistedWarnings how many more warnings there are than {@code warnings} lists (since 1.7)
 */
public record ImportReport(List<FileReport> files, List<InputProblem> problems, long unlisted,
        List<String> unresolvedReferences, long unlistedUnresolvedReferences, List<InputProblem> warnings,
        long unlistedWarnings) {

    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        unresolvedReferences = List.copyOf(unresolvedReferences);
        warnings = List.copyOf(warnings);
    }

    /** The canonical constructor of 1.5 and 1.6, kept for plug-ins built against them: a report without warnings. */
    public ImportReport(List<FileReport> files, List<InputProblem> problems, long unlisted,
            List<String> unresolvedReferences, long unlistedUnresolvedReferences) {
        this(files, problems, unlisted, unresolvedReferences, unlistedUnresolvedReferences, List.of(), 0);
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
     * How many warnings the import has, listed or not.
     *
     * @since 1.7
     */
    public long warningCount() {
        return warnings.size() + unlistedWarnings;
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
