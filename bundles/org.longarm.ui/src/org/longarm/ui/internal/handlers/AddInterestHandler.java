package org.longarm.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.editing.GraphEdits;
import org.longarm.ui.internal.editing.GraphEdits.NewInterest;

/**
 * Analysis &gt; Add interest...: records that a holder has an interest in the entity in focus, with its source, as a
 * new relationship (an undoable command, see {@link GraphEdits#addInterest}); the verdicts are then recomputed.
 */
public final class AddInterestHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isOpen() && session.focus() instanceof WorkbenchSession.EntityFocus;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        if (session.focus() instanceof WorkbenchSession.EntityFocus entity) {
            open(shell, session, entity.key());
        }
    }

    public static void open(Shell shell, WorkbenchSession session, String subjectKey) {
        InterestDialog.add(shell, session, subjectKey).open();
    }

    /** What the dialog's OK does: the add command on the session's command stack, in a job. */
    public static Job write(WorkbenchSession session, NewInterest interest) {
        return session.execute(GraphEdits.addInterest(session, interest));
    }
}
