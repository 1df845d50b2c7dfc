package org.longarm.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.longarm.ui.internal.WorkbenchSession;

/** Edit &gt; Redo: applies the latest undone edit again, in the graph store too. */
public final class RedoHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.canRedo();
    }

    @Execute
    void execute(WorkbenchSession session) {
        session.redo();
    }
}
