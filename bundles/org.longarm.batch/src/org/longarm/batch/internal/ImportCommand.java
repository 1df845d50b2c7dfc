package org.longarm.batch.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.io.ImportReport;
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import: BODS (.json, .jsonl, .ndjson, "
            + "or JSON with statements under another name), product or inventory CSV (.csv, told apart by their header).")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Inputs.requireReadable(files);
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
            Inputs.printSummary(report, spec.commandLine().getOut(), false);
            return LongarmCommand.OK;
        }
        try (LongarmDatabase database = common.open(true)) {
            ImportReport report = Inputs.importFiles(files, database.store(), LongarmCommand.progress(),
                    spec.commandLine().getErr());
            Inputs.printSummary(report, spec.commandLine().getOut(), false);
        }
        return LongarmCommand.OK;
    }
}
