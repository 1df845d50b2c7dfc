package org.longarm.io.bods.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import tools.jackson.core.TokenStreamLocation;

/**
 * Turns the columns of a parser reading bytes, which count UTF-8 bytes, into columns that count characters, as an
 * editor shows them: in a line of Chinese company names every character is three bytes. Only the locations of
 * problems are turned, by reading the line's bytes before the location again from the file; problems come in file
 * order, so the bytes already counted in a line are not read twice (a JSON array on one long line stays one pass).
 */
final class CharColumns implements Closeable {

    private final Path file;
    /** Where the parser's input starts in the file: after a byte-order mark, which no editor counts as a column. */
    private final long contentStart;
    private FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    /**
     * The line whose bytes were last counted: its first byte, how far it was counted and the characters up to there.
     */
    private long lineStart = -1, countedTo, characters;

    CharColumns(Path file, long contentStart) {
        this.file = file;
        this.contentStart = contentStart;
    }

    /** The character column of a parser's location; its own column when the file cannot be read again. */
    long of(TokenStreamLocation at) {
        return at == null ? 0 : of(at.getByteOffset(), at.getColumnNr());
    }

    /**
     * The character column of the byte at {@code byteOffset} of the parser's input (counted from 0), which the parser
     * gave as {@code byteColumn} (counted from 1).
     */
    long of(long byteOffset, long byteColumn) {
        if (byteOffset < 0 || byteColumn <= 1) {
            return byteColumn;
        }
        long at = contentStart + byteOffset;
        long start = at - (byteColumn - 1);
        try {
            if (start != lineStart || at < countedTo) {
                lineStart = start;
                countedTo = start;
                characters = 0;
            }
            characters += charactersBetween(countedTo, at);
            countedTo = at;
            return characters + 1;
        } catch (IOException e) {
            lineStart = -1;
            return byteColumn;
        }
    }

    /**
     * Whether a UTF-8 byte-order mark (EF BB BF) lies at the parser's location, give or take its length: one in the
     * middle of a file, as files joined with {@code cat} have, which the parser calls an invalid UTF-8 byte.
     */
    boolean byteOrderMarkAt(TokenStreamLocation location) {
        if (location == null || location.getByteOffset() < 0) {
            return false;
        }
        // not the mark at the start, which the parser's input begins after
        long from = Math.max(contentStart, contentStart + location.getByteOffset() - 3);
        ByteBuffer bytes = ByteBuffer.allocate(7);
        try {
            channel().read(bytes, from);
        } catch (IOException e) {
            return false;
        }
        for (int i = 0; i + 2 < bytes.position(); i++) {
            if (bytes.get(i) == (byte) 0xEF && bytes.get(i + 1) == (byte) 0xBB && bytes.get(i + 2) == (byte) 0xBF) {
                return true;
            }
        }
        return false;
    }

    /** The characters whose first byte lies in [from, to): every byte but a UTF-8 continuation byte starts one. */
    private long charactersBetween(long from, long to) throws IOException {
        long count = 0;
        long position = from;
        while (position < to) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - position));
            int read = channel().read(buffer, position);
            if (read <= 0) {
                throw new IOException("the file is shorter than the parser read");
            }
            for (int i = 0; i < read; i++) {
                if ((buffer.get(i) & 0xC0) != 0x80) {
                    count++;
                }
            }
            position += read;
        }
        return count;
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        return channel;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
