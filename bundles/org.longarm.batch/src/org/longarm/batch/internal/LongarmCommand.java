package org.longarm.batch.internal;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.longarm.core.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code longarm} command and its sub-commands. */
@Command(name = "longarm", mixinStandardHelpOptions = true, versionProvider = LongarmCommand.Version.class,
        description = "Traces vendors through ownership chains to a verdict under a state's intelligence law.",
        subcommands = { AnalyzeCommand.class, ImportCommand.class, ValidateCommand.class, ExplainCommand.class,
                ServerCommand.class, PluginsCommand.class, CommandLine.HelpCommand.class },
        footer = { "", "Exit codes: 0 fine (analyze: no device needs an action), 1 analyze: at least one device needs an action,",
                "2 bad input or usage (nothing changed), 3 the database or another part of the system failed,",
                "130 cancelled (Ctrl-C; nothing changed)." })
public final class LongarmCommand implements Runnable {

    /** Exit codes of every command, as documented in the README. */
    static final int OK = 0, ACTION_NEEDED = 1, BAD_INPUT = 2, SYSTEM_FAILURE = 3, CANCELLED = 130;

    private static final AtomicReference<ConsoleProgress> CURRENT = new AtomicReference<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A progress monitor on stderr that Ctrl-C cancels. */
    static ConsoleProgress progress() {
        ConsoleProgress progress = new ConsoleProgress(System.err);
        CURRENT.set(progress);
        return progress;
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
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
            var err = cl.getErr();
            int code;
            if (ex instanceof UsageException || ex instanceof java.nio.file.NoSuchFileException) {
                err.println("longarm: " + ex.getMessage());
                code = BAD_INPUT;
            } else if (ex instanceof OperationCanceledException) {
                err.println("longarm: cancelled; nothing was changed");
                code = CANCELLED;
            } else if (ex instanceof StoreException) {
                err.println("longarm: database: " + ex.getMessage());
                code = SYSTEM_FAILURE;
            } else if (ex instanceof java.io.IOException) {
                err.println("longarm: " + ex.getMessage());
                code = BAD_INPUT;
            } else {
                err.println("longarm: internal error: " + ex + (debug ? "" : " (--debug shows where)"));
                code = SYSTEM_FAILURE;
            }
            if (debug) {
                ex.printStackTrace(new PrintWriter(err, true));
            }
            return code;
        });
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            ConsoleProgress progress = CURRENT.get();
            if (progress != null) {
                progress.setCanceled(true);
                try {
                    main.join(60_000); // let the transaction roll back before the JVM goes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "longarm-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return commandLine.execute(args);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
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
