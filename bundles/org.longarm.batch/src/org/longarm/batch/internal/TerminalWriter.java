package org.longarm.batch.internal;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The commands' standard output and error. The values they print come largely from the files they read — names,
 * identifiers, URLs of statements published by others — and a terminal acts on some characters instead of showing
 * them: escape sequences move the cursor, clear the screen, retitle the window or write the clipboard, a carriage
 * return overwrites a line, bidirectional overrides show text in another order than it has, and a line break would let
 * a value print a line that passes for one of the command's own (a forged {@code Verdict:} line). So in each value —
 * an argument of {@link #format}, or an object given to {@link #println(Object)}, as a problem is — every control
 * character but the tab, every format character (bidirectional controls, zero-width characters), every space but
 * U+0020, the letters and marks drawn as nothing (a Hangul filler) and a variation selector that follows no
 * pictographic emoji or ideograph are written as {@code \}{@code uXXXX} (beyond U+FFFF {@code \}{@code UXXXXXXXX}), a line feed as {@code \n}
 * and a carriage return as {@code \r}. The commands' own text, the help's colours among it, is written as it is.
 */
final class TerminalWriter extends PrintWriter {

    /** Writes UTF-8, whatever the locale: without one (a container, cron) Java would write US-ASCII and names as ?. */
    TerminalWriter(OutputStream out) {
        super(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public PrintWriter format(String format, Object... args) {
        return super.format(format, shownValues(args));
    }

    @Override
    public PrintWriter format(Locale locale, String format, Object... args) {
        return super.format(locale, format, shownValues(args));
    }

    @Override
    public void println(Object value) {
        println(shown(String.valueOf(value)));
    }

    /**
     * Prints a message that may hold several lines (a database's error with the end of its log): the first after
     * {@code prefix}, the others indented, each line a value.
     */
    static void printMessage(PrintWriter out, String prefix, String message) {
        String[] lines = String.valueOf(message).split("\\R", -1);
        out.printf("%s%s%n", prefix, lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.printf("  %s%n", lines[i]);
        }
    }

    private static Object[] shownValues(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value != null && !(value instanceof Number || value instanceof Boolean || value instanceof Character
                    || value instanceof TemporalAccessor)) {
                values[i] = shown(value.toString());
            }
        }
        return values;
    }

    /** {@code text} as a terminal shows it on one line, with nothing in it that the terminal would act on. */
    static String shown(String text) {
        StringBuilder shown = null;
        boolean afterVariableCharacter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean escaped = isControl(c) || isVariationSelector(c) && !afterVariableCharacter;
            if (escaped && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown != null) {
                if (c == '\n') {
                    shown.append("\\n");
                } else if (c == '\r') {
                    shown.append("\\r");
                } else if (escaped) {
                    shown.append(c > 0xFFFF ? String.format("\\U%08X", c) : String.format("\\u%04X", c));
                } else {
                    shown.appendCodePoint(c);
                }
            }
            afterVariableCharacter = Character.isExtendedPictographic(c) || Character.isIdeographic(c);
            i += Character.charCount(c);
        }
        return shown == null ? text : shown.toString();
    }

    /**
     * How many columns a terminal gives {@code text}, {@linkplain #shown shown}: two for each wide character (CJK
     * ideographs, kana, Hangul syllables, full-width forms, most emoji), none for a combining mark, one for the others.
     * Tables of names from the files (Chinese vendors' among them) line up by it.
     */
    static int columns(String text) {
        return text.codePoints().map(c -> {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? 0 : isWide(c) ? 2 : 1;
        }).sum();
    }

    /** East Asian wide and full-width characters, as terminals' {@code wcwidth} counts them (the usual ranges). */
    private static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE6F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD);
    }

    /**
     * Whether a terminal would act on {@code c} (or break the line at it) instead of showing it, or would show it as
     * nothing or as a plain space: format characters (bidirectional controls, zero-width spaces and joiners, the byte
     * order mark), spaces other than U+0020 (a no-break space), and the letters and marks that fonts draw as nothing
     * (Hangul fillers, the combining grapheme joiner, Khmer's inherent vowels, Mongolian's variation selectors, the
     * braille blank). With any of these, a value that matches nothing would look the same as the one it fails to match,
     * and a jurisdiction code of one Hangul filler would print as {@code ""}.
     */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || Character.getType(c) == Character.FORMAT
                || c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR || c == 0x2028 || c == 0x2029
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F
                || c == 0x2800 || c == 0x3164 || c == 0xFFA0;
    }

    /**
     * A variation selector, which picks the form of the character before it (an emoji's colour or text form, an
     * ideograph's variant) and shows as nothing after any other: it is kept after a pictographic emoji or an
     * ideograph, and escaped elsewhere ({@code Hikvision} or {@code Model 12} with one at its end looks like what it
     * fails to match; a digit is an emoji only in a keycap sequence).
     */
    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }
}
