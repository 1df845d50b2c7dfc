package org.longarm.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's first command, end to end: the headless product imports the example estate into its embedded
 * Neo4j, computes verdicts and actions, writes reports, and answers with the documented exit codes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyzeExampleEstateTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final HeadlessProduct LONGARM = new HeadlessProduct();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path work;
    private static Map<String, String> environment;

    static Path example(String file) {
        return Path.of(System.getProperty("longarm.repo", "."), "examples/uk-estate", file).toAbsolutePath();
    }

    static String[] analyze(Path report, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", "--as-of", "2026-11-29",
                "--bods", example("ownership.json").toString(), "--products", example("products.csv").toString(),
                "--inventory", example("inventory.csv").toString(), "--report", report.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @BeforeAll
    static void startServer() throws Exception {
        work = Files.createTempDirectory("longarm-e2e");
        environment = Map.of("LONGARM_DATA_DIR", work.resolve("data").toString(), "LONGARM_NEO4J_HEAP", "512m",
                "LONGARM_NEO4J_PAGE_CACHE", "128m");
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "server", "start");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Neo4j started on bolt://127.0.0.1:"), run::toString);
    }

    @AfterAll
    static void stopServer() throws Exception {
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "server", "stop");
        assertEquals(0, run.exitCode(), run::toString);
        HeadlessProduct.Run status = LONGARM.run(TIMEOUT, environment, "server", "status");
        assertEquals(1, status.exitCode(), status::toString);
        HeadlessProduct.deleteQuietly(work);
    }

    @Test
    @Order(1)
    void invalidInputIsRefusedWithItsLocationAndChangesNothing() throws Exception {
        Path inventory = work.resolve("bad-inventory.csv");
        Files.writeString(inventory, """
                asset_id,site_id,site_name,site_sensitivity,connected_to_core_network,brand,model,installed
                BAD-001,WHA,Whitehall Annex,sensitive,no,Hikvisoin,DS-2CD2143G2-I,2019-03-14
                """, StandardCharsets.UTF_8);
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "import", example("ownership.json").toString(),
                example("products.csv").toString(), inventory.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(inventory + ":2:"), run::toString);
        assertTrue(run.err().contains("Hikvision"), "the nearest brand is suggested: " + run);
        HeadlessProduct.Run explain = LONGARM.run(TIMEOUT, environment, "explain", "hikvision");
        assertEquals(2, explain.exitCode(), "nothing of the rejected import is in the graph: " + explain);
    }

    @Test
    @Order(2)
    void analyzeImportsReportsAndExitsWithOneWhenDevicesNeedAction() throws Exception {
        Path report = work.resolve("report.json");
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, analyze(report));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Devices by action (52 devices)"), run::toString);
        assertTrue(!run.err().contains("WARN") && !run.err().contains("Exception"), "a quiet stderr: " + run.err());
        JsonNode json = JSON.readTree(report.toFile());
        assertEquals("2026-11-29", json.get("asOf").asString());
        assertEquals(3, json.get("inputs").size());
        List<String> graphFormats = new java.util.ArrayList<>();
        for (JsonNode file : json.get("graphFiles")) {
            graphFormats.add(file.get("format").asString());
        }
        assertEquals(List.of("bods", "inventory", "products"), graphFormats.stream().sorted().toList(),
                "the files the graph holds: " + json.get("graphFiles"));
        assertEquals(52, json.get("devices").size());
        JsonNode device = find(json.get("devices"), "assetId", "WHA-002");
        assertEquals("SUBJECT", device.get("verdict").asString());
        assertEquals("[\"REMOVE\",\"DISCONNECT_FROM_CORE_NETWORK\"]", device.get("actions").toString());
        JsonNode hikvision = find(json.get("entities"), "id", "hikvision");
        assertEquals("SUBJECT", hikvision.get("verdict").asString());
        JsonNode axis = find(json.get("devices"), "assetId", "WHA-004");
        assertEquals("CLEAR", axis.get("verdict").asString(), axis.toString());
        assertEquals(0, axis.get("actions").size());
    }

    @Test
    @Order(3)
    void theSameInputsGiveTheSameReportAndAreNotImportedTwice() throws Exception {
        Path again = work.resolve("again.json");
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, analyze(again));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("already imported"), run::toString);
        String first = withoutGeneratedAt(Files.readString(work.resolve("report.json")));
        assertEquals(first, withoutGeneratedAt(Files.readString(again)));
        for (String format : List.of("html", "csv")) {
            HeadlessProduct.Run other = LONGARM.run(TIMEOUT, environment, analyze(work.resolve("report." + format)));
            assertEquals(1, other.exitCode(), other::toString);
            assertTrue(Files.size(work.resolve("report." + format)) > 1000, format);
        }

        // each file's content is recorded once, with its format, counts and digest
        HeadlessProduct.Run imports = LONGARM.run(TIMEOUT, environment, "imports");
        assertEquals(0, imports.exitCode(), imports::toString);
        List<String> lines = imports.out().lines().toList();
        assertTrue(lines.get(0).startsWith("IMPORTED (UTC)") && lines.get(0).contains("  FORMAT  "), imports::toString);
        assertEquals("3 files.", lines.get(lines.size() - 1), imports::toString);
        assertEquals(5, lines.size(), imports::toString);
        for (String[] file : new String[][] { { "ownership.json", "bods" }, { "products.csv", "products" },
                { "inventory.csv", "inventory" } }) {
            String sha256 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(example(file[0]))));
            assertEquals(1, lines.stream().filter(line -> line.contains(" " + file[1] + " ")
                    && line.contains(example(file[0]).toString()) && line.contains(sha256)).count(), imports::toString);
        }
    }

    @Test
    @Order(4)
    void explainShowsTheEvidenceChainWithSources() throws Exception {
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "explain", "hikvision-uk", "--as-of", "2026-11-29");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Verdict:  SUBJECT"), run::toString);
        assertTrue(run.out().contains("CONTROLLED_BY"), run::toString);
        assertTrue(run.out().contains("Hangzhou Hikvision Digital Technology Co., Ltd. (hikvision)"),
                "the chain reaches the in-scope parent: " + run);
        assertTrue(run.out().contains("source "), run::toString);
        HeadlessProduct.Run parent = LONGARM.run(TIMEOUT, environment, "explain", "hikvision", "--as-of", "2026-11-29");
        assertEquals(0, parent.exitCode(), parent::toString);
        assertTrue(parent.out().contains("IN_SCOPE_JURISDICTION"), parent::toString);
        assertTrue(parent.out().contains("China Electronics Technology HIK Group"),
                "the in-scope parent's own state-owned controllers are shown too: " + parent);
        assertTrue(!parent.err().contains("SLF4J"), "no logging noise: " + parent.err());
    }

    @Test
    @Order(5)
    void validateChecksWithoutADatabase() throws Exception {
        Path empty = work.resolve("no-database");
        // every progress update on its own line
        Map<String, String> none = Map.of("LONGARM_DATA_DIR", empty.toString(), "LONGARM_PROGRESS_SECONDS", "0");
        HeadlessProduct.Run valid = LONGARM.run(TIMEOUT, none, "validate", example("ownership.json").toString(),
                example("products.csv").toString(), example("inventory.csv").toString());
        assertEquals(0, valid.exitCode(), valid::toString);
        assertTrue(valid.err().contains("Checking " + example("products.csv")), "the progress names the file: " + valid);
        HeadlessProduct.Run listed = LONGARM.run(TIMEOUT, none, "imports");
        assertEquals(2, listed.exitCode(), listed::toString);
        assertTrue(listed.err().contains("no Longarm database in " + empty + " (from LONGARM_DATA_DIR; --data-dir names"
                + " another)"), listed::toString);
        {
            HeadlessProduct.Run bad = LONGARM.run(TIMEOUT, none, "validate", invalidBods().toString());
            assertEquals(2, bad.exitCode(), bad::toString);
            assertTrue(bad.err().contains("$.recordDetails.interests[0].share"), bad::toString);
        }
        HeadlessProduct.Run dryRun = LONGARM.run(TIMEOUT, none, "import", "--dry-run", example("ownership.json")
                .toString(), example("products.csv").toString());
        assertEquals(0, dryRun.exitCode(), dryRun::toString);
        assertTrue(dryRun.out().startsWith("No Longarm database in " + empty + " yet: checked as an import into a new "
                + "one, which this dry run does not create\n"), dryRun::toString);
        assertTrue(dryRun.out().contains(example("products.csv") + ": products, 23 records, "), dryRun::toString);
        assertTrue(dryRun.out().endsWith(" facts to write, 0 superseded by newer statements\nA dry run: the import "
                + "wrote nothing.\n"), dryRun::toString);
        HeadlessProduct.Run refusedDryRun = LONGARM.run(TIMEOUT, none, "import", "--dry-run", invalidBods().toString());
        assertEquals(2, refusedDryRun.exitCode(), refusedDryRun::toString);
        assertTrue(refusedDryRun.err().contains("the import would be refused (a dry run: it wrote nothing)"),
                refusedDryRun::toString);
        assertTrue(!Files.exists(empty.resolve("neo4j")), "neither validate nor a dry run started a database");
    }

    /**
     * Names come from files that others publish: what a terminal would act on (escape sequences, bidirectional
     * overrides) or show as nothing or a plain space (a zero-width or no-break space) is printed as
     * {@code \}{@code uXXXX}, and a line break inside a value as {@code \n}, so that no name can restyle the terminal,
     * print a line that passes for the command's own or look like the name it fails to match.
     */
    @Test
    @Order(6)
    void namesFromTheInputCannotControlTheTerminal() throws Exception {
        String jsonName = "Evil\\u001b]0;pwned\\u0007 Ltd\\nVerdict:  CLEAR \\u202egnp.exe"; // as JSON escapes
        Path file = work.resolve("evil.jsonl");
        Files.writeString(file, """
                {"statementId": "eeee0000-1111-4111-8111-111111111111", "declarationSubject": "evil-1",
                 "statementDate": "2024-01-01", "recordId": "evil-1", "recordType": "entity", "recordStatus": "new",
                 "recordDetails": {"isComponent": false, "entityType": {"type": "registeredEntity"},
                  "name": "%s", "jurisdiction": {"name": "United Kingdom", "code": "GB"}},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4",
                  "publisher": {"name": "Test"}}}""".formatted(jsonName).replace("\n", " ") + "\n" + """
                {"statementId": "eeee0000-2222-4222-8222-222222222222", "declarationSubject": "evil-1",
                 "statementDate": "2024-01-01", "recordId": "evil-rel-1", "recordType": "relationship",
                 "recordStatus": "new", "recordDetails": {"isComponent": false, "subject": "evil-1",
                  "interestedParty": "ghost\\u001b[2J party", "interests": [{"type": "shareholding", "share": {"exact": 60}}]},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4",
                  "publisher": {"name": "Test"}}}""".replace("\n", " ") + "\n", StandardCharsets.UTF_8);
        HeadlessProduct.Run imported = LONGARM.run(TIMEOUT, environment, "import", file.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        assertTrue(imported.out().contains("1 reference names records that neither the files nor the graph hold, kept as "
                + "stubs (UNKNOWN unless their holders decide): ghost\\u001B[2J party\n"), imported::toString);
        assertTrue(imported.out().chars().noneMatch(c -> c == 0x1B), imported::toString);
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "explain", "evil-1", "--as-of", "2026-11-29");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Entity Evil\\u001B]0;pwned\\u0007 Ltd\\nVerdict:  CLEAR \\u202Egnp.exe (evil-1)"),
                run::toString);
        assertEquals(1, run.out().lines().filter(line -> line.startsWith("Verdict:")).count(), run::toString);
        assertTrue(run.out().chars().noneMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), run::toString);

        Path inventory = work.resolve("evil-inventory.csv");
        Files.writeString(inventory, """
                asset_id,site_id,site_name,site_sensitivity,connected_to_core_network,brand,model,installed
                EVIL-001,WHA,Whitehall Annex,sensitive,no,"Hik\u001b[2J\rvision",X,2019-03-14
                EVIL-002,WHA,Whitehall Annex,sensitive,no,Hik\u00a0\u200bvision,X,2019-03-14
                EVIL-003,WHA,Whitehall Annex,sensitive,no,Hik\u3164vision,X,2019-03-14
                EVIL-004,WHA,Whitehall Annex,sensitive,no,Hikvision\ufe0f,X,2019-03-14
                EVIL-005,WHA,Whitehall Annex,sensitive,no,\u6d77\ufe00\u2764\ufe0f,X,2019-03-14
                EVIL-006,WHA,Whitehall Annex,sensitive,no,Cam1\ufe0f,X,2019-03-14
                """, StandardCharsets.UTF_8);
        HeadlessProduct.Run bad = LONGARM.run(TIMEOUT, environment, "validate", inventory.toString());
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("Hik\\u001B[2J\\rvision"), bad::toString);
        assertTrue(bad.err().contains("Hik\\u00A0\\u200Bvision"), "a name that looks like another: " + bad);
        assertTrue(bad.err().contains("Hik\\u3164vision"), "a Hangul filler is drawn as nothing: " + bad);
        assertTrue(bad.err().contains("Hikvision\\uFE0F"), "a variation selector after a letter shows nothing: " + bad);
        assertTrue(bad.err().contains("Cam1\\uFE0F"), "nor after a digit: " + bad);
        assertTrue(bad.err().contains("\u6d77\ufe00\u2764\ufe0f"), "it selects an ideograph's or emoji's form: " + bad);
        assertTrue(bad.err().chars().noneMatch(c -> c == 0x1B || c == '\r' || c == 0xA0 || c == 0x200B || c == 0x3164),
                bad::toString);
    }

    /** A file given with the option of another kind is refused before anything is imported. */
    @Test
    @Order(7)
    void aFileGivenAsAnotherKindIsAUsageError() throws Exception {
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "analyze", "--bods",
                example("ownership.json").toString(), "--inventory", example("products.csv").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(example("products.csv") + ": given with --inventory, but it is read as Product"),
                run::toString);
        assertTrue(!run.out().contains("written"), "nothing was imported: " + run);
    }

    /** A report that cannot be written is a usage error before the files are imported. */
    @Test
    @Order(8)
    void aReportThatCannotBeWrittenIsAUsageErrorBeforeTheImport() throws Exception {
        Path bods = work.resolve("unimported.jsonl");
        Files.writeString(bods, ImportIsAtomicTest.entityStatement(70_000), StandardCharsets.UTF_8);
        Path file = Files.writeString(work.resolve("a-file"), "not a folder");
        for (Path report : List.of(work, file.resolve("report.json"))) {
            HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "analyze", "--bods", bods.toString(),
                    "--report", report.toString(), "--format", "json");
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("--report: "), run::toString);
            assertTrue(!run.out().contains("written"), "nothing was imported: " + run);
        }
        HeadlessProduct.Run explain = LONGARM.run(TIMEOUT, environment, "explain", "e70000");
        assertEquals(2, explain.exitCode(), "the entity was not imported: " + explain);
    }

    /**
     * A product row whose {@code valid_from} a later file corrects leaves the stored line, which then outranks the
     * corrected one from its date: the import is written (exit 0), the warning is on stderr at the file and line, and
     * the summary counts it. The brand has no devices, so the verdicts of the other tests stay as they are.
     */
    @Test
    @Order(9)
    void aProductLineThatAStoredLineOutranksIsImportedWithAWarning() throws Exception {
        String header = "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n";
        Path first = Files.writeString(work.resolve("warncam-1.csv"), header + "Warncam,*,hikvision,hikvision,own,"
                + "2020-01-01,,\n", StandardCharsets.UTF_8);
        Path corrected = Files.writeString(work.resolve("warncam-2.csv"), header + "Warncam,*,hikvision,hikvision,OEM,"
                + "2019-01-01,,\n", StandardCharsets.UTF_8);
        HeadlessProduct.Run stored = LONGARM.run(TIMEOUT, environment, "import", example("ownership.json").toString(),
                first.toString());
        assertEquals(0, stored.exitCode(), stored::toString);
        assertTrue(!stored.err().contains("warning:"), stored::toString);
        // a dry run warns as the import will, and writes nothing: the import after it is not skipped as done before
        HeadlessProduct.Run dryRun = LONGARM.run(TIMEOUT, environment, "import", "--dry-run", corrected.toString());
        assertEquals(0, dryRun.exitCode(), dryRun::toString);
        assertTrue(dryRun.out().contains(" to write, 0 superseded by newer statements\n1 warning to check, listed on "
                + "stderr (the import would be written, and its records would keep it)\nA dry run: the import wrote "
                + "nothing.\n"),
                dryRun::toString);
        HeadlessProduct.Run run = LONGARM.run(TIMEOUT, environment, "import", corrected.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("warning: " + corrected + ":2: product line 'warncam|*|2019-01-01' is outranked"
                + " from 2020-01-01 by 'warncam|*|2020-01-01' (" + first + "#2@"), run::toString);
        assertEquals(warningLines(run), warningLines(dryRun));
        assertEquals(factsOf(run, "written"), factsOf(dryRun, "to write"), "the dry run counts as the import counts");
        HeadlessProduct.Run refused = LONGARM.run(TIMEOUT, environment, "import", "--dry-run", corrected.toString(),
                invalidBods().toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("$.recordDetails.interests[0].share"), refused::toString);
        assertTrue(refused.err().contains("1 problem in the input; the import would be refused (a dry run: it wrote "
                + "nothing)"), refused::toString);
        assertTrue(run.out().contains("1 warning to check, listed on stderr (the import was written; 'longarm imports "
                + "--warnings' lists it again)\n"), run::toString);

        // the import record keeps the warning: counted in the list of imports, listed again on request
        HeadlessProduct.Run imports = LONGARM.run(TIMEOUT, environment, "imports");
        assertEquals(0, imports.exitCode(), imports::toString);
        List<String> lines = imports.out().lines().toList();
        assertTrue(lines.get(0).contains("  SUPERSEDED  WARNINGS  FILE"), imports::toString);
        String correctedLine = lines.stream().filter(line -> line.contains(corrected.toString())).findFirst()
                .orElseThrow(() -> new AssertionError(imports.toString()));
        assertTrue(correctedLine.matches(".* products +1 +[0-9,]+ +0 +1  " + java.util.regex.Pattern.quote(
                corrected.toString()) + " .*"), correctedLine);
        assertEquals("1 warning to check: 'longarm imports --warnings' lists it.", lines.get(lines.size() - 1),
                imports::toString);
        HeadlessProduct.Run listed = LONGARM.run(TIMEOUT, environment, "imports", "--warnings");
        assertEquals(0, listed.exitCode(), listed::toString);
        List<String> warnings = listed.out().lines().filter(line -> line.startsWith("warning: ")).toList();
        assertEquals(warningLines(run), warnings, listed::toString);

        // beyond the thousand an import lists, its record counts the rest
        StringBuilder storedRows = new StringBuilder(header), correctedRows = new StringBuilder(header);
        for (int i = 0; i < 1_001; i++) {
            storedRows.append("Warncam,W").append(i).append(",hikvision,hikvision,own,2020-01-01,,\n");
            correctedRows.append("Warncam,W").append(i).append(",hikvision,hikvision,OEM,2019-01-01,,\n");
        }
        Path many = Files.writeString(work.resolve("warncam-3.csv"), storedRows, StandardCharsets.UTF_8);
        Path manyCorrected = Files.writeString(work.resolve("warncam-4.csv"), correctedRows, StandardCharsets.UTF_8);
        assertEquals(0, LONGARM.run(TIMEOUT, environment, "import", many.toString()).exitCode());
        HeadlessProduct.Run warned = LONGARM.run(TIMEOUT, environment, "import", manyCorrected.toString());
        assertEquals(0, warned.exitCode(), warned::toString);
        assertTrue(warned.out().contains("1,001 warnings to check, listed on stderr (the import was written; 'longarm "
                + "imports --warnings' lists the first 1,000 again)\n"), warned::toString);
        assertTrue(warned.err().contains("\n... and 801 more warnings\n"), warned::toString);
        HeadlessProduct.Run all = LONGARM.run(TIMEOUT, environment, "imports", "--warnings");
        assertEquals(0, all.exitCode(), all::toString);
        assertEquals(1_000, all.out().lines().filter(line -> line.startsWith("warning: " + manyCorrected + ":"))
                .count(), all::toString);
        assertTrue(all.out().contains("\n... and 1 more warning at the rows of " + manyCorrected + ", counted when it"
                + " was imported but not recorded (an import records its first thousand)\n"), all::toString);

        // a file named in Chinese: its row of the list lines up with the others as a terminal shows them (an ideograph
        // takes two columns); a JVM without a UTF-8 locale cannot name the file (./longarm sees that it has one)
        if ("UTF-8".equals(System.getProperty("sun.jnu.encoding"))) {
            Path chinese = Files.writeString(work.resolve("海康威视产品.csv"), header
                    + "Cjkcam,*,hikvision,hikvision,own,2020-01-01,,\n", StandardCharsets.UTF_8);
            assertEquals(0, LONGARM.run(TIMEOUT, environment, "import", chinese.toString()).exitCode());
            HeadlessProduct.Run aligned = LONGARM.run(TIMEOUT, environment, "imports");
            java.util.regex.Pattern digest = java.util.regex.Pattern.compile("[0-9a-f]{64}");
            List<Integer> digestColumns = aligned.out().lines()
                    .filter(line -> line.contains(chinese.toString()) || line.contains(corrected.toString()))
                    .map(line -> {
                        java.util.regex.Matcher found = digest.matcher(line);
                        assertTrue(found.find(), line);
                        return line.substring(0, found.start()).codePoints()
                                .map(c -> c >= 0x4E00 && c <= 0x9FFF ? 2 : 1).sum();
                    }).toList();
            assertEquals(2, digestColumns.size(), aligned::toString);
            assertEquals(digestColumns.get(0), digestColumns.get(1), aligned::toString);
        }
    }

    /** A file of the standard's own that its conformance suite holds invalid, at a share's path. */
    private static Path invalidBods() {
        return Path.of(System.getProperty("longarm.repo", "."),
                "../shared/standards/bods-0.4/conformance/invalid/relationship_interests_share_exact_too_small.json");
    }

    /** The facts that the summary line of the one file of an import or its dry run counts, as "N facts VERB". */
    private static String factsOf(HeadlessProduct.Run run, String verb) {
        java.util.regex.Matcher facts = java.util.regex.Pattern.compile(", ([0-9,]+) facts? " + verb + ", ")
                .matcher(run.out());
        assertTrue(facts.find(), run::toString);
        return facts.group(1);
    }

    private static List<String> warningLines(HeadlessProduct.Run run) {
        return run.err().lines().filter(line -> line.startsWith("warning: ")).toList();
    }

    private static String withoutGeneratedAt(String report) {
        return report.replaceAll("\"generatedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString(null))) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }
}
