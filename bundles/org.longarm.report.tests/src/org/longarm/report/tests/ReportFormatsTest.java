package org.longarm.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longarm.core.report.Report;
import org.longarm.core.report.ReportFormat;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The built-in report formats, found as OSGi services the way the batch and the workbench find them. */
class ReportFormatsTest {

    private static final Instant FIRST = Instant.parse("2026-06-30T08:15:00.123Z");
    private static final Instant SECOND = Instant.parse("2027-01-02T23:59:59Z");

    private static ReportFormat json;
    private static ReportFormat csv;
    private static ReportFormat html;

    @BeforeAll
    static void findFormats() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ReportFormatsTest.class).getBundleContext();
        startBundle(context, "org.longarm.report");
        ServiceTracker<ReportFormat, ReportFormat> tracker = new ServiceTracker<>(context, ReportFormat.class, null);
        tracker.open();
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline && (json == null || csv == null || html == null)) {
                tracker.waitForService(1000);
                ReportFormat[] formats = tracker.getServices(new ReportFormat[0]);
                for (ReportFormat f : formats) {
                    switch (f.id()) {
                    case "json" -> json = f;
                    case "csv" -> csv = f;
                    case "html" -> html = f;
                    default -> {
                        // a format from another plug-in
                    }
                    }
                }
            }
        } finally {
            tracker.close();
        }
        assertNotNull(json, "no json ReportFormat service (is Declarative Services running?)");
        assertNotNull(csv, "no csv ReportFormat service");
        assertNotNull(html, "no html ReportFormat service");
    }

    private static void startBundle(BundleContext context, String symbolicName) throws BundleException {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                b.start(Bundle.START_ACTIVATION_POLICY);
                return;
            }
        }
        fail(symbolicName + " is not installed");
    }

    @Test
    void formatsHaveTheirIdsAndExtensions() {
        assertEquals("json", json.extension());
        assertEquals("csv", csv.extension());
        assertEquals("html", html.extension());
    }

    // ---------------------------------------------------------------- JSON

    @Test
    void jsonValidatesAgainstThePublishedSchema() throws Exception {
        List<Error> errors = schema().validate(text(json, SampleReport.build(FIRST)), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "report does not match docs/report.schema.json: " + errors);
    }

    @Test
    void schemaRejectsAnUnknownVerdict() throws Exception {
        String doc = text(json, SampleReport.build(FIRST)).replaceFirst("\"verdict\"\\s*:\\s*\"SUBJECT\"",
                "\"verdict\" : \"MAYBE\"");
        assertTrue(doc.contains("MAYBE"), "the sample should contain a SUBJECT verdict to corrupt");
        assertFalse(schema().validate(doc, InputFormat.JSON).isEmpty(), "the schema should reject verdict MAYBE");
    }

    @Test
    void jsonHasTheExpectedContent() throws Exception {
        var tree = new tools.jackson.databind.ObjectMapper().readTree(text(json, SampleReport.build(FIRST)));
        assertEquals("2026-06-30", tree.get("asOf").asString());
        assertEquals(FIRST.toString(), tree.get("generatedAt").asString());
        assertEquals("prc-nil", tree.get("lawPack").get("id").asString());
        assertEquals(3, tree.get("devices").size());
        var removed = tree.get("devices").get(1);
        assertEquals(SampleReport.REMOVE_DEVICE, removed.get("assetId").asString());
        assertEquals("REMOVE", removed.get("actions").get(0).asString());
        assertEquals("Hangzhou Hikvision Digital Technology Co., Ltd.",
                removed.get("brandOwner").get("name").asString());
        assertEquals(41.88, removed.get("path").get(1).get("share").asDouble());
        assertEquals("stmt-rel-cetc-hik-2025",
                removed.get("path").get(1).get("sources").get(0).get("id").asString());
        // a statement dated with a time gives its instant too; one dated with a day only does not
        assertEquals("2025-04-19T08:30:00Z",
                removed.get("path").get(1).get("sources").get(0).get("statementTime").asString());
        assertFalse(removed.get("path").get(0).get("sources").get(0).has("statementTime"));
        // a share whose minimum is exclusive ("more than 30%") says so; any other share does not
        assertFalse(removed.get("path").get(1).has("shareAbove"));
        int exclusive = 0;
        for (var device : tree.get("devices")) {
            for (var hop : device.get("path")) {
                if (hop.get("fact").asString().equals("rel-cetc-harbour")) {
                    assertEquals(30.0, hop.get("share").asDouble());
                    assertTrue(hop.get("shareAbove").asBoolean());
                    exclusive++;
                }
            }
        }
        assertEquals(1, exclusive, "the device made by Harbour shows its path");
        var summary = tree.get("summary");
        assertEquals(3, summary.get("entitiesByVerdict").get("SUBJECT").asInt());
        assertEquals(1, summary.get("devicesByAction").get("REMOVE").asInt());
        assertEquals(2, summary.get("devicesNeedingAction").asInt());
        assertEquals("Stopped after 30 s: the analysis timed out", tree.get("analyses").get(1).get("error").asString());
        var graphFiles = tree.get("graphFiles");
        assertEquals(2, graphFiles.size());
        assertEquals("examples/estate/entities.json", graphFiles.get(0).get("file").asString(), "by file name");
        assertEquals("products", graphFiles.get(1).get("format").asString());
        assertEquals(23, graphFiles.get(1).get("records").asInt());
        assertEquals(3, graphFiles.get(1).get("warnings").asInt(), "listed and unlisted");
        assertEquals(0, graphFiles.get(0).get("warnings").asInt());
        String doc = text(json, SampleReport.build(FIRST));
        String byAction = doc.substring(doc.indexOf("\"devicesByAction\""));
        assertTrue(byAction.indexOf("\"REMOVE\"") < byAction.indexOf("\"DISCONNECT_FROM_CORE_NETWORK\"")
                && byAction.indexOf("\"DISCONNECT_FROM_CORE_NETWORK\"") < byAction.indexOf("\"REVIEW\""),
                "actions are counted most severe first");
        assertTrue(doc.endsWith("}\n") && !doc.contains("\r"), "LF line ends, final newline");
    }

    @Test
    void jsonIsDeterministic() throws Exception {
        byte[] a = bytes(json, SampleReport.build(FIRST));
        byte[] b = bytes(json, SampleReport.build(SECOND));
        byte[] c = bytes(json, SampleReport.build(SECOND, true));
        assertArrayEquals(withoutTime(a, FIRST), withoutTime(b, SECOND));
        assertArrayEquals(b, c, "the order of entities and devices in the report must not matter");
        assertArrayEquals(a, bytes(json, SampleReport.build(FIRST)));
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void csvParsesBackWithOneRowPerDevice() throws Exception {
        String doc = text(csv, SampleReport.build(FIRST));
        try (CSVParser parser = CSVParser.parse(new StringReader(doc),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("asset_id", "site_id", "site_name", "site_sensitivity", "connected_to_core_network",
                    "installed", "brand", "model", "verdict", "reasons", "actions", "brand_owner", "manufacturer",
                    "relation", "subject_held_fraction", "evidence", "sources"), parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(3, rows.size());
            Map<String, String> remove = rows.stream()
                    .filter(r -> r.get("asset_id").equals(SampleReport.REMOVE_DEVICE)).findFirst().orElseThrow()
                    .toMap();
            assertEquals("SUBJECT", remove.get("verdict"));
            assertEquals("REMOVE;DISCONNECT_FROM_CORE_NETWORK", remove.get("actions"));
            assertEquals("Headquarters, Level 3", remove.get("site_name"));
            assertEquals("yes", remove.get("connected_to_core_network"));
            assertEquals("2021-05-01", remove.get("installed"));
            assertEquals("0.4188", remove.get("subject_held_fraction"));
            assertEquals("People's Republic of China (State Council, SASAC) → (controlByLegalFramework, from "
                    + "2002-03-01) → China Electronics Technology Group Corporation → (shareholding 41.88%, from "
                    + "2020-01-01) → Hangzhou Hikvision Digital Technology Co., Ltd. → (brandOwner, from 2010-01-01) "
                    + "→ Hikvision *", remove.get("evidence"));
            assertTrue(remove.get("sources").startsWith("stmt-rel-sasac-cetc-2024 https://www.sasac.gov.cn/"),
                    remove.get("sources"));
            assertTrue(remove.get("sources").contains(" | products.csv:2"), remove.get("sources"));
            Map<String, String> review = rows.stream()
                    .filter(r -> r.get("asset_id").equals(SampleReport.REVIEW_DEVICE)).findFirst().orElseThrow()
                    .toMap();
            assertEquals(SampleReport.HOSTILE_NAME, review.get("manufacturer"));
            assertEquals("", review.get("installed"));
            Map<String, String> clear = rows.get(0).toMap();
            assertEquals(SampleReport.CLEAR_DEVICE, clear.get("asset_id"));
            assertEquals("", clear.get("actions"));
            assertEquals("", clear.get("evidence"));
        }
    }

    @Test
    void csvIsDeterministic() throws Exception {
        byte[] a = bytes(csv, SampleReport.build(FIRST));
        assertArrayEquals(a, bytes(csv, SampleReport.build(SECOND)));
        assertArrayEquals(a, bytes(csv, SampleReport.build(SECOND, true)));
    }

    // ---------------------------------------------------------------- HTML

    @Test
    void htmlIsSelfContainedAndSafe() throws Exception {
        String doc = text(html, SampleReport.build(FIRST));
        assertFalse(doc.toLowerCase(Locale.ROOT).contains("<script"), "no script element, not even from data");
        assertFalse(Pattern.compile("\\ssrc\\s*=", Pattern.CASE_INSENSITIVE).matcher(doc).find(), "nothing loaded");
        assertFalse(doc.toLowerCase(Locale.ROOT).contains("<link"), "no external style sheet");
        assertFalse(doc.toLowerCase(Locale.ROOT).contains("@import"), "no imported style sheet");
        assertFalse(doc.toLowerCase(Locale.ROOT).contains("url("), "no external resource in CSS");
        Matcher href = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(doc);
        int links = 0;
        while (href.find()) {
            String target = href.group(1);
            links++;
            assertTrue(target.startsWith("#") || target.startsWith("https://") || target.startsWith("http://"),
                    "link to " + target);
        }
        assertTrue(links > 5, "sources and entities should be linked");
        assertTrue(doc.contains("Harbour &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons Holdings"),
                "the hostile name should be shown, escaped");
        assertFalse(doc.contains("javascript:alert(2)\""), "a javascript: URL must not become an attribute");
        assertTrue(doc.contains("javascript:alert(2)"), "a non-http URL is still shown as text");
        assertTrue(doc.contains("href=\"https://www.hikvision.com/en/investor-relations/\""));
        assertTrue(doc.contains("Harbourcam &lt;X1&gt;"));
        assertTrue(doc.contains(" · 2025-04-19T08:30:00Z"), "a statement's time, when it has one");
        assertTrue(doc.contains(" · 2024-03-01"), "else its date");
    }

    @Test
    void htmlListsDevicesBySeverity() throws Exception {
        String doc = text(html, SampleReport.build(FIRST));
        int remove = doc.indexOf(">" + SampleReport.REMOVE_DEVICE + " — ");
        int review = doc.indexOf(">" + SampleReport.REVIEW_DEVICE + " — ");
        int clear = doc.indexOf(">" + SampleReport.CLEAR_DEVICE + " — ");
        assertTrue(remove > 0 && review > 0 && clear > 0, "every device is listed");
        assertTrue(remove < review && review < clear, "REMOVE first, then REVIEW, then the CLEAR device");
        assertTrue(doc.indexOf("Law pack") < doc.indexOf("id=\"summary\""), "law pack first");
        assertTrue(doc.indexOf("id=\"summary\"") < remove, "summary before the devices");
        assertTrue(doc.contains("NIL Art. 7") && doc.contains("0.1.0.v20260630"));
        assertTrue(doc.contains("shareholding 41.88%, from 2020-01-01"), "hops are labelled");
        assertTrue(doc.contains("shareholding more than 30%, 2019-01-01"), "an exclusive minimum is labelled");
        assertTrue(doc.contains("3f2a9c0d1e4b5a6978877665544332211000ffeeddccbbaa9988776655443322"), "inputs");
        String graphFiles = doc.substring(doc.indexOf("<h3>Files in the graph</h3>"), doc.indexOf("<h3>Plug-ins</h3>"));
        assertTrue(graphFiles.indexOf("examples/estate/entities.json") < graphFiles.indexOf("examples/estate/products.csv"),
                graphFiles);
        assertTrue(graphFiles.contains("<td>examples/estate/products.csv</td><td>products</td><td class=\"num\">23</td>"
                + "<td class=\"num\">3</td>"), graphFiles);
        assertTrue(doc.contains("Stopped after 30 s: the analysis timed out"), "failed analysis");
        assertEquals(1, count(doc, FIRST.toString()), "generatedAt appears once, in the footer");
        assertTrue(doc.indexOf(FIRST.toString()) > doc.indexOf("<footer"));
        // entities: non-CLEAR first
        String entities = doc.substring(doc.indexOf("<section id=\"entities\">"));
        assertTrue(entities.indexOf("Mystery Optics Ltd") < entities.indexOf("Axis AB"), "CLEAR entities last");
        assertTrue(entities.indexOf("<details>") > 0, "entity evidence can be expanded");
    }

    @Test
    void htmlIsDeterministic() throws Exception {
        byte[] a = bytes(html, SampleReport.build(FIRST));
        byte[] b = bytes(html, SampleReport.build(SECOND));
        assertArrayEquals(withoutTime(a, FIRST), withoutTime(b, SECOND));
        assertArrayEquals(b, bytes(html, SampleReport.build(SECOND, true)));
    }

    @Test
    void formatsDoNotCloseTheStream() throws Exception {
        for (ReportFormat f : List.of(json, csv, html)) {
            boolean[] closed = { false };
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            OutputStream out = new OutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            f.write(SampleReport.build(FIRST), out);
            assertFalse(closed[0], f.id() + " closed the caller's stream");
            assertTrue(buffer.size() > 100, f.id() + " wrote nothing");
        }
    }

    /** Leaves the sample report in every format under target/report-samples, for people to look at. */
    @Test
    void writeSamples() throws Exception {
        Path dir = Path.of(System.getProperty("user.dir"), "target", "report-samples");
        Files.createDirectories(dir);
        for (ReportFormat f : List.of(json, csv, html)) {
            Path file = dir.resolve("sample-report." + f.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                f.write(SampleReport.build(FIRST), out);
            }
            assertTrue(Files.size(file) > 100);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Schema schema() throws IOException {
        Path file = repo().resolve("docs/report.schema.json");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(file), InputFormat.JSON);
    }

    /** The repository root: system property {@code longarm.repo}, else the nearest ancestor of user.dir with docs/. */
    static Path repo() {
        String property = System.getProperty("longarm.repo");
        if (property != null && Files.isRegularFile(Path.of(property, "docs", "report.schema.json"))) {
            return Path.of(property);
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/report.schema.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("docs/report.schema.json not found (longarm.repo=" + property + ", user.dir="
                + System.getProperty("user.dir") + ")");
    }

    private static byte[] bytes(ReportFormat format, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report, out);
        return out.toByteArray();
    }

    private static String text(ReportFormat format, Report report) throws IOException {
        return new String(bytes(format, report), StandardCharsets.UTF_8);
    }

    /** The output with its one generatedAt timestamp replaced by a fixed marker. */
    private static byte[] withoutTime(byte[] output, Instant generatedAt) {
        String s = new String(output, StandardCharsets.UTF_8);
        assertEquals(1, count(s, generatedAt.toString()), "generatedAt should appear exactly once");
        return s.replace(generatedAt.toString(), "<generatedAt>").getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
