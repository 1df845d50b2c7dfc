package org.longarm.core.internal.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** Where text that should be UTF-8 is not, in the terms of the editor that shows it. */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The line and column (1-based; in characters, a character beyond U+FFFF one) of the first bytes read from
     * {@code in} that are not UTF-8, or null when there are none. Lines end as the CSV reading ends them: LF, CRLF, or a
     * carriage return alone (Excel for Mac's "CSV (Macintosh)"); a byte-order mark at the start is no column.
     *
     * @param cutAtEndIsBad whether a character that the bytes cut short at their end counts: true for a whole file,
     *        false for its first bytes
     */
    public static long[] firstBadByte(ReadableByteChannel in, boolean cutAtEndIsBad) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1, column = 1;
        boolean start = true, afterCarriageReturn = false, end = false;
        while (true) {
            end = end || in.read(bytes) < 0;
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end && cutAtEndIsBad);
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (start) {
                    start = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                if (c == '\r' || c == '\n' && !afterCarriageReturn) {
                    line++;
                    column = 1;
                } else if (c != '\n' && !Character.isLowSurrogate(c)) {
                    column++;
                }
                afterCarriageReturn = c == '\r';
            }
            chars.clear();
            if (result.isError()) {
                return new long[] { line, column };
            }
            if (end && result.isUnderflow()) {
                return null;
            }
            bytes.compact();
        }
    }
}
