package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longarm.model.Entity;
import org.longarm.model.LongarmPackage;
import org.longarm.model.ProductLine;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

class StoreRoundTripTest {

    private static Neo4jStore store;

    @BeforeAll
    static void openStore() {
        store = TestNeo4j.emptyStore();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void anInstanceOfEveryClassComesBackAsItWasWritten() {
        SampleObjects samples = new SampleObjects(LongarmPackage.eINSTANCE, "roundtrip-");
        assertEquals(samples.concreteClasses().size(), samples.coveredClasses().size(),
                "the samples cover every concrete class: " + samples.coveredClasses());

        long written = store.write(writer -> {
            writer.putAll(samples.byClass.values());
            writer.flush();
            return writer.changed();
        });
        assertEquals(samples.byClass.size(), written);

        for (var entry : samples.byClass.entrySet()) {
            EClass eClass = entry.getKey();
            EObject original = entry.getValue();
            EObject loaded = store.get(eClass, SampleObjects.keyOf(original)).orElseThrow(
                    () -> new AssertionError(eClass.getName() + " was not found"));
            assertEquals("", SampleObjects.differences(original, loaded), eClass.getName() + " round trip");
        }
    }

    @Test
    void writingTheSameObjectsAgainChangesNothing() {
        SampleObjects samples = new SampleObjects(LongarmPackage.eINSTANCE, "idempotent-");
        store.write(writer -> {
            writer.putAll(samples.byClass.values());
            return null;
        });
        Map<String, Object> before = snapshot();

        long changedAgain = store.write(writer -> {
            writer.putAll(new SampleObjects(LongarmPackage.eINSTANCE, "idempotent-").byClass.values());
            writer.flush();
            return writer.changed();
        });

        assertEquals(0, changedAgain, "nothing was rewritten");
        assertEquals(before, snapshot(), "node, relationship and version counts are the same");
    }

    @Test
    void referencesLoadLazilyOnFirstAccess() {
        SampleObjects samples = new SampleObjects(LongarmPackage.eINSTANCE, "lazy-");
        store.write(writer -> {
            writer.putAll(samples.byClass.values());
            return null;
        });
        ProductLine line = (ProductLine) store.get(LongarmPackage.Literals.PRODUCT_LINE, "lazy-ProductLine").orElseThrow();
        EObject owner = (EObject) line.eGet(LongarmPackage.Literals.PRODUCT_LINE__BRAND_OWNER, false);
        assertTrue(owner.eIsProxy(), "the brand owner is not loaded with the product line");

        Entity resolved = line.getBrandOwner();
        assertFalse(resolved.eIsProxy());
        assertEquals("name value 1", resolved.getName());
        assertEquals("lazy-Organisation", resolved.getId());
    }

    /**
     * What refers to a stub — a key that a reference named and nothing defined — is found, node or edge, and read with
     * those references pointing at a replacement; written back, the stub is left with nothing referring to it.
     */
    @Test
    void theReferrersOfAStubAreReadRepointedAndCanBeWrittenBack() {
        org.longarm.model.LongarmFactory factory = org.longarm.model.LongarmFactory.eINSTANCE;
        org.longarm.model.Organisation holder = organisation("stubbed-holder", null);
        org.longarm.model.Organisation stub = organisation("XI-STUB:1", null);
        org.longarm.model.Organisation replacement = organisation("stubbed-replacement", "Replacement Ltd");
        org.longarm.model.Relationship holding = holding("stubbed-rel", stub, holder, 51.0, null);
        ProductLine line = factory.createProductLine();
        line.setId("stubbed-line");
        line.setModel("S1");
        line.setBrandOwner(holder);
        line.setManufacturer(stub);
        store.write(writer -> {
            writer.putAll(List.of(holder, holding, line, replacement));
            return null;
        });

        List<EObject> referrers = new java.util.ArrayList<>();
        store.view().referrersOfStubs(LongarmPackage.Literals.ENTITY,
                Map.of("XI-STUB:1", "stubbed-replacement", "stubbed-holder", "not-a-stub"), referrers::add);
        assertEquals(List.of("stubbed-line", "stubbed-rel"), referrers.stream().map(SampleObjects::keyOf).sorted()
                .toList(), "only the stub's referrers: a stored entity is no stub");
        assertEquals(1, store.view().interestsOf("XI-STUB:1", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10)
                .size(), "reading wrote nothing");
        store.write(writer -> {
            writer.putAll(referrers);
            return null;
        });

        ProductLine loadedLine = (ProductLine) store.get(LongarmPackage.Literals.PRODUCT_LINE, "stubbed-line").orElseThrow();
        assertEquals("Replacement Ltd", loadedLine.getManufacturer().getName());
        assertEquals("stubbed-holder", loadedLine.getBrandOwner().getId());
        org.longarm.model.Relationship loadedHolding = (org.longarm.model.Relationship) store
                .get(LongarmPackage.Literals.RELATIONSHIP, "stubbed-rel").orElseThrow();
        assertEquals("Replacement Ltd", loadedHolding.getSubject().getName());
        assertEquals("stubbed-holder", loadedHolding.getInterestedParty().getId());
        assertEquals(51.0, loadedHolding.getInterests().get(0).getShareExact());
        List<EObject> after = new java.util.ArrayList<>();
        store.view().referrersOfStubs(LongarmPackage.Literals.ENTITY, Map.of("XI-STUB:1", "stubbed-replacement"),
                after::add);
        assertEquals(List.of(), after, "nothing refers to the stub any more");
    }

    /** A later write replaces the stored attributes: one it leaves unset is gone, not kept from before. */
    @Test
    void anAttributeUnsetInALaterWriteIsRemoved() {
        org.longarm.model.Organisation first = organisation("First name");
        first.setFoundingDate(java.time.LocalDate.of(2001, 2, 3));
        first.getAlternateNames().add("Alias");
        store.write(writer -> {
            writer.putAll(List.of(first, selfHolding(first, 25.0, "ordinary shares")));
            return null;
        });
        org.longarm.model.Organisation second = organisation("Second name");
        store.write(writer -> {
            writer.putAll(List.of(second, selfHolding(second, null, null)));
            return null;
        });

        org.longarm.model.Organisation loaded = (org.longarm.model.Organisation) store
                .get(LongarmPackage.Literals.ENTITY, "unset-org").orElseThrow();
        assertEquals("Second name", loaded.getName());
        assertEquals(null, loaded.getFoundingDate());
        assertTrue(loaded.getAlternateNames().isEmpty(), "alternate names: " + loaded.getAlternateNames());
        org.longarm.model.Interest interest = ((org.longarm.model.Relationship) store
                .get(LongarmPackage.Literals.RELATIONSHIP, "unset-rel").orElseThrow()).getInterests().get(0);
        assertEquals(null, interest.getShareExact());
        assertEquals(null, interest.getDetails());
        assertEquals(org.longarm.model.InterestType.SHAREHOLDING, interest.getType());
    }

    /**
     * A node written before loses what a later write leaves out: the labels of its old class, its old references and
     * its old children; a node first created as a reference's stub takes its whole row.
     */
    @Test
    void aLaterWriteReplacesTheClassReferencesAndChildrenOfAStoredNode() {
        org.longarm.model.LongarmFactory factory = org.longarm.model.LongarmFactory.eINSTANCE;
        org.longarm.model.Organisation before = factory.createOrganisation();
        before.setId("replaced-entity");
        before.setName("Before Ltd");
        org.longarm.model.Jurisdiction gb = factory.createJurisdiction();
        gb.setCode("GB");
        before.setJurisdiction(gb);
        org.longarm.model.Identifier number = factory.createIdentifier();
        number.setScheme("GB-COH");
        number.setId("01234567");
        before.getIdentifiers().add(number);
        store.write(writer -> {
            writer.putAll(List.of(before, gb));
            return null;
        });

        org.longarm.model.Person after = factory.createPerson();
        after.setId("replaced-entity");
        after.setName("After Person");
        org.longarm.model.Jurisdiction fr = factory.createJurisdiction();
        fr.setCode("FR");
        fr.setName("France");
        after.getNationalities().add(fr); // a stub until the jurisdiction itself is written below
        store.write(writer -> {
            writer.put(after);
            return null;
        });
        store.write(writer -> {
            writer.put(fr);
            return null;
        });

        Entity loaded = (Entity) store.get(LongarmPackage.Literals.ENTITY, "replaced-entity").orElseThrow();
        assertTrue(loaded instanceof org.longarm.model.Person, "now a person: " + loaded.eClass().getName());
        assertEquals("After Person", loaded.getName());
        assertTrue(loaded.getIdentifiers().isEmpty(), "identifiers: " + loaded.getIdentifiers());
        assertEquals(List.of("France"), ((org.longarm.model.Person) loaded).getNationalities().stream()
                .map(org.longarm.model.Jurisdiction::getName).toList());
        Map<String, Object> stored = store.query("""
                MATCH (e:Entity {id: 'replaced-entity'})
                RETURN labels(e) AS labels, e.entityType AS entityType, e._version AS version,
                  COUNT { (e)-->() } AS outgoing, COUNT { (i:Identifier {id: '01234567'}) } AS identifiers""",
                Map.of(), r -> r.asMap()).get(0);
        assertFalse(((List<?>) stored.get("labels")).contains("Organisation"), "labels: " + stored.get("labels"));
        assertEquals(null, stored.get("entityType"));
        assertEquals(2L, stored.get("version"));
        assertEquals(1L, stored.get("outgoing"), "only the nationality is left");
        assertEquals(0L, stored.get("identifiers"), "the old identifier node is deleted");
    }

    private static org.longarm.model.Organisation organisation(String name) {
        return organisation("unset-org", name);
    }

    private static org.longarm.model.Organisation organisation(String id, String name) {
        org.longarm.model.Organisation organisation = org.longarm.model.LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(id);
        organisation.setName(name);
        return organisation;
    }

    private static org.longarm.model.Relationship selfHolding(org.longarm.model.Organisation owner, Double share,
            String details) {
        return holding("unset-rel", owner, owner, share, details);
    }

    private static org.longarm.model.Relationship holding(String id, org.longarm.model.Entity subject,
            org.longarm.model.Entity party, Double share, String details) {
        org.longarm.model.Relationship holding = org.longarm.model.LongarmFactory.eINSTANCE.createRelationship();
        holding.setId(id);
        holding.setSubject(subject);
        holding.setInterestedParty(party);
        org.longarm.model.Interest interest = org.longarm.model.LongarmFactory.eINSTANCE.createInterest();
        interest.setType(org.longarm.model.InterestType.SHAREHOLDING);
        interest.setShareExact(share);
        interest.setDetails(details);
        holding.getInterests().add(interest);
        return holding;
    }

    @Test
    void aKeyThatIsNotStoredIsAbsent() {
        assertTrue(store.get(LongarmPackage.Literals.ENTITY, "no such entity").isEmpty());
        assertTrue(store.getAll(LongarmPackage.Literals.RELATIONSHIP, List.of("none", "neither")).isEmpty());
    }

    private Map<String, Object> snapshot() {
        return store.query("""
                MATCH (n) WITH count(n) AS nodes, sum(coalesce(n._version, 0)) AS nodeVersions
                MATCH ()-[r]->() RETURN nodes, nodeVersions, count(r) AS relationships,
                  sum(coalesce(r._version, 0)) AS relationshipVersions""", Map.of(), r -> r.asMap()).get(0);
    }
}
