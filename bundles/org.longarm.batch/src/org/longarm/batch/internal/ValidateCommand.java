package org.longarm.batch.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.longarm.core.io.ImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Checks files as 'longarm import' would, without touching any database.",
                "References (record ids, SCHEME:ID identifiers, brands) must resolve within the files given together.",
                "Exit codes: 0 all valid, 2 otherwise." })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check.")
    List<Path> files;

    /** Read before the command runs, where the plug-ins are loaded (see {@link HeadlessApplication}). */
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Longarm's data folder, whose plug-ins' input formats are checked too; no database is opened.")
    Path dataDir;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportReport report = Inputs.validateFiles(files, LongarmCommand.progress(), spec.commandLine().getErr());
        Inputs.printSummary(report, spec.commandLine().getOut(), Inputs.Summary.VALIDATION);
        return LongarmCommand.OK;
    }
}
