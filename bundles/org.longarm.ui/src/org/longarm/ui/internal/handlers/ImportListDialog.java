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

/**
 * What an import wants the analyst to read, one line each: the problems of a rejected import
 * ({@code file:line:column: message}), or the references that a written import left as stubs.
 */
final class ImportListDialog extends Dialog {

    private final String title, intro;
    private final java.util.List<String> lines;

    private ImportListDialog(Shell parent, String title, String intro, java.util.List<String> lines) {
        super(parent);
        this.title = title;
        this.intro = intro;
        this.lines = lines;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The problems of a rejected import, and how many more were found than it lists. */
    static ImportListDialog problems(Shell parent, ImportReport report) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (InputProblem problem : report.problems()) {
            lines.add(problem.toString());
        }
        if (report.unlisted() > 0) {
            lines.add("... and %,d more problems, not listed".formatted(report.unlisted()));
        }
        return new ImportListDialog(parent, "Import rejected: %,d problem(s)".formatted(report.problemCount()),
                "Nothing was imported. Fix these problems and import again:", lines);
    }

    /**
     * The references that name records neither the files nor the graph hold, which a written import left as stubs:
     * the verdicts judge them UNKNOWN unless their holders decide, so the analyst should know which records are
     * missing before trusting a verdict that depends on them.
     */
    static ImportListDialog unresolvedReferences(Shell parent, ImportReport report) {
        java.util.List<String> lines = new java.util.ArrayList<>(report.unresolvedReferences());
        if (report.moreUnresolvedReferences()) {
            lines.add("... and %,d more, met after a thousand others: counted, not named"
                    .formatted(report.unlistedUnresolvedReferences()));
        }
        return new ImportListDialog(parent, "Imported: " + unresolvedSummary(report),
                "The import was written. These references name records that neither the files nor the graph hold."
                        + " They are kept as stubs, judged UNKNOWN unless their holders decide; importing the records"
                        + " they name fills them in.",
                lines);
    }

    /** How many references a written import left as stubs, as the status line and the dialog's title say it. */
    static String unresolvedSummary(ImportReport report) {
        long count = report.unresolvedReferenceCount();
        return "%,d reference%s left as stubs".formatted(count, count == 1 ? "" : "s");
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(intro);
        GridData labelData = new GridData(SWT.FILL, SWT.TOP, true, false);
        labelData.widthHint = 800;
        label.setLayoutData(labelData);
        List list = new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        lines.forEach(list::add);
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
