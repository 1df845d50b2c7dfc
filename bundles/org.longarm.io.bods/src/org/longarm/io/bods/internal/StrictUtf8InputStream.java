package org.longarm.io.bods.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes UTF-8 on to the JSON parser and stops at the first byte that is not part of well-formed UTF-8 (RFC 3629): the
 * parser itself lets overlong forms ({@code C0 80} for U+0000) and sequences beyond U+10FFFF through, which would reach
 * the graph as other characters than the file shows, or as question marks.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    /** The first byte that is not UTF-8: where its sequence begins in the stream, on which line and byte column. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset, line, byteColumn;

        NotUtf8Exception(long offset, long line, long byteColumn) {
            super("not UTF-8 text at line " + line + ", byte " + byteColumn);
            this.offset = offset;
            this.line = line;
            this.byteColumn = byteColumn;
        }

        /** The exception among {@code thrown} and its causes, or null. */
        static NotUtf8Exception in(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof NotUtf8Exception notUtf8) {
                    return notUtf8;
                }
            }
            return null;
        }
    }

    private long offset;
    private long line = 1, lineStart;
    private boolean afterCarriageReturn;
    /** Continuation bytes still due, the range the next one must be in, and where their sequence began. */
    private int due, low = 0x80, high = 0xBF;
    private long sequenceStart;
    /** The first byte found not UTF-8; a read that found it returns the bytes before it, if any, and throws next time. */
    private NotUtf8Exception failure;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        if (failure != null) {
            throw failure;
        }
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        long first = offset;
        int n = super.read(bytes, off, len);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            try {
                check(bytes[off + i] & 0xFF);
            } catch (NotUtf8Exception e) {
                // the parser reads what comes before first, so that the statements there are read whole
                if (e.offset > first) {
                    return (int) (e.offset - first);
                }
                throw e;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported: every byte is checked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void atEnd() throws NotUtf8Exception {
        if (due > 0) {
            throw notUtf8(); // the file ends within a character
        }
    }

    private void check(int b) throws NotUtf8Exception {
        if (due > 0) {
            if (b < low || b > high) {
                throw notUtf8();
            }
            low = 0x80;
            high = 0xBF;
            due--;
        } else if (b < 0x80) {
            if (b == '\n' || b == '\r') {
                if (b == '\r' || !afterCarriageReturn) {
                    line++;
                }
                lineStart = offset + 1;
            }
            afterCarriageReturn = b == '\r';
        } else {
            sequenceStart = offset;
            afterCarriageReturn = false;
            // Unicode's table of well-formed byte sequences (The Unicode Standard, table 3-7)
            if (b >= 0xC2 && b <= 0xDF) {
                due = 1;
            } else if (b == 0xE0) {
                due = 2;
                low = 0xA0;
            } else if (b >= 0xE1 && b <= 0xEF) {
                due = 2;
                high = b == 0xED ? 0x9F : 0xBF; // ED A0 to ED BF would be surrogates
            } else if (b == 0xF0) {
                due = 3;
                low = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                due = 3;
            } else if (b == 0xF4) {
                due = 3;
                high = 0x8F;
            } else {
                throw notUtf8();
            }
        }
        offset++;
    }

    /** The failure, which every later read throws again. */
    private NotUtf8Exception notUtf8() {
        long at = due > 0 ? sequenceStart : offset; // a character cut short is wrong from its first byte
        failure = new NotUtf8Exception(at, line, at - lineStart + 1);
        return failure;
    }
}
