package org.longarm.analysis.prc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.ModelStore;
import org.longarm.testing.TestNeo4j;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The verdict rules of SPEC §5 and §6, one case folder each (BODS + CSV + expected verdicts; see
 * {@code cases/generate.py}), imported into a real Neo4j and computed by the engine with the installed PRC law pack
 * and UK policy.
 */
class VerdictCasesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 1);

    static Path cases() {
        return Path.of(System.getProperty("longarm.repo", "."), "bundles/org.longarm.analysis.prc.tests/cases");
    }

    static Stream<Arguments> runs() throws IOException {
        List<Arguments> runs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(cases())) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
                int n = 0;
                for (JsonNode run : expected.get("runs")) {
                    runs.add(Arguments.of(folder.getFileName().toString() + (n++ == 0 ? "" : " #" + n), folder, run));
                }
            }
        }
        return runs.stream();
    }

    static List<Path> inputs(Path folder) {
        return Stream.of("ownership.json", "products.csv", "inventory.csv").map(folder::resolve)
                .filter(Files::exists).toList();
    }

    static ModelStore load(List<Path> files) throws IOException {
        ModelStore store = TestNeo4j.emptyStore();
        ImportReport report = new Importer(Contributions.inputFormats()).importFiles(files, store,
                new NullProgressMonitor());
        assertTrue(report.valid(), () -> "fixture problems: " + report.problems());
        return store;
    }

    static Verdicts verdicts(ModelStore store, JsonNode run) {
        LawPack lawPack = Contributions.lawPack("prc-nil").orElseThrow();
        Policy policy = Contributions.policy("uk-sensitive-sites-2022").orElseThrow();
        LocalDate asOf = run.has("asOf") ? LocalDate.parse(run.get("asOf").asString()) : DEFAULT_AS_OF;
        boolean sar = run.has("sarInScope") && run.get("sarInScope").asBoolean();
        return VerdictEngine.compute(store.view(), asOf, lawPack, lawPack.defaultSettings().withSpecialRegionsInScope(sar),
                policy, new NullProgressMonitor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void verdictsAreAsExpected(String name, Path folder, JsonNode run) throws IOException {
        try (ModelStore store = load(inputs(folder))) {
            Verdicts verdicts = verdicts(store, run);
            for (var e : run.path("entities").properties()) {
                EntityVerdict actual = verdicts.entity(e.getKey()).orElseThrow(() -> new AssertionError("no verdict for " + e.getKey()));
                JsonNode want = e.getValue();
                String context = name + " / " + e.getKey() + ": " + actual;
                assertEquals(want.get(0).asString(), actual.verdict().name(), context);
                assertEquals(strings(want.get(1)), actual.reasons(), context);
                if (want.size() > 2) {
                    assertEquals(want.get(2).asDouble(), actual.subjectHeldFraction(), 1e-6, context);
                }
                if (!actual.paths().isEmpty()) {
                    var path = actual.path();
                    assertEquals(e.getKey(), path.get(path.size() - 1).subjectKey(), "the path ends at the entity: " + context);
                    path.forEach(hop -> assertTrue(!hop.sources().isEmpty(), "every hop has its source: " + context));
                }
            }
            for (var e : run.path("pathLength").properties()) {
                assertEquals(e.getValue().asInt(), verdicts.entity(e.getKey()).orElseThrow().path().size(), name);
            }
            for (var e : run.path("pathCount").properties()) {
                assertEquals(e.getValue().asInt(), verdicts.entity(e.getKey()).orElseThrow().paths().size(), name);
            }
            for (var e : run.path("shareAbove").properties()) {
                var path = verdicts.entity(e.getKey()).orElseThrow().path();
                assertEquals(e.getValue().asBoolean(), path.get(path.size() - 1).shareAbove(), name + " / " + e.getKey());
            }
            for (var e : run.path("noteContains").properties()) {
                var notes = verdicts.entity(e.getKey()).orElseThrow().notes();
                assertTrue(notes.stream().anyMatch(note -> note.contains(e.getValue().asString())),
                        name + " / " + e.getKey() + ": " + notes);
            }
            for (var d : run.path("devices").properties()) {
                DeviceVerdict actual = verdicts.device(d.getKey()).orElseThrow(() -> new AssertionError("no device " + d.getKey()));
                JsonNode want = d.getValue();
                String context = name + " / " + d.getKey() + ": " + actual;
                assertEquals(want.get(0).asString(), actual.verdict().name(), context);
                assertEquals(strings(want.get(1)), actual.actions(), context);
                if (want.size() > 2) {
                    assertTrue(actual.reasons().containsAll(strings(want.get(2))), context);
                }
            }
            if (run.has("warnings")) {
                assertEquals(run.get("warnings").asInt(), verdicts.warnings().size(), name + ": " + verdicts.warnings());
            }
        }
    }

    /** Verdicts do not depend on the order of the input statements. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void orderOfStatementsDoesNotMatter(String name, Path folder, JsonNode run, @TempDir Path copy) throws IOException {
        Map<String, String> original;
        try (ModelStore store = load(inputs(folder))) {
            original = summary(verdicts(store, run));
        }
        ArrayNode statements = (ArrayNode) JSON.readTree(folder.resolve("ownership.json").toFile());
        List<JsonNode> shuffled = new ArrayList<>();
        statements.forEach(shuffled::add);
        Collections.reverse(shuffled);
        Collections.shuffle(shuffled, new Random(name.hashCode()));
        ArrayNode reordered = JSON.createArrayNode();
        shuffled.forEach(reordered::add);
        JSON.writeValue(copy.resolve("ownership.json").toFile(), reordered);
        List<Path> files = new ArrayList<>();
        files.add(copy.resolve("ownership.json"));
        inputs(folder).stream().filter(p -> !p.getFileName().toString().equals("ownership.json")).forEach(files::add);
        try (ModelStore store = load(files)) {
            assertEquals(original, summary(verdicts(store, run)));
        }
    }

    /**
     * The standard's own examples of indirect ownership publish a primary relationship together with the components
     * it lists: each holding counts once, so that none of them adds up to more than 100% (three did before).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("indirectExamples")
    void theStandardsIndirectExamplesCountEachHoldingOnce(String example) throws IOException {
        Path file = Path.of(System.getProperty("longarm.repo", "."), "../shared/standards/bods-0.4/examples", example);
        try (ModelStore store = load(List.of(file))) {
            Verdicts verdicts = verdicts(store, JSON.createObjectNode());
            assertEquals(List.of(), verdicts.warnings(), example);
            if (example.equals("bods-package-fi-soe.json")) {
                assertTrue(verdicts.entity("19f1c5afe9d7").orElseThrow().notes().contains(
                        "Suomen tasavalta's indirect holding and the holdings of Suomen Kaasuverkko Oy, "
                                + "Valtiovarainministerio, which its relationship lists as components, describe one "
                                + "holding: counted once, as the larger of the two."),
                        () -> verdicts.entity("19f1c5afe9d7").orElseThrow().notes().toString());
            }
        }
    }

    static Stream<String> indirectExamples() {
        return Stream.of("bods-package-fi-soe.json", "indirect-ownership.json", "mixed-direct-and-indirect-ownership.json",
                "multiple-indirect-ownership.json", "mutilple-indirect-ownership-2.json", "nomination.json");
    }

    /** Over random ownership graphs: adding a CLEAR holder anywhere never makes an entity SUBJECT. */
    @Test
    void addingAClearHolderNeverMakesAnEntitySubject(@TempDir Path folders) throws IOException {
        for (int seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            RandomGraph graph = new RandomGraph(random, 40);
            Path folder = Files.createDirectories(folders.resolve("seed-" + seed));
            Path before = folder.resolve("before.json");
            graph.write(before);
            Map<String, String> verdictsBefore;
            try (ModelStore store = load(List.of(before))) {
                verdictsBefore = summary(verdicts(store, JSON.createObjectNode()));
            }
            graph.addClearHolder(random);
            Path after = folder.resolve("after.json");
            graph.write(after);
            try (ModelStore store = load(List.of(after))) {
                Map<String, String> verdictsAfter = summary(verdicts(store, JSON.createObjectNode()));
                for (var e : verdictsBefore.entrySet()) {
                    if (!e.getValue().startsWith("SUBJECT")) {
                        assertTrue(!verdictsAfter.get(e.getKey()).startsWith("SUBJECT"),
                                "seed " + seed + ": " + e.getKey() + " became SUBJECT: " + verdictsAfter.get(e.getKey()));
                    }
                }
            }
        }
    }

    private static Map<String, String> summary(Verdicts verdicts) {
        Map<String, String> summary = new TreeMap<>();
        verdicts.entities().forEach(e -> summary.put(e.key(), e.verdict() + " " + e.reasons() + " " + e.subjectHeldFraction()));
        verdicts.devices().forEach(d -> summary.put("device " + d.device().assetId(), d.verdict() + " " + d.actions()));
        return summary;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
