package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.InterestRecord;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.core.graph.SourceRecord;
import org.longarm.model.Entity;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.Jurisdiction;
import org.longarm.model.LongarmFactory;
import org.longarm.model.Organisation;
import org.longarm.model.Person;
import org.longarm.model.Relationship;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/**
 * The Explorer's folders as the database answers them (counts per jurisdiction, pages by name) agree with the same
 * questions answered by streaming every entity (GraphView's default methods), including entities without a
 * jurisdiction, persons, and stubs (referenced, never stored), which must not be counted.
 */
class EntityFoldersTest {

    private static Neo4jStore store;

    @BeforeAll
    static void openStore() {
        store = TestNeo4j.emptyStore();
        List<EObject> objects = new ArrayList<>();
        Jurisdiction gb = jurisdiction("GB"), cn = jurisdiction("CN");
        objects.add(gb);
        objects.add(cn);
        for (int i = 0; i < 25; i++) {
            Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
            organisation.setId("org-" + i);
            // names out of key order, some equal, so that the order by name then key matters
            organisation.setName("Company " + (char) ('Z' - i % 7));
            organisation.setJurisdiction(i % 3 == 0 ? null : i % 3 == 1 ? gb : cn);
            objects.add(organisation);
        }
        // a large jurisdiction, few of its entities named: the database lists those without a name last (by key),
        // and pages of every size must cross from the named ones to them exactly as streaming every entity does
        Jurisdiction nl = jurisdiction("NL");
        objects.add(nl);
        for (int i = 0; i < 40; i++) {
            Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
            organisation.setId("dense-" + i);
            organisation.setName(i % 4 == 0 ? "Dense " + (char) ('A' + (i * 7) % 11) : null);
            organisation.setJurisdiction(nl);
            objects.add(organisation);
        }
        Person person = LongarmFactory.eINSTANCE.createPerson();
        person.setId("person-1");
        person.setName("A Person");
        person.setJurisdiction(gb);
        objects.add(person);
        Relationship toStub = LongarmFactory.eINSTANCE.createRelationship();
        toStub.setId("rel-stub");
        toStub.setInterestedParty(reference("never-stored"));
        toStub.setSubject(reference("org-1"));
        Interest interest = LongarmFactory.eINSTANCE.createInterest();
        interest.setType(InterestType.SHAREHOLDING);
        toStub.getInterests().add(interest);
        objects.add(toStub);
        store.write(writer -> {
            writer.putAll(objects);
            return null;
        });
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void countsAndPagesAgreeWithStreamingEveryEntity() {
        GraphView database = store.view();
        GraphView streaming = new Streaming(database);
        Map<String, Long> counts = database.entityCountsByJurisdiction();
        assertEquals(streaming.entityCountsByJurisdiction(), counts);
        assertEquals(Map.of("", 9L, "GB", 9L, "CN", 8L, "NL", 40L), counts);
        for (String code : counts.keySet()) {
            for (int limit : new int[] { 1, 3, 4 }) {
                for (int offset = 0; offset < counts.get(code) + limit; offset += limit) {
                    assertEquals(keys(streaming.entitiesByJurisdiction(code, offset, limit)),
                            keys(database.entitiesByJurisdiction(code, offset, limit)),
                            code + " from " + offset + ", " + limit + " at a time");
                }
            }
        }
        assertEquals(List.of(), database.entitiesByJurisdiction("XX", 0, 10));
    }

    private static List<String> keys(List<EntityRecord> entities) {
        return entities.stream().map(EntityRecord::key).toList();
    }

    private static Jurisdiction jurisdiction(String code) {
        Jurisdiction jurisdiction = LongarmFactory.eINSTANCE.createJurisdiction();
        jurisdiction.setCode(code);
        jurisdiction.setName(code);
        return jurisdiction;
    }

    private static Entity reference(String key) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(key);
        return organisation;
    }

    /** The database's view without its own folder queries: GraphView's defaults stream every entity. */
    private record Streaming(GraphView view) implements GraphView {
        @Override
        public GraphCounts counts() {
            return view.counts();
        }

        @Override
        public void entities(Consumer<EntityRecord> sink, IProgressMonitor monitor) {
            view.entities(sink, monitor);
        }

        @Override
        public void interests(Consumer<InterestRecord> sink, IProgressMonitor monitor) {
            view.interests(sink, monitor);
        }

        @Override
        public void productLines(Consumer<ProductLineRecord> sink, IProgressMonitor monitor) {
            view.productLines(sink, monitor);
        }

        @Override
        public void devices(Consumer<DeviceRecord> sink, IProgressMonitor monitor) {
            view.devices(sink, monitor);
        }

        @Override
        public Optional<EntityRecord> entity(String key) {
            return view.entity(key);
        }

        @Override
        public Optional<String> entityKeyByIdentifier(String scheme, String id) {
            return view.entityKeyByIdentifier(scheme, id);
        }

        @Override
        public Optional<DeviceRecord> device(String assetId) {
            return view.device(assetId);
        }

        @Override
        public List<InterestRecord> interestsOf(String entityKey, Direction direction, int limit) {
            return view.interestsOf(entityKey, direction, limit);
        }

        @Override
        public List<SourceRecord> sourcesOf(EClass type, String key) {
            return view.sourcesOf(type, key);
        }

        @Override
        public List<EntityRecord> search(String text, int limit) {
            return view.search(text, limit);
        }

        @Override
        public Optional<EObject> object(EClass type, String key) {
            return view.object(type, key);
        }
    }
}
