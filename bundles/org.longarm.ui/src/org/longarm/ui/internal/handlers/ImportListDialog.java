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
 * ({@code file:line:column: message}), or the warnings of a written import and the references it left as stubs; and
 * the same of a dry run, with each file's counts.
 */
final class ImportListDialog extends Dialog {

    private final String title, intro;
    private final java.util.List<String> lines;
    /** The line selected, and shown whole below the list, when the dialog opens. */
    private final int first;

    private ImportListDialog(Shell parent, String title, String intro, java.util.List<String> lines) {
        this(parent, title, intro, lines, 0);
    }

    private ImportListDialog(Shell parent, String title, String intro, java.util.List<String> lines, int first) {
        super(parent);
        this.title = title;
        this.intro = intro;
        this.lines = lines;
        this.first = lines.isEmpty() ? 0 : Math.min(first, lines.size() - 1);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The problems of a rejected import, and how many more were found than it lists. */
    static ImportListDialog problems(Shell parent, ImportReport report) {
        return new ImportListDialog(parent, "Import rejected: %,d problem(s)".formatted(report.problemCount()),
                "Nothing was imported. Fix these problems and import again:", problemLines(report));
    }

    private static java.util.List<String> problemLines(ImportReport report) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (InputProblem problem : report.problems()) {
            lines.add(problem.toString());
        }
        if (report.unlisted() > 0) {
            lines.add("... and %,d more problems, not listed".formatted(report.unlisted()));
        }
        return lines;
    }

    /**
     * What a dry run found that the import would report: its problems, or each file's counts (as {@code longarm import
     * --dry-run} prints them) followed by what the import would ask the analyst to check.
     */
    static ImportListDialog dryRun(Shell parent, ImportReport report) {
        if (!report.valid()) {
            return new ImportListDialog(parent, "Dry run: the import would be refused: %,d problem(s)"
                    .formatted(report.problemCount()), "Nothing was written. An import of these files would be "
                            + "refused; fix these problems before importing them:", problemLines(report));
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        long facts = 0;
        for (ImportReport.FileReport file : report.files()) {
            facts += file.written();
            lines.add(file.alreadyImported() ? file.fileName() + ": already imported, nothing to do"
                    : "%s: %s, %s, %s to write, %,d superseded by newer statements".formatted(file.fileName(),
                            file.format(), DialogAreas.count(file.records(), "record"),
                            DialogAreas.count(file.written(), "fact"), file.superseded()));
        }
        lines.addAll(toCheck(report));
        String toCheck = summary(report, "to keep as stubs");
        return new ImportListDialog(parent, "Dry run: " + DialogAreas.count(facts, "fact") + " to write"
                + (toCheck.isEmpty() ? "" : "; " + toCheck), "Nothing was written. An import of these files would "
                        + "be written, as listed: each file, then " + (toCheck.isEmpty() ? "nothing to check."
                                : "what it would ask you to check: its warnings, and the references it would keep as "
                                        + "stubs, judged UNKNOWN unless their holders decide."),
                lines, toCheck.isEmpty() ? 0 : report.files().size()); // the first thing to check, shown whole
    }

    /**
     * What a written import asks the analyst to check: its warnings ({@code file:line: message}), such as a product
     * line that a stored one outranks, and the references that name records neither the files nor the graph hold,
     * which it left as stubs: the verdicts judge them UNKNOWN unless their holders decide, so the analyst should know
     * which records are missing before trusting a verdict that depends on them.
     */
    static ImportListDialog written(Shell parent, ImportReport report) {
        java.util.List<String> lines = toCheck(report);
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

    /** The warnings of an import, then the references it keeps as stubs, each with how many more it counted. */
    private static java.util.List<String> toCheck(ImportReport report) {
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
        return lines;
    }

    /**
     * What a written import asks the analyst to check, as the status line and the dialog's title say it; empty when
     * nothing.
     */
    static String writtenSummary(ImportReport report) {
        return summary(report, "left as stubs");
    }

    /** The warnings and references of {@code report}, the references counted as {@code stubs}: "1 warning; ...". */
    private static String summary(ImportReport report, String stubs) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        long warnings = report.warningCount();
        if (warnings > 0) {
            parts.add(DialogAreas.count(warnings, "warning"));
        }
        long references = report.unresolvedReferenceCount();
        if (references > 0) {
            parts.add(DialogAreas.count(references, "reference") + " " + stubs);
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
            list.select(first);
            selected.setText(lines.get(first));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
