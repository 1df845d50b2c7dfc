package org.longarm.batch.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.io.InputProblem;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.ModelStore;

/** Importing and validating files, as the import, validate and analyze commands share it. */
final class Inputs {

    private Inputs() {
    }

    static void requireReadable(List<Path> files) {
        for (Path file : files) {
            if (file.toString().equals("-")) {
                throw new UsageException("-: standard input cannot be read; Longarm reads each file more than once, so"
                        + " save it to a file first");
            }
            if (Files.isDirectory(file)) {
                throw new UsageException(file + ": is a folder; name the files in it");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a pipe, /dev/stdin or <(command): its content can be read once, and a file is read two to four times
                // (its SHA-256, the check, a second pass, the SHA-256 again before the commit point)
                throw new UsageException(file + ": is not a regular file (a pipe or a device); Longarm reads each file "
                        + "more than once, so save it to a file first");
            }
            if (!Files.isRegularFile(file)) {
                // neither there nor surely absent: a folder on the way may not be searched (its permissions), or a
                // part of the path is a file
                throw new UsageException(file + (Files.notExists(file) ? ": no such file"
                        : ": cannot be reached (a folder on its path may not be open to you, or a part of it is not a "
                                + "folder)"));
            }
            if (!Files.isReadable(file)) {
                throw new UsageException(file + ": cannot be read");
            }
        }
    }

    static Importer importer() {
        return new Importer(Contributions.inputFormats());
    }

    /** Imports {@code files}; on problems prints them and throws a usage error, having written nothing. */
    static ImportReport importFiles(List<Path> files, ModelStore store, IProgressMonitor monitor, PrintWriter err)
            throws IOException {
        return reported(files, monitor, err, "nothing was imported",
                () -> importer().importFiles(files, store, monitor));
    }

    /** Checks {@code files} alone, as {@code longarm validate}; on problems prints them and throws a usage error. */
    static ImportReport validateFiles(List<Path> files, IProgressMonitor monitor, PrintWriter err) throws IOException {
        return reported(files, monitor, err, "the files are not valid", () -> importer().validate(files, null, monitor));
    }

    /**
     * A dry run of the import of {@code files} into the graph of {@code store} (null: an empty graph), writing nothing;
     * on problems prints them and throws a usage error.
     */
    static ImportReport dryRun(List<Path> files, ModelStore store, IProgressMonitor monitor, PrintWriter err)
            throws IOException {
        return reported(files, monitor, err, "the import would be refused (a dry run: it wrote nothing)",
                () -> importer().dryRun(files, store, monitor));
    }

    /** An import, its dry run or a validation of files, which gives their report. */
    private interface Reading {
        ImportReport run() throws IOException;
    }

    /**
     * Runs {@code reading} of the readable {@code files}; on problems prints them and throws a usage error saying
     * {@code consequence}; otherwise prints the warnings on {@code err}, where its problems would have gone.
     */
    private static ImportReport reported(List<Path> files, IProgressMonitor monitor, PrintWriter err,
            String consequence, Reading reading) throws IOException {
        requireReadable(files);
        ImportReport report;
        try {
            report = reading.run();
        } finally {
            monitor.done();
        }
        failOnProblems(report, err, consequence);
        list(report.warnings(), report.warningCount(), "warning: ", "warnings", err);
        return report;
    }

    static void failOnProblems(ImportReport report, PrintWriter err, String consequence) {
        if (report.valid()) {
            return;
        }
        list(report.problems(), report.problemCount(), "", "problems", err);
        throw new UsageException(count(report.problemCount(), "problem") + " in the input; " + consequence);
    }

    /** Prints the first 200 of {@code found}, one a line, and how many more there are of {@code total}. */
    private static void list(List<InputProblem> found, long total, String prefix, String nouns, PrintWriter err) {
        found.stream().limit(200).forEach(problem -> err.printf("%s%s%n", prefix, problem)); // escaped as values
        if (total > 200) {
            err.printf("... and %,d more %s%n", total - 200, nouns);
        }
    }

    /** {@code n} and its {@code noun}, plural unless one: "1 warning", "1,001 warnings". */
    static String count(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }

    /** What a summary reports on. */
    enum Summary {
        /** An import, written. */
        IMPORT,
        /** Files checked alone, without a database ({@code longarm validate}). */
        VALIDATION,
        /** A dry run of an import: files checked against the graph as the import would check them, nothing written. */
        DRY_RUN
    }

    static void printSummary(ImportReport report, PrintWriter out, Summary summary) {
        boolean validation = summary != Summary.IMPORT;
        Map<String, String> readNow = new HashMap<>(); // file names by content
        for (ImportReport.FileReport file : report.files()) {
            String twin = readNow.get(file.sha256());
            if (file.alreadyImported() && twin != null) { // named twice, or a copy: its content was imported once
                out.printf("%s: the same content as %s, %s once%n", file.fileName(), twin,
                        validation ? "checked" : "imported");
            } else if (file.alreadyImported()) {
                out.printf("%s: already imported (sha256 %s), nothing to do%n", file.fileName(), file.sha256());
            } else if (summary == Summary.VALIDATION) {
                out.printf("%s: %s, %s, valid%n", file.fileName(), file.format(), count(file.records(), "record"));
            } else {
                out.printf("%s: %s, %s, %s %s, %,d superseded by newer statements%n", file.fileName(), file.format(),
                        count(file.records(), "record"), count(file.written(), "fact"),
                        summary == Summary.DRY_RUN ? "to write" : "written", file.superseded());
            }
            if (!file.alreadyImported() && file.sha256() != null) {
                readNow.putIfAbsent(file.sha256(), file.fileName());
            }
        }
        if (report.warningCount() > 0 && summary == Summary.DRY_RUN) {
            out.printf("%s to check, listed on stderr (the import would be written, and its records would keep %s)%n",
                    count(report.warningCount(), "warning"), report.warningCount() == 1 ? "it" : "them");
        } else if (report.warningCount() > 0) {
            // the import records keep what the report lists, its first thousand
            String again = report.unlistedWarnings() > 0 ? "the first %,d".formatted(report.warnings().size())
                    : report.warningCount() == 1 ? "it" : "them";
            out.printf("%s to check, listed on stderr (the import was written; 'longarm imports --warnings' lists %s"
                    + " again)%n", count(report.warningCount(), "warning"), again);
        }
        long unresolved = report.unresolvedReferenceCount();
        if (unresolved > 0) {
            List<String> listed = report.unresolvedReferences();
            List<String> named = listed.subList(0, Math.min(10, listed.size()));
            out.printf("%s %s records that neither the files nor the graph hold, %s as stubs (UNKNOWN unless their "
                    + "holders decide)%s%n", count(unresolved, "reference"), unresolved == 1 ? "names" : "name",
                    summary == Summary.DRY_RUN ? "which the import would keep" : "kept",
                    named.isEmpty() ? "; met after a thousand others, they are counted but not named"
                            : ": " + String.join(", ", named) + (unresolved > named.size() ? ", ..." : ""));
        }
        if (summary == Summary.DRY_RUN) {
            out.println("A dry run: the import wrote nothing.");
        }
    }
}
