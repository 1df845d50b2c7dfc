package org.longarm.batch.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            if (!Files.isRegularFile(file)) {
                throw new UsageException(file + ": no such file");
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
        requireReadable(files);
        ImportReport report = importer().importFiles(files, store, monitor);
        monitor.done();
        failOnProblems(report, err, "nothing was imported");
        return report;
    }

    static void failOnProblems(ImportReport report, PrintWriter err, String consequence) {
        if (report.valid()) {
            return;
        }
        int shown = 0;
        for (InputProblem problem : report.problems()) {
            if (shown++ == 200) {
                err.println("... and " + (report.problems().size() - 200) + " more problems");
                break;
            }
            err.println(problem);
        }
        throw new UsageException(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")
                + " in the input; " + consequence);
    }

    static void printSummary(ImportReport report, PrintWriter out, boolean validation) {
        for (ImportReport.FileReport file : report.files()) {
            if (file.alreadyImported()) {
                out.printf("%s: already imported (sha256 %s), nothing to do%n", file.fileName(), file.sha256());
            } else if (validation) {
                out.printf("%s: %s, %,d records, valid%n", file.fileName(), file.format(), file.records());
            } else {
                out.printf("%s: %s, %,d records, %,d facts written, %,d superseded by newer statements%n",
                        file.fileName(), file.format(), file.records(), file.written(), file.superseded());
            }
        }
    }
}
