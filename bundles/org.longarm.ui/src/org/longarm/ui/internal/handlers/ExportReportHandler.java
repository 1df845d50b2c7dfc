package org.longarm.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.report.ReportFormat;
import org.longarm.core.report.Reports;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * File &gt; Export report...: the format follows the file's extension among the installed report formats; the
 * report is built with {@link Reports#run} (verdicts and every installed analysis), the same as the batch command.
 */
public final class ExportReportHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isOpen();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        List<ReportFormat> formats = Contributions.reportFormats();
        if (formats.isEmpty()) {
            MessageDialog.openError(shell, "Export report", "No report format is installed.");
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export report as of " + session.asOf());
        dialog.setFilterExtensions(formats.stream().map(f -> "*." + f.extension()).toArray(String[]::new));
        dialog.setFilterNames(formats.stream().map(f -> f.id() + " (*." + f.extension() + ")").toArray(String[]::new));
        dialog.setFileName("longarm-report-" + session.asOf() + "." + formats.get(0).extension());
        dialog.setOverwrite(true);
        String name = dialog.open();
        if (name == null) {
            return;
        }
        Path file = Path.of(name);
        ReportFormat format = formatFor(file, formats);
        if (format == null) {
            MessageDialog.openError(shell, "Export report", "No report format for " + file.getFileName()
                    + "; use one of: " + formats.stream().map(f -> "." + f.extension()).collect(Collectors.joining(", ")));
            return;
        }
        export(session, file, format, shell);
    }

    /** The installed format whose extension {@code file} has, or null. */
    public static ReportFormat formatFor(Path file, List<ReportFormat> formats) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return formats.stream().filter(f -> f.extension().equalsIgnoreCase(extension)).findFirst().orElse(null);
    }

    /** Builds and writes the report in a job. */
    public static Job export(WorkbenchSession session, Path file, ReportFormat format, Shell shell) {
        var request = new Reports.Request(session.asOf(), session.lawPack(), session.settings(), session.policy(),
                Contributions.analyses(), Map.of(), 300, List.of());
        Job job = Job.create("Exporting the report to " + file.getFileName(), monitor -> {
            try {
                Reports.write(Reports.run(session.graph(), request, monitor), format, file);
                session.status("Report written to " + file + " (" + format.id() + ")");
                return Status.OK_STATUS;
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                if (shell != null && !shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, "Export report",
                            "Cannot write the report: " + e.getMessage()));
                }
                return Status.error("Cannot write the report to " + file, e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
