package org.longarm.core.analysis;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.longarm.core.graph.GraphView;
import org.longarm.core.internal.engine.VerdictComputation;

/**
 * Computes the verdicts of every entity and device of a graph, as of a date, under a law pack and a policy. The
 * rules are those of {@code docs/verdict-rules.md}. The engine reads the graph once, by streaming, into a compact
 * projection (arrays indexed by entity), so that its memory grows with the graph's size but holds no model objects.
 * The explanations of the {@link Verdicts} are built when they are read, and the sources of their evidence are read
 * from {@code graph} then: keep it open while they are used.
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
     */
    public static Verdicts compute(GraphView graph, LocalDate asOf, LawPack lawPack, LawPackSettings settings,
            Policy policy, IProgressMonitor monitor) {
        Objects.requireNonNull(asOf, "asOf");
        return new VerdictComputation(graph, asOf, lawPack, settings, policy).run(monitor);
    }
}
