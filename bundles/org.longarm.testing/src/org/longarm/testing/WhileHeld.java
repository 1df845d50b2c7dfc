package org.longarm.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Two operations that report progress, the second started while the first is held at a step it reports: how a test
 * shows that the second waits for the first (an import for another import, verdicts for an import being applied).
 */
public final class WhileHeld {

    private static final long MINUTES = 2;

    /**
     * What both operations returned, and whether the second waited: it reported its waiting step and had not ended
     * before the first was let go.
     */
    public record Outcome<A, B>(A first, B second, boolean secondWaited) {
    }

    private WhileHeld() {
    }

    /**
     * Runs {@code first} and holds it where it first reports a sub-task starting with {@code heldAt} (each of its
     * sub-tasks also goes to {@code firstProgress}); then runs {@code second} and waits up to a minute for it to report
     * a sub-task starting with {@code waitingAt}; then lets the first go on, and returns once both have ended. Each runs
     * on a thread of its own: the common pool may have one worker, which the first would keep.
     *
     * @throws IllegalStateException when the first does not reach {@code heldAt}, or is not let go, within two minutes
     * @throws java.util.concurrent.TimeoutException when either does not end within two minutes after that
     */
    public static <A, B> Outcome<A, B> run(Function<IProgressMonitor, A> first, String heldAt,
            IProgressMonitor firstProgress, Function<IProgressMonitor, B> second, String waitingAt) throws Exception {
        CountDownLatch held = new CountDownLatch(1), waiting = new CountDownLatch(1), release = new CountDownLatch(1);
        IProgressMonitor holding = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                firstProgress.subTask(name);
                if (name.startsWith(heldAt) && held.getCount() > 0) {
                    held.countDown();
                    await(release, "the first operation was not let go");
                }
            }
        };
        IProgressMonitor watching = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.startsWith(waitingAt)) {
                    waiting.countDown();
                }
            }
        };
        try (ExecutorService threads = Executors.newCachedThreadPool()) {
            try {
                CompletableFuture<A> running = CompletableFuture.supplyAsync(() -> first.apply(holding), threads);
                await(held, "the first operation did not reach " + heldAt);
                CompletableFuture<B> started = CompletableFuture.supplyAsync(() -> second.apply(watching), threads);
                boolean waited = waiting.await(1, TimeUnit.MINUTES);
                boolean endedMeanwhile = started.isDone();
                release.countDown();
                A firstResult = running.get(MINUTES, TimeUnit.MINUTES);
                return new Outcome<>(firstResult, started.get(MINUTES, TimeUnit.MINUTES), waited && !endedMeanwhile);
            } finally {
                release.countDown(); // a failure must not leave the first operation, and the threads' close, waiting
            }
        }
    }

    private static void await(CountDownLatch latch, String otherwise) {
        try {
            if (!latch.await(MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException(otherwise + " within " + MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
