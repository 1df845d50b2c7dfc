package org.longarm.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Named;

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
     * edits, and checks the files again when an import is committed while it reads.
     */
    public static Job check(WorkbenchSession session, List<Path> files, Shell shell) {
        Job job = Job.create("Checking an import of " + files.size() + " file(s)", monitor -> {
            ImportReport report;
            try {
                report = new Importer(Contributions.inputFormats()).dryRun(files, session.store(), monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                ImportedFilesHandler.onShell(shell, () -> MessageDialog.openError(shell, "Check failed",
                        "The files could not be checked against " + session.describeStore() + ":\n"
                                + e.getMessage()));
                return Status.error("The check of an import failed: " + e.getMessage(), e);
            }
            ImportedFilesHandler.onShell(shell, () -> ImportListDialog.dryRun(shell, report).open());
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
