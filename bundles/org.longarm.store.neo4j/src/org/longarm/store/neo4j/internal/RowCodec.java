package org.longarm.store.neo4j.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;

/**
 * Packs the parameter rows of an upsert into bytes, so that a staged batch can wait in the database (as a byte array
 * property) until it is applied. Rows hold only what {@link Rows} produces: strings, booleans, longs, doubles, the
 * temporal types of {@link Values}, lists and string-keyed maps.
 */
final class RowCodec {

    private static final byte NULL = 0, STRING = 1, TRUE = 2, FALSE = 3, LONG = 4, DOUBLE = 5, DATE = 6,
            DATE_TIME = 7, TIME = 8, OFFSET_DATE_TIME = 9, ZONED_DATE_TIME = 10, LIST = 11, MAP = 12;

    private RowCodec() {
    }

    /** Kept per thread between batches, so that a batch does not grow a new array of its size from 64 KiB up. */
    private static final ThreadLocal<Packer> PACKERS = ThreadLocal.withInitial(Packer::new);

    static byte[] encode(List<Map<String, Object>> rows) {
        Packer packer = PACKERS.get();
        packer.clear();
        packer.write(rows);
        // the fastest level: packing runs on the importer's critical path, and the server keeps a batch only briefly
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(packer.bytes, 0, packer.size);
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(packer.size / 4 + 64);
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                packed.write(chunk, 0, deflater.deflate(chunk));
            }
            return packed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> decode(byte[] packed) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
            return (List<Map<String, Object>>) read(ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException | BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("a staged batch is damaged: " + e, e);
        }
    }

    /** Writes rows into a growing array; a stream chain (data, buffered, deflater) took a lock and a call per value. */
    private static final class Packer extends ByteSink {
        private static final int INITIAL = 1 << 16, KEPT = 1 << 24;

        Packer() {
            super(INITIAL);
        }

        /** Empties the array for the next batch; one far larger than a batch usually needs is not kept. */
        void clear() {
            clear(KEPT);
        }

        void write(Object value) {
            switch (value) {
                case null -> put(NULL);
                case String s -> putText(STRING, s);
                case Boolean b -> put(b ? TRUE : FALSE);
                case Long l -> {
                    put(LONG);
                    putLong(l);
                }
                case Double d -> {
                    put(DOUBLE);
                    putLong(Double.doubleToLongBits(d));
                }
                case LocalDate d -> {
                    put(DATE);
                    putLong(d.toEpochDay());
                }
                case LocalDateTime d -> putText(DATE_TIME, d);
                case LocalTime t -> putText(TIME, t);
                case OffsetDateTime d -> putText(OFFSET_DATE_TIME, d);
                case ZonedDateTime d -> putText(ZONED_DATE_TIME, d);
                case List<?> list -> {
                    put(LIST);
                    putInt(list.size());
                    for (Object element : list) {
                        write(element);
                    }
                }
                case Map<?, ?> map -> {
                    put(MAP);
                    putInt(map.size());
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        putString((String) entry.getKey());
                        write(entry.getValue());
                    }
                }
                default -> throw new IllegalArgumentException("a row value of type " + value.getClass().getName()
                        + " cannot be staged");
            }
        }

        /** A string, or a temporal value written as its ISO text. */
        private void putText(byte tag, Object value) {
            put(tag);
            putString(value.toString());
        }
    }

    private static Object read(ByteBuffer in) {
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(in);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case LONG -> in.getLong();
            case DOUBLE -> in.getDouble();
            case DATE -> LocalDate.ofEpochDay(in.getLong());
            case DATE_TIME -> LocalDateTime.parse(readString(in));
            case TIME -> LocalTime.parse(readString(in));
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(readString(in));
            case ZONED_DATE_TIME -> ZonedDateTime.parse(readString(in));
            case LIST -> {
                int size = in.getInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                yield list;
            }
            case MAP -> {
                int size = in.getInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(readString(in), read(in));
                }
                yield map;
            }
            default -> throw new IllegalStateException("a staged batch is damaged: unknown value tag " + tag);
        };
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
