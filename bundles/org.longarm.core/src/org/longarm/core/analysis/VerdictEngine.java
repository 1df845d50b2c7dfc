package org.longarm.core.analysis;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.graph.GraphView;
import org.longarm.core.internal.engine.UnchangedReading;
import org.longarm.core.internal.engine.VerdictComputation;
import org.longarm.core.store.StoreBusyException;

/**
 * Computes the verdicts of every entity and device of a graph, as of a date, under a law pack and a policy. The
 * rules are those of {@code docs/verdict-rules.md}. The engine reads the graph once, by streaming, into a compact
 * projection (arrays indexed by entity), so that its memory grows with the graph's size but holds no model objects.
 * The explanations of the {@link Verdicts} are built when they are read, and the sources of their evidence are read
 * from {@code graph} then: keep it open while they are used.
 *
 * <p>The graph is read in several transactions, so the engine makes sure that no import was applied in part while it
 * read ({@link GraphView#awaitAppliedWrites}): it waits for an import that is being applied, and reads the graph again
 * when one was committed meanwhile. The sources of the evidence are read later, when first asked for: if an import
 * has been committed to the graph by then, reading them throws a {@link StoreBusyException} rather than give the
 * sources of facts that may have changed since the verdicts were computed.
 */
public final class VerdictEngine {

    private VerdictEngine() {
    }

    /**
     * Computes the verdicts.
     *
     * @param graph the graph
     * @param asOf the date facts must be valid at
     * @param lawPack the law pack
     * @param settings the law pack's settings
     * @param policy the policy for devices
     * @param monitor progress and cancellation
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     * @throws StoreBusyException when imports were committed while the graph was read, each of the three times it
     *             was read
     */
    public static Verdicts compute(GraphView graph, LocalDate asOf, LawPack lawPack, LawPackSettings settings,
            Policy policy, IProgressMonitor monitor) {
        Objects.requireNonNull(asOf, "asOf");
        SubMonitor progress = SubMonitor.convert(monitor, "Computing verdicts as of " + asOf, 100);
        return UnchangedReading.read(graph, progress,
                "An import was applied while the graph was read: reading it again",
                "imports were applied to the graph each of the " + UnchangedReading.ATTEMPTS
                        + " times it was read for the verdicts; compute them when no import is running",
                (committed, reading) -> new VerdictComputation(graph, asOf, lawPack, settings, policy, committed)
                        .run(reading));
    }
}
