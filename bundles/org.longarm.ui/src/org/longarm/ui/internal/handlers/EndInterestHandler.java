package org.longarm.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.longarm.ui.internal.WorkbenchSession;

/** Analysis &gt; End interest...: sets the end date of an interest of the relationship in the Properties part. */
public final class EndInterestHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return EditInterestHandler.showsRelationship(session);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        EditInterestHandler.open(shell, session, session.inspected().key(), null, InterestDialog.Mode.END);
    }
}
