package org.longarm.benchmarks.internal;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./longarm bench ...}: Longarm's benchmarks, each printing a Markdown table for docs/benchmarks.md. */
@Command(name = "longarm bench", mixinStandardHelpOptions = true,
        description = "Runs one of Longarm's benchmarks and prints its figures as Markdown.",
        subcommands = { StoreBenchmark.class, VerdictBenchmark.class, ImportBenchmark.class,
                LoadSyntheticCommand.class, SearchBenchmark.class, SourcePropertiesBenchmark.class })
public final class BenchmarkApplication implements IApplication, Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        try {
            CommandLine commandLine = new CommandLine(new BenchmarkApplication());
            commandLine.setOut(new PrintWriter(System.out, true));
            commandLine.setErr(new PrintWriter(System.err, true));
            return commandLine.execute(args == null ? new String[0] : args);
        } catch (Throwable t) {
            // the launcher would only log this into the configuration area and exit with 0
            t.printStackTrace();
            return 3;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Override
    public void stop() {
        // benchmarks run to completion
    }
}
