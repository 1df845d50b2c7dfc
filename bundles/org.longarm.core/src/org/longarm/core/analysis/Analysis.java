package org.longarm.core.analysis;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * An analysis contributed by a plug-in, run after the verdicts over the same graph and date. Registered as an OSGi
 * service. Analyses must not write to the graph; they may be stopped after a time limit.
 */
public interface Analysis {

    /** A stable id, used to select the analysis on the command line. */
    String id();

    /** A name for people. */
    String name();

    /** What the analysis finds, in a sentence or two. */
    String description();

    /** The analysis's version. */
    String version();

    /**
     * Runs the analysis.
     *
     * @throws Exception when it fails; the failure is reported and the other results stand
     */
    List<Finding> run(AnalysisContext context, IProgressMonitor monitor) throws Exception;
}
