package org.longarm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.Percentages;

/** How shares read wherever a person sees them: the explanations, the command line, reports and the workbench. */
class PercentagesTest {

    @Test
    void aShareHasAtMostTwoDecimalsRoundedHalfUpAndNoTrailingZeros() {
        assertEquals("41.88%", Percentages.text(41.875));
        assertEquals("33.33%", Percentages.text(100.0 / 3));
        assertEquals("50%", Percentages.text(50.0));
        assertEquals("12.5%", Percentages.text(12.5));
        assertEquals("0.3%", Percentages.text(0.1 + 0.2), "the binary error of a sum does not show");
        assertEquals("0%", Percentages.text(0.001));
        assertEquals("100%", Percentages.text(99.999));
        assertEquals("1000000%", Percentages.text(1e6), "no exponent");
        assertEquals("41.88", Percentages.number(41.875));
    }

    @Test
    void anExclusiveMinimumReadsMoreThan() {
        assertEquals("more than 50%", Percentages.text(50.0, true));
        assertEquals("50%", Percentages.text(50.0, false));
    }

    @Test
    void anUndefinedFigureReadsAsNothing() {
        assertEquals("", Percentages.text(Double.NaN));
        assertEquals("", Percentages.text(Double.POSITIVE_INFINITY, true));
        assertEquals("", Percentages.number(Double.NaN));
    }

    @Test
    void aHopWritesItsShareTheSameWay() {
        assertEquals("more than 25%", hop(25.0, true).shareText());
        assertEquals("41.88%", hop(41.875, false).shareText());
        assertNull(hop(null, true).shareText(), "a hop without a share has no text, and is never 'more than'");
    }

    private static Hop hop(Double share, boolean above) {
        return new Hop("h", "Holder", "s", "Subject", "shareholding", share, above, null, null, "r1", List.of());
    }
}
