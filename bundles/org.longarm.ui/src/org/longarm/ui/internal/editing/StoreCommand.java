package org.longarm.ui.internal.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.store.ModelStore;
import org.longarm.core.store.StoreException;

/**
 * An EMF command whose effect is saved to the graph store: it runs {@code change} on objects loaded for editing,
 * then writes {@code updated} with {@link ModelStore#update} (so a concurrent change is refused, never overwritten)
 * and stores each of {@code created}; undo reverses {@code change}, writes {@code updated} again and deletes what was
 * created ({@link ModelStore#delete}); redo repeats execute. When a write fails the in-memory change is taken back
 * and the failure is thrown on to the command stack, so memory and store stay alike.
 *
 * <p>Writes happen in the order the store needs: {@code updated} first (it carries the optimistic check), then
 * {@code created} in order; undo writes {@code updated} first (so that nothing refers to the created objects any
 * more), then deletes {@code created} in reverse order.
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
        saveForward(super::undo);
    }

    @Override
    public void redo() {
        super.redo();
        saveForward(super::undo);
    }

    @Override
    public void undo() {
        super.undo();
        ModelStore target = store.get();
        List<EObject> toDelete = created;
        try {
            // nothing is changed before the first write: when it is refused, memory is put back and the store is as it
            // was, so the same undo can be tried again
            if (updated != null) {
                target.update(updated);
            } else if (!created.isEmpty()) {
                target.delete(created.get(created.size() - 1));
                toDelete = created.subList(0, created.size() - 1);
            }
        } catch (RuntimeException e) {
            super.redo();
            throw e;
        }
        RuntimeException failure = deleteAll(target, toDelete);
        if (failure != null) {
            // the change itself is undone; what it created stays stored, referred to by nothing
            throw new StoreException("undone, but what it created could not all be deleted (" + failure.getMessage()
                    + ")", failure);
        }
    }

    /** Writes the state after {@code change}; on failure takes back what was written and {@code revert}s memory. */
    private void saveForward(Runnable revert) {
        ModelStore target = store.get();
        try {
            if (updated != null) {
                target.update(updated);
            }
        } catch (RuntimeException e) {
            revert.run();
            throw e;
        }
        List<EObject> stored = new ArrayList<>();
        try {
            for (EObject object : created) {
                target.update(object);
                stored.add(object);
            }
        } catch (RuntimeException e) {
            // a take-back may be refused for the same reason (an import began meanwhile): memory is reverted anyway,
            // and the failure says that the store kept part of the change
            RuntimeException takeBackFailure = deleteAll(target, stored);
            revert.run();
            if (updated != null) {
                try {
                    target.update(updated);
                } catch (RuntimeException t) {
                    takeBackFailure = takeBackFailure == null ? t : takeBackFailure;
                }
            }
            if (takeBackFailure != null) {
                StoreException partly = new StoreException(e.getMessage() + "; part of the change was stored and could "
                        + "not be taken back (" + takeBackFailure.getMessage() + "): reload before editing again", e);
                partly.addSuppressed(takeBackFailure);
                throw partly;
            }
            throw e;
        }
    }

    /**
     * Deletes {@code objects} from the store in reverse order, going on past a refusal; returns the first failure, or
     * null when all were deleted.
     */
    private static RuntimeException deleteAll(ModelStore target, List<EObject> objects) {
        RuntimeException failure = null;
        for (int i = objects.size() - 1; i >= 0; i--) {
            try {
                target.delete(objects.get(i));
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        return failure;
    }
}
