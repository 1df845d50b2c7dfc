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

/**
 * After an import that was written, lists the references that name records neither the files nor the graph hold: the
 * store keeps them as stubs, which the verdicts judge UNKNOWN unless their holders decide, so the analyst should know
 * which records are missing before trusting a verdict that depends on them.
 */
final class UnresolvedReferencesDialog extends Dialog {

    private final ImportReport report;

    UnresolvedReferencesDialog(Shell parent, ImportReport report) {
        super(parent);
        this.report = report;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The dialog's title, also the start of what the status line says about them. */
    static String summary(ImportReport report) {
        int count = report.unresolvedReferences().size();
        return "%,d%s reference%s left as stubs".formatted(count, report.moreUnresolvedReferences() ? " or more" : "",
                count == 1 && !report.moreUnresolvedReferences() ? "" : "s");
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Imported: " + summary(report));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText("The import was written. These references name records that neither the files nor the graph"
                + " hold. They are kept as stubs, judged UNKNOWN unless their holders decide; importing the records"
                + " they name fills them in.");
        GridData labelData = new GridData(SWT.FILL, SWT.TOP, true, false);
        labelData.widthHint = 600;
        label.setLayoutData(labelData);
        List list = new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        for (String reference : report.unresolvedReferences()) {
            list.add(reference);
        }
        if (report.moreUnresolvedReferences()) {
            list.add("... and more, not listed");
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 600;
        data.heightHint = 240;
        list.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
