package org.longarm.core.analysis;

/**
 * The settings a law pack is applied with. Percentages are 0–100.
 *
 * @param specialRegionsInScope treat the law pack's special regions (e.g. HK, MO) as in scope
 * @param deFactoControl apply the de facto control test
 * @param controlAbove combined voting share of subject parties above which they control an entity (50)
 * @param deFactoAtLeast combined voting share from which de facto control may hold (30)
 * @param influenceAtLeast subject-held fraction from which an entity is exposed (25)
 * @param resolvedAtLeast declared holdings from which ownership counts as resolved (75)
 * @param significantHolderAtLeast holdings from which a holder's verdict must be determined for resolution (10)
 */
public record LawPackSettings(boolean specialRegionsInScope, boolean deFactoControl, double controlAbove,
        double deFactoAtLeast, double influenceAtLeast, double resolvedAtLeast, double significantHolderAtLeast) {

    /** The defaults of SPEC §5. */
    public static final LawPackSettings DEFAULTS = new LawPackSettings(false, true, 50, 30, 25, 75, 10);

    public LawPackSettings {
        for (double p : new double[] { controlAbove, deFactoAtLeast, influenceAtLeast, resolvedAtLeast,
                significantHolderAtLeast }) {
            if (!(p >= 0 && p <= 100)) {
                throw new IllegalArgumentException("thresholds are percentages between 0 and 100, not " + p);
            }
        }
    }

    /** These settings with the special regions in or out of scope. */
    public LawPackSettings withSpecialRegionsInScope(boolean inScope) {
        return new LawPackSettings(inScope, deFactoControl, controlAbove, deFactoAtLeast, influenceAtLeast,
                resolvedAtLeast, significantHolderAtLeast);
    }
}
