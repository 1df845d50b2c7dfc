package org.longarm.store.neo4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longarm.model.Identifier;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Relationship;
import org.longarm.model.Source;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;

/** Values that would break a statement built by pasting text are stored and read back verbatim. */
class InjectionCorpusTest {

    static final List<String> CORPUS = List.of(
            "O'Brien & Sons \"Ltd\"",
            "back`tick` `Entity`",
            "\"}) DETACH DELETE n //",
            "'}) MATCH (m) DETACH DELETE m RETURN 1 //",
            "$param",
            "${injected} {{template}} %s %n",
            "line\nbreak\r\nand\ttab",
            "back\\slash \\u0000 \\'",
            "nul\u0000char",
            "日本語 · Ελληνικά · العربية · עברית",
            "emoji 📷🔍 and combining é",
            "\u202Eright-to-left override",
            "\u202Eeol");

    /** Names and other plain values may be long; keys and identifiers are indexed and limited to 4 kB. */
    static final String LONG = "long name ".repeat(1_024);

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
    void everyValueIsStoredAndReadBackVerbatimAndTheRestOfTheGraphIsUntouched() {
        Organisation sentinel = organisation("sentinel", "Sentinel Ltd");
        store.write(writer -> {
            writer.put(sentinel);
            return null;
        });
        Map<String, Object> before = counts();

        List<Organisation> hostile = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            String value = CORPUS.get(i);
            Organisation organisation = organisation(value, value);
            organisation.getAlternateNames().add(value);
            Identifier identifier = LongarmFactory.eINSTANCE.createIdentifier();
            identifier.setScheme(value);
            identifier.setId(value);
            organisation.getIdentifiers().add(identifier);
            hostile.add(organisation);
        }
        store.write(writer -> {
            writer.putAll(hostile);
            return null;
        });

        Organisation longOne = organisation("long-valued", LONG);
        longOne.getAlternateNames().add(LONG);
        store.write(writer -> {
            writer.put(longOne);
            return null;
        });
        Organisation loadedLong = (Organisation) store.get(LongarmPackage.Literals.ENTITY, "long-valued").orElseThrow();
        assertEquals(LONG, loadedLong.getName());
        assertEquals(List.of(LONG), loadedLong.getAlternateNames());

        for (String value : CORPUS) {
            Organisation loaded = (Organisation) store.get(LongarmPackage.Literals.ENTITY, value)
                    .orElseThrow(() -> new AssertionError("not found by its key: " + abbreviate(value)));
            assertEquals(value, loaded.getId());
            assertEquals(value, loaded.getName());
            assertEquals(List.of(value), loaded.getAlternateNames());
            assertEquals(value, loaded.getIdentifiers().get(0).getScheme());
            assertEquals(value, loaded.getIdentifiers().get(0).getId());
            assertEquals(value, store.view().entityKeyByIdentifier(value, value).orElseThrow());
        }
        Map<String, Object> after = counts();
        assertEquals((long) before.get("entities") + CORPUS.size() + 1, after.get("entities"));
        assertEquals("Sentinel Ltd", store.get(LongarmPackage.Literals.ENTITY, "sentinel").map(
                e -> ((Organisation) e).getName()).orElseThrow(), "the sentinel survived");
    }

    @Test
    void aKeyTooLongToIndexIsRefusedWithAClearError() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> store.write(writer -> {
                    writer.put(organisation(LONG, "too long"));
                    return null;
                }));
        assertTrue(refused.getMessage().contains("Organisation.id is longer than 4096 bytes"), refused.getMessage());
    }

    /**
     * A key the store would only meet when the write is applied (a stub's, an identifier pair's) is refused while it
     * is staged: after the commit point the write could be neither undone nor finished, and every later opening of
     * the database would fail on it.
     */
    @Test
    void referredKeysAndIdentifierPairsTooLongToIndexAreRefusedBeforeAStagedWriteCommits() {
        Organisation longSubject = LongarmFactory.eINSTANCE.createOrganisation();
        longSubject.setId(LONG);
        Relationship relationship = LongarmFactory.eINSTANCE.createRelationship();
        relationship.setId("refused-relationship");
        relationship.setSubject(longSubject);
        relationship.setInterestedParty(organisation("refused-party", "Party"));
        Organisation longIdentifier = organisation("refused-identifier", "Identified");
        Identifier pair = LongarmFactory.eINSTANCE.createIdentifier();
        pair.setScheme("S".repeat(3_000));
        pair.setId("1".repeat(3_000));
        longIdentifier.getIdentifiers().add(pair);
        Organisation longSource = organisation("refused-source", "Sourced");
        Source source = LongarmFactory.eINSTANCE.createSource();
        source.setId(LONG);
        longSource.getSources().add(source);
        Map<EObject, String> refusals = Map.of(relationship, "Relationship.subject is longer than 4096 bytes",
                longIdentifier, "Identifier.scheme+id is longer than 4096 bytes",
                longSource, "Organisation.sources is longer than 4096 bytes");
        for (var refusal : refusals.entrySet()) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> store.writeStaged(writer -> {
                        writer.put(organisation("staged-before-it", "Staged"));
                        writer.put(refusal.getKey());
                        return null;
                    }, new NullProgressMonitor()));
            assertTrue(refused.getMessage().contains(refusal.getValue()), refused.getMessage());
        }
        assertEquals(0L, store.query("MATCH (n) WHERE n.id IN ['staged-before-it', 'refused-party', "
                + "'refused-identifier', 'refused-source'] OR n:_StagedWrite OR n:_StagedBatch RETURN count(n) AS n",
                Map.of(), r -> r.get("n").asLong()).get(0), "nothing stored, nothing left staged");
        store.writeStaged(writer -> {
            writer.put(organisation("staged-after-it", "Staged"));
            return null;
        }, new NullProgressMonitor());
        assertTrue(store.get(LongarmPackage.Literals.ENTITY, "staged-after-it").isPresent(), "the store still writes");
    }

    @Test
    void searchTextIsAParameterToo() {
        store.write(writer -> {
            writer.put(organisation("searchable", "Searchable Holdings"));
            return null;
        });
        for (String value : CORPUS) {
            store.view().search(value, 10); // must not fail, whatever the text
        }
        assertEquals("searchable", store.view().search("searchab", 5).get(0).key());
    }

    private static Organisation organisation(String key, String name) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(key);
        organisation.setName(name);
        return organisation;
    }

    private static Map<String, Object> counts() {
        return store.query("MATCH (e:Entity) RETURN count(e) AS entities", Map.of(), r -> r.asMap()).get(0);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
