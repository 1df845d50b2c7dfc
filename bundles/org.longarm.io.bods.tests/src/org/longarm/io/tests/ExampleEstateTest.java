package org.longarm.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.longarm.io.bods.internal.BodsFormat;
import org.longarm.io.csv.internal.InventoryCsvFormat;
import org.longarm.io.csv.internal.ProductCsvFormat;

/** The example estate (examples/uk-estate) reads without a problem: ownership, then products, then inventory. */
class ExampleEstateTest {

    @Test
    void exampleEstateReadsWithoutProblems() throws IOException {
        Path estate = Fixtures.repo().resolve("examples/uk-estate");
        MemoryTarget target = new MemoryTarget();
        Fixtures.read(new BodsFormat(), estate.resolve("ownership.json"), target);
        assertEquals("", target.problemText());
        Fixtures.read(new ProductCsvFormat(), estate.resolve("products.csv"), target);
        assertEquals("", target.problemText());
        Fixtures.read(new InventoryCsvFormat(), estate.resolve("inventory.csv"), target);
        assertEquals("", target.problemText());
        assertTrue(target.entities.size() > 20, "entities: " + target.entities.size());
        assertTrue(target.relationships.size() > 10, "relationships: " + target.relationships.size());
        assertEquals(23, target.productLines.size());
        assertEquals(52, target.devices.size());
    }
}
