package org.longarm.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.longarm.ui.internal.WorkbenchSession;

/** Edit &gt; Undo: takes back the latest edit, in the graph store too (the menu item names it). */
public final class UndoHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.canUndo();
    }

    @Execute
    void execute(WorkbenchSession session) {
        session.undo();
    }
}
