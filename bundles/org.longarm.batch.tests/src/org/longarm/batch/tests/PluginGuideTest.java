package org.longarm.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/plugin-guide.md, end to end: the example plug-ins (examples/plugins) are built by their own Maven/Tycho
 * build against the p2 repository this build produced (releng/org.longarm.repository), installed into the
 * materialised headless product with {@code longarm plugins install}, run by {@code longarm analyze} on the example
 * estate, listed and removed. A plug-in analysis that throws and one that hangs fail the run with exit code 3 and
 * their errors in the report, and do not stop the other analyses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginGuideTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);
    private static final HeadlessProduct LONGARM = new HeadlessProduct();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path REPO = Path.of(System.getProperty("longarm.repo", ".")).toAbsolutePath().normalize();
    private static final Path EXAMPLES = REPO.resolve("examples/plugins");
    private static Path work;
    private static Map<String, String> environment;

    /** Step 4 of the guide: build the plug-ins against the fresh repository, like a third party would. */
    @BeforeAll
    static void buildExamplePluginsAndStartServer() throws Exception {
        Path sdk = Path.of(System.getProperty("longarm.sdk.repository",
                REPO.resolve("releng/org.longarm.repository/target/repository").toString()));
        assertTrue(Files.isDirectory(sdk.resolve("plugins")), "no SDK repository at " + sdk
                + ": build releng/org.longarm.repository first");
        work = Files.createTempDirectory("longarm-plugins-e2e");
        List<String> command = new ArrayList<>(List.of(REPO.resolve("mvnw").toString(), "-B", "-o", "-f",
                EXAMPLES.resolve("pom.xml").toString(), "clean", "verify",
                "-Dlongarm.repository=" + sdk.toUri()));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank() && !localRepository.contains("${")) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Path log = work.resolve("examples-build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        Process build = builder.start();
        if (!build.waitFor(BUILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            build.descendants().forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
            throw new AssertionError("the example plug-ins' build did not finish within " + BUILD_TIMEOUT + "\n" + tail(log));
        }
        assertEquals(0, build.exitValue(), () -> "the example plug-ins' build failed:\n" + tail(log));
        assertTrue(Files.readString(log).contains("Tests run: 3, Failures: 0, Errors: 0"),
                () -> "the example plug-in's own tests ran:\n" + tail(log));

        environment = Map.of("LONGARM_DATA_DIR", work.resolve("data").toString(), "LONGARM_NEO4J_HEAP", "512m",
                "LONGARM_NEO4J_PAGE_CACHE", "128m");
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "server", "start");
        assertEquals(0, run.exitCode(), run::toString);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (environment != null) {
            HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "server", "stop");
            assertEquals(0, run.exitCode(), run::toString);
        }
        if (work != null) {
            HeadlessProduct.deleteQuietly(work);
        }
    }

    @Test
    @Order(1)
    void installsThePluginsOfARepositoryAndListsThem() throws Exception {
        HeadlessProduct.Run none = LONGARM.run(TIMEOUT, environment, "plugins", "list");
        assertEquals(0, none.exitCode(), none::toString);
        assertTrue(none.out().contains("No plug-ins installed"), none::toString);

        HeadlessProduct.Run install = LONGARM.run(TIMEOUT, environment, "plugins", "install",
                EXAMPLES.resolve("org.example.longarm.repository/target/repository").toString());
        assertEquals(0, install.exitCode(), install::toString);
        assertTrue(install.out().contains("Installed org.example.longarm.ndaa889 1.0.0."), install::toString);
        assertTrue(install.out().contains("(analysis:ndaa-889)"), install::toString);
        assertTrue(install.out().contains("Installed org.example.longarm.lawpack.ru 1.0.0."), install::toString);
        assertTrue(Files.isDirectory(work.resolve("data/plugins")), "the plug-in folder is under LONGARM_DATA_DIR");

        HeadlessProduct.Run list = LONGARM.run(TIMEOUT, environment, "plugins", "list");
        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.out().matches("(?s).*org\\.example\\.longarm\\.ndaa889\\s+1\\.0\\.0\\.\\d+\\s+ACTIVE\\s+analysis:ndaa-889.*"),
                list::toString);
        assertTrue(list.out().matches("(?s).*org\\.example\\.longarm\\.lawpack\\.ru\\s+1\\.0\\.0\\.\\d+\\s+ACTIVE\\s+lawPack:ru-sorm.*"),
                list::toString);
    }

    @Test
    @Order(2)
    void refusesWhatIsNotAPluginAndBuiltIns() throws Exception {
        Path notAJar = work.resolve("not-a-plugin.jar");
        Files.writeString(notAJar, "not a jar");
        HeadlessProduct.Run bad = LONGARM.run(TIMEOUT, environment, "plugins", "install", notAJar.toString());
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("not a jar"), bad::toString);
        Path core;
        try (Stream<Path> files = Files.list(LONGARM.home().resolve("plugins"))) {
            core = files.filter(f -> f.getFileName().toString().startsWith("org.longarm.core_")).findFirst().orElseThrow();
        }
        HeadlessProduct.Run builtIn = LONGARM.run(TIMEOUT, environment, "plugins", "install", core.toString());
        assertEquals(2, builtIn.exitCode(), builtIn::toString);
        assertTrue(builtIn.err().contains("org.longarm.core is built into Longarm"), builtIn::toString);
        HeadlessProduct.Run missing = LONGARM.run(TIMEOUT, environment, "plugins", "install", work.resolve("nothing-here").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
    }

    @Test
    @Order(3)
    void theInstalledAnalysisRunsAndIsInTheReport() throws Exception {
        Path report = work.resolve("r.json");
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment,
                AnalyzeExampleEstateTest.analyze(report, "--analyses", "ndaa-889"));
        assertEquals(1, run.exitCode(), "devices need action, the analysis ran without error: " + run);
        JsonNode json = JSON.readTree(report.toFile());
        JsonNode plugin = find(json.get("plugins"), "id", "org.example.longarm.ndaa889");
        assertTrue(plugin.get("version").asString().startsWith("1.0.0."), plugin.toString());
        assertEquals("[\"analysis:ndaa-889\"]", plugin.get("contributes").toString());
        JsonNode analysis = find(json.get("analyses"), "id", "ndaa-889");
        assertTrue(analysis.get("error").isNull(), analysis.toString());
        assertEquals("1.0.0", analysis.get("version").asString());
        JsonNode findings = analysis.get("findings");

        JsonNode hikvision = findSubject(findings, "device", "WHA-002");
        assertEquals("COVERED_ENTITY", hikvision.get("code").asString(), hikvision.toString());
        assertEquals("COVERED_ENTITY", findSubject(findings, "device", "LRO-003").get("code").asString(),
                "HiLook: brand owned and made by Hikvision");
        assertEquals("COVERED_ENTITY", findSubject(findings, "device", "NDC-008").get("code").asString(),
                "LTS: OEM-made by Hikvision");
        assertEquals("COVERED_ENTITY", findSubject(findings, "entity", "hikvision").get("code").asString());
        for (String lorex : List.of("NDC-009", "BRS-003", "BRS-004")) {
            assertFalse(hasSubject(findings, "device", lorex), "Lorex was sold by Dahua in 2022: " + lorex);
        }
        assertFalse(hasSubject(findings, "device", "WHA-004"), "Axis is not covered");
        JsonNode path = hikvision.get("path");
        assertEquals("hikvision", path.get(path.size() - 1).get("holder").get("id").asString(), hikvision.toString());
    }

    @Test
    @Order(4)
    void aPluginThatThrowsOrHangsFailsTheRunButNotTheOthers() throws Exception {
        Path failing;
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("org.example.longarm.failing/target"))) {
            failing = files.filter(f -> f.getFileName().toString().matches("org\\.example\\.longarm\\.failing-.*\\.jar"))
                    .findFirst().orElseThrow();
        }
        HeadlessProduct.Run install = LONGARM.run(TIMEOUT, environment, "plugins", "install", failing.toString());
        assertEquals(0, install.exitCode(), install::toString);
        assertTrue(install.out().contains("analysis:always-fails, analysis:never-ends"), install::toString);

        Path report = work.resolve("failing.json");
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, AnalyzeExampleEstateTest.analyze(report,
                "--analyses", "ndaa-889,always-fails,never-ends", "--analysis-timeout", "5"));
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("analysis always-fails failed: IllegalStateException: deliberate failure"), run::toString);
        assertTrue(run.err().contains("analysis never-ends stopped after 5 s"), run::toString);
        JsonNode json = JSON.readTree(report.toFile());
        assertTrue(find(json.get("analyses"), "id", "always-fails").get("error").asString().contains("deliberate failure"));
        assertTrue(find(json.get("analyses"), "id", "never-ends").get("error").asString().contains("stopped after 5 s"));
        JsonNode ndaa = find(json.get("analyses"), "id", "ndaa-889");
        assertTrue(ndaa.get("error").isNull() && ndaa.get("findings").size() > 0, "the other analysis stands: " + ndaa);
        assertEquals(52, json.get("devices").size(), "the verdicts are all there");
    }

    @Test
    @Order(5)
    void removedPluginsAreGone() throws Exception {
        for (String id : List.of("org.example.longarm.failing", "org.example.longarm.ndaa889")) {
            HeadlessProduct.Run remove = LONGARM.run(TIMEOUT, environment, "plugins", "remove", id);
            assertEquals(0, remove.exitCode(), remove::toString);
            assertTrue(remove.out().contains("Removed " + id), remove::toString);
        }
        HeadlessProduct.Run list = LONGARM.run(TIMEOUT, environment, "plugins", "list");
        assertEquals(0, list.exitCode(), list::toString);
        assertFalse(list.out().contains("ndaa889"), list::toString);
        assertTrue(list.out().contains("org.example.longarm.lawpack.ru"), list::toString);
        HeadlessProduct.Run again = LONGARM.run(TIMEOUT, environment, "plugins", "remove", "org.example.longarm.ndaa889");
        assertEquals(2, again.exitCode(), again::toString);
        HeadlessProduct.Run builtIn = LONGARM.run(TIMEOUT, environment, "plugins", "remove", "org.longarm.core");
        assertEquals(2, builtIn.exitCode(), builtIn::toString);
        HeadlessProduct.Run analyze = LONGARM.run(TIMEOUT, environment,
                AnalyzeExampleEstateTest.analyze(work.resolve("after.json"), "--analyses", "ndaa-889"));
        assertEquals(2, analyze.exitCode(), "the analysis is gone with its plug-in: " + analyze);
        assertTrue(analyze.err().contains("no analysis 'ndaa-889'"), analyze::toString);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static boolean hasSubject(JsonNode findings, String kind, String id) {
        for (JsonNode f : findings) {
            if (kind.equals(f.path("subjectKind").asString(null)) && id.equals(f.path("subjectId").asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode findSubject(JsonNode findings, String kind, String id) {
        for (JsonNode f : findings) {
            if (kind.equals(f.path("subjectKind").asString(null)) && id.equals(f.path("subjectId").asString(null))) {
                return f;
            }
        }
        throw new AssertionError("no finding on " + kind + " " + id + " in " + findings);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        assertNotNull(array, field);
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString(null))) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }
}
