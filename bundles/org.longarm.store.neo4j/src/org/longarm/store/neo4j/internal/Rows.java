package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

/** Turns one object into the parameter row its class's upsert statement expects. */
final class Rows {

    private final GraphMapping mapping;
    private final ContentHash hash = new ContentHash();

    Rows(GraphMapping mapping) {
        this.mapping = mapping;
    }

    Map<String, Object> of(EObject object) {
        ClassMapping m = mapping.of(object.eClass());
        if (!m.keyed()) {
            throw new IllegalArgumentException(object.eClass().getName()
                    + " has no ID attribute: it can only be stored inside the object that contains it");
        }
        Map<String, Object> row = new HashMap<>();
        row.put("key", indexable(m.eClass, m.keyProperty(), ProxyUris.keyOf(object)));
        return m.edge == null ? node(object, m, row) : edge(object, m, row);
    }

    private Map<String, Object> node(EObject object, ClassMapping m, Map<String, Object> row) {
        Map<String, Object> props = properties(object, m.attributes);
        checkIndexed(m.eClass, props);
        row.put("props", props);
        List<Map<String, Object>> replacedWhole = new ArrayList<>(List.of(props));
        List<Object> content = new ArrayList<>();
        content.add(m.classTag);
        content.add(props);
        for (int i = 0; i < m.references.size(); i++) {
            List<List<Object>> targets = targets(object, m.references.get(i));
            row.put("r" + i, targets);
            content.add(targets);
        }
        for (int i = 0; i < m.children.size(); i++) {
            List<Map<String, Object>> children = new ArrayList<>();
            int ord = 0;
            for (EObject child : values(object, m.children.get(i))) {
                Map<String, Object> childRow = new HashMap<>();
                childRow.put("ord", (long) ord++);
                childRow.put("class", mapping.of(child.eClass()).classTag);
                Map<String, Object> childProps = properties(child, child.eClass().getEAllAttributes());
                checkIndexed(child.eClass(), childProps);
                childRow.put("props", childProps);
                replacedWhole.add(childProps);
                children.add(childRow);
            }
            row.put("c" + i, children);
            content.add(children);
        }
        long contentHash = hash.of(content);
        row.put("hash", contentHash);
        // the hash covers the nulls; the statement does not need them: a node's and a child's properties are
        // replaced as a whole (SET n = props), where each null would cost one more property look-up
        replacedWhole.forEach(Rows::withoutNulls);
        // the bookkeeping goes with the properties, which the statement then sets in one step
        props.put(ClassMapping.CLASS_PROPERTY, m.classTag);
        props.put(ClassMapping.HASH_PROPERTY, contentHash);
        for (int i = 0; i < m.children.size(); i++) {
            for (Map<String, Object> child : childRows(row, i)) {
                childProps(child).put(ClassMapping.CLASS_PROPERTY, child.get("class"));
            }
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> childRows(Map<String, Object> row, int child) {
        return (List<Map<String, Object>>) row.get("c" + child);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> childProps(Map<String, Object> childRow) {
        return (Map<String, Object>) childRow.get("props");
    }

    private static void withoutNulls(Map<String, Object> props) {
        props.values().removeIf(java.util.Objects::isNull);
    }

    private Map<String, Object> edge(EObject object, ClassMapping m, Map<String, Object> row) {
        EObject from = (EObject) object.eGet(m.edge.from(), false);
        EObject to = (EObject) object.eGet(m.edge.to(), false);
        if (from == null || to == null) {
            throw new IllegalArgumentException(m.eClass.getName() + " '" + row.get("key") + "' needs both its "
                    + m.edge.from().getName() + " and its " + m.edge.to().getName());
        }
        row.put("from", indexable(m.eClass, m.edge.from().getName(), ProxyUris.keyOf(from)));
        row.put("to", indexable(m.eClass, m.edge.to().getName(), ProxyUris.keyOf(to)));
        Map<String, Object> common = properties(object, m.attributes);
        for (EReference reference : m.references) {
            List<Object> keys = new ArrayList<>();
            for (List<Object> target : targets(object, reference)) {
                keys.add(target.get(0));
            }
            common.put(reference.getName(), keys.isEmpty() ? null : keys);
        }
        List<Map<String, Object>> elements = new ArrayList<>();
        List<EObject> each = m.edge.each() == null ? List.of() : values(object, m.edge.each());
        if (each.isEmpty()) {
            Map<String, Object> element = new LinkedHashMap<>(common);
            element.put(ClassMapping.ORDER_PROPERTY, -1L);
            elements.add(element);
        }
        int ord = 0;
        for (EObject value : each) {
            Map<String, Object> element = new LinkedHashMap<>(common);
            element.putAll(properties(value, value.eClass().getEAllAttributes()));
            element.put(ClassMapping.ORDER_PROPERTY, (long) ord++);
            elements.add(element);
        }
        long contentHash = hash.of(List.of(m.classTag, row.get("from"), row.get("to"), elements));
        row.put("hash", contentHash);
        // an edge's properties are replaced as a whole too (SET r = e), bookkeeping included
        for (Map<String, Object> element : elements) {
            withoutNulls(element);
            element.put(m.keyProperty(), row.get("key"));
            element.put(ClassMapping.CLASS_PROPERTY, m.classTag);
            element.put(ClassMapping.HASH_PROPERTY, contentHash);
        }
        row.put("elements", elements);
        return row;
    }

    /**
     * Neo4j cannot index values much longer than 8 kB; keys and indexed values are kept well below, with an error
     * that says which value is too long.
     */
    static final int MAX_INDEXED_BYTES = 4096;

    static String indexable(EClass eClass, String feature, String value) {
        // every key and every reference of every row passes here: a value of at most a third as many characters cannot
        // have more bytes (UTF-8 takes at most three bytes a char), so it is not encoded to find out
        if (value.length() > MAX_INDEXED_BYTES / 3
                && value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_INDEXED_BYTES) {
            throw new IllegalArgumentException(eClass.getName() + "." + feature + " is longer than " + MAX_INDEXED_BYTES
                    + " bytes, too long to serve as a key: '" + value.substring(0, 40) + "...'");
        }
        return value;
    }

    private static Map<String, Object> properties(EObject object, List<EAttribute> attributes) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (EAttribute attribute : attributes) {
            if (!attribute.isTransient() && !attribute.isDerived()) {
                props.put(attribute.getName(), Values.toStored(object, attribute));
            }
        }
        return props;
    }

    private static List<List<Object>> targets(EObject object, EReference reference) {
        List<List<Object>> targets = new ArrayList<>();
        long ord = 0;
        for (EObject target : values(object, reference)) {
            // a target not stored yet becomes a stub keyed by it, which must be indexable too
            targets.add(List.of(indexable(object.eClass(), reference.getName(), ProxyUris.keyOf(target)), ord++));
        }
        return targets;
    }

    private static void checkIndexed(EClass eClass, Map<String, Object> props) {
        for (EClass type : withSupertypes(eClass)) {
            String indexed = ClassMapping.annotation(type, "index");
            if (indexed != null) {
                // the properties of one index annotation form one (composite) index entry, which has one size limit
                StringBuilder entry = new StringBuilder();
                for (String property : indexed.split(",")) {
                    if (props.get(property.strip()) instanceof String value) {
                        entry.append(value);
                    }
                }
                indexable(eClass, indexed.replace(",", "+"), entry.toString());
            }
        }
    }

    private static List<EClass> withSupertypes(EClass eClass) {
        List<EClass> all = new ArrayList<>(eClass.getEAllSuperTypes());
        all.add(eClass);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject object, EReference reference) {
        Object value = object.eGet(reference, false);
        if (reference.isMany()) {
            // the basic list does not resolve proxies: a reference to an object not loaded stays unloaded
            return ((InternalEList<EObject>) value).basicList();
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
