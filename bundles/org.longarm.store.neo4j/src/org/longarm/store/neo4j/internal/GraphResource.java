package org.longarm.store.neo4j.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The resource that stored objects live in once loaded. Proxies of not-yet-loaded objects point into it
 * ({@code longarm:/graph#LABEL/KEY}); resolving one loads just that object from the store, so that a graph larger
 * than the heap can be walked one reference at a time. Discard the resource (and its set) to let the loaded objects
 * go.
 */
public final class GraphResource extends ResourceImpl {

    private final Map<String, EClass> keyClassesByLabel = new HashMap<>();
    private final Map<String, EObject> loaded = new HashMap<>();
    private final BiFunction<EClass, String, EObject> loader;

    GraphResource(GraphMapping mapping, BiFunction<EClass, String, EObject> loader) {
        super(ProxyUris.GRAPH);
        this.loader = loader;
        for (EClass eClass : mapping.allClasses()) {
            if (eClass.getEIDAttribute() != null) {
                EClass keyClass = eClass.getEIDAttribute().getEContainingClass();
                keyClassesByLabel.putIfAbsent(keyClass.getName(), keyClass);
            }
        }
        new ResourceSetImpl().getResources().add(this);
        setLoaded(true);
    }

    /** Adds objects just read from the store (keeping one instance per key). */
    EObject adopt(EClass keyClass, String key, EObject object) {
        String id = keyClass.getName() + "/" + key;
        EObject existing = loaded.get(id);
        if (existing != null) {
            return existing;
        }
        loaded.put(id, object);
        getContents().add(object);
        return object;
    }

    @Override
    public EObject getEObject(String uriFragment) {
        EObject known = loaded.get(uriFragmentKey(uriFragment));
        if (known != null) {
            return known;
        }
        String[] parsed = ProxyUris.parse(uriFragment);
        if (parsed == null) {
            return super.getEObject(uriFragment);
        }
        EClass keyClass = keyClassesByLabel.get(parsed[0]);
        if (keyClass == null) {
            return null;
        }
        EObject object = loader.apply(keyClass, parsed[1]);
        return object == null ? null : adopt(keyClass, parsed[1], object);
    }

    private static String uriFragmentKey(String fragment) {
        String[] parsed = ProxyUris.parse(fragment);
        return parsed == null ? fragment : parsed[0] + "/" + parsed[1];
    }

    /** The objects loaded so far. */
    public List<EObject> loadedObjects() {
        return List.copyOf(loaded.values());
    }
}
