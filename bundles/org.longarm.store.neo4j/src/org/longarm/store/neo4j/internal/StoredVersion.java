package org.longarm.store.neo4j.internal;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/** Remembers which stored version an object was loaded from, for optimistic updates. */
final class StoredVersion extends AdapterImpl {

    long version;

    StoredVersion(long version) {
        this.version = version;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == StoredVersion.class;
    }

    static StoredVersion of(EObject object) {
        for (var adapter : object.eAdapters()) {
            if (adapter instanceof StoredVersion stored) {
                return stored;
            }
        }
        return null;
    }

    static void set(Notifier object, long version) {
        for (var adapter : object.eAdapters()) {
            if (adapter instanceof StoredVersion stored) {
                stored.version = version;
                return;
            }
        }
        object.eAdapters().add(new StoredVersion(version));
    }
}
