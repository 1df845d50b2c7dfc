package org.longarm.batch.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.io.ImportReport;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Imports BODS 0.4 statements (.json, .jsonl), product CSV and inventory CSV files into the graph.",
                "All files land together or not at all; a file imported before (same SHA-256) is skipped.",
                "Exit codes: 0 imported, 2 invalid input (nothing changed), 3 database failure, 130 cancelled"
                        + " (Ctrl-C)." })
final class ImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--new-database", description = { "Create the embedded database with Neo4j's bulk importer: "
            + "faster for a first load of millions of statements (about 1.5x at a million).",
            "The data folder must hold no database yet and its server must be stopped; not with --neo4j." })
    boolean newDatabase;

    @Option(names = "--dry-run", description = { "Check the files against the graph as the import would, and write "
            + "nothing: references to stored records, statement ids and record types stored before, product lines that "
            + "a stored line outranks (warnings), files imported before.",
            "Exit codes as the import's: 0 it would be written, 2 it would be refused." })
    boolean dryRun;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import: BODS (.json, .jsonl, .ndjson, "
            + "or JSON with statements under another name), product or inventory CSV (.csv, told apart by their header).")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Inputs.requireReadable(files);
        if (dryRun) {
            return dryRun();
        }
        if (newDatabase) {
            ConsoleProgress progress = LongarmCommand.progress();
            ImportReport report;
            try {
                // checking the files and writing the CSV took about half of the time, as the workbench counts it
                SubMonitor phases = SubMonitor.convert(progress, "Importing", 100);
                report = LongarmDatabase.createByBulkImport(common.databaseOptions(), List.of(),
                        store -> Inputs.importFiles(files, store, phases.split(50), spec.commandLine().getErr()),
                        phases);
            } finally {
                progress.done();
            }
            Inputs.printSummary(report, spec.commandLine().getOut(), Inputs.Summary.IMPORT);
            return LongarmCommand.OK;
        }
        try (LongarmDatabase database = common.open(true)) {
            ImportReport report = Inputs.importFiles(files, database.store(), LongarmCommand.progress(),
                    spec.commandLine().getErr());
            Inputs.printSummary(report, spec.commandLine().getOut(), Inputs.Summary.IMPORT);
        }
        return LongarmCommand.OK;
    }

    /** Checks the files against the graph; against an empty one when the data folder holds no database yet. */
    private int dryRun() throws Exception {
        if (newDatabase) {
            throw new UsageException("--dry-run and --new-database: a dry run checks files against a database, and "
                    + "--new-database makes one; 'longarm import --dry-run FILE...' in a folder without a database "
                    + "checks them as an import into a new one");
        }
        PrintWriter out = spec.commandLine().getOut();
        LongarmDatabase.Options options = common.databaseOptions();
        ImportReport report;
        if (options.server() == null && !EmbeddedNeo4j.hasDatabase(options.dataDir())) {
            // a dry run makes no database: the files are checked as an import into a new, empty one checks them
            out.printf("No Longarm database in %s yet: checked as an import into a new one, which this dry run does "
                    + "not create%n", options.dataDir());
            report = Inputs.dryRun(files, null, LongarmCommand.progress(), spec.commandLine().getErr());
        } else {
            try (LongarmDatabase database = common.open(false)) {
                report = Inputs.dryRun(files, database.store(), LongarmCommand.progress(), spec.commandLine().getErr());
            }
        }
        Inputs.printSummary(report, out, Inputs.Summary.DRY_RUN);
        return LongarmCommand.OK;
    }
}
