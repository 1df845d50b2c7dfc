package org.longarm.ui.internal.handlers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.Relationship;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.editing.GraphEdits;
import org.longarm.ui.internal.editing.GraphEdits.InterestValues;
import org.longarm.ui.internal.editing.GraphEdits.NewInterest;

/**
 * The one dialog for an interest and its source: <em>add</em> an interest in an entity (holder, type, share, dates),
 * <em>change</em> an interest of a stored relationship, or <em>end</em> one (only the end date). Every mode asks where
 * the fact comes from; OK runs the matching {@link GraphEdits} command on the session's command stack.
 */
public final class InterestDialog extends Dialog {

    /** What the dialog does. */
    public enum Mode {
        ADD, CHANGE, END
    }

    private final WorkbenchSession session;
    private final Mode mode;
    private final String subjectKey;
    private final Relationship relationship;
    private final int initialInterest;
    private Combo holder;
    private Combo interestChoice;
    private Combo type;
    private Text share;
    private Text start;
    private Text end;
    private Text description;
    private Text url;
    private static final int MAX_CANDIDATES = 5_000;
    private List<EntityVerdict> candidates = List.of();

    /** Adds an interest in {@code subjectKey}. */
    public static InterestDialog add(Shell shell, WorkbenchSession session, String subjectKey) {
        return new InterestDialog(shell, session, Mode.ADD, subjectKey, null, 0);
    }

    /**
     * Changes or ends interest {@code index} of {@code relationship} (loaded with
     * {@link WorkbenchSession#editable}).
     */
    public static InterestDialog edit(Shell shell, WorkbenchSession session, Mode mode, String subjectKey,
            Relationship relationship, int index) {
        return new InterestDialog(shell, session, mode, subjectKey, relationship, index);
    }

    private InterestDialog(Shell shell, WorkbenchSession session, Mode mode, String subjectKey,
            Relationship relationship, int initialInterest) {
        super(shell);
        this.session = session;
        this.mode = mode;
        this.subjectKey = subjectKey;
        this.relationship = relationship;
        this.initialInterest = initialInterest;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(switch (mode) {
            case ADD -> "Add an interest in " + subjectKey;
            case CHANGE -> "Change an interest in " + subjectKey;
            case END -> "End an interest in " + subjectKey;
        });
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        if (mode == Mode.ADD) {
            new Label(area, SWT.NONE).setText("Holder:");
            holder = new Combo(area, SWT.DROP_DOWN);
            holder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            List<EntityVerdict> all = session.snapshot() == null ? List.of() : session.snapshot().verdicts().entities();
            if (all.size() <= MAX_CANDIDATES) {
                candidates = all.stream().filter(e -> !e.key().equals(subjectKey))
                        .sorted(Comparator.comparing(EntityVerdict::name)).toList();
                candidates.forEach(e -> holder.add(e.name() + "  [" + e.key() + "]"));
            } else {
                // a list of every entity of a large graph would take longer to fill than to type a record id
                holder.setToolTipText(String.format("The graph has %,d entities: type the holder's record id",
                        all.size()));
            }
        } else {
            new Label(area, SWT.NONE).setText("Relationship:");
            new Label(area, SWT.NONE).setText(relationship.getId());
            new Label(area, SWT.NONE).setText("Interest:");
            interestChoice = new Combo(area, SWT.READ_ONLY);
            interestChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            for (Interest interest : relationship.getInterests()) {
                interestChoice.add(describe(InterestValues.of(interest)));
            }
            interestChoice.addListener(SWT.Selection, e -> show(interestChoice.getSelectionIndex()));
        }
        new Label(area, SWT.NONE).setText("Interest type:");
        type = new Combo(area, SWT.READ_ONLY);
        for (InterestType t : InterestType.VALUES) {
            type.add(t.getLiteral());
        }
        type.select(Math.max(0, type.indexOf("shareholding")));
        share = field(area, "Share (%):", "51, or a range: 25-50 (empty = unknown)");
        start = field(area, "Start date:", "YYYY-MM-DD (empty = open)");
        end = field(area, "End date:", "YYYY-MM-DD (empty = open)");
        description = field(area, "Source:", "where this comes from (required)");
        url = field(area, "Source URL:", "https://...");
        if (mode != Mode.ADD) {
            interestChoice.select(initialInterest);
            show(initialInterest);
        }
        if (mode == Mode.END) {
            type.setEnabled(false);
            share.setEnabled(false);
            start.setEnabled(false);
            if (end.getText().isBlank()) {
                end.setText(LocalDate.now().toString());
            }
        }
        return area;
    }

    private void show(int index) {
        InterestValues values = InterestValues.of(relationship.getInterests().get(index));
        type.select(Math.max(0, type.indexOf(values.type() == null ? "unknownInterest" : values.type().getLiteral())));
        share.setText(values.shareText());
        start.setText(values.start() == null ? "" : values.start().toString());
        end.setText(values.end() == null ? "" : values.end().toString());
    }

    private static String describe(InterestValues values) {
        String share = values.shareText();
        return (values.type() == null ? "interest" : values.type().getLiteral())
                + (share.isEmpty() ? "" : " " + share + " %")
                + (values.start() == null && values.end() == null ? ""
                        : " (" + (values.start() == null ? "\u2026" : values.start()) + " \u2013 "
                                + (values.end() == null ? "\u2026" : values.end()) + ")");
    }

    private static Text field(Composite parent, String label, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setMessage(hint);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 380;
        text.setLayoutData(data);
        return text;
    }

    /** The dialog's fields by label, for tests and screenshots. */
    public Text field(String name) {
        return switch (name) {
            case "share" -> share;
            case "start" -> start;
            case "end" -> end;
            case "source" -> description;
            case "url" -> url;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Override
    protected void okPressed() {
        String title = getShell().getText();
        try {
            if (description.getText().isBlank()) {
                throw new IllegalArgumentException("say where this comes from (source)");
            }
            InterestValues values = mode == Mode.END
                    ? InterestValues.of(relationship.getInterests().get(interestChoice.getSelectionIndex()))
                            .endedOn(date(end))
                    : InterestValues.withShare(InterestType.get(type.getText()), share.getText(), date(start), date(end));
            if (mode == Mode.END && values.end() == null) {
                throw new IllegalArgumentException("say on which day the interest ended");
            }
            if (mode == Mode.ADD) {
                session.execute(GraphEdits.addInterest(session, new NewInterest(holderKey(), subjectKey, values,
                        description.getText(), url.getText())));
            } else {
                session.execute(GraphEdits.changeInterest(session, relationship, interestChoice.getSelectionIndex(),
                        subjectKey, values, description.getText(), url.getText()));
            }
            super.okPressed();
        } catch (DateTimeParseException e) {
            MessageDialog.openError(getShell(), title, "Dates are YYYY-MM-DD: " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(getShell(), title, e.getMessage());
        }
    }

    private String holderKey() {
        String key;
        int index = holder.getSelectionIndex();
        if (index >= 0 && index < candidates.size() && holder.getText().equals(holder.getItem(index))) {
            key = candidates.get(index).key();
        } else {
            String text = holder.getText().strip();
            int open = text.lastIndexOf('[');
            key = open >= 0 && text.endsWith("]") ? text.substring(open + 1, text.length() - 1) : text;
        }
        if (key.isBlank() || session.graph().entity(key).isEmpty()) {
            throw new IllegalArgumentException("choose a holder that is in the graph");
        }
        return key;
    }

    private static LocalDate date(Text text) {
        return text.getText().isBlank() ? null : LocalDate.parse(text.getText().strip());
    }
}
