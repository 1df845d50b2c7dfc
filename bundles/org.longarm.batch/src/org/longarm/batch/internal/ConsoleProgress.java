package org.longarm.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress on stderr: one line, rewritten in place on a terminal, or a new line every few seconds when stderr is a
 * file or a pipe. Cancelled by Ctrl-C (see {@link LongarmCommand}).
 */
final class ConsoleProgress implements IProgressMonitor {

    private final PrintStream out;
    private final boolean terminal = stderrIsATerminal();
    private final int width = terminalWidth();
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    /** Between two lines: 0.2 s on a terminal; in a log, {@code LONGARM_PROGRESS_SECONDS} (default 5, 0 for all). */
    private final long intervalNanos = terminal ? 200_000_000L
            : logInterval(System.getenv("LONGARM_PROGRESS_SECONDS"));
    private final long start = System.nanoTime();
    /**
     * A pause longer than this without progress is waiting (for another import's lock), not work: the ETA leaves it
     * out. No step of an import takes half as long without a tick.
     */
    private static final long PAUSE_NANOS = 30_000_000_000L;
    private long lastWork = start;
    private long paused;
    private volatile boolean canceled;
    private String task = "";
    private String subTask = "";
    private double total = UNKNOWN, done;
    private long lastPrint;
    private int lastLength;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    /**
     * Whether stderr, where the line goes, is a terminal. {@link System#console()} answers for stdin and stdout: with
     * {@code > summary.txt} the line would be logged to a terminal, with {@code 2> progress.log} redrawn into a file.
     */
    private static boolean stderrIsATerminal() {
        try {
            String stderr = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return stderr.startsWith("/dev/pts/") || stderr.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) { // no /proc: not Linux
            return System.console() != null;
        }
    }

    @Override
    public void beginTask(String name, int totalWork) {
        if (task.isEmpty() && name != null) {
            task = name;
        }
        if (total == UNKNOWN) {
            total = totalWork;
        }
        print(false);
    }

    @Override
    public synchronized void done() {
        if (lastLength > 0 && terminal) {
            write("\r" + " ".repeat(lastLength) + "\r");
            out.flush();
        }
        lastLength = 0;
    }

    @Override
    public void internalWorked(double work) {
        synchronized (this) {
            long now = System.nanoTime();
            paused = pausedUntil(now);
            lastWork = now;
        }
        done += work;
        print(false);
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void setCanceled(boolean value) {
        canceled = value;
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
        print(false);
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        print(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    private synchronized void print(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPrint < intervalNanos) {
            return;
        }
        lastPrint = now;
        Duration elapsed = Duration.ofNanos(now - start);
        // names come from the command line and from plug-ins: shown as the commands show values
        String what = TerminalWriter.shown(subTask.isEmpty() ? task : task + " - " + subTask);
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            double fraction = Math.min(1, done / total);
            line.append(String.format(" %3d%%", (int) (fraction * 100))); // 100 % only when done
            if (fraction > 0.02 && fraction < 1) {
                Duration working = elapsed.minusNanos(pausedUntil(now));
                line.append(" ETA ").append(format(working.multipliedBy((long) ((1 - fraction) / fraction * 1000)).dividedBy(1000)));
            }
        }
        line.append(" (").append(format(elapsed)).append(')');
        if (terminal) {
            // a line that wraps cannot be rewritten in place (a carriage return goes back to its last row only): the
            // start is cut, so that the counts and rate at the sub-task's end stay
            int room = width - 1 - line.length();
            if (what.length() > room) {
                what = room > 1 ? "\u2026" + what.substring(what.length() - (room - 1)) : "";
            }
            String text = what + line;
            write("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
            lastLength = text.length();
        } else {
            write(what + line + System.lineSeparator());
        }
        out.flush();
    }

    /** UTF-8 whatever the locale, as {@link TerminalWriter} writes. */
    private void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }

    /** The terminal's width, as the shell exports it in COLUMNS, else the usual 80. */
    private static int terminalWidth() {
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? 80 : Math.max(20, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** The time without progress up to {@code now} that counts as waiting: each pause beyond {@link #PAUSE_NANOS}. */
    private long pausedUntil(long now) {
        return paused + Math.max(0, now - lastWork - PAUSE_NANOS);
    }

    private static long logInterval(String seconds) {
        try {
            return seconds == null || seconds.isBlank() ? LOG_INTERVAL_NANOS
                    : Math.max(0, (long) (Double.parseDouble(seconds.strip()) * 1e9));
        } catch (NumberFormatException e) {
            return LOG_INTERVAL_NANOS;
        }
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? "%d:%02d:%02d".formatted(d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : "%d:%02d".formatted(d.toMinutesPart(), d.toSecondsPart());
    }
}
