package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

/**
 * {@code ModelStore.delete} and {@code save}: what an editor created can be taken back, under the same optimistic
 * check as update, and a change of several objects is stored whole or not at all.
 */
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

    @Test
    void aChangeWithTheSourceItCitesIsSavedAndUndoneAsOneChange() {
        Source source = source("save-source-1");
        Relationship relationship = relationship("save-rel-1", source);
        store.save(List.of(source, relationship), List.of());
        assertEquals(List.of(1L, 1L), versions("save-source-1", "save-rel-1"));

        Source added = source("save-source-2");
        relationship.getInterests().get(0).setShareExact(60.0);
        relationship.getSources().add(added);
        store.save(List.of(added, relationship), List.of());
        assertEquals(List.of(1L, 2L), versions("save-source-2", "save-rel-1"));

        // undo: the relationship as it was, and the source it no longer cites deleted, in one transaction
        relationship.getInterests().get(0).setShareExact(40.0);
        relationship.getSources().remove(added);
        store.save(List.of(relationship), List.of(added));
        assertTrue(store.get(LongarmPackage.Literals.SOURCE, "save-source-2").isEmpty());
        Relationship stored = (Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "save-rel-1").orElseThrow();
        assertEquals(40.0, stored.getInterests().get(0).getShareExact());
        assertEquals(List.of("save-source-1"), stored.getSources().stream().map(Source::getId).toList());
        assertEquals(List.of(3L), versions("save-rel-1"));
    }

    @Test
    void aSaveRefusedPartWayStoresNothingAndLeavesTheCopiesAsLoaded() {
        Source source = source("save-source-3");
        Relationship relationship = relationship("save-rel-3", source);
        store.save(List.of(source, relationship), List.of());
        Relationship stale = (Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "save-rel-3").orElseThrow();
        relationship.getInterests().get(0).setShareExact(55.0);
        store.update(relationship);

        // a new source and a stale relationship citing it: the relationship's check fails after the source is written
        Source added = source("save-source-4");
        stale.getSources().add(added);
        assertThrows(ConcurrentUpdateException.class, () -> store.save(List.of(added, stale), List.of()));
        assertTrue(store.get(LongarmPackage.Literals.SOURCE, "save-source-4").isEmpty(), "the source went with it");

        // an update, then a delete refused because something still cites the deleted source: the update is undone too
        Organisation party = (Organisation) store.get(LongarmPackage.Literals.ORGANISATION, "del-b").orElseThrow();
        party.setName("renamed with a refused delete");
        StoreException referenced = assertThrows(StoreException.class,
                () -> store.save(List.of(party), List.of(source)));
        assertTrue(referenced.getMessage().contains("still refer to it"), referenced.getMessage());
        assertEquals("del-b", ((Organisation) store.get(LongarmPackage.Literals.ORGANISATION, "del-b").orElseThrow())
                .getName());
        assertTrue(store.get(LongarmPackage.Literals.SOURCE, "save-source-3").isPresent());

        // the versions of the refused copies did not move on: saving them again is not a conflict with themselves
        store.save(List.of(party), List.of());
        assertEquals("renamed with a refused delete", ((Organisation) store.get(LongarmPackage.Literals.ORGANISATION,
                "del-b").orElseThrow()).getName());
        store.update(added);
        assertEquals(List.of(1L), versions("save-source-4"));

        // an object twice would be checked against a version the save itself moved on: refused before anything runs
        assertThrows(IllegalArgumentException.class, () -> store.save(List.of(party, party), List.of()));
        assertThrows(IllegalArgumentException.class, () -> store.save(List.of(added), List.of(added)));
        assertEquals(List.of(1L), versions("save-source-4"));
    }

    /** The stored versions of the nodes and relationships with these keys, in the order of the keys. */
    private static List<Long> versions(String... keys) {
        return java.util.Arrays.stream(keys).map(key -> store.query("""
                OPTIONAL MATCH (n {id: $key}) WHERE n._version IS NOT NULL
                OPTIONAL MATCH ()-[r {id: $key}]->() WHERE r._version IS NOT NULL
                WITH n._version AS nodeVersion, max(r._version) AS edgeVersion
                RETURN coalesce(nodeVersion, edgeVersion) AS version""", Map.of("key", key),
                r -> r.get("version").asLong()).get(0)).toList();
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
