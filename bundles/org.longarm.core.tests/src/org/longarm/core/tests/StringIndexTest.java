package org.longarm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        List<String> texts = List.of("", "k", "x".repeat(127), "x".repeat(128), "x".repeat(16_383),
                "x".repeat(16_384), "y".repeat((1 << 20) - 5), "z".repeat((1 << 20) + 17), "é".repeat(70), "\uD83D\uDE00");
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
        assertEquals(-1, index.indexOf("x".repeat(129)));
    }
}
