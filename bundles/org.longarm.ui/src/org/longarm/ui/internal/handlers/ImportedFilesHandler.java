package org.longarm.ui.internal.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.longarm.core.graph.ImportedFile;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * File &gt; Imported files...: the files imported into the graph, read in a job, with the warnings each import found
 * at their rows (what {@code longarm imports --warnings} lists).
 */
public final class ImportedFilesHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isOpen();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        show(session, shell);
    }

    /**
     * Reads the imported files in a job and shows them in a dialog over {@code shell}, or why they could not be read.
     * The job takes no database rule, as the parts' reads do: during an import it shows the files as they were before.
     */
    public static Job show(WorkbenchSession session, Shell shell) {
        Display display = shell.getDisplay();
        Job job = Job.create("Reading the imported files", monitor -> {
            List<ImportedFile> files;
            try {
                files = session.graph().importedFiles();
            } catch (RuntimeException e) {
                onShell(shell, () -> MessageDialog.openError(shell, "Imported files",
                        "The imported files could not be read from " + session.describeStore() + ":\n"
                                + e.getMessage()));
                return Status.error("Reading the imported files failed: " + e.getMessage(), e);
            }
            onShell(shell, () -> new ImportedFilesDialog(shell, files).open());
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    /** Runs {@code action} on the UI thread unless the window closed meanwhile. */
    static void onShell(Shell shell, Runnable action) {
        Display display = shell.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    action.run();
                }
            });
        }
    }
}
