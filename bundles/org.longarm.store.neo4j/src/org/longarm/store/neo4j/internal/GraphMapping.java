package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/** The mappings of every class of the registered packages, built on first use. */
public final class GraphMapping {

    private final List<EPackage> packages;
    private final Map<EClass, ClassMapping> mappings = new ConcurrentHashMap<>();
    private final Map<String, EClass> classesByTag = new LinkedHashMap<>();

    public GraphMapping(Collection<EPackage> packages) {
        this.packages = List.copyOf(packages);
        for (EClass eClass : allClasses()) {
            classesByTag.put(eClass.getEPackage().getNsPrefix() + "." + eClass.getName(), eClass);
        }
    }

    ClassMapping of(EClass eClass) {
        return mappings.computeIfAbsent(eClass, ClassMapping::new);
    }

    /** The class a stored node or relationship was written as. */
    EClass classOf(String tag) {
        EClass eClass = classesByTag.get(tag);
        if (eClass == null) {
            throw new IllegalStateException("the graph holds objects of class " + tag
                    + ", which no installed model defines");
        }
        return eClass;
    }

    /** Every concrete class that shares the key space of {@code keyClass}. */
    List<EClass> concreteClassesOf(EClass keyClass) {
        List<EClass> result = new ArrayList<>();
        for (EClass eClass : allClasses()) {
            if (!eClass.isAbstract() && !eClass.isInterface() && (eClass == keyClass || keyClass.isSuperTypeOf(eClass))) {
                result.add(eClass);
            }
        }
        return result;
    }

    /** A class that can stand in for an object of {@code type} before it is loaded. */
    EClass instantiableFor(EClass type) {
        if (!type.isAbstract() && !type.isInterface()) {
            return type;
        }
        List<EClass> concrete = concreteClassesOf(type);
        if (concrete.isEmpty()) {
            throw new IllegalStateException("no concrete class for " + type.getName());
        }
        return concrete.get(0);
    }

    List<EClass> allClasses() {
        List<EClass> classes = new ArrayList<>();
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    classes.add(eClass);
                }
            }
        }
        return classes;
    }

    List<EPackage> packages() {
        return packages;
    }
}
