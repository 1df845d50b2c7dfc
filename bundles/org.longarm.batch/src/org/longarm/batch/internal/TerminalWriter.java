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
 * character but the tab, every format character (bidirectional controls, zero-width characters) and every space but
 * U+0020 is written as {@code \}{@code uXXXX} (beyond U+FFFF {@code \}{@code UXXXXXXXX}), a line feed as {@code \n}
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
        if (text.codePoints().noneMatch(TerminalWriter::isControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (isControl(c)) {
                shown.append(c > 0xFFFF ? String.format("\\U%08X", c) : String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /**
     * Whether a terminal would act on {@code c} (or break the line at it) instead of showing it, or would show it as
     * nothing or as a plain space: format characters (bidirectional controls, zero-width spaces and joiners, the byte
     * order mark) and spaces other than U+0020 (a no-break space), with which a value that matches nothing would look
     * the same as the one it fails to match.
     */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || Character.getType(c) == Character.FORMAT
                || c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR || c == 0x2028 || c == 0x2029;
    }
}
