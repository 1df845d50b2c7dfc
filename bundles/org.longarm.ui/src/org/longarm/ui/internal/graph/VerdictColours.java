package org.longarm.ui.internal.graph;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.longarm.core.analysis.Verdict;

/** The only strong colours of the workbench: SUBJECT red, EXPOSED orange, UNKNOWN grey, CLEAR green. */
public final class VerdictColours {

    private VerdictColours() {
    }

    public static RGB strong(Verdict verdict) {
        return switch (verdict == null ? Verdict.UNKNOWN : verdict) {
            case SUBJECT -> new RGB(0xc6, 0x28, 0x28);
            case EXPOSED -> new RGB(0xef, 0x6c, 0x00);
            case UNKNOWN -> new RGB(0x75, 0x75, 0x75);
            case CLEAR -> new RGB(0x2e, 0x7d, 0x32);
        };
    }

    public static RGB tint(Verdict verdict) {
        return switch (verdict == null ? Verdict.UNKNOWN : verdict) {
            case SUBJECT -> new RGB(0xfd, 0xe3, 0xe3);
            case EXPOSED -> new RGB(0xff, 0xec, 0xd6);
            case UNKNOWN -> new RGB(0xee, 0xee, 0xee);
            case CLEAR -> new RGB(0xe3, 0xf4, 0xe4);
        };
    }

    public static Color strongColor(Verdict verdict) {
        return new Color(strong(verdict));
    }

    public static Color tintColor(Verdict verdict) {
        return new Color(tint(verdict));
    }

    public static String hex(RGB rgb) {
        return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }
}
