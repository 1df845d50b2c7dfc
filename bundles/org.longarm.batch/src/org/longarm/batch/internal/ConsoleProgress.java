package org.longarm.batch.internal;

import java.io.PrintStream;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress on stderr: one line, rewritten in place on a terminal, or a new line every few seconds when stderr is a
 * file or a pipe. Cancelled by Ctrl-C (see {@link LongarmCommand}).
 */
final class ConsoleProgress implements IProgressMonitor {

    private final PrintStream out;
    private final boolean terminal = System.console() != null;
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
            out.print("\r" + " ".repeat(lastLength) + "\r");
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
        StringBuilder line = new StringBuilder(task);
        if (!subTask.isEmpty()) {
            line.append(" - ").append(subTask);
        }
        if (total > 0) {
            double fraction = Math.min(1, done / total);
            line.append(String.format(" %3.0f%%", fraction * 100));
            if (fraction > 0.02 && fraction < 1) {
                Duration working = elapsed.minusNanos(pausedUntil(now));
                line.append(" ETA ").append(format(working.multipliedBy((long) ((1 - fraction) / fraction * 1000)).dividedBy(1000)));
            }
        }
        line.append(" (").append(format(elapsed)).append(')');
        if (terminal) {
            String text = line.toString();
            out.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
            lastLength = text.length();
        } else {
            out.println(line);
        }
        out.flush();
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
