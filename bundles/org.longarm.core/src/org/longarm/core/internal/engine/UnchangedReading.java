package org.longarm.core.internal.engine;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.graph.GraphView;
import org.longarm.core.store.StoreBusyException;

/**
 * Reads a graph in several transactions and reads it again when an import was committed to it meanwhile
 * ({@link GraphView#awaitAppliedWrites}), so that what was read rests on all of each import or on none of it.
 */
public final class UnchangedReading {

    /** How often the graph is read before giving up on a graph that imports keep changing. */
    public static final int ATTEMPTS = 3;

    /** One reading of the graph. */
    @FunctionalInterface
    public interface Reading<T> {
        /**
         * @param committedWrites the count of writes committed to the graph when the reading starts
         * @param monitor the reading's share of the progress
         */
        T read(long committedWrites, IProgressMonitor monitor);
    }

    private UnchangedReading() {
    }

    /**
     * Reads until a reading starts and ends at the same count of committed writes, at most {@value #ATTEMPTS} times.
     *
     * @param progress the whole progress of the reading, which this method ends
     * @param readingAgain the sub-task shown when the graph is read again
     * @param busy the message of the {@link StoreBusyException} thrown when every reading was changed
     */
    public static <T> T read(GraphView graph, SubMonitor progress, String readingAgain, String busy,
            Reading<T> reading) {
        long committed = graph.awaitAppliedWrites(progress);
        for (int attempt = 1;; attempt++) {
            // a reading again is rare: the first takes the bar, each later one a little more of it
            T result = reading.read(committed, progress.split(attempt == 1 ? 100 - 5 * (ATTEMPTS - 1) : 5));
            long committedSince = graph.awaitAppliedWrites(progress);
            if (committedSince == committed) {
                progress.done();
                return result;
            }
            if (attempt == ATTEMPTS) {
                throw new StoreBusyException(busy);
            }
            committed = committedSince;
            progress.subTask(readingAgain);
        }
    }
}
