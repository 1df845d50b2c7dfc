package org.longarm.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.ModelStore;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * File &gt; Check import (dry run)...: what an import of the chosen files into the graph would report, from the
 * import's own code with nothing written ({@link Importer#dryRun}, as {@code longarm import --dry-run}), in a job.
 */
public final class CheckImportHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isOpen();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        List<Path> files = ImportHandler.chooseInputFiles(shell, "Check an import of BODS statements, product lines "
                + "and inventories (nothing is written)");
        if (!files.isEmpty()) {
            check(session, files, shell);
        }
    }

    /**
     * Runs the dry run in a job and shows its report in a dialog over {@code shell}, or why it could not run. Like the
     * dry run itself, the job takes no database rule: it neither waits for the workbench's own import nor holds up its
     * edits, and checks the files again when an import is committed while it reads. It checks the database open when
     * it was asked for, which its error message names: cancelled with the session's jobs when the workbench closes, it
     * fails when a switch closes that database meanwhile.
     */
    public static Job check(WorkbenchSession session, List<Path> files, Shell shell) {
        ModelStore store = session.store();
        String where = session.describeStore();
        Job job = new Job("Checking an import of " + files.size() + " file(s)") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ImportReport report;
                try {
                    report = new Importer(Contributions.inputFormats()).dryRun(files, store, monitor);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    ImportedFilesHandler.onShell(shell, () -> MessageDialog.openError(shell, "Check failed",
                            "The files could not be checked against " + where + ":\n" + e.getMessage()));
                    return Status.error("The check of an import failed: " + e.getMessage(), e);
                }
                ImportedFilesHandler.onShell(shell, () -> ImportListDialog.dryRun(shell, report).open());
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WorkbenchSession.JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
