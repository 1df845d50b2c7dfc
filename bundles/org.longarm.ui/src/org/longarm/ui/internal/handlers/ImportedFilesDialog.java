package org.longarm.ui.internal.handlers;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.longarm.core.graph.ImportedFile;

/**
 * The files imported into the graph, the newest first, one row each; below the table, the selected file's digest,
 * records by kind and the warnings its import found at its rows ({@code file:line: message}).
 */
final class ImportedFilesDialog extends Dialog {

    private static final String[] HEADINGS = { "Imported (UTC)", "Format", "Records", "Written", "Superseded",
            "Warnings", "File" };

    private final List<ImportedFile> files;

    ImportedFilesDialog(Shell parent, List<ImportedFile> files) {
        super(parent);
        this.files = files;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        long warnings = files.stream().mapToLong(ImportedFile::warningCount).sum();
        shell.setText("Imported files: %,d".formatted(files.size())
                + (warnings == 0 ? "" : " (" + DialogAreas.count(warnings, "warning") + ")"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        DialogAreas.intro(area, files.isEmpty() ? "No imports are recorded in this database."
                : "Each file's content is recorded once, at its first import. Select a file to see its digest and the"
                        + " warnings its import found: nothing in them was invalid, but the graph may not say what the"
                        + " file means.", 860);
        Table table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int c = 0; c < HEADINGS.length; c++) {
            TableColumn column = new TableColumn(table, c >= 2 && c <= 5 ? SWT.RIGHT : SWT.LEFT);
            column.setText(HEADINGS[c]);
        }
        for (ImportedFile f : files) {
            new TableItem(table, SWT.NONE).setText(new String[] {
                    f.importedAt() == null ? "?" : f.importedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                    f.format() == null ? "?" : f.format(), "%,d".formatted(f.records()), "%,d".formatted(f.written()),
                    "%,d".formatted(f.superseded()), "%,d".formatted(f.warningCount()), name(f) });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack(); // the widest of its heading and cells: a long file name scrolls
        }
        DialogAreas.fill(table, 860, 200);
        Text details = DialogAreas.details(area, 860, 10, true);
        table.addListener(SWT.Selection, e -> details.setText(
                table.getSelectionIndex() < 0 ? "" : details(files.get(table.getSelectionIndex()))));
        if (!files.isEmpty()) {
            table.select(0);
            details.setText(details(files.get(0)));
        }
        return area;
    }

    /** What the dialog says of {@code file} below the table. */
    static String details(ImportedFile file) {
        List<String> lines = new ArrayList<>();
        lines.add(name(file));
        lines.add("SHA-256 " + (file.sha256() == null ? "?" : file.sha256()) + "; import id " + file.importId());
        lines.add("Records by kind: " + (file.counts().isEmpty() ? "none recorded" : String.join(" ", file.counts())));
        if (file.warningCount() == 0) {
            lines.add("No warnings.");
        } else {
            lines.add("Warnings:");
            file.warnings().forEach(warning -> lines.add(name(file) + ":" + warning));
            if (file.unlistedWarnings() > 0) {
                lines.add("... and %,d more, counted when it was imported but not recorded (an import records its first"
                        .formatted(file.unlistedWarnings()) + " thousand)");
            }
        }
        return String.join("\n", lines);
    }

    private static String name(ImportedFile file) {
        return file.fileName() == null ? file.importId() : file.fileName();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
