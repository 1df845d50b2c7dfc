package org.longarm.batch.internal;

import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.longarm.core.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code longarm} command and its sub-commands. */
@Command(name = "longarm", mixinStandardHelpOptions = true, versionProvider = LongarmCommand.Version.class,
        description = "Traces vendors through ownership chains to a verdict under a state's intelligence law.",
        subcommands = { AnalyzeCommand.class, ImportCommand.class, ValidateCommand.class, ExplainCommand.class,
                ImportsCommand.class, ServerCommand.class, PluginsCommand.class, CommandLine.HelpCommand.class },
        footer = { "", "Exit codes: 0 fine (analyze: no device needs an action), 1 analyze: at least one device needs an action,",
                "2 bad input or usage (nothing changed), 3 the database or another part of the system failed,",
                "130 cancelled (Ctrl-C; nothing changed unless the message says files were imported; after an import's",
                "commit point Ctrl-C finishes the import)." })
public final class LongarmCommand implements Runnable {

    /** Exit codes of every command, as documented in the README. */
    static final int OK = 0, ACTION_NEEDED = 1, BAD_INPUT = 2, SYSTEM_FAILURE = 3, CANCELLED = 130;

    /** How long Ctrl-C waits for a command that cannot be cancelled any more (applying a large import). */
    private static final java.time.Duration WAIT_FOR_THE_COMMAND = java.time.Duration.ofMinutes(30);

    private static final AtomicReference<ConsoleProgress> CURRENT = new AtomicReference<>();
    /** Set by Ctrl-C (or SIGTERM): every progress monitor made afterwards starts cancelled. */
    private static volatile boolean interrupted;
    /** Set once the command's files were imported, so that a later cancellation does not say nothing changed. */
    private static volatile boolean imported;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A progress monitor on stderr that Ctrl-C cancels (one made after Ctrl-C is cancelled from the start). */
    static ConsoleProgress progress() {
        ConsoleProgress progress = new ConsoleProgress(System.err);
        CURRENT.set(progress);
        progress.setCanceled(interrupted);
        return progress;
    }

    /** Clears the progress line of the command, if it shows one, so that a message starts on a line of its own. */
    private static void clearProgressLine() {
        ConsoleProgress progress = CURRENT.get();
        if (progress != null) {
            progress.done();
        }
    }

    /** Notes that the command's files are imported: from now on, cancelling it leaves them imported. */
    static void importedFiles() {
        imported = true;
    }

    static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new LongarmCommand());
        commandLine.setOut(new TerminalWriter(System.out));
        commandLine.setErr(new TerminalWriter(System.err));
        commandLine.setParameterExceptionHandler((ex, a) -> {
            TerminalWriter.printMessage(commandLine.getErr(), "longarm: ", ex.getMessage());
            commandLine.getErr().println("Try 'longarm " + (ex.getCommandLine() == commandLine ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
            boolean debugOffered = cl.getCommandSpec().findOption("--debug") != null;
            clearProgressLine(); // the message on a line of its own, not after the progress line's text
            var err = cl.getErr();
            int code;
            if (ex instanceof UsageException || ex instanceof java.nio.file.NoSuchFileException) {
                TerminalWriter.printMessage(err, "longarm: ", ex.getMessage());
                code = BAD_INPUT;
            } else if (ex instanceof OperationCanceledException) {
                err.println(imported ? "longarm: cancelled after the files were imported; they stay imported, and"
                        + " nothing else was done" : "longarm: cancelled; nothing was changed");
                code = CANCELLED;
            } else if (ex instanceof StoreException) {
                TerminalWriter.printMessage(err, "longarm: database: ", ex.getMessage());
                code = SYSTEM_FAILURE;
            } else if (ex instanceof java.io.IOException) {
                TerminalWriter.printMessage(err, "longarm: ", ex.getMessage());
                code = BAD_INPUT;
            } else {
                err.printf("longarm: internal error: %s%s%n", ex, debug || !debugOffered ? "" : " (--debug shows where)");
                code = SYSTEM_FAILURE;
            }
            if (debug) {
                ex.printStackTrace(new PrintWriter(err, true));
            }
            return code;
        });
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        Thread hook = new Thread(() -> {
            interrupted = true;
            ConsoleProgress progress = CURRENT.get();
            if (progress != null) {
                progress.setCanceled(true);
                endAsTheCommandDid(exitCode);
            }
        }, "longarm-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int code = commandLine.execute(withoutHelpForAnUnknownCommand(commandLine, args));
            exitCode.complete(code);
            return code;
        } catch (RuntimeException | Error e) {
            exitCode.completeExceptionally(e);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    /**
     * {@code longarm imports --help} would print the general help and exit 0, as if the command existed; without the
     * help option, the unknown command is the usage error it is, with the commands it may have meant.
     */
    private static String[] withoutHelpForAnUnknownCommand(CommandLine commandLine, String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || commandLine.getSubcommands().containsKey(args[0])) {
            return args;
        }
        return java.util.Arrays.stream(args).filter(a -> !a.equals("--help") && !a.equals("-h")).toArray(String[]::new);
    }

    /**
     * After Ctrl-C (or SIGTERM): waits for the cancelled command to end (a transaction rolls back, a staged write is
     * discarded). A command past the point where it can be cancelled (an import past its commit point) finishes
     * instead, which may take minutes, so after a few seconds this says why it waits. The process then ends with the
     * command's own exit code, not the 130 of a signal, which would tell a script that nothing changed.
     */
    private static void endAsTheCommandDid(CompletableFuture<Integer> exitCode) {
        int code;
        try {
            try {
                code = exitCode.get(3, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // the command may still be cancelling (a server starting, staged batches deleted) or be past the
                // point where it can be: which, this thread does not know
                clearProgressLine();
                System.err.println("longarm: waiting for the command to stop; an import past its commit point is"
                        + " finished first (kill -9 stops at once, and the next command that opens the database"
                        + " finishes such a write)");
                code = exitCode.get(WAIT_FOR_THE_COMMAND.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (TimeoutException e) {
            System.err.println("longarm: stopped after " + WAIT_FOR_THE_COMMAND.toMinutes() + " minutes of waiting;"
                    + " the next command that opens the database finishes a write past its commit point");
            return;
        } catch (InterruptedException | ExecutionException e) {
            return;
        }
        if (code == CANCELLED) {
            return;
        }
        if (code == OK || code == ACTION_NEEDED) {
            System.err.println("longarm: interrupted too late to cancel: the command was finished");
        }
        System.out.flush();
        System.err.flush();
        // a JVM that shuts down on a signal exits with 128 + its number, whatever the application returns
        Runtime.getRuntime().halt(code);
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
