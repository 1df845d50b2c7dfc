package org.longarm.store.neo4j.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.longarm.core.internal.util.StringIndex;

/**
 * Writes model objects as the CSV files of Neo4j's offline importer ({@code neo4j-admin database import full}), so
 * that the imported graph is the one {@link StoreEngine} would have written: the same labels, key properties,
 * properties, reference relationships with {@code ord}, child nodes, {@code INTEREST_IN} edges, and {@code _class},
 * {@code _hash} (computed by {@link Rows}, as for a write) and {@code _version} 1 (a first write). References to
 * objects that were not put become stubs (key label and key only), as {@code MERGE} makes them.
 *
 * <p>One file per concrete class, per reference and per containment; each node file's ID space is the key label, so
 * a reference resolves like the store's {@code MERGE} on the key.
 */
public final class BulkCsvWriter implements AutoCloseable {

    /** Separates the elements of array properties; a control character cannot clash with names or keys. */
    public static final char ARRAY_DELIMITER = '\u001F';
    private static final String CHILD_ID_SPACE = "_child";

    private final Path directory;
    private final GraphMapping mapping;
    private final Rows rows;
    private final Map<String, CsvFile> files = new LinkedHashMap<>();
    private final Map<EClass, List<String>> edgeProperties = new HashMap<>();
    /** Per key label, the keys written or referenced: a bulk load keeps one for every node until its end. */
    private final Map<String, Keys> keys = new HashMap<>();
    /** Per node file, the rows that replace rows written before under the same key (leaf classes only). */
    private final Map<String, Map<String, List<Object>>> replacements = new HashMap<>();
    private long nextChildId;

    public BulkCsvWriter(Path directory, Collection<EPackage> packages) {
        this.directory = directory;
        this.mapping = new GraphMapping(packages);
        this.rows = new Rows(mapping);
    }

    /**
     * Adds one keyed object (with its contained children). An object whose key was put before is, as in a store,
     * no change when its content is the same and replaces the earlier one otherwise; the latter only for classes with
     * no references and no children, whose rows can be replaced without following links.
     *
     * @throws IllegalArgumentException for another object with a key put before
     */
    public void put(EObject object) {
        ClassMapping m = mapping.of(object.eClass());
        Map<String, Object> row = rows.of(object);
        if (m.edge == null) {
            node(m, row);
        } else {
            edge(m, row);
        }
    }

    @SuppressWarnings("unchecked")
    private void node(ClassMapping m, Map<String, Object> row) {
        String key = (String) row.get("key");
        Long hash = (Long) row.get("hash");
        Long earlier = keysOf(m.keyLabel()).written(key, hash);
        if (earlier != null && earlier.equals(hash)) {
            return;
        }
        boolean leaf = m.references.isEmpty() && m.children.isEmpty();
        if (earlier != null && !leaf) {
            throw new IllegalArgumentException(m.eClass.getName() + " '" + key
                    + "' was put twice with different content; a bulk load cannot replace an object with links");
        }
        List<EAttribute> attributes = without(m.attributes, m.keyAttribute);
        String fileName = "nodes-" + m.classTag;
        CsvFile file = file(fileName, true, () -> {
            List<String> header = new ArrayList<>();
            header.add(m.keyProperty() + ":ID(" + m.keyLabel() + ")");
            header.add(":LABEL");
            header.add(ClassMapping.CLASS_PROPERTY);
            header.add(ClassMapping.HASH_PROPERTY + ":long");
            header.add(ClassMapping.VERSION_PROPERTY + ":long");
            attributes.forEach(a -> header.add(column(a)));
            return header;
        });
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        List<Object> values = new ArrayList<>();
        values.add(key);
        values.add(String.join(String.valueOf(ARRAY_DELIMITER), m.labels));
        values.add(m.classTag);
        values.add(row.get("hash"));
        values.add(1L);
        attributes.forEach(a -> values.add(props.get(a.getName())));
        if (earlier != null) {
            replacements.computeIfAbsent(fileName, f -> new HashMap<>()).put(key, values);
            return;
        }
        file.write(values);
        for (int i = 0; i < m.references.size(); i++) {
            EReference reference = m.references.get(i);
            ClassMapping target = mapping.of(reference.getEReferenceType());
            for (List<Object> t : (List<List<Object>>) row.get("r" + i)) {
                // created with its first row: the importer refuses a file whose ID space has no nodes
                CsvFile references = file("references-" + m.classTag + "-" + reference.getName(), false,
                        () -> List.of(":START_ID(" + m.keyLabel() + ")", ":END_ID(" + target.keyLabel() + ")",
                                ClassMapping.ORDER_PROPERTY + ":long", ":TYPE"));
                keysOf(target.keyLabel()).referenced((String) t.get(0));
                references.write(List.of(key, t.get(0), t.get(1), ClassMapping.relationshipType(reference)));
            }
        }
        for (int i = 0; i < m.children.size(); i++) {
            EReference containment = m.children.get(i);
            EClass childClass = containment.getEReferenceType();
            List<EAttribute> childAttributes = childClass.getEAllAttributes();
            for (Map<String, Object> child : (List<Map<String, Object>>) row.get("c" + i)) {
                CsvFile children = file("children-" + m.classTag + "-" + containment.getName(), true, () -> {
                    List<String> header = new ArrayList<>(List.of(":ID(" + CHILD_ID_SPACE + ")", ":LABEL",
                            ClassMapping.CLASS_PROPERTY));
                    childAttributes.forEach(a -> header.add(column(a)));
                    return header;
                });
                CsvFile links = file("containments-" + m.classTag + "-" + containment.getName(), false,
                        () -> List.of(":START_ID(" + m.keyLabel() + ")", ":END_ID(" + CHILD_ID_SPACE + ")",
                                ClassMapping.ORDER_PROPERTY + ":long", ":TYPE"));
                String id = Long.toString(nextChildId++);
                Map<String, Object> childProps = (Map<String, Object>) child.get("props");
                List<Object> childValues = new ArrayList<>(List.of(id, childClass.getName(), child.get("class")));
                childAttributes.forEach(a -> childValues.add(childProps.get(a.getName())));
                children.write(childValues);
                links.write(List.of(key, id, child.get("ord"), ClassMapping.relationshipType(containment)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void edge(ClassMapping m, Map<String, Object> row) {
        ClassMapping from = mapping.of(m.edge.from().getEReferenceType());
        ClassMapping to = mapping.of(m.edge.to().getEReferenceType());
        List<String> properties = edgeProperties.computeIfAbsent(m.eClass, c -> edgeProperties(m));
        CsvFile file = file("edges-" + m.classTag, false, () -> {
            List<String> header = new ArrayList<>(List.of(":START_ID(" + from.keyLabel() + ")",
                    ":END_ID(" + to.keyLabel() + ")", ":TYPE", ClassMapping.CLASS_PROPERTY,
                    ClassMapping.HASH_PROPERTY + ":long", ClassMapping.VERSION_PROPERTY + ":long",
                    ClassMapping.ORDER_PROPERTY + ":long"));
            header.addAll(edgeColumns(m));
            return header;
        });
        String fromKey = (String) row.get("from"), toKey = (String) row.get("to");
        keysOf(from.keyLabel()).referenced(fromKey);
        keysOf(to.keyLabel()).referenced(toKey);
        for (Map<String, Object> element : (List<Map<String, Object>>) row.get("elements")) {
            List<Object> values = new ArrayList<>(List.of(fromKey, toKey, m.edge.type(), m.classTag, row.get("hash"),
                    1L, element.get(ClassMapping.ORDER_PROPERTY)));
            for (String name : properties) {
                values.add(name.equals(m.keyProperty()) ? row.get("key") : element.get(name));
            }
            file.write(values);
        }
    }

    /** The properties of an edge after the fixed ones: the record's attributes and references, then each element's. */
    private static List<String> edgeProperties(ClassMapping m) {
        List<String> names = new ArrayList<>();
        m.attributes.forEach(a -> names.add(a.getName()));
        m.references.forEach(r -> names.add(r.getName()));
        if (m.edge.each() != null) {
            m.edge.each().getEReferenceType().getEAllAttributes().forEach(a -> names.add(a.getName()));
        }
        return names;
    }

    private static List<String> edgeColumns(ClassMapping m) {
        List<String> columns = new ArrayList<>();
        m.attributes.forEach(a -> columns.add(column(a)));
        m.references.forEach(r -> columns.add(r.getName() + ":string[]")); // lists of target keys, as Rows makes them
        if (m.edge.each() != null) {
            m.edge.each().getEReferenceType().getEAllAttributes().forEach(a -> columns.add(column(a)));
        }
        return columns;
    }

    /**
     * Writes the stub nodes (referenced, never put) and closes every file.
     *
     * @return the importer's arguments for the files written: the files with values of several lines (read more
     *         slowly), then {@code --nodes=...} and {@code --relationships=...}
     */
    public List<String> finish() {
        for (var entry : keys.entrySet()) {
            Keys ofLabel = entry.getValue();
            if (ofLabel.referenced.isEmpty()) {
                continue;
            }
            ClassMapping keyClass = mapping.of(keyClassNamed(entry.getKey()));
            CsvFile stubs = file("stubs-" + entry.getKey(), true,
                    () -> List.of(keyClass.keyProperty() + ":ID(" + entry.getKey() + ")", ":LABEL"));
            for (int i = ofLabel.referenced.nextSetBit(0); i >= 0; i = ofLabel.referenced.nextSetBit(i + 1)) {
                if (!ofLabel.written.get(i)) {
                    stubs.write(List.of(ofLabel.index.get(i), entry.getKey()));
                }
            }
        }
        List<String> arguments = new ArrayList<>();
        List<String> multiline = new ArrayList<>();
        for (Map.Entry<String, CsvFile> entry : files.entrySet()) {
            CsvFile file = entry.getValue();
            file.close();
            file.replace(replacements.getOrDefault(entry.getKey(), Map.of()));
            arguments.add((file.nodes ? "--nodes=" : "--relationships=") + file.path);
            if (file.multiline) {
                multiline.add(file.path.toString());
            }
        }
        if (multiline.stream().anyMatch(path -> path.contains(","))) {
            arguments.addAll(0, List.of("--multiline-fields-format=v1", "--multiline-fields=true"));
        } else if (!multiline.isEmpty()) {
            // only these files are read line by line; the others are read in parallel chunks
            arguments.addAll(0, List.of("--multiline-fields-format=v2", "--multiline-fields=" + String.join(",", multiline)));
        }
        return arguments;
    }

    private EClass keyClassNamed(String keyLabel) {
        for (EClass eClass : mapping.allClasses()) {
            if (eClass.getName().equals(keyLabel)) {
                return eClass;
            }
        }
        throw new IllegalStateException("no class " + keyLabel);
    }

    private Keys keysOf(String keyLabel) {
        return keys.computeIfAbsent(keyLabel, k -> new Keys());
    }

    /** The keys of one key label, each with the content hash it was written with, and which were referenced. */
    private static final class Keys {
        final StringIndex index = new StringIndex();
        long[] hashes = new long[0];
        final BitSet written = new BitSet();
        final BitSet referenced = new BitSet();

        /** Notes {@code key} as written with {@code hash}; returns the hash it was written with before, or null. */
        Long written(String key, long hash) {
            int i = add(key);
            Long earlier = written.get(i) ? hashes[i] : null;
            written.set(i);
            hashes[i] = hash;
            return earlier;
        }

        void referenced(String key) {
            referenced.set(add(key));
        }

        private int add(String key) {
            int i = index.add(key);
            if (i == hashes.length) {
                hashes = Arrays.copyOf(hashes, StringIndex.grown(hashes.length));
            }
            return i;
        }
    }

    @Override
    public void close() {
        files.values().forEach(CsvFile::close);
    }

    private static List<EAttribute> without(List<EAttribute> attributes, EAttribute excluded) {
        List<EAttribute> result = new ArrayList<>(attributes);
        result.remove(excluded);
        return result;
    }

    /** The header of an attribute's column: its name and the importer's type for what {@link Values} stores. */
    private static String column(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        String neo4jType;
        if (attribute.getEAttributeType() instanceof EEnum || type == null || type == String.class) {
            neo4jType = "string";
        } else if (type == boolean.class || type == Boolean.class) {
            neo4jType = "boolean";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
            neo4jType = "long";
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            neo4jType = "double";
        } else if (type == LocalDate.class) {
            neo4jType = "date";
        } else if (type == LocalDateTime.class) {
            neo4jType = "localdatetime";
        } else if (type == LocalTime.class) {
            neo4jType = "localtime";
        } else if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            neo4jType = "datetime";
        } else {
            neo4jType = "string"; // Values stores other data types as EMF's string form
        }
        return attribute.getName() + ":" + neo4jType + (attribute.isMany() ? "[]" : "");
    }

    private interface Header {
        List<String> columns();
    }

    private CsvFile file(String name, boolean nodes, Header header) {
        return files.computeIfAbsent(name, n -> {
            try {
                return new CsvFile(directory.resolve(n.replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv"), nodes,
                        header.columns());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One CSV file with its header. */
    private static final class CsvFile {
        final Path path;
        final boolean nodes;
        final List<String> header;
        final BufferedWriter out;
        boolean headerWritten;
        /** Whether a value has a line break, so that the importer must read this file line by line. */
        boolean multiline;
        private final StringBuilder line = new StringBuilder();

        CsvFile(Path path, boolean nodes, List<String> header) throws IOException {
            this.path = path;
            this.nodes = nodes;
            this.header = new ArrayList<>(header);
            // an unpaired surrogate (a lone JSON escape of one half of a pair) becomes ?, as the driver sends it
            this.out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(path),
                    StandardCharsets.UTF_8));
        }

        void write(List<?> values) {
            try {
                if (!headerWritten) {
                    out.write(String.join(",", header));
                    out.write('\n');
                    headerWritten = true;
                }
                line.setLength(0);
                format(values);
                out.write(line.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Puts {@code values} as one record into {@link #line}. */
        private void format(List<?> values) {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                field(values.get(i));
            }
            line.append('\n');
        }

        private void field(Object value) {
            if (value == null) {
                return; // an empty field: the importer stores no property, as the store does for null
            }
            if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    return; // the store keeps no empty lists either
                }
                StringBuilder joined = new StringBuilder();
                for (Object element : list) {
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(element);
                }
                quoted(joined.toString());
            } else if (value instanceof String text) {
                quoted(text);
            } else {
                line.append(value);
            }
        }

        private void quoted(String text) {
            multiline |= text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }

        /**
         * Rewrites the closed file with the records of {@code rows}' keys (the first field) replaced by those rows,
         * appended at the end.
         */
        void replace(Map<String, List<Object>> rows) {
            if (rows.isEmpty()) {
                return;
            }
            Path rewritten = path.resolveSibling(path.getFileName() + ".tmp");
            try (java.io.Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                    BufferedWriter rewrittenOut = Files.newBufferedWriter(rewritten, StandardCharsets.UTF_8)) {
                StringBuilder record = new StringBuilder();
                boolean quoted = false, first = true;
                for (int c; (c = in.read()) >= 0;) {
                    record.append((char) c);
                    if (c == '"') {
                        quoted = !quoted; // an escaped quote ("") toggles twice
                    } else if (c == '\n' && !quoted) {
                        if (first || !rows.containsKey(firstField(record))) {
                            rewrittenOut.append(record);
                        }
                        first = false;
                        record.setLength(0);
                    }
                }
                for (List<Object> values : rows.values()) {
                    line.setLength(0);
                    format(values);
                    rewrittenOut.append(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                Files.move(rewritten, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first field of a record this class wrote: the key, a quoted string. */
        private static String firstField(CharSequence record) {
            StringBuilder field = new StringBuilder();
            for (int i = 1; i < record.length(); i++) {
                char c = record.charAt(i);
                if (c == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                } else {
                    field.append(c);
                }
            }
            return field.toString();
        }

        void close() {
            try {
                if (!headerWritten) {
                    out.write(String.join(",", header));
                    out.write('\n');
                    headerWritten = true;
                }
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
