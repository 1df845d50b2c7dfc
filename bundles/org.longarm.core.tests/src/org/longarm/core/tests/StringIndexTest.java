package org.longarm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.longarm.core.internal.util.StringIndex;

/** The numbering of strings that an import keeps its keys in: exact, in order, for strings of any length. */
class StringIndexTest {

    @Test
    void numbersEachStringOnceInTheOrderOfItsFirstAdding() {
        StringIndex index = new StringIndex();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int n = 0; n < 400_000; n++) {
            // "Aa" and "BB" have one hash code, so these strings collide in whole families
            String text = switch (n % 3) {
                case 0 -> "Aa".repeat(random.nextInt(4)) + "BB".repeat(random.nextInt(4)) + random.nextInt(30);
                case 1 -> "openownership-register-" + random.nextInt(150_000);
                default -> "株式会社 Société " + random.nextInt(50_000);
            };
            int number = index.add(text);
            assertEquals(expected.computeIfAbsent(text, t -> expected.size()), number, text);
        }
        assertEquals(expected.size(), index.size());
        expected.forEach((text, number) -> {
            assertEquals(number, index.indexOf(text));
            assertEquals(text, index.get(number));
        });
        assertEquals(-1, index.indexOf("openownership-register-150000"));
        assertEquals(-1, index.indexOf(""));
    }

    @Test
    void stringsAroundTheLimitsOfALengthByteAndOfAPageAreKeptWhole() {
        StringIndex index = new StringIndex();
        // a header of one byte holds up to 63 bytes of characters, of two up to 8,191
        List<String> texts = List.of("", "k", "x".repeat(63), "x".repeat(64), "x".repeat(8_191), "x".repeat(8_192),
                "\u4142".repeat(31), "\u4142".repeat(32), "y".repeat((1 << 20) - 5), "z".repeat((1 << 20) + 17),
                "é".repeat(70), "ő".repeat(70), "\uD83D\uDE00");
        List<Long> places = new ArrayList<>();
        for (String text : texts) {
            index.add(text);
            places.add(index.store(text + "!"));
        }
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(i, index.indexOf(texts.get(i)));
            assertEquals(texts.get(i), index.get(i));
            assertEquals(texts.get(i) + "!", index.text(places.get(i)));
        }
        assertEquals(-1, index.indexOf("x".repeat(65)));
    }

    @Test
    void aStringKeptOverAnotherTakesItsPlaceWhenItFits() {
        StringIndex index = new StringIndex();
        long place = index.store("statement-0001");
        long next = index.store("after");
        assertEquals(place, index.storeOver(place, "statement-0002"), "the same length fits");
        long wide = index.storeOver(place, "\u4142\u4143\u4144\u4145\u4146\u4147\u4148");
        assertEquals(place, wide, "seven characters of two bytes in the fourteen bytes of the first");
        assertEquals("\u4142\u4143\u4144\u4145\u4146\u4147\u4148", index.text(place));
        assertEquals(place, index.storeOver(place, "s-3"), "a shorter one too");
        assertEquals("s-3", index.text(place));
        long moved = index.storeOver(place, "s-44");
        assertTrue(moved != place, "a longer one than the last is kept elsewhere (the room it had is not remembered)");
        assertEquals("s-44", index.text(moved));
        assertEquals("after", index.text(next), "what follows the place is untouched");
    }

    @Test
    void stringsThatUtf8OrTheirBytesAloneWouldMakeOneAreTwo() {
        StringIndex index = new StringIndex();
        // UTF-8 turns each unpaired surrogate into '?'; "AB" and "\u4142" are the same two bytes
        List<String> texts = List.of("x\uD800", "x\uDBFF", "x?", "AB", "\u4142", "\u00E9", "\u0000\u00E9");
        texts.forEach(index::add);
        assertEquals(texts.size(), index.size());
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(i, index.indexOf(texts.get(i)));
            assertEquals(texts.get(i), index.get(i));
        }
    }
}
