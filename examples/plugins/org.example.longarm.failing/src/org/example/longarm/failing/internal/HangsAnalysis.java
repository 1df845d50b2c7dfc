package org.example.longarm.failing.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.AnalysisContext;
import org.longarm.core.analysis.Finding;

/**
 * Never returns and ignores cancellation and interrupts, the worst a plug-in can do: Longarm stops waiting after
 * {@code --analysis-timeout} seconds and reports it as failed.
 */
public final class HangsAnalysis implements Analysis {

    @Override
    public String id() {
        return "never-ends";
    }

    @Override
    public String name() {
        return "Never ends (example)";
    }

    @Override
    public String description() {
        return "Runs forever, ignoring cancellation.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<Finding> run(AnalysisContext context, IProgressMonitor monitor) {
        while (true) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                // ignored on purpose
            }
        }
    }
}
