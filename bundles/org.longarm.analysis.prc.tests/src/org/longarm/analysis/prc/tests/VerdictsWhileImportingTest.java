package org.longarm.analysis.prc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.testing.BodsStatements.entity;
import static org.longarm.testing.BodsStatements.relationship;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.AnalysisContext;
import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.report.Report;
import org.longarm.core.report.ReportFormat;
import org.longarm.core.report.Reports;
import org.longarm.core.store.ModelStore;
import org.longarm.core.store.StoreBusyException;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;
import org.longarm.testing.WhileHeld;

/**
 * An import is applied batch by batch after its commit point, and the verdict engine reads the graph in several
 * transactions: verdicts computed meanwhile must rest on all of an import or on none of it, and a report's analyses on
 * the graph of its verdicts, in a real Neo4j with real imports.
 */
class VerdictsWhileImportingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @TempDir
    Path folder;
    private ModelStore store;
    private final Importer importer = new Importer(Contributions.inputFormats());

    @BeforeEach
    void open() throws IOException {
        store = TestNeo4j.emptyStore();
        ImportReport parties = importer.importFiles(List.of(write("parties.jsonl",
                entity("e1111111-1111-4111-8111-111111111111", "parent", "parent", "2024-01-01", "new", "CN", "CN"),
                entity("e2222222-2222-4222-8222-222222222222", "child", "child", "2024-01-01", "new", "GB", "GB"))),
                store, new NullProgressMonitor());
        assertTrue(parties.valid(), parties.problems().toString());
        assertNotEquals(Verdict.SUBJECT, verdictOfChild(verdicts(store.view(), new NullProgressMonitor())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Verdicts asked for while an import is being applied wait until it is applied, and so see all of it. */
    @Test
    void verdictsAskedForWhileAnImportIsAppliedWaitForItsEnd() throws Exception {
        Path holding = write("holding.jsonl",
                relationship("r1111111-1111-4111-8111-111111111111", "r1", "child", "parent"));
        // another process's store, as a workbench open beside a running import would have
        try (ModelStore reader = Neo4jStore.open(TestNeo4j.settings(), List.of(LongarmPackage.eINSTANCE), null)) {
            var outcome = WhileHeld.run(holdingAtFirstBatch -> importQuietly(holding, holdingAtFirstBatch),
                    "Applying batch", new NullProgressMonitor(), analysing -> verdicts(reader.view(), analysing),
                    "Waiting for an import to this database to be applied");
            assertTrue(outcome.first().valid());
            assertTrue(outcome.secondWaited(), "the verdicts waited for the import");
            assertEquals(Verdict.SUBJECT, verdictOfChild(outcome.second()), "the whole import is seen");
        }
    }

    /** An import committed while the engine reads the graph makes it read the graph again. */
    @Test
    void anImportAppliedWhileTheGraphIsReadMakesTheEngineReadItAgain() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        GraphView importingAfterFirstReading = importingAfterReadingEntities(store.view(), readings, 1);
        Verdicts verdicts = verdicts(importingAfterFirstReading, new NullProgressMonitor());
        assertEquals(2, readings.get(), "read again after the import");
        assertEquals(Verdict.SUBJECT, verdictOfChild(verdicts));
    }

    /** A graph that an import changes every time it is read gets no verdicts rather than verdicts of parts. */
    @Test
    void theEngineGivesUpOnAGraphChangedEveryTimeItIsRead() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        GraphView importingAfterEveryReading = importingAfterReadingEntities(store.view(), readings, Integer.MAX_VALUE);
        StoreBusyException refused = assertThrows(StoreBusyException.class,
                () -> verdicts(importingAfterEveryReading, new NullProgressMonitor()));
        assertTrue(refused.getMessage().contains("compute them when no import is running"), refused.getMessage());
        assertEquals(3, readings.get());
    }

    /**
     * The sources of a verdict's evidence are read when first asked for. Once an import has been committed since the
     * verdicts were computed, they are refused rather than read from the changed graph; those a hop has read stay.
     */
    @Test
    void evidenceSourcesAreRefusedOnceAnImportChangedTheGraphAfterTheVerdicts() {
        assertTrue(importQuietly(write("holding.jsonl",
                relationship("r1111111-1111-4111-8111-111111111111", "r1", "child", "parent")),
                new NullProgressMonitor()).valid());
        Verdicts read = verdicts(store.view(), new NullProgressMonitor());
        Verdicts unread = verdicts(store.view(), new NullProgressMonitor());
        assertEquals(Verdict.SUBJECT, verdictOfChild(read));
        var hopRead = read.entity("child").orElseThrow().path().get(0);
        List<?> sourcesReadBefore = List.copyOf(hopRead.sources());
        assertEquals(1, sourcesReadBefore.size(), "the holding's statement");

        importNewerStatementOfR1();

        var hop = unread.entity("child").orElseThrow().path().get(0);
        StoreBusyException refused = assertThrows(StoreBusyException.class, () -> hop.sources().size());
        assertTrue(refused.getMessage().contains("compute the verdicts again"), refused.getMessage());
        assertThrows(StoreBusyException.class, () -> hop.sources().size(), "refused every time");
        assertEquals(sourcesReadBefore, List.copyOf(hopRead.sources()),
                "sources read before the import stay as they were read");
        assertThrows(StoreBusyException.class,
                () -> read.entity("child").orElseThrow().path().get(0).sources().size(),
                "an explanation built again reads its sources again");
        assertEquals(Verdict.SUBJECT, verdictOfChild(verdicts(store.view(), new NullProgressMonitor())));
    }

    /**
     * A report whose evidence an import has made stale is not written: the file keeps what it held, and no temporary
     * file is left beside it.
     */
    @Test
    void aReportWhoseEvidenceAnImportMadeStaleIsNotWritten() throws IOException {
        assertTrue(importQuietly(write("holding.jsonl",
                relationship("r1111111-1111-4111-8111-111111111111", "r1", "child", "parent")),
                new NullProgressMonitor()).valid());
        Path file = folder.resolve("reports").resolve("evidence.txt");
        Reports.write(Reports.run(store.view(), request(), new NullProgressMonitor()), EVIDENCE_OF_CHILD, file);
        String written = Files.readString(file);
        assertTrue(written.contains("r1 r1111111-1111-4111-8111-111111111111"), written);

        Report stale = Reports.run(store.view(), request(), new NullProgressMonitor());
        importNewerStatementOfR1();
        assertThrows(StoreBusyException.class, () -> Reports.write(stale, EVIDENCE_OF_CHILD, file));
        assertEquals(written, Files.readString(file), "the report written before stays");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
        Reports.write(Reports.run(store.view(), request(), new NullProgressMonitor()), EVIDENCE_OF_CHILD, file);
        assertTrue(Files.readString(file).contains("r1 r2222222-2222-4222-8222-222222222222"),
                "a report of verdicts computed after the import cites the newer statement");
    }

    /** A report format that writes the child's evidence, a line per source of each hop, after a heading. */
    private static final ReportFormat EVIDENCE_OF_CHILD = new ReportFormat() {
        @Override
        public String id() {
            return "evidence-of-child";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void write(Report report, OutputStream out) throws IOException {
            out.write("evidence of child\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (var hop : report.verdicts().entity("child").orElseThrow().path()) {
                for (var source : hop.sources()) {
                    out.write((hop.factKey() + " " + source.id() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    };

    /**
     * An import committed while the analyses of a report run makes the report run the verdicts and analyses again, so
     * that the findings and the verdicts that the analyses were given rest on one graph.
     */
    @Test
    void anImportAppliedWhileTheAnalysesRunMakesTheReportRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        Report report = Reports.run(store.view(), request(importingAnalysis(runs, 1)), new NullProgressMonitor());
        assertEquals(2, runs.get(), "run again after the import");
        assertEquals(Verdict.SUBJECT, verdictOfChild(report.verdicts()));
        assertEquals(store.view().importedFiles(), report.graphFiles(),
                "the files of the graph that the report rests on, the analysis's import included");
        assertEquals(List.of("the analysis saw child as SUBJECT"),
                report.analyses().get(0).findings().stream().map(Finding::message).toList(),
                "the findings come from the run that saw the verdicts of the report");
    }

    /** A report whose analyses an import interrupts every time is refused rather than built on two graphs. */
    @Test
    void aReportGivesUpOnAGraphChangedDuringEveryRunOfItsAnalyses() {
        AtomicInteger runs = new AtomicInteger();
        Reports.Request request = request(importingAnalysis(runs, Integer.MAX_VALUE));
        StoreBusyException refused = assertThrows(StoreBusyException.class,
                () -> Reports.run(store.view(), request, new NullProgressMonitor()));
        assertTrue(refused.getMessage().contains("run them when no import is running"), refused.getMessage());
        assertEquals(3, runs.get());
    }

    private static Reports.Request request(Analysis... analyses) {
        LawPack lawPack = Contributions.lawPack("prc-nil").orElseThrow();
        return new Reports.Request(AS_OF, lawPack, lawPack.defaultSettings(),
                Contributions.policy("uk-sensitive-sites-2022").orElseThrow(), List.of(analyses), Map.of(), 60,
                List.of());
    }

    /**
     * An analysis that reports the verdict it was given for the child, then, in each of its first {@code imports}
     * runs, imports a relationship of its own into the store (committed and applied), as an import started beside a
     * running report would.
     */
    private Analysis importingAnalysis(AtomicInteger runs, int imports) {
        return new Analysis() {
            @Override
            public String id() {
                return "test-importing";
            }

            @Override
            public String name() {
                return "An analysis during which an import is applied";
            }

            @Override
            public String description() {
                return name();
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public List<Finding> run(AnalysisContext context, IProgressMonitor monitor) {
                int run = runs.incrementAndGet();
                Verdict seen = verdictOfChild(context.verdicts());
                if (run <= imports) {
                    Path file = write("holding-during-analysis-" + run + ".jsonl", relationship(
                            "a%07d-1111-4111-8111-111111111111".formatted(run), "a" + run, "child", "parent"));
                    assertTrue(importQuietly(file, new NullProgressMonitor()).valid());
                }
                return List.of(new Finding("entity", "child", "SEEN", "the analysis saw child as " + seen, List.of()));
            }
        };
    }

    /**
     * {@code view}, which imports a relationship of its own into the store (committed and applied) after each of the
     * first {@code imports} times the engine has read the entities, so that the engine goes on to read the rest of a
     * changed graph.
     */
    private GraphView importingAfterReadingEntities(GraphView view, AtomicInteger readings, int imports) {
        return (GraphView) Proxy.newProxyInstance(GraphView.class.getClassLoader(), new Class<?>[] { GraphView.class },
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(view, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("entities")) {
                        int reading = readings.incrementAndGet();
                        if (reading <= imports) {
                            Path file = write("holding-" + reading + ".jsonl", relationship(
                                    "r%07d-1111-4111-8111-111111111111".formatted(reading), "r" + reading, "child",
                                    "parent"));
                            assertTrue(importQuietly(file, new NullProgressMonitor()).valid());
                        }
                    }
                    return result;
                });
    }

    /** Imports a statement of 2025 for the relationship record r1 (statement r2222222-…), which replaces its first. */
    private void importNewerStatementOfR1() {
        String newer = relationship("r2222222-2222-4222-8222-222222222222", "r1", "child", "parent")
                .replace("\"statementDate\": \"2024-02-01\"", "\"statementDate\": \"2025-02-01\"")
                .replace("\"recordStatus\": \"new\"", "\"recordStatus\": \"updated\"");
        assertTrue(importQuietly(write("restated.jsonl", newer), new NullProgressMonitor()).valid());
    }

    private static Verdicts verdicts(GraphView view, IProgressMonitor monitor) {
        LawPack lawPack = Contributions.lawPack("prc-nil").orElseThrow();
        Policy policy = Contributions.policy("uk-sensitive-sites-2022").orElseThrow();
        return VerdictEngine.compute(view, AS_OF, lawPack, lawPack.defaultSettings(), policy, monitor);
    }

    private static Verdict verdictOfChild(Verdicts verdicts) {
        return verdicts.entity("child").orElseThrow().verdict();
    }

    private ImportReport importQuietly(Path file, IProgressMonitor monitor) {
        try {
            return importer.importFiles(List.of(file), store, monitor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, String... lines) {
        try {
            return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
