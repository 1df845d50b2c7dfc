package org.longarm.batch.internal;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code longarm} command and its sub-commands. */
@Command(name = "longarm", mixinStandardHelpOptions = true, versionProvider = LongarmCommand.Version.class,
        description = "Traces vendors through ownership chains to a verdict under a state's intelligence law.",
        subcommands = { CommandLine.HelpCommand.class })
public final class LongarmCommand implements Runnable {

    /** Exit codes of every command, as documented in the README. */
    static final int OK = 0, ACTION_NEEDED = 1, BAD_INPUT = 2, SYSTEM_FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new LongarmCommand());
        commandLine.setOut(new PrintWriter(System.out, true));
        commandLine.setErr(new PrintWriter(System.err, true));
        commandLine.setParameterExceptionHandler((ex, a) -> {
            commandLine.getErr().println("longarm: " + ex.getMessage());
            commandLine.getErr().println("Try 'longarm " + (ex.getCommandLine() == commandLine ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    /** Reads the version from the bundle that holds this class. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var bundle = org.osgi.framework.FrameworkUtil.getBundle(LongarmCommand.class);
            return new String[] { "Longarm " + (bundle == null ? "(unknown version)" : bundle.getVersion()) };
        }
    }
}
