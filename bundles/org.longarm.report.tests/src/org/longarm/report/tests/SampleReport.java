package org.longarm.report.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.longarm.core.analysis.Citation;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.report.Report;
import org.longarm.model.SiteSensitivity;

/**
 * A realistic report built by hand: a state → group → vendor ownership chain with sources, a device to remove and
 * disconnect, an EXPOSED vendor whose name tries to inject markup, a CLEAR device, a failed analysis.
 */
final class SampleReport {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final String HOSTILE_NAME = "Harbour <script>alert('x')</script> & Sons Holdings";

    static final String REMOVE_DEVICE = "CAM-0002";
    static final String CLEAR_DEVICE = "CAM-0001";
    static final String REVIEW_DEVICE = "CAM-0003";

    private SampleReport() {
    }

    static final LawPack LAW_PACK = new LawPack() {
        @Override
        public String id() {
            return "prc-nil";
        }

        @Override
        public String name() {
            return "PRC National Intelligence Law (2017, amended 2018)";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public Set<String> scopeJurisdictions() {
            return Set.of("CN");
        }

        @Override
        public Set<String> specialRegions() {
            return Set.of("HK", "MO");
        }

        @Override
        public List<Citation> citations() {
            return List.of(
                    new Citation("NIL Art. 7", "All organisations and citizens shall support, assist and cooperate "
                            + "with national intelligence work", "https://www.chinalawtranslate.com/en/national-intelligence-law-of-the-p-r-c-2017/"),
                    new Citation("NIL Art. 14", "Intelligence institutions may require such cooperation", null),
                    new Citation("CSL Art. 28", "Network operators shall assist public and state security organs",
                            "ftp://example.org/csl"));
        }
    };

    static final Policy POLICY = new Policy() {
        @Override
        public String id() {
            return "uk-sensitive-sites-2022";
        }

        @Override
        public String name() {
            return "UK sensitive sites (November 2022)";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public List<String> actions(Verdict verdict, DeviceRecord device, boolean installed) {
            return List.of();
        }
    };

    static Report build(Instant generatedAt) {
        return build(generatedAt, false);
    }

    /** The sample report; {@code shuffled} gives the same content with entities and devices in another order. */
    static Report build(Instant generatedAt, boolean shuffled) {
        SourceRecord stateSource = new SourceRecord("stmt-rel-sasac-cetc-2024", "Longarm example data",
                "https://longarm.example.org/", LocalDate.of(2024, 3, 1),
                "https://www.sasac.gov.cn/n4422011/n14158800/n14158998/c14159097/content.html",
                "CETC is a central SOE supervised by SASAC", "entities.json");
        SourceRecord shareSource = new SourceRecord("stmt-rel-cetc-hik-2025", "Hikvision annual report 2024",
                null, LocalDate.of(2025, 4, 19), "https://www.hikvision.com/en/investor-relations/",
                "Shareholding of CETC through its subsidiaries", "entities.json", Instant.parse("2025-04-19T08:30:00Z"));
        SourceRecord hostileSource = new SourceRecord("stmt-evil", "Publisher <b>bold</b>", "javascript:alert(1)",
                null, "javascript:alert(2)", "a \"quoted\" description", "entities.json");
        SourceRecord productRow = new SourceRecord("products.csv:2", null, null, null, null, null, "products.csv");

        Hop stateToCetc = new Hop("prc-state", "People's Republic of China (State Council, SASAC)", "cetc",
                "China Electronics Technology Group Corporation", "controlByLegalFramework", null,
                LocalDate.of(2002, 3, 1), null, "rel-sasac-cetc", List.of(stateSource));
        Hop cetcToHik = new Hop("cetc", "China Electronics Technology Group Corporation", "hikvision",
                "Hangzhou Hikvision Digital Technology Co., Ltd.", "shareholding", 41.88, LocalDate.of(2020, 1, 1),
                null, "rel-cetc-hik", List.of(shareSource));
        Hop hikToLine = new Hop("hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", "pl-hikvision-any",
                "Hikvision *", "brandOwner", null, LocalDate.of(2010, 1, 1), null, "pl-hikvision-any",
                List.of(productRow));
        Hop cetcToHarbour = new Hop("cetc", "China Electronics Technology Group Corporation", "harbour",
                HOSTILE_NAME, "shareholding", 30.0, true, LocalDate.of(2019, 1, 1), LocalDate.of(2030, 12, 31),
                "rel-cetc-harbour", List.of(hostileSource));
        Hop harbourToLine = new Hop("harbour", HOSTILE_NAME, "pl-harbour-x", "Harbourcam <X1>", "manufacturer (OEM)",
                null, null, null, "pl-harbour-x", List.of(productRow));

        List<EntityVerdict> entities = new ArrayList<>(List.of(
                new EntityVerdict("prc-state", "People's Republic of China (State Council, SASAC)", false, "CN",
                        Verdict.SUBJECT, List.of("SCOPE_STATE"), 1.0, List.of(), List.of()),
                new EntityVerdict("cetc", "China Electronics Technology Group Corporation", false, "CN",
                        Verdict.SUBJECT, List.of("IN_SCOPE_JURISDICTION", "CONTROLLED_BY"), 1.0,
                        List.of(List.of(stateToCetc)), List.of()),
                new EntityVerdict("hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", false, "CN",
                        Verdict.SUBJECT, List.of("IN_SCOPE_JURISDICTION", "DE_FACTO_CONTROL"), 0.4188,
                        List.of(List.of(stateToCetc, cetcToHik)), List.of("CETC holds 41.88%, the largest holding")),
                new EntityVerdict("harbour", HOSTILE_NAME, false, "HK", Verdict.EXPOSED,
                        List.of("SAR_JURISDICTION", "SIGNIFICANT_INFLUENCE"), 0.3,
                        List.of(List.of(stateToCetc, cetcToHarbour)), List.of("Registered in HK <SAR>")),
                new EntityVerdict("axis", "Axis AB", false, "SE", Verdict.CLEAR, List.of(), 0.0, List.of(),
                        List.of()),
                new EntityVerdict("mystery", "Mystery Optics Ltd", false, null, Verdict.UNKNOWN,
                        List.of("JURISDICTION_UNKNOWN", "OWNERSHIP_UNRESOLVED"), 0.0, List.of(),
                        List.of("Declared holders account for 40% (75% needed)"))));

        DeviceRecord clear = new DeviceRecord(CLEAR_DEVICE, "site-depot", "Northern Depot", SiteSensitivity.STANDARD,
                false, "axis", "Axis", "P3245-LVE", LocalDate.of(2022, 2, 14));
        DeviceRecord remove = new DeviceRecord(REMOVE_DEVICE, "site-hq", "Headquarters, Level 3",
                SiteSensitivity.SENSITIVE, true, "hikvision", "Hikvision", "DS-2CD2143G2-I", LocalDate.of(2021, 5, 1));
        DeviceRecord review = new DeviceRecord(REVIEW_DEVICE, "site-hq", "Headquarters, Level 3",
                SiteSensitivity.SENSITIVE, false, "harbourcam", "Harbourcam", "<X1>", null);

        List<DeviceVerdict> devices = new ArrayList<>(List.of(
                new DeviceVerdict(clear, true, Verdict.CLEAR, List.of(), List.of(), "pl-axis-any", "axis", "axis",
                        "own", List.of(), List.of()),
                new DeviceVerdict(remove, true, Verdict.SUBJECT,
                        List.of("BRAND_OWNED_BY", "IN_SCOPE_JURISDICTION", "DE_FACTO_CONTROL"),
                        List.of("REMOVE", "DISCONNECT_FROM_CORE_NETWORK"), "pl-hikvision-any", "hikvision",
                        "hikvision", "own", List.of(stateToCetc, cetcToHik, hikToLine),
                        List.of("Sensitive site, installed 2021-05-01")),
                new DeviceVerdict(review, false, Verdict.EXPOSED, List.of("MANUFACTURED_BY", "SAR_JURISDICTION"),
                        List.of("REVIEW"), "pl-harbour-x", "mystery", "harbour", "OEM",
                        List.of(stateToCetc, cetcToHarbour, harbourToLine), List.of())));
        if (shuffled) {
            Collections.reverse(entities);
            Collections.reverse(devices);
        }

        Verdicts verdicts = new Verdicts(AS_OF, LAW_PACK, LawPackSettings.DEFAULTS, POLICY, entities, devices,
                List.of("Holdings of mystery add up to 104% as of 2026-06-30 (kept as given)"));

        List<Report.Input> inputs = List.of(
                new Report.Input("examples/estate/entities.json",
                        "3f2a9c0d1e4b5a6978877665544332211000ffeeddccbbaa9988776655443322"),
                new Report.Input("examples/estate/products.csv",
                        "aa11bb22cc33dd44ee55ff66778899aabbccddeeff00112233445566778899aa"));
        List<Report.Component> plugins = List.of(
                new Report.Component("org.longarm.policy.uk", "0.1.0.v20260630", List.of("policy:uk-sensitive-sites-2022")),
                new Report.Component("org.longarm.analysis.prc", "0.1.0.v20260630", List.of("lawPack:prc-nil")),
                new Report.Component("org.longarm.report", "0.1.0.v20260630",
                        List.of("reportFormat:json", "reportFormat:csv", "reportFormat:html")));
        List<Report.AnalysisResult> analyses = List.of(
                new Report.AnalysisResult("covered-list", "FCC Covered List affiliates", "0.3.0",
                        List.of(new Finding("entity", "hikvision", "COVERED_LIST_AFFILIATE",
                                "Hikvision is named on the FCC Covered List", List.of(stateToCetc, cetcToHik))),
                        null),
                new Report.AnalysisResult("shell-detector", "Shell company detector", "0.1.0", List.of(),
                        "Stopped after 30 s: the analysis timed out"));
        // imported an hour before the report: the import times stay out of it, so two reports still differ only in
        // generatedAt
        Instant imported = generatedAt.minusSeconds(3600);
        List<ImportedFile> graphFiles = new ArrayList<>(List.of(
                new ImportedFile("aa11bb22cc33dd44", "examples/estate/products.csv",
                        "aa11bb22cc33dd44ee55ff66778899aabbccddeeff00112233445566778899aa", "products", imported, 23,
                        66, 0, List.of("productLine=23"), List.of("2: product line 'lorex|*|2019-01-01' is outranked"),
                        2),
                new ImportedFile("3f2a9c0d1e4b5a69", "examples/estate/entities.json",
                        "3f2a9c0d1e4b5a6978877665544332211000ffeeddccbbaa9988776655443322", "bods", imported, 93, 196,
                        0, List.of("entity=45"))));
        if (shuffled) {
            Collections.reverse(graphFiles);
        }
        return new Report(generatedAt, inputs, plugins, verdicts, analyses, graphFiles);
    }
}
