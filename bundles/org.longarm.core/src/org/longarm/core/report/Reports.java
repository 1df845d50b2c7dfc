package org.longarm.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.AnalysisContext;
import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.internal.engine.UnchangedReading;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.StoreBusyException;

/** Runs the verdicts and the selected analyses over a graph and assembles the {@link Report}. */
public final class Reports {

    private Reports() {
    }

    /**
     * What to run.
     *
     * @param asOf the date
     * @param lawPack the law pack
     * @param settings its settings
     * @param policy the policy
     * @param analyses contributed analyses to run after the verdicts
     * @param parameters parameters for the analyses, keyed {@code analysisId.name}
     * @param analysisTimeoutSeconds how long one analysis may run before it is stopped and reported as failed
     * @param inputs the files imported for this run
     */
    public record Request(LocalDate asOf, LawPack lawPack, LawPackSettings settings, Policy policy,
            List<Analysis> analyses, Map<String, String> parameters, long analysisTimeoutSeconds, List<Report.Input> inputs) {
        public Request {
            analyses = List.copyOf(analyses);
            parameters = Map.copyOf(parameters);
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * Computes the verdicts, runs the analyses (each in its own thread, with a time limit), reads the graph's import
     * records and builds the report.
     *
     * <p>The analyses and the import records are read after the verdicts, in transactions of their own, and the
     * analyses are given the verdicts. So that all rest on one graph, the run is repeated when an import was committed
     * to the graph between the start of the verdicts and the end of the last reading
     * ({@link GraphView#awaitAppliedWrites}), as the verdict engine repeats its own reading.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     * @throws StoreBusyException when imports were committed during each of three runs
     */
    public static Report run(GraphView graph, Request request, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Analysing", 100);
        return UnchangedReading.read(graph, progress,
                "An import was applied while the report was made: running the verdicts and analyses again",
                "imports were applied to the graph during each of the " + UnchangedReading.ATTEMPTS
                        + " runs of the verdicts and analyses; run them when no import is running",
                (committed, running) -> runOnce(graph, request, running));
    }

    private static Report runOnce(GraphView graph, Request request, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        Verdicts verdicts = VerdictEngine.compute(graph, request.asOf(), request.lawPack(), request.settings(),
                request.policy(), progress.split(request.analyses().isEmpty() ? 100 : 70));
        List<Report.Component> components = new ArrayList<>();
        components.add(Contributions.component(request.lawPack(), "lawPack", request.lawPack().id()));
        components.add(Contributions.component(request.policy(), "policy", request.policy().id()));
        List<Report.AnalysisResult> results = new ArrayList<>();
        SubMonitor analysing = progress.split(30).setWorkRemaining(Math.max(1, request.analyses().size()));
        for (Analysis analysis : request.analyses()) {
            components.add(Contributions.component(analysis, "analysis", analysis.id()));
            analysing.subTask(analysis.name());
            results.add(runOne(analysis, new AnalysisContext(graph, request.asOf(), verdicts,
                    parametersOf(analysis.id(), request.parameters())), request.analysisTimeoutSeconds(),
                    analysing.split(1)));
        }
        return new Report(Instant.now(), request.inputs(), Contributions.merge(components), verdicts, results,
                importedFiles(graph));
    }

    /** The graph's import records, or none when its store keeps none. */
    private static List<ImportedFile> importedFiles(GraphView graph) {
        try {
            return graph.importedFiles();
        } catch (UnsupportedOperationException e) {
            return List.of();
        }
    }

    /**
     * Writes {@code report} in {@code format} to {@code file} through a temporary file in the same folder, moved into
     * place once complete: a write that fails — a format's error, or the sources of the evidence refused because an
     * import was applied after the verdicts (see {@link org.longarm.core.analysis.VerdictEngine}) — leaves
     * {@code file} as it was and no temporary file behind. Creates the folder if needed. A new report gets the
     * permissions of any new file of this user (its umask), which a temporary file made private would not.
     *
     * @since 1.1
     */
    public static void write(Report report, ReportFormat format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(".longarm-report-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                format.write(report, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Map<String, String> parametersOf(String analysisId, Map<String, String> all) {
        Map<String, String> own = new java.util.TreeMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(analysisId + ".")) {
                own.put(k.substring(analysisId.length() + 1), v);
            }
        });
        return own;
    }

    private static Report.AnalysisResult runOne(Analysis analysis, AnalysisContext context, long timeoutSeconds,
            IProgressMonitor monitor) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "analysis " + analysis.id());
            thread.setDaemon(true);
            return thread;
        });
        NullProgressMonitor own = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return super.isCanceled() || monitor.isCanceled();
            }
        };
        Future<List<Finding>> future = executor.submit(() -> analysis.run(context, own));
        try {
            return new Report.AnalysisResult(analysis.id(), analysis.name(), analysis.version(),
                    future.get(timeoutSeconds, TimeUnit.SECONDS), null);
        } catch (TimeoutException e) {
            own.setCanceled(true);
            future.cancel(true);
            return failed(analysis, "stopped after " + timeoutSeconds + " s without a result");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return failed(analysis, "failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed(analysis, "interrupted");
        } finally {
            executor.shutdownNow();
        }
    }

    private static Report.AnalysisResult failed(Analysis analysis, String error) {
        return new Report.AnalysisResult(analysis.id(), analysis.name(), analysis.version(), List.of(), error);
    }
}
