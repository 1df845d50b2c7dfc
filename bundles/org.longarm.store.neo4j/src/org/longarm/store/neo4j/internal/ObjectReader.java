package org.longarm.store.neo4j.internal;

import static org.longarm.store.neo4j.internal.ClassMapping.CLASS_PROPERTY;
import static org.longarm.store.neo4j.internal.ClassMapping.ORDER_PROPERTY;
import static org.longarm.store.neo4j.internal.ClassMapping.VERSION_PROPERTY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;

/** Rebuilds objects from what {@link Statements#read(EClass)} returns; references become lazy proxies. */
final class ObjectReader {

    private final GraphMapping mapping;
    private final Statements statements;

    ObjectReader(GraphMapping mapping, Statements statements) {
        this.mapping = mapping;
        this.statements = statements;
    }

    Map<String, EObject> read(SimpleQueryRunner runner, EClass type, Collection<String> keys) {
        EClass keyClass = mapping.of(mapping.instantiableFor(type)).keyClass;
        if (keyClass == null) {
            throw new IllegalArgumentException(type.getName() + " has no ID attribute");
        }
        List<Record> records = runner.run(statements.read(keyClass), Map.<String, Object>of("keys", List.copyOf(keys))).list();
        ClassMapping any = mapping.of(mapping.instantiableFor(keyClass));
        Map<String, EObject> objects = any.edge == null ? nodes(keyClass, records) : edges(records);
        objects.values().removeIf(object -> !type.isInstance(object));
        return objects;
    }

    private Map<String, EObject> nodes(EClass keyClass, List<Record> records) {
        Map<String, EObject> objects = new LinkedHashMap<>();
        for (Record record : records) {
            Entity node = record.get("node").asEntity();
            if (node.get(CLASS_PROPERTY).isNull()) {
                continue; // only a key so far: something refers to it, nothing has been written for it
            }
            EClass eClass = mapping.classOf(node.get(CLASS_PROPERTY).asString());
            ClassMapping m = mapping.of(eClass);
            EObject object = EcoreUtil.create(eClass);
            for (EAttribute attribute : m.attributes) {
                Values.fromStored(object, attribute, node.get(attribute.getName()));
            }
            for (EReference reference : m.references) {
                List<Value> targets = sorted(record.get("r_" + ClassMapping.relationshipType(reference)).asList(v -> v));
                ClassMapping target = mapping.of(mapping.instantiableFor(reference.getEReferenceType()));
                for (Value t : targets) {
                    String targetClass = t.get(2).isNull() ? null : t.get(2).asString();
                    setReference(object, reference, proxy(reference, target.keyLabel(), t.get(1).asString(), targetClass));
                }
            }
            for (EReference child : m.children) {
                for (Value c : sorted(record.get("c_" + ClassMapping.relationshipType(child)).asList(v -> v))) {
                    Entity childNode = c.get(1).asEntity();
                    EObject value = EcoreUtil.create(mapping.classOf(childNode.get(CLASS_PROPERTY).asString()));
                    for (EAttribute attribute : value.eClass().getEAllAttributes()) {
                        Values.fromStored(value, attribute, childNode.get(attribute.getName()));
                    }
                    setReference(object, child, value);
                }
            }
            StoredVersion.set(object, node.get(VERSION_PROPERTY).asLong(0));
            objects.put(ProxyUris.keyOf(object), object);
        }
        return objects;
    }

    private Map<String, EObject> edges(List<Record> records) {
        Map<String, EObject> objects = new LinkedHashMap<>();
        for (Record record : records) {
            Entity rel = record.get("rel").asEntity();
            EClass eClass = mapping.classOf(rel.get(CLASS_PROPERTY).asString());
            ClassMapping m = mapping.of(eClass);
            String key = rel.get(m.keyProperty()).asString();
            EObject object = objects.get(key);
            if (object == null) {
                object = EcoreUtil.create(eClass);
                for (EAttribute attribute : m.attributes) {
                    Values.fromStored(object, attribute, rel.get(attribute.getName()));
                }
                ClassMapping from = mapping.of(mapping.instantiableFor(m.edge.from().getEReferenceType()));
                ClassMapping to = mapping.of(mapping.instantiableFor(m.edge.to().getEReferenceType()));
                object.eSet(m.edge.from(), proxy(m.edge.from(), from.keyLabel(), record.get("fromKey").asString(),
                        record.get("fromClass").asString(null)));
                object.eSet(m.edge.to(), proxy(m.edge.to(), to.keyLabel(), record.get("toKey").asString(),
                        record.get("toClass").asString(null)));
                for (EReference reference : m.references) {
                    ClassMapping target = mapping.of(mapping.instantiableFor(reference.getEReferenceType()));
                    Value targetKeys = rel.get(reference.getName());
                    for (Value targetKey : targetKeys.isNull() ? List.<Value>of() : targetKeys.asList(v -> v)) {
                        setReference(object, reference, proxy(reference, target.keyLabel(), targetKey.asString(), null));
                    }
                }
                StoredVersion.set(object, rel.get(VERSION_PROPERTY).asLong(0));
                objects.put(key, object);
            }
            if (m.edge.each() != null && rel.get(ORDER_PROPERTY).asLong() >= 0) {
                EObject element = EcoreUtil.create(m.edge.each().getEReferenceType());
                for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                    Values.fromStored(element, attribute, rel.get(attribute.getName()));
                }
                setReference(object, m.edge.each(), element);
            }
        }
        return objects;
    }

    /** A proxy for the stored object of {@code key}, of its class when known, else of one that {@code reference} takes. */
    EObject proxy(EReference reference, String keyLabel, String key, String classTag) {
        EClass eClass = classTag == null ? mapping.instantiableFor(reference.getEReferenceType()) : mapping.classOf(classTag);
        EObject proxy = EcoreUtil.create(eClass);
        ((InternalEObject) proxy).eSetProxyURI(ProxyUris.of(keyLabel, key));
        return proxy;
    }

    @SuppressWarnings("unchecked")
    private static void setReference(EObject object, EReference reference, EObject value) {
        if (reference.isMany()) {
            ((List<EObject>) object.eGet(reference, false)).add(value);
        } else {
            object.eSet(reference, value);
        }
    }

    private static List<Value> sorted(List<Value> values) {
        List<Value> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingLong(v -> v.get(0).asLong()));
        return sorted;
    }
}
