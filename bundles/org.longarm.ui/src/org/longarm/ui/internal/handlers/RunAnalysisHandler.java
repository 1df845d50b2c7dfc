package org.longarm.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.longarm.ui.internal.WorkbenchSession;

/** Analysis &gt; Run analysis: recomputes every verdict in a job (progress and Cancel in the status line). */
public final class RunAnalysisHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isOpen();
    }

    @Execute
    void execute(WorkbenchSession session) {
        session.recompute();
    }
}
