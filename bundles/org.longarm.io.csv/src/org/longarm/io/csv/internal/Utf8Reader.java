package org.longarm.io.csv.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 and refuses what is not UTF-8, as the JDK's reader does, but hands on the text before the first bad byte
 * before it throws: the JDK's reader throws for the whole buffer that holds the bad byte, so the rows of that buffer
 * (about a hundred) were never read, and their problems never listed. When that text ends in a carriage return, the
 * first read at the bad byte ends the text instead of throwing (the next one throws): a CSV parser looks past a
 * carriage return for a line feed, and an exception there would lose the row that the carriage return ends (lines
 * ended by a carriage return alone, as Excel for Mac writes them).
 */
final class Utf8Reader extends Reader {

    private final ReadableByteChannel in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13); // filled from the file, drained by the decoder
    private final CharBuffer decoded = CharBuffer.allocate(1 << 13).flip(); // drained by the reader's callers
    private boolean endOfInput, finished;
    private CharacterCodingException failure;
    /** Whether a read met the bad byte ({@link #metBadByte}), and the last character handed on before it. */
    private boolean failureMet;
    private char lastHandedOn;

    Utf8Reader(ReadableByteChannel in) {
        this.in = in;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, chars.length);
        if (length == 0) {
            return 0;
        }
        if (!decoded.hasRemaining() && !decode()) {
            return -1;
        }
        int n = Math.min(length, decoded.remaining());
        decoded.get(chars, offset, n);
        lastHandedOn = chars[offset + n - 1];
        return n;
    }

    /** Whether the reading came to a byte that is not UTF-8, after the text before it had been read. */
    boolean metBadByte() {
        return failureMet;
    }

    /** Decodes more text; false at the end of the file, the failure once the text before it has been read. */
    private boolean decode() throws IOException {
        decoded.clear();
        try {
            while (decoded.position() == 0 && failure == null && !finished) {
                if (!endOfInput) {
                    endOfInput = in.read(bytes) < 0;
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, decoded, endOfInput);
                bytes.compact();
                if (result.isError()) {
                    try {
                        result.throwException();
                    } catch (CharacterCodingException e) {
                        failure = e;
                    }
                } else if (endOfInput && result.isUnderflow()) {
                    decoder.flush(decoded);
                    finished = true;
                }
            }
        } finally {
            decoded.flip();
        }
        if (decoded.hasRemaining()) {
            return true;
        }
        if (failure != null) {
            boolean endsARow = !failureMet && lastHandedOn == '\r';
            failureMet = true;
            if (endsARow) {
                return false;
            }
            throw failure;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
