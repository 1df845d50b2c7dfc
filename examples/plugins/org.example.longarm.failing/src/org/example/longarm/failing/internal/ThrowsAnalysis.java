package org.example.longarm.failing.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.AnalysisContext;
import org.longarm.core.analysis.Finding;

/** Fails on purpose, to show that a broken plug-in is reported and does not take a run down. */
public final class ThrowsAnalysis implements Analysis {

    @Override
    public String id() {
        return "always-fails";
    }

    @Override
    public String name() {
        return "Always fails (example)";
    }

    @Override
    public String description() {
        return "Throws an exception every time it runs.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<Finding> run(AnalysisContext context, IProgressMonitor monitor) {
        throw new IllegalStateException("deliberate failure of the example plug-in");
    }
}
