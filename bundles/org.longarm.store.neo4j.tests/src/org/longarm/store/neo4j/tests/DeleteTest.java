package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longarm.core.store.ConcurrentUpdateException;
import org.longarm.core.store.StoreException;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Relationship;
import org.longarm.model.Source;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/** {@code ModelStore.delete}: what an editor created can be taken back, under the same optimistic check as update. */
class DeleteTest {

    private static Neo4jStore store;

    @BeforeAll
    static void openStore() {
        store = TestNeo4j.emptyStore();
        store.write(writer -> {
            writer.putAll(List.of(organisation("del-a"), organisation("del-b")));
            return null;
        });
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void anObjectCreatedByUpdateIsDeletedAndCanBeCreatedAgain() {
        Source source = source("del-source-1");
        Relationship relationship = relationship("del-rel-1", source);
        store.update(source);
        store.update(relationship);
        assertTrue(store.get(LongarmPackage.Literals.RELATIONSHIP, "del-rel-1").isPresent());

        StoreException referenced = assertThrows(StoreException.class, () -> store.delete(source));
        assertTrue(referenced.getMessage().contains("still refer to it"), referenced.getMessage());
        assertTrue(store.get(LongarmPackage.Literals.SOURCE, "del-source-1").isPresent(), "a referenced source stays");

        store.delete(relationship);
        store.delete(source);
        assertTrue(store.get(LongarmPackage.Literals.RELATIONSHIP, "del-rel-1").isEmpty());
        assertTrue(store.get(LongarmPackage.Literals.SOURCE, "del-source-1").isEmpty());
        assertEquals("del-a", store.get(LongarmPackage.Literals.ENTITY, "del-a").map(e -> ((Organisation) e).getId())
                .orElseThrow(), "the parties of a deleted relationship stay");

        store.update(source);
        store.update(relationship);
        assertEquals(40.0, ((Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "del-rel-1").orElseThrow())
                .getInterests().get(0).getShareExact(), "after a delete, update stores the object anew (redo)");
    }

    @Test
    void aStaleCopyIsNotDeleted() {
        Source source = source("del-source-2");
        store.update(source);
        Source stale = (Source) store.get(LongarmPackage.Literals.SOURCE, "del-source-2").orElseThrow();
        source.setDescription("changed meanwhile");
        store.update(source);
        assertThrows(ConcurrentUpdateException.class, () -> store.delete(stale));
        assertEquals("changed meanwhile", ((Source) store.get(LongarmPackage.Literals.SOURCE, "del-source-2")
                .orElseThrow()).getDescription());
        StoreException neverLoaded = assertThrows(StoreException.class, () -> store.delete(source("del-source-2")));
        assertTrue(neverLoaded.getMessage().contains("was not loaded"), neverLoaded.getMessage());
    }

    private static Organisation organisation(String id) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(id);
        organisation.setName(id);
        return organisation;
    }

    private static Source source(String id) {
        Source source = LongarmFactory.eINSTANCE.createSource();
        source.setId(id);
        source.setDescription("test");
        source.setStatementDate(LocalDate.of(2026, 11, 29));
        return source;
    }

    private static Relationship relationship(String id, Source source) {
        Relationship relationship = LongarmFactory.eINSTANCE.createRelationship();
        relationship.setId(id);
        relationship.setSubject(organisation("del-a"));
        relationship.setInterestedParty(organisation("del-b"));
        Interest interest = LongarmFactory.eINSTANCE.createInterest();
        interest.setType(InterestType.SHAREHOLDING);
        interest.setShareExact(40.0);
        relationship.getInterests().add(interest);
        relationship.getSources().add(source);
        return relationship;
    }
}
