package org.longarm.ui.internal.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.InputProblem;

/**
 * What an import wants the analyst to read, one line each: the problems of a rejected import
 * ({@code file:line:column: message}), or the warnings of a written import and the references it left as stubs.
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
     * What a written import asks the analyst to check: its warnings ({@code file:line: message}), such as a product
     * line that a stored one outranks, and the references that name records neither the files nor the graph hold,
     * which it left as stubs: the verdicts judge them UNKNOWN unless their holders decide, so the analyst should know
     * which records are missing before trusting a verdict that depends on them.
     */
    static ImportListDialog written(Shell parent, ImportReport report) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        report.warnings().forEach(warning -> lines.add(warning.toString()));
        if (report.unlistedWarnings() > 0) {
            lines.add("... and %,d more warnings, not listed".formatted(report.unlistedWarnings()));
        }
        lines.addAll(report.unresolvedReferences());
        if (report.moreUnresolvedReferences()) {
            lines.add("... and %,d more, met after a thousand others: counted, not named"
                    .formatted(report.unlistedUnresolvedReferences()));
        }
        StringBuilder intro = new StringBuilder("The import was written.");
        if (report.warningCount() > 0) {
            intro.append(" Check the warnings: nothing in them is invalid, but the graph may not say what the files"
                    + " mean.");
        }
        if (report.unresolvedReferenceCount() > 0) {
            intro.append(report.warningCount() == 0 ? " These references" : " The references after them")
                    .append(" name records that neither the files nor the graph hold. They are kept as stubs, judged"
                            + " UNKNOWN unless their holders decide; importing the records they name fills them in.");
        }
        return new ImportListDialog(parent, "Imported: " + writtenSummary(report), intro.toString(), lines);
    }

    /**
     * What a written import asks the analyst to check, as the status line and the dialog's title say it; empty when
     * nothing.
     */
    static String writtenSummary(ImportReport report) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        long warnings = report.warningCount();
        if (warnings > 0) {
            parts.add(DialogAreas.count(warnings, "warning"));
        }
        long references = report.unresolvedReferenceCount();
        if (references > 0) {
            parts.add(DialogAreas.count(references, "reference") + " left as stubs");
        }
        return String.join("; ", parts);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        DialogAreas.intro(area, intro, 800);
        List list = new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        lines.forEach(list::add);
        DialogAreas.fill(list, 800, 300);
        Text selected = DialogAreas.details(area, 800, 4, false);
        list.addListener(SWT.Selection, e -> selected.setText(list.getSelectionCount() == 0 ? "" : list.getSelection()[0]));
        if (!lines.isEmpty()) {
            list.select(0);
            selected.setText(lines.get(0));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
