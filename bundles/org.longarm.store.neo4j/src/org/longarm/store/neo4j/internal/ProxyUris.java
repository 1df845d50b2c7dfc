package org.longarm.store.neo4j.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * Names stored objects that are not loaded yet: {@code longarm:/graph#LABEL/KEY}, where LABEL is the label of the
 * object's key space and KEY its key, encoded.
 */
final class ProxyUris {

    static final URI GRAPH = URI.createURI("longarm:/graph");

    private ProxyUris() {
    }

    static URI of(String keyLabel, String key) {
        return GRAPH.appendFragment(keyLabel + "/" + URI.encodeFragment(key, false));
    }

    /** {label, key} of a proxy URI fragment, or null if the fragment is not one of ours. */
    static String[] parse(String fragment) {
        int slash = fragment.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        return new String[] { fragment.substring(0, slash), URI.decode(fragment.substring(slash + 1)) };
    }

    /** The key an object is stored under: its ID attribute, or for a proxy the key in its URI. */
    static String keyOf(EObject object) {
        if (object.eIsProxy()) {
            String[] parsed = parse(((InternalEObject) object).eProxyURI().fragment());
            if (parsed == null) {
                throw new IllegalArgumentException("a reference to " + ((InternalEObject) object).eProxyURI()
                        + " points outside the graph");
            }
            return parsed[1];
        }
        Object key = object.eGet(object.eClass().getEIDAttribute());
        if (!(key instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("a " + object.eClass().getName() + " without "
                    + object.eClass().getEIDAttribute().getName() + " cannot be stored or referred to");
        }
        return text;
    }
}
