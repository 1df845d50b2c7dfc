package org.longarm.store.neo4j.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Builds an instance of every concrete class of a package with every feature set, reflectively, and compares
 * objects feature by feature (references by the key of their target, so loaded proxies compare equal to the
 * originals).
 */
final class SampleObjects {

    final Map<EClass, EObject> byClass = new LinkedHashMap<>();
    private final EPackage ePackage;

    SampleObjects(EPackage ePackage, String keyPrefix) {
        this.ePackage = ePackage;
        for (EClass eClass : concreteClasses()) {
            if (eClass.getEIDAttribute() != null) {
                byClass.put(eClass, fill(EcoreUtil.create(eClass), keyPrefix));
            }
        }
        for (EObject object : byClass.values()) {
            linkReferences(object, keyPrefix);
        }
    }

    List<EClass> concreteClasses() {
        List<EClass> classes = new ArrayList<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                classes.add(eClass);
            }
        }
        return classes;
    }

    /** Every class that appears in the samples, as a stored object or inside one. */
    List<EClass> coveredClasses() {
        List<EClass> covered = new ArrayList<>(byClass.keySet());
        for (EObject object : byClass.values()) {
            object.eAllContents().forEachRemaining(child -> {
                if (!covered.contains(child.eClass())) {
                    covered.add(child.eClass());
                }
            });
        }
        return covered;
    }

    private EObject fill(EObject object, String keyPrefix) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isID()) {
                object.eSet(attribute, keyPrefix + object.eClass().getName());
            } else if (attribute.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) object.eGet(attribute);
                values.add(sample(attribute.getEAttributeType(), attribute.getName(), 1));
                values.add(sample(attribute.getEAttributeType(), attribute.getName(), 2));
            } else {
                object.eSet(attribute, sample(attribute.getEAttributeType(), attribute.getName(), 1));
            }
        }
        for (EReference reference : object.eClass().getEAllContainments()) {
            for (int i = 0; i < (reference.isMany() ? 2 : 1); i++) {
                EObject child = fill(EcoreUtil.create(reference.getEReferenceType()), keyPrefix);
                add(object, reference, child);
            }
        }
        return object;
    }

    private void linkReferences(EObject object, String keyPrefix) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()) {
                continue;
            }
            List<EObject> targets = new ArrayList<>();
            for (var entry : byClass.entrySet()) {
                if (reference.getEReferenceType().isSuperTypeOf(entry.getKey()) && entry.getValue() != object) {
                    targets.add(entry.getValue());
                }
            }
            for (EObject target : reference.isMany() ? targets : targets.subList(0, Math.min(1, targets.size()))) {
                add(object, reference, target);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(EObject object, EReference reference, EObject value) {
        if (reference.isMany()) {
            ((List<EObject>) object.eGet(reference)).add(value);
        } else {
            object.eSet(reference, value);
        }
    }

    static Object sample(EDataType type, String name, int n) {
        if (type instanceof EEnum eEnum) {
            return eEnum.getELiterals().get(Math.min(n, eEnum.getELiterals().size() - 1)).getInstance();
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return name + " value " + n;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Boolean.TRUE;
        }
        if (c == double.class || c == Double.class) {
            return 12.5 * n;
        }
        if (c == long.class || c == Long.class) {
            return 42L * n;
        }
        if (c == int.class || c == Integer.class) {
            return 7 * n;
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2020, 2, 28 + n);
        }
        if (c == Instant.class) {
            return Instant.parse("2026-11-28T12:34:56.789Z").plusSeconds(n);
        }
        throw new IllegalArgumentException("no sample value for " + type.getName());
    }

    /** Differences between two objects, feature by feature ("" when equal). */
    static String differences(EObject expected, EObject actual) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, expected.eClass().getName(), differences);
        return String.join("\n", differences);
    }

    private static void compare(EObject expected, EObject actual, String path, List<String> differences) {
        if (expected.eClass() != actual.eClass()) {
            differences.add(path + ": class " + actual.eClass().getName() + " instead of " + expected.eClass().getName());
            return;
        }
        for (EAttribute attribute : expected.eClass().getEAllAttributes()) {
            if (!Objects.equals(expected.eGet(attribute), actual.eGet(attribute))) {
                differences.add(path + "." + attribute.getName() + ": " + actual.eGet(attribute) + " instead of "
                        + expected.eGet(attribute));
            }
        }
        for (EReference reference : expected.eClass().getEAllReferences()) {
            if (reference.isContainer()) {
                continue;
            }
            List<EObject> want = values(expected, reference);
            List<EObject> have = values(actual, reference);
            if (want.size() != have.size()) {
                differences.add(path + "." + reference.getName() + ": " + have.size() + " values instead of " + want.size());
                continue;
            }
            for (int i = 0; i < want.size(); i++) {
                if (reference.isContainment()) {
                    compare(want.get(i), have.get(i), path + "." + reference.getName() + "[" + i + "]", differences);
                } else if (!keyOf(want.get(i)).equals(keyOf(have.get(i)))) {
                    differences.add(path + "." + reference.getName() + "[" + i + "]: " + keyOf(have.get(i))
                            + " instead of " + keyOf(want.get(i)));
                }
            }
        }
    }

    static String keyOf(EObject object) {
        if (object.eIsProxy()) {
            return ((org.eclipse.emf.ecore.InternalEObject) object).eProxyURI().fragment().replaceFirst("^[^/]*/", "")
                    .transform(org.eclipse.emf.common.util.URI::decode);
        }
        return String.valueOf(object.eGet(object.eClass().getEIDAttribute()));
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject object, EReference reference) {
        Object value = object.eGet(reference, false);
        if (reference.isMany()) {
            return ((org.eclipse.emf.ecore.util.InternalEList<EObject>) value).basicList();
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
