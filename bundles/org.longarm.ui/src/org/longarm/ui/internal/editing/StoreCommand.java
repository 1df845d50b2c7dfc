package org.longarm.ui.internal.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.store.ModelStore;

/**
 * An EMF command whose effect is saved to the graph store: it runs {@code change} on objects loaded for editing,
 * then saves {@code created} and {@code updated} as one change with {@link ModelStore#save} (each under the check
 * that nobody changed it since it was loaded, so a concurrent change is refused, never overwritten); undo reverses
 * {@code change} and saves {@code updated} again while deleting what was created, also as one change; redo repeats
 * execute. When the save is refused nothing of it is stored: the in-memory change is taken back and the failure is
 * thrown on to the command stack, so memory and store stay alike.
 */
public final class StoreCommand extends CommandWrapper {

    private final Supplier<ModelStore> store;
    private final EObject updated;
    private final List<EObject> created;

    /**
     * @param label what the command does, for the Undo/Redo menu items ("Change interest in hikvision-uk")
     * @param store the store at the time of each write (the session's current one)
     * @param change the in-memory change (null when the command only creates objects)
     * @param updated the stored object that {@code change} modifies (the keyed root of what it changes), or null
     * @param created new keyed objects this command stores (and deletes again on undo)
     */
    public StoreCommand(String label, Supplier<ModelStore> store, Command change, EObject updated, List<? extends EObject> created) {
        super(label, label, change == null ? IdentityCommand.INSTANCE : change);
        this.store = store;
        this.updated = updated;
        this.created = List.copyOf(created);
    }

    /** The stored object this command changes, or null. */
    public EObject updated() {
        return updated;
    }

    /** The objects this command creates. */
    public List<EObject> created() {
        return created;
    }

    @Override
    public void execute() {
        super.execute();
        saveOrRevert(forward(), List.of(), super::undo);
    }

    @Override
    public void redo() {
        super.redo();
        saveOrRevert(forward(), List.of(), super::undo);
    }

    @Override
    public void undo() {
        super.undo();
        saveOrRevert(updated == null ? List.of() : List.of(updated), created.reversed(), super::redo);
    }

    /** What execute and redo store: the new objects first, so that {@code updated} never refers to a missing one. */
    private List<EObject> forward() {
        List<EObject> objects = new ArrayList<>(created);
        if (updated != null) {
            objects.add(updated);
        }
        return objects;
    }

    private void saveOrRevert(List<EObject> updates, List<EObject> deletes, Runnable revert) {
        try {
            store.get().save(updates, deletes);
        } catch (RuntimeException e) {
            revert.run();
            throw e;
        }
    }
}
