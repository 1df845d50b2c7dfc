package org.longarm.ui.internal.handlers;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The parts the import dialogs share: a wrapped introduction above a list of lines, and below it a read-only text
 * that shows the selected line's whole content, since a line is often wider than the dialog; and the counts their
 * titles give.
 */
final class DialogAreas {

    private DialogAreas() {
    }

    /** {@code n} and its {@code noun}, plural unless one, as the dialogs' titles count: "1 warning". */
    static String count(long n, String noun) {
        return "%,d %s".formatted(n, n == 1 ? noun : noun + "s");
    }

    /** A wrapped label of {@code width} pixels at the top of {@code area}. */
    static void intro(Composite area, String text, int width) {
        Label label = new Label(area, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = width;
        label.setLayoutData(data);
    }

    /** Lays {@code list} out to fill the dialog, at first {@code width} by {@code height} pixels. */
    static void fill(Control list, int width, int height) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = width;
        data.heightHint = height;
        list.setLayoutData(data);
    }

    /**
     * A read-only, wrapped, scrolling text of {@code width} pixels and {@code lines} lines, which takes a share of the
     * height that the dialog gains when {@code grows}.
     */
    static Text details(Composite area, int width, int lines, boolean grows) {
        Text text = new Text(area, SWT.BORDER | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, grows ? SWT.FILL : SWT.TOP, true, grows);
        data.widthHint = width;
        data.heightHint = lines * text.getLineHeight();
        text.setLayoutData(data);
        return text;
    }
}
