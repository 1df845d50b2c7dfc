package org.longarm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BinaryOperator;

import org.junit.jupiter.api.Test;
import org.longarm.core.internal.io.ImportTargets.Version;
import org.longarm.core.internal.io.RecordVersions;
import org.longarm.model.LongarmPackage;

/**
 * The import's table of each record's newest statement: it must answer as the map of strings to versions it replaces,
 * for any keys, over its growth.
 */
class RecordVersionsTest {

    private static final BinaryOperator<Version> NEWEST = (older, newer) -> older.compareTo(newer) >= 0 ? older
            : newer;

    @Test
    void answersAsAMapOfKeysToTheirNewestVersionWhileItGrows() {
        RecordVersions table = new RecordVersions("Entity|");
        Map<String, Version> expected = new HashMap<>();
        java.util.Set<String> entities = new java.util.HashSet<>();
        Random random = new Random(42);
        for (long sequence = 1; sequence <= 300_000; sequence++) {
            // keys met again, of other lengths and scripts, and some whose hashes collide ("Aa" and "BB")
            String key = switch ((int) (sequence % 4)) {
                case 0 -> "openownership-register-" + random.nextInt(100_000);
                case 1 -> "Aa".repeat(random.nextInt(3)) + "BB".repeat(random.nextInt(3)) + random.nextInt(50);
                case 2 -> "Société générale 株式会社 " + random.nextInt(20_000);
                default -> "GB-COH:" + random.nextInt(100_000);
            };
            Instant when = random.nextInt(10) == 0 ? null
                    : Instant.ofEpochSecond(1_500_000_000L + random.nextInt(1000) * 86_400L, random.nextInt(3) * 500);
            String statementId = when == null ? null : "statement-" + random.nextInt(1_000_000);
            Version version = new Version(when, statementId, sequence,
                    random.nextBoolean() ? LongarmPackage.Literals.PERSON : LongarmPackage.Literals.ORGANISATION);
            // half of them as entities' records, whose keys an entity noted shares
            String recordKey = sequence % 2 == 0 ? "Entity|" + key : key;
            table.merge(recordKey, version, NEWEST);
            expected.merge(recordKey, version, NEWEST);
            if (sequence % 3 == 0) {
                table.addEntity(key);
                entities.add(key);
            }
        }
        for (Map.Entry<String, Version> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), table.get(entry.getKey()), entry.getKey());
            assertTrue(table.containsKey(entry.getKey()));
            assertTrue(table.isNoneOr(entry.getKey(), entry.getValue().sequence()));
            assertFalse(table.isNoneOr(entry.getKey(), -1));
        }
        assertEquals(entities.size(), table.entityCount());
        assertEquals(entities.stream().filter(key -> key.startsWith("GB-")).count(),
                table.countEntities(key -> key.startsWith("GB-")));
        expected.keySet().forEach(key -> assertEquals(entities.contains(key), table.isEntity(key), key));
        entities.forEach(id -> assertTrue(table.isEntity(id), id));
        assertNull(table.get("openownership-register-100000"));
        assertFalse(table.containsKey("GB-COH:"));
        assertTrue(table.isNoneOr("never-read", 7));
    }

    @Test
    void aVersionKeepsItsStatementIdItsInstantToTheNanosecondAndItsType() {
        RecordVersions table = new RecordVersions("Entity|");
        Version dated = new Version(Instant.parse("1999-12-31T23:59:59.999999999Z"), "x".repeat(200), 1,
                LongarmPackage.Literals.PERSON);
        Version undated = new Version(null, null, 2, null);
        table.merge("dated", dated, NEWEST);
        table.merge("undated", undated, NEWEST);
        assertEquals(dated, table.get("dated"));
        assertEquals(undated, table.get("undated"));
    }

    @Test
    void entitiesAreCountedOnceAndApartFromVersions() {
        RecordVersions table = new RecordVersions("Entity|");
        table.addEntity("e1");
        table.addEntity("e1");
        table.addEntity(null);
        table.addEntity("GB-COH:1");
        table.merge("r1", new Version(Instant.EPOCH, "s1", 1, LongarmPackage.Literals.RELATIONSHIP), NEWEST);
        assertEquals(2, table.entityCount());
        assertTrue(table.isEntity("e1"));
        assertFalse(table.isEntity("r1"));
        assertFalse(table.containsKey("Entity|e1"), "an entity noted has no version until one is put");
        assertEquals(1, table.countEntities(key -> key.startsWith("GB-")));
        // an entity is noted on its record's key, which holds the record's version too
        Version stated = new Version(Instant.EPOCH, "s2", 2, LongarmPackage.Literals.ORGANISATION);
        table.merge("Entity|e1", stated, NEWEST);
        assertEquals(stated, table.get("Entity|e1"));
        assertTrue(table.isEntity("e1"));
        assertFalse(table.containsKey("e1"));
        assertEquals(2, table.entityCount());
        assertEquals(2, table.countEntities(key -> key.equals("e1") || key.startsWith("GB-")));
    }

    @Test
    void theNewerVersionReplacesTheOlderOnlyWhenTheOperatorPicksIt() {
        RecordVersions table = new RecordVersions("Entity|");
        Version older = new Version(Instant.parse("2024-01-01T00:00:00Z"), "b", 1, LongarmPackage.Literals.PERSON);
        Version sameInstantSmallerId = new Version(older.when(), "a", 2, LongarmPackage.Literals.ORGANISATION);
        Version newer = new Version(Instant.parse("2024-01-02T00:00:00.000000001Z"), "c", 3, null);
        table.merge("p", older, NEWEST);
        table.merge("p", sameInstantSmallerId, NEWEST);
        assertEquals(older, table.get("p"));
        table.merge("p", newer, NEWEST);
        assertEquals(newer, table.get("p"));
        Version[] given = new Version[2];
        table.merge("p", older, (a, b) -> {
            given[0] = a;
            given[1] = b;
            return b;
        });
        assertEquals(newer, given[0]);
        assertSame(older, given[1]);
        assertEquals(older, table.get("p"));
    }
}
