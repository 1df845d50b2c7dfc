package org.longarm.store.neo4j.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.zip.DeflaterOutputStream;
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

    static byte[] encode(List<Map<String, Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        // the fastest level: packing runs on the importer's critical path, and the server keeps a batch only briefly
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        // buffered before the deflater: it is slow when fed a few bytes at a time
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16), 1 << 16))) {
            write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> decode(byte[] packed) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(packed)), 1 << 16))) {
            return (List<Map<String, Object>>) read(in);
        } catch (IOException e) {
            throw new IllegalStateException("a staged batch is damaged: " + e.getMessage(), e);
        }
    }

    private static void write(DataOutputStream out, Object value) throws IOException {
        switch (value) {
            case null -> out.writeByte(NULL);
            case String s -> {
                out.writeByte(STRING);
                writeString(out, s);
            }
            case Boolean b -> out.writeByte(b ? TRUE : FALSE);
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            }
            case LocalDate d -> {
                out.writeByte(DATE);
                out.writeLong(d.toEpochDay());
            }
            case LocalDateTime d -> {
                out.writeByte(DATE_TIME);
                writeString(out, d.toString());
            }
            case LocalTime t -> {
                out.writeByte(TIME);
                writeString(out, t.toString());
            }
            case OffsetDateTime d -> {
                out.writeByte(OFFSET_DATE_TIME);
                writeString(out, d.toString());
            }
            case ZonedDateTime d -> {
                out.writeByte(ZONED_DATE_TIME);
                writeString(out, d.toString());
            }
            case List<?> list -> {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object element : list) {
                    write(out, element);
                }
            }
            case Map<?, ?> map -> {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    writeString(out, (String) entry.getKey());
                    write(out, entry.getValue());
                }
            }
            default -> throw new IllegalArgumentException("a row value of type " + value.getClass().getName()
                    + " cannot be staged");
        }
    }

    private static Object read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(in);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case DATE_TIME -> LocalDateTime.parse(readString(in));
            case TIME -> LocalTime.parse(readString(in));
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(readString(in));
            case ZONED_DATE_TIME -> ZonedDateTime.parse(readString(in));
            case LIST -> {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                yield list;
            }
            case MAP -> {
                int size = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(readString(in), read(in));
                }
                yield map;
            }
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    /** Strings may exceed writeUTF's 64 KiB limit (long descriptions), so their length is an int. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
