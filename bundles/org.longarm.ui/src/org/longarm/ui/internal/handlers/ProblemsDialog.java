package org.longarm.ui.internal.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.InputProblem;

/** Lists the problems of a rejected import, one per line as {@code file:line:column: message}. */
public final class ProblemsDialog extends Dialog {

    private final ImportReport report;

    public ProblemsDialog(Shell parent, ImportReport report) {
        super(parent);
        this.report = report;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import rejected: %,d problem(s)".formatted(report.problemCount()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText("Nothing was imported. Fix these problems and import again:");
        List list = new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        for (InputProblem problem : report.problems()) {
            list.add(problem.toString());
        }
        if (report.unlisted() > 0) {
            list.add("... and %,d more problems, not listed".formatted(report.unlisted()));
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 800;
        data.heightHint = 300;
        list.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
