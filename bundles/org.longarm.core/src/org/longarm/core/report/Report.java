package org.longarm.core.report;

import java.time.Instant;
import java.util.List;

import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.ImportedFile;

/**
 * Everything a report shows. Two runs on the same inputs give equal reports except {@link #generatedAt()}.
 *
 * @param generatedAt when the report was made
 * @param inputs the files imported for this run (may be empty when the graph was loaded before)
 * @param plugins the plug-ins that took part (law pack, policy, analyses, formats), with their versions
 * @param verdicts the verdicts (with the law pack, its settings, the policy and the as-of date)
 * @param analyses the results of contributed analyses
 * @param graphFiles the files whose facts the graph held when the verdicts were computed, as its import records keep
 *            them, the newest first, whether imported for this run or before (empty when the store keeps no import
 *            records; since 1.2)
 */
public record Report(Instant generatedAt, List<Input> inputs, List<Component> plugins, Verdicts verdicts,
        List<AnalysisResult> analyses, List<ImportedFile> graphFiles) {

    public Report {
        inputs = List.copyOf(inputs);
        plugins = List.copyOf(plugins);
        analyses = List.copyOf(analyses);
        graphFiles = List.copyOf(graphFiles);
    }

    /** A report that names no file of the graph, the record of 1.1. */
    public Report(Instant generatedAt, List<Input> inputs, List<Component> plugins, Verdicts verdicts,
            List<AnalysisResult> analyses) {
        this(generatedAt, inputs, plugins, verdicts, analyses, List.of());
    }

    /**
     * An input file.
     *
     * @param file the file as the user named it
     * @param sha256 its SHA-256 in hex
     */
    public record Input(String file, String sha256) {
    }

    /**
     * A plug-in and what it contributed.
     *
     * @param id its bundle's symbolic name
     * @param version its bundle's version
     * @param contributes what it contributes, e.g. {@code lawPack:prc-nil}
     */
    public record Component(String id, String version, List<String> contributes) {
        public Component {
            contributes = List.copyOf(contributes);
        }
    }

    /**
     * What one contributed analysis found, or why it failed.
     *
     * @param id the analysis id
     * @param name its name
     * @param version its version
     * @param findings its findings (empty when it failed)
     * @param error why it failed or was stopped, or null
     */
    public record AnalysisResult(String id, String name, String version, List<Finding> findings, String error) {
        public AnalysisResult {
            findings = List.copyOf(findings);
        }
    }
}
