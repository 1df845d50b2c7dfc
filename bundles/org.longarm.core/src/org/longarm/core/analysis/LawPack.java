package org.longarm.core.analysis;

import java.util.List;
import java.util.Set;

/**
 * A state's compelled-cooperation law as data: who is in scope and what a verdict cites. Registered as an OSGi
 * service; the {@link VerdictEngine} applies the rules of the project's verdict documentation with it.
 */
public interface LawPack {

    /** A stable id, e.g. {@code prc-nil}. */
    String id();

    /** A name for people. */
    String name();

    /** The law pack's version (changes whenever a verdict it gives may change). */
    String version();

    /** ISO 3166-1 codes of the jurisdictions in scope (registration of organisations, nationality of persons). */
    Set<String> scopeJurisdictions();

    /** Codes of regions that are flagged but not in scope unless the settings say so (may be empty). */
    Set<String> specialRegions();

    /** The articles every SUBJECT or EXPOSED verdict cites. */
    List<Citation> citations();

    /** The settings used when the user gives none. */
    default LawPackSettings defaultSettings() {
        return LawPackSettings.DEFAULTS;
    }
}
