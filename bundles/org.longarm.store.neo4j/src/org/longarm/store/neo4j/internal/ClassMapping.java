package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How one EClass is stored, derived from the metamodel alone.
 *
 * <ul>
 * <li>A class with an ID attribute is a <em>keyed</em> class, stored as a node labelled with its own name and the
 * names of all its supertypes, keyed by the ID attribute. All classes below the class that declares the ID
 * attribute share its key space (and its label carries the uniqueness constraint).</li>
 * <li>A keyed class annotated {@code edge} (source {@value #ANNOTATION}) is stored instead as Neo4j relationships
 * of that type, from the object its {@code from} reference names to the one its {@code to} reference names: one
 * relationship for each object in its {@code each} containment, carrying the edge's and the element's attributes.
 * Its other references are kept as lists of target keys.</li>
 * <li>Attributes become properties; non-containment references become relationships named after the feature in
 * upper snake case (with an {@code ord} property); contained objects of classes without an ID attribute become
 * child nodes, rewritten with their parent.</li>
 * </ul>
 */
final class ClassMapping {

    static final String ANNOTATION = "http://www.longarm.org/neo4j";
    static final String CLASS_PROPERTY = "_class";
    static final String HASH_PROPERTY = "_hash";
    static final String VERSION_PROPERTY = "_version";
    static final String ORDER_PROPERTY = "ord";

    final EClass eClass;
    final String classTag;
    final EClass keyClass;
    final EAttribute keyAttribute;
    final List<String> labels;
    final List<EAttribute> attributes = new ArrayList<>();
    final List<EReference> references = new ArrayList<>();
    final List<EReference> children = new ArrayList<>();
    final Edge edge;

    /** How an edge class maps onto Neo4j relationships. */
    record Edge(String type, EReference from, EReference to, EReference each) {
    }

    ClassMapping(EClass eClass) {
        this.eClass = eClass;
        this.classTag = eClass.getEPackage().getNsPrefix() + "." + eClass.getName();
        this.keyAttribute = eClass.getEIDAttribute();
        this.keyClass = keyAttribute == null ? null : keyAttribute.getEContainingClass();
        Set<String> names = new LinkedHashSet<>();
        names.add(eClass.getName());
        for (EClass superType : eClass.getEAllSuperTypes()) {
            names.add(superType.getName());
        }
        this.labels = List.copyOf(names);
        this.edge = edgeOf(eClass);

        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                attributes.add(attribute);
            } else if (feature instanceof EReference reference) {
                if (edge != null && (reference == edge.from || reference == edge.to || reference == edge.each)) {
                    continue;
                }
                if (reference.isContainment()) {
                    if (reference.getEReferenceType().getEIDAttribute() != null) {
                        throw new IllegalArgumentException(eClass.getName() + "." + reference.getName()
                                + " contains keyed objects: store them on their own and refer to them instead");
                    }
                    if (edge != null) {
                        throw new IllegalArgumentException("edge class " + eClass.getName()
                                + " may contain objects only through its 'each' reference");
                    }
                    children.add(reference);
                } else if (!reference.isContainer()) {
                    if (reference.getEReferenceType().getEIDAttribute() == null) {
                        throw new IllegalArgumentException(eClass.getName() + "." + reference.getName()
                                + " refers to objects without a key");
                    }
                    references.add(reference);
                }
            }
        }
        if (edge != null) {
            checkNoClash();
        }
    }

    boolean keyed() {
        return keyAttribute != null;
    }

    /** The label that carries this key space's uniqueness constraint. */
    String keyLabel() {
        return keyClass.getName();
    }

    String keyProperty() {
        return keyAttribute.getName();
    }

    static String relationshipType(EReference reference) {
        return Cypher.relationshipType(reference.getName());
    }

    /** Properties of an annotation on the class itself (not inherited). */
    static String annotation(EClass eClass, String key) {
        EAnnotation annotation = eClass.getEAnnotation(ANNOTATION);
        return annotation == null ? null : annotation.getDetails().get(key);
    }

    private static Edge edgeOf(EClass eClass) {
        for (EClass type : withSupertypes(eClass)) {
            String edgeType = annotation(type, "edge");
            if (edgeType != null) {
                return new Edge(edgeType, reference(eClass, annotation(type, "from")),
                        reference(eClass, annotation(type, "to")), reference(eClass, annotation(type, "each")));
            }
        }
        return null;
    }

    private static List<EClass> withSupertypes(EClass eClass) {
        List<EClass> all = new ArrayList<>();
        all.add(eClass);
        all.addAll(eClass.getEAllSuperTypes());
        return all;
    }

    private static EReference reference(EClass eClass, String name) {
        if (name == null) {
            return null;
        }
        if (eClass.getEStructuralFeature(name) instanceof EReference reference) {
            return reference;
        }
        throw new IllegalArgumentException(eClass.getName() + " has no reference '" + name + "' for its edge mapping");
    }

    private void checkNoClash() {
        if (edge.from == null || edge.to == null || edge.from.isMany() || edge.to.isMany()) {
            throw new IllegalArgumentException("edge class " + eClass.getName() + " needs single-valued from and to references");
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> reserved = List.of(CLASS_PROPERTY, HASH_PROPERTY, VERSION_PROPERTY, ORDER_PROPERTY);
        names.addAll(reserved);
        List<EStructuralFeature> features = new ArrayList<>(attributes);
        features.addAll(references);
        if (edge.each != null) {
            features.addAll(edge.each.getEReferenceType().getEAllAttributes());
        }
        for (EStructuralFeature feature : features) {
            if (!names.add(feature.getName())) {
                throw new IllegalArgumentException("edge class " + eClass.getName() + ": property name '"
                        + feature.getName() + "' is used twice");
            }
        }
    }
}
