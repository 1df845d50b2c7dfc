package org.longarm.batch.internal;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import org.longarm.core.graph.ImportedFile;
import org.longarm.store.neo4j.LongarmDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "imports", mixinStandardHelpOptions = true,
        description = { "Lists the files imported into the graph, newest first: when each was imported (UTC), its "
                + "format, the statements or rows read, the facts and sources written, the statements superseded by "
                + "newer ones the graph held, the warnings its import found at its rows, its name, its SHA-256 (whose "
                + "first 16 hex digits are the import id that each of its facts' sources names) and its records by "
                + "kind. A file imported again with the same content is listed once, at its first import.", "Exit codes: 0 listed, 2 no database in the data folder, 3 database failure." })
final class ImportsCommand implements Callable<Integer> {

    private static final String[] HEADINGS = { "IMPORTED (UTC)", "FORMAT", "RECORDS", "WRITTEN", "SUPERSEDED",
            "WARNINGS", "FILE", "SHA-256", "RECORDS BY KIND" };

    @Option(names = "--warnings", description = "Also list, below the table, the warnings that each file's import "
            + "found at its rows (as the import printed them: warning: FILE:LINE: MESSAGE), the newest file first.")
    boolean listWarnings;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (LongarmDatabase database = common.open(false)) {
            List<ImportedFile> files = database.store().view().importedFiles();
            PrintWriter out = spec.commandLine().getOut();
            if (files.isEmpty()) {
                out.println("No imports recorded in " + database.store().describe() + ".");
                return LongarmCommand.OK;
            }
            String[][] rows = new String[files.size() + 1][];
            rows[0] = HEADINGS;
            for (int i = 0; i < files.size(); i++) {
                ImportedFile f = files.get(i);
                rows[i + 1] = new String[] {
                        f.importedAt() == null ? "?" : f.importedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        f.format() == null ? "?" : f.format(), "%,d".formatted(f.records()),
                        "%,d".formatted(f.written()), "%,d".formatted(f.superseded()),
                        "%,d".formatted(f.warningCount()),
                        TerminalWriter.shown(f.fileName() == null ? "?" : f.fileName()),
                        f.sha256() == null ? "?" : f.sha256(), String.join(" ", f.counts()) };
            }
            print(rows, out);
            out.printf("%s.%n", Inputs.count(files.size(), "file"));
            long warnings = files.stream().mapToLong(ImportedFile::warningCount).sum();
            if (listWarnings) {
                printWarnings(files, out);
            } else if (warnings > 0) {
                out.printf("%s to check: 'longarm imports --warnings' lists %s.%n", Inputs.count(warnings, "warning"),
                        warnings == 1 ? "it" : "them");
            }
        }
        return LongarmCommand.OK;
    }

    /** Each file's recorded warnings, printed as escaped values, and how many more its import counted. */
    private static void printWarnings(List<ImportedFile> files, PrintWriter out) {
        for (ImportedFile f : files) {
            String file = f.fileName() == null ? f.importId() : f.fileName();
            f.warnings().forEach(warning -> out.printf("warning: %s:%s%n", file, warning));
            if (f.unlistedWarnings() > 0) {
                out.printf("... and %,d more warning%s at the rows of %s, counted when it was imported but not "
                        + "recorded (an import records its first thousand)%n", f.unlistedWarnings(),
                        f.unlistedWarnings() == 1 ? "" : "s", file);
            }
        }
    }

    /**
     * Columns padded to their widest cell as a terminal shows it, numbers (columns 2-5) to the right; no line ends in
     * spaces.
     */
    private static void print(String[][] rows, PrintWriter out) {
        int[] width = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], TerminalWriter.columns(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean number = c >= 2 && c <= 5;
                String pad = " ".repeat(width[c] - TerminalWriter.columns(row[c]));
                line.append(number ? pad + row[c] : row[c] + pad).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
