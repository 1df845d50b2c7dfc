package org.longarm.core.analysis;

import java.time.LocalDate;
import java.util.Map;

import org.longarm.core.graph.GraphView;

/**
 * What an {@link Analysis} works on.
 *
 * @param graph the read-only graph
 * @param asOf the date the analysis is made for
 * @param verdicts the verdicts computed for this run
 * @param parameters parameters given by the user ({@code --param analysisId.name=value}), without the prefix
 */
public record AnalysisContext(GraphView graph, LocalDate asOf, Verdicts verdicts, Map<String, String> parameters) {

    public AnalysisContext {
        parameters = Map.copyOf(parameters);
    }
}
