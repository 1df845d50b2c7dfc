package org.longarm.batch.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The commands' standard output and error. What they print comes largely from the files they read — names,
 * identifiers, URLs of statements published by others — and a terminal acts on some characters instead of showing
 * them: escape sequences move the cursor, clear the screen, retitle the window or write the clipboard, a carriage
 * return overwrites a line, bidirectional overrides show text in another order than it has. So every control
 * character but the line feed and the tab, and every bidirectional control, is written as {@code \}{@code uXXXX}.
 * Line breaks inside a value (an argument of {@link #format}, or an object given to {@link #println(Object)}, as a
 * problem is) are written as {@code \n} and {@code \r}, so that a value cannot start a line of its own and pass for
 * one the command printed (a forged {@code Verdict:} line).
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(OutputStream out, Charset charset) {
        super(new Escaping(new OutputStreamWriter(out, charset)), true);
    }

    @Override
    public PrintWriter format(String format, Object... args) {
        return super.format(format, oneLineValues(args));
    }

    @Override
    public PrintWriter format(Locale locale, String format, Object... args) {
        return super.format(locale, format, oneLineValues(args));
    }

    @Override
    public void println(Object value) {
        println(oneLine(String.valueOf(value)));
    }

    private static Object[] oneLineValues(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value != null && !(value instanceof Number || value instanceof Boolean || value instanceof Character
                    || value instanceof TemporalAccessor)) {
                values[i] = oneLine(value.toString());
            }
        }
        return values;
    }

    /** {@code text} with its line breaks written as {@code \n} and {@code \r}. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Whether a terminal would act on {@code c} instead of showing it. */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == 0x061C || c == 0x200E || c == 0x200F;
    }

    /** Writes what a terminal would act on as {@code \}{@code uXXXX}. */
    private static final class Escaping extends FilterWriter {

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (isControl((char) c)) {
                out.write(String.format("\\u%04X", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            int start = offset, end = offset + length;
            for (int i = offset; i < end; i++) {
                if (isControl(text[i])) {
                    out.write(text, start, i - start);
                    write(text[i]);
                    start = i + 1;
                }
            }
            out.write(text, start, end - start);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }
    }
}
