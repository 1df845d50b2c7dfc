package org.longarm.core.analysis;

/** The verdicts of a law pack, from the most to the least severe. */
public enum Verdict {
    /** subject to the law: in scope, or controlled by parties in scope */
    SUBJECT,
    /** not subject, but significantly owned or influenced by subject parties, or registered in a special region */
    EXPOSED,
    /** not enough is known to say */
    UNKNOWN,
    /** ownership resolved and nothing links it to the law */
    CLEAR;

    /** The more severe of two verdicts. */
    public static Verdict worse(Verdict a, Verdict b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
