package org.longarm.store.neo4j.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Writes values into a growing array, in the byte order of {@link java.io.DataOutputStream}. A stream chain
     * (data, buffered, deflater) took a lock and a call per value, and was the staging thread's main cost.
     */
    private static final class Packer {
        private static final int INITIAL = 1 << 16, KEPT = 1 << 24;
        private byte[] bytes = new byte[INITIAL];
        private int size;

        /** Empties the array for the next batch; one far larger than a batch usually needs is not kept. */
        void clear() {
            size = 0;
            if (bytes.length > KEPT) {
                bytes = new byte[INITIAL];
            }
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

        private void put(byte b) {
            room(1);
            bytes[size++] = b;
        }

        private void putInt(int i) {
            room(4);
            INT_VIEW.set(bytes, size, i);
            size += 4;
        }

        private void putLong(long l) {
            room(8);
            LONG_VIEW.set(bytes, size, l);
            size += 8;
        }

        /** Strings may exceed writeUTF's 64 KiB limit (long descriptions), so their length is an int. */
        private void putString(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    private static final VarHandle INT_VIEW = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN),
            LONG_VIEW = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
