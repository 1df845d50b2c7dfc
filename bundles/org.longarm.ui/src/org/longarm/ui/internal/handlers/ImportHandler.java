package org.longarm.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.longarm.core.io.ImportReport;
import org.longarm.ui.internal.WorkbenchSession;

/** File &gt; Import...: BODS JSON, product CSV, inventory CSV (several at once), in a job; problems in a dialog. */
public final class ImportHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isOpen();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        List<Path> files = chooseInputFiles(shell, "Import BODS statements, product lines and inventories");
        if (!files.isEmpty()) {
            importWithFeedback(session, files, shell.getDisplay());
        }
    }

    /** Asks for any number of BODS JSON, product CSV and inventory CSV files; none when the user cancels. */
    static List<Path> chooseInputFiles(Shell shell, String title) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*.json;*.jsonl;*.csv", "*.*" });
        dialog.setFilterNames(new String[] { "BODS JSON, product and inventory CSV", "All files" });
        List<Path> files = new ArrayList<>();
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
        }
        return files;
    }

    /** Imports in a job; shows problems (file:line:column: message) in a dialog; success goes to the status line. */
    public static void importWithFeedback(WorkbenchSession session, List<Path> files, Display display) {
        session.importFiles(files, report -> {
            if (!report.valid()) {
                ImportListDialog.problems(display.getActiveShell(), report).open();
            } else {
                long written = report.files().stream().mapToLong(ImportReport.FileReport::written).sum();
                reportWritten(session, display, report, "Imported " + files.size() + " file(s): " + written
                        + " facts written" + (report.files().stream().anyMatch(ImportReport.FileReport::alreadyImported)
                                ? " (some files were imported before)" : ""));
            }
        }, error -> MessageDialog.openError(display.getActiveShell(), "Import failed",
                "The import failed and nothing was written:\n" + error.getMessage()));
    }

    /**
     * Puts what a written import did on the status line and, when it has warnings or left references as stubs, lists
     * them in a dialog.
     */
    public static void reportWritten(WorkbenchSession session, Display display, ImportReport report, String status) {
        String toCheck = ImportListDialog.writtenSummary(report);
        if (toCheck.isEmpty()) {
            session.status(status);
            return;
        }
        session.status(status + "; " + toCheck);
        ImportListDialog.written(display.getActiveShell(), report).open();
    }
}
