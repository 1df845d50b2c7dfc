package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longarm.core.store.ConcurrentUpdateException;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Relationship;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/** Two analysts editing the same fact: the second write loses, with a clear error, instead of a silent overwrite. */
class ConcurrentUpdateTest {

    private static Neo4jStore store;

    @BeforeAll
    static void openStore() {
        store = TestNeo4j.emptyStore();
        Organisation a = organisation("acme", "Acme");
        Organisation b = organisation("holdco", "Holdco");
        Relationship relationship = LongarmFactory.eINSTANCE.createRelationship();
        relationship.setId("rel-holdco-acme");
        relationship.setSubject(a);
        relationship.setInterestedParty(b);
        Interest interest = LongarmFactory.eINSTANCE.createInterest();
        interest.setType(InterestType.SHAREHOLDING);
        interest.setShareExact(30.0);
        relationship.getInterests().add(interest);
        store.write(writer -> {
            writer.putAll(List.of(a, b, relationship));
            return null;
        });
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void theSecondOfTwoEditsOfTheSameLoadedVersionIsRefused() {
        Organisation first = load("acme");
        Organisation second = load("acme");
        first.setName("Acme Corporation");
        store.update(first);

        second.setName("ACME Inc.");
        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class, () -> store.update(second));
        assertTrue(conflict.getMessage().contains("'acme' was changed by someone else"), conflict.getMessage());
        assertEquals("Acme Corporation", load("acme").getName(), "the first edit stands");

        Organisation reloaded = load("acme");
        reloaded.setName("ACME Inc.");
        store.update(reloaded);
        assertEquals("ACME Inc.", load("acme").getName(), "after reloading, the edit goes through");
    }

    @Test
    void twoSimultaneousEditsOfARelationshipLeaveExactlyOneWinner() throws Exception {
        Relationship one = (Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "rel-holdco-acme").orElseThrow();
        Relationship two = (Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "rel-holdco-acme").orElseThrow();
        one.getInterests().get(0).setShareExact(51.0);
        two.getInterests().get(0).setShareExact(49.0);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Relationship copy : List.of(one, two)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    store.update(copy);
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            }));
        }
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, winners, "exactly one of the two simultaneous updates succeeds");
        double stored = ((Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "rel-holdco-acme").orElseThrow())
                .getInterests().get(0).getShareExact();
        double expected = (results.get(0).get() ? one : two).getInterests().get(0).getShareExact();
        assertEquals(expected, stored, "the winner's value is stored");
    }

    private static Organisation load(String key) {
        return (Organisation) store.get(LongarmPackage.Literals.ENTITY, key).orElseThrow();
    }

    private static Organisation organisation(String key, String name) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(key);
        organisation.setName(name);
        return organisation;
    }
}
