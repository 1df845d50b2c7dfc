package org.longarm.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.longarm.model.Entity;
import org.longarm.model.Interest;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Relationship;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * Analysis &gt; Change interest...: changes an interest of the relationship shown in the Properties part (chosen
 * there, or from a hop of the Verdict part's evidence) with {@link InterestDialog}; {@link EndInterestHandler} ends
 * one.
 */
public final class EditInterestHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return showsRelationship(session);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        open(shell, session, session.inspected().key(), null, InterestDialog.Mode.CHANGE);
    }

    static boolean showsRelationship(WorkbenchSession session) {
        WorkbenchSession.Inspected inspected = session.inspected();
        return session.isOpen() && inspected != null
                && LongarmPackage.Literals.RELATIONSHIP.isSuperTypeOf(inspected.type());
    }

    /**
     * Loads relationship {@code relationshipKey} for editing in a job, then opens the dialog on the UI thread at its
     * interest of type {@code interestType} (the first one when null or not found).
     */
    public static Job open(Shell shell, WorkbenchSession session, String relationshipKey, String interestType,
            InterestDialog.Mode mode) {
        Job job = Job.create("Loading relationship " + relationshipKey, monitor -> {
            Relationship relationship;
            try {
                relationship = (Relationship) session.editable(LongarmPackage.Literals.RELATIONSHIP, relationshipKey)
                        .orElse(null);
            } catch (RuntimeException e) {
                session.problem(new WorkbenchSession.Problem("Cannot edit the interest",
                        "Cannot load relationship " + relationshipKey + ": " + e.getMessage()));
                return Status.error("Cannot load relationship " + relationshipKey, e);
            }
            if (relationship == null || relationship.getInterests().isEmpty()) {
                String message = "Relationship " + relationshipKey + " is not stored (any more), or has no interest.";
                session.problem(new WorkbenchSession.Problem("Cannot edit the interest", message));
                return Status.error(message);
            }
            Entity subject = relationship.getSubject();
            String subjectKey = subject == null ? relationshipKey : subject.getId();
            int index = 0;
            for (int i = 0; i < relationship.getInterests().size(); i++) {
                Interest interest = relationship.getInterests().get(i);
                if (interest.getType() != null && interest.getType().getLiteral().equals(interestType)) {
                    index = i;
                    break;
                }
            }
            int chosen = index;
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        InterestDialog.edit(shell, session, mode, subjectKey, relationship, chosen).open();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
