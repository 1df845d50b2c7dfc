package org.example.longarm.ndaa889.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.AnalysisContext;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.Finding;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.InterestRecord;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.plugins.Contributions;
import org.longarm.model.EntityType;
import org.longarm.model.InterestType;

/** The analysis on a small graph, and its registration as a Declarative Services component. */
class Ndaa889AnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    private final List<EntityRecord> entities = new ArrayList<>();
    private final List<InterestRecord> interests = new ArrayList<>();
    private final List<DeviceVerdict> devices = new ArrayList<>();

    private void org(String key, String name, EntityType type) {
        entities.add(new EntityRecord(key, name, false, type, "XX", List.of(), false, List.of()));
    }

    private void owns(String holder, String subject, double share, LocalDate start, LocalDate end) {
        interests.add(new InterestRecord("rel-" + holder + "-" + subject, 0, holder, subject, InterestType.SHAREHOLDING,
                share, null, null, start, end));
    }

    private void device(String assetId, String brandOwner, String manufacturer) {
        DeviceRecord record = new DeviceRecord(assetId, "site", "Site", null, false, "brand-" + assetId, "Brand",
                "M-1", LocalDate.of(2020, 1, 1));
        devices.add(new DeviceVerdict(record, true, Verdict.CLEAR, List.of(), List.of(), "line-" + assetId, brandOwner,
                manufacturer, "own", List.of(), List.of()));
    }

    private Map<String, Finding> run(Map<String, String> parameters) throws Exception {
        Verdicts verdicts = new Verdicts(AS_OF, null, LawPackSettings.DEFAULTS, null, List.of(), devices, List.of());
        List<Finding> findings = new Ndaa889Analysis().run(new AnalysisContext(new FakeGraph(), AS_OF, verdicts,
                parameters), new NullProgressMonitor());
        return findings.stream().collect(Collectors.toMap(f -> f.subjectKind() + ":" + f.subjectId(), f -> f));
    }

    @Test
    void flagsNamedCompaniesTheirSubsidiariesAndAffiliates() throws Exception {
        org("state", "The State", EntityType.STATE);
        org("group", "Example Electronics Group", EntityType.REGISTERED_ENTITY);
        org("hik", "Hangzhou Hikvision Digital Technology Co., Ltd.", EntityType.REGISTERED_ENTITY);
        org("hik-uk", "Hikvision UK Limited", EntityType.REGISTERED_ENTITY);
        org("sister", "Example Sister Co.", EntityType.REGISTERED_ENTITY);
        org("minority", "Minority Holding Ltd", EntityType.REGISTERED_ENTITY);
        org("sold", "Formerly Dahua-owned Inc.", EntityType.REGISTERED_ENTITY);
        org("dahua", "Zhejiang Dahua Technology Co., Ltd.", EntityType.REGISTERED_ENTITY);
        org("axis", "Axis AB", EntityType.REGISTERED_ENTITY);
        owns("state", "group", 100, null, null);
        owns("group", "hik", 60, null, null);
        owns("group", "sister", 100, null, null);
        owns("hik", "hik-uk", 100, null, null);
        owns("hik", "minority", 48, null, null);
        owns("dahua", "sold", 100, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 11, 23));
        device("D1", "hik", "hik");
        device("D2", "hik-uk", "axis");
        device("D3", "axis", "sister");
        device("D4", "minority", "minority");
        device("D5", "sold", "sold");
        device("D6", "axis", "axis");

        Map<String, Finding> findings = run(Map.of());

        assertEquals("COVERED_ENTITY", findings.get("device:D1").code());
        Finding subsidiary = findings.get("device:D2");
        assertEquals("COVERED_SUBSIDIARY", subsidiary.code(), subsidiary.toString());
        assertEquals("hik", subsidiary.path().get(0).holderKey(), "the path starts at the named company");
        assertEquals("hik-uk", subsidiary.path().get(0).subjectKey());
        assertEquals("line-D2", subsidiary.path().get(subsidiary.path().size() - 1).subjectKey(),
                "the path ends at the device's product line");
        Finding affiliate = findings.get("device:D3");
        assertEquals("COVERED_AFFILIATE", affiliate.code(), affiliate.toString());
        assertEquals(List.of("group", "group", "sister"),
                affiliate.path().stream().map(h -> h.holderKey()).toList(), "parent -> named, parent -> sibling, sibling -> product");
        assertFalse(findings.containsKey("device:D4"), "48% is not control");
        assertFalse(findings.containsKey("device:D5"), "sold before the as-of date");
        assertFalse(findings.containsKey("device:D6"));
        assertFalse(findings.containsKey("entity:state"), "states are not followed");
        assertEquals("COVERED_ENTITY", findings.get("entity:hik").code());
    }

    @Test
    void namesAndIdsAreParameters() throws Exception {
        org("acme", "Acme Cameras Ltd", EntityType.REGISTERED_ENTITY);
        org("hik", "Hangzhou Hikvision Digital Technology Co., Ltd.", EntityType.REGISTERED_ENTITY);
        device("D1", "acme", "acme");
        device("D2", "hik", "hik");
        Map<String, Finding> byName = run(Map.of("names", "Acme Cameras"));
        assertEquals("COVERED_ENTITY", byName.get("device:D1").code());
        assertFalse(byName.containsKey("device:D2"), "the names replace the default list");
        Map<String, Finding> byId = run(Map.of("ids", "acme"));
        assertTrue(byId.containsKey("device:D1") && byId.containsKey("device:D2"), "ids add to the default names");
        assertThrows(IllegalArgumentException.class, () -> run(Map.of("ids", "nobody")));
    }

    @Test
    void isRegisteredAsAnAnalysisService() {
        assertTrue(Contributions.analyses().stream().map(Analysis::id).anyMatch(Ndaa889Analysis.ID::equals),
                "Declarative Services registers the analysis");
    }

    private final class FakeGraph implements GraphView {
        @Override
        public GraphCounts counts() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void entities(Consumer<EntityRecord> sink, IProgressMonitor monitor) {
            entities.forEach(sink);
        }

        @Override
        public void interests(Consumer<InterestRecord> sink, IProgressMonitor monitor) {
            interests.forEach(sink);
        }

        @Override
        public void productLines(Consumer<ProductLineRecord> sink, IProgressMonitor monitor) {
        }

        @Override
        public void devices(Consumer<DeviceRecord> sink, IProgressMonitor monitor) {
        }

        @Override
        public Optional<EntityRecord> entity(String key) {
            return entities.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public Optional<String> entityKeyByIdentifier(String scheme, String id) {
            return Optional.empty();
        }

        @Override
        public Optional<DeviceRecord> device(String assetId) {
            return Optional.empty();
        }

        @Override
        public List<InterestRecord> interestsOf(String entityKey, Direction direction, int limit) {
            return interests.stream().filter(i -> entityKey.equals(direction == Direction.HOLDERS ? i.subjectKey() : i.holderKey()))
                    .limit(limit).toList();
        }

        @Override
        public List<SourceRecord> sourcesOf(EClass type, String key) {
            return List.of();
        }

        @Override
        public List<EntityRecord> search(String text, int limit) {
            return List.of();
        }

        @Override
        public Optional<EObject> object(EClass type, String key) {
            return Optional.empty();
        }
    }
}
