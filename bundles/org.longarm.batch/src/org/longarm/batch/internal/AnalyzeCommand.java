package org.longarm.batch.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.io.InputFormat;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.report.Report;
import org.longarm.core.report.ReportFormat;
import org.longarm.core.report.Reports;
import org.longarm.store.neo4j.LongarmDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Imports the given files, computes the verdict of every vendor and device as of a date,",
                "applies the policy, writes a report and prints a summary.",
                "Exit codes: 0 no device needs an action, 1 at least one does, 2 bad input or usage (nothing changed),",
                "3 the database or another part of the system failed (also: a contributed analysis failed)." })
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    VerdictOptions verdict;

    @Option(names = "--bods", paramLabel = "FILE", description = "BODS 0.4 statements (.json array or .jsonl); repeatable.")
    List<Path> bods = new ArrayList<>();

    @Option(names = "--products", paramLabel = "FILE", description = "Product / supply CSV; repeatable.")
    List<Path> products = new ArrayList<>();

    @Option(names = "--inventory", paramLabel = "FILE", description = "Device inventory CSV; repeatable.")
    List<Path> inventory = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report here.")
    Path report;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format (json, csv, html, or one a plug-in adds); default from the report's extension.")
    String format;

    @Option(names = "--analyses", paramLabel = "ID", split = ",",
            description = "Contributed analyses to run after the verdicts (default all installed; 'none' for none).")
    List<String> analyses;

    @Option(names = "--param", paramLabel = "ANALYSIS.NAME=VALUE", description = "A parameter for a contributed analysis; repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--analysis-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Stop a contributed analysis that runs longer than this (default ${DEFAULT-VALUE}).")
    long analysisTimeout;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(bods);
        files.addAll(products);
        files.addAll(inventory);
        Inputs.requireReadable(files);
        requireFormat(bods, "bods", "--bods");
        requireFormat(products, "products", "--products");
        requireFormat(inventory, "inventory", "--inventory");
        ReportFormat reportFormat = report == null && format == null ? null : reportFormat();
        if (reportFormat != null) {
            requireReportCanBeWritten();
        }
        LawPack lawPack = verdict.lawPack();
        var request = new Reports.Request(verdict.asOfDate(), lawPack, verdict.settings(lawPack), verdict.policy(),
                selectedAnalyses(), parameters, analysisTimeout, List.of());
        PrintWriter out = spec.commandLine().getOut();
        Report result;
        try (LongarmDatabase database = common.open(!files.isEmpty())) {
            List<Report.Input> inputs = new ArrayList<>();
            if (!files.isEmpty()) {
                ImportReport imported = Inputs.importFiles(files, database.store(), LongarmCommand.progress(),
                        spec.commandLine().getErr());
                LongarmCommand.importedFiles();
                Inputs.printSummary(imported, out, Inputs.Summary.IMPORT);
                imported.files().forEach(f -> inputs.add(new Report.Input(f.fileName(), f.sha256())));
            }
            request = new Reports.Request(request.asOf(), request.lawPack(), request.settings(), request.policy(),
                    request.analyses(), request.parameters(), request.analysisTimeoutSeconds(), inputs);
            var progress = LongarmCommand.progress();
            result = Reports.run(database.store().view(), request, progress);
            progress.done();
            if (reportFormat != null) {
                // the report reads the sources of the evidence from the database as it is written
                write(result, reportFormat);
            }
        }
        printSummary(result, out);
        boolean failed = result.analyses().stream().anyMatch(a -> a.error() != null);
        for (Report.AnalysisResult a : result.analyses()) {
            if (a.error() != null) {
                spec.commandLine().getErr().printf("longarm: analysis %s %s%n", a.id(), a.error());
            }
        }
        if (failed) {
            return LongarmCommand.SYSTEM_FAILURE;
        }
        return result.verdicts().devices().stream().anyMatch(d -> !d.actions().isEmpty()) ? LongarmCommand.ACTION_NEEDED
                : LongarmCommand.OK;
    }

    private List<Analysis> selectedAnalyses() {
        List<Analysis> installed = Contributions.analyses();
        if (analyses == null) {
            return installed;
        }
        if (analyses.size() == 1 && analyses.get(0).equals("none")) {
            return List.of();
        }
        List<Analysis> selected = new ArrayList<>();
        for (String id : analyses) {
            selected.add(installed.stream().filter(a -> a.id().equals(id)).findFirst()
                    .orElseThrow(() -> new UsageException("--analyses: no analysis '" + id + "'; installed: "
                            + (installed.isEmpty() ? "none"
                                    : installed.stream().map(Analysis::id).collect(Collectors.joining(", "))))));
        }
        return selected;
    }

    private ReportFormat reportFormat() {
        List<ReportFormat> formats = Contributions.reportFormats();
        String wanted = format;
        if (wanted == null) {
            String name = report.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                throw new UsageException("--report: cannot tell the format of '" + report + "'; add --format");
            }
            String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return formats.stream().filter(f -> f.extension().equalsIgnoreCase(extension)).findFirst()
                    .orElseThrow(() -> new UsageException("--report: no report format for '." + extension
                            + "' files; known: " + formats.stream().map(ReportFormat::extension).collect(Collectors.joining(", "))));
        }
        if (report == null) {
            throw new UsageException("--format needs --report FILE");
        }
        return formats.stream().filter(f -> f.id().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new UsageException("--format: no report format '" + wanted + "'; known: "
                        + formats.stream().map(ReportFormat::id).collect(Collectors.joining(", "))));
    }

    /**
     * A report that cannot be written (its path is a folder, or under a file, or in a folder this user cannot write
     * in) is a usage error before anything is imported, rather than a failure after the files were imported.
     */
    private void requireReportCanBeWritten() {
        Path target = report.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new UsageException("--report: " + report + " is a folder; name the report file");
        }
        Path folder = target.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent(); // missing folders are created
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("--report: " + folder + " is not a folder, so " + report + " cannot be written");
        }
        if (!Files.isWritable(folder)) {
            throw new UsageException("--report: cannot write in " + folder);
        }
    }

    /** Writes beside the target and moves into place ({@link Reports#write}): a failed write leaves no half report. */
    private void write(Report result, ReportFormat reportFormat) throws IOException {
        Reports.write(result, reportFormat, report);
        spec.commandLine().getOut().println("Report written to " + report + " (" + reportFormat.id() + ")");
    }

    /**
     * Each option names the kind of its files; a file of another kind (a product CSV given as {@code --inventory}) is a
     * usage error rather than imported as what it is, which would hide the mix-up until the report lacks devices.
     */
    private static void requireFormat(List<Path> files, String formatId, String option) throws IOException {
        Importer importer = Inputs.importer();
        for (Path file : files) {
            Optional<InputFormat> format = importer.formatOf(file);
            if (format.isPresent() && !format.get().id().equals(formatId)) {
                throw new UsageException(file + ": given with " + option + ", but it is read as "
                        + format.get().label() + " (a file's kind is told by its extension and header)");
            }
        }
    }

    private static void printSummary(Report result, PrintWriter out) {
        var v = result.verdicts();
        out.printf("%nVerdicts as of %s under %s %s; policy %s %s%n", v.asOf(), v.lawPack().name(),
                v.lawPack().version(), v.policy().name(), v.policy().version());
        Map<String, Long> byAction = new TreeMap<>();
        long none = 0;
        for (DeviceVerdict d : v.devices()) {
            if (d.actions().isEmpty()) {
                none++;
            }
            d.actions().forEach(a -> byAction.merge(a, 1L, Long::sum));
        }
        out.printf("%nDevices by action (%d devices):%n", v.devices().size());
        byAction.forEach((action, n) -> out.printf("  %-30s %5d%n", action, n));
        out.printf("  %-30s %5d%n", "(no action)", none);
        Map<String, EntityVerdict> vendors = new TreeMap<>();
        for (DeviceVerdict d : v.devices()) {
            for (String key : new String[] { d.brandOwnerKey(), d.manufacturerKey() }) {
                if (key != null) {
                    v.entity(key).ifPresent(e -> vendors.put(key, e));
                }
            }
        }
        out.printf("%nVendors by verdict (brand owners and manufacturers of the estate):%n");
        for (Verdict verdict : Verdict.values()) {
            List<String> names = vendors.values().stream().filter(e -> e.verdict() == verdict)
                    .map(EntityVerdict::name).sorted().toList();
            out.printf("  %-8s %3d  %s%n", verdict, names.size(), String.join(", ", names));
        }
        out.printf("%nEntities in the graph by verdict: %s%n", v.entityCounts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        if (!v.warnings().isEmpty()) {
            out.printf("%d data-quality warnings (see the report)%n", v.warnings().size());
        }
    }
}
