package org.longarm.ui.internal.handlers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
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
import org.longarm.model.Entity;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmFactory;
import org.longarm.model.Relationship;
import org.longarm.model.Source;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * Analysis &gt; Add interest...: records that a holder has an interest in the entity in focus, with its source,
 * written through {@code ModelStore.write} as a new relationship; the verdicts are then recomputed.
 */
public final class AddInterestHandler {

    @CanExecute
    boolean canExecute(WorkbenchSession session) {
        return session.isOpen() && session.focus() instanceof WorkbenchSession.EntityFocus;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        if (session.focus() instanceof WorkbenchSession.EntityFocus entity) {
            open(shell, session, entity.key());
        }
    }

    public static void open(Shell shell, WorkbenchSession session, String subjectKey) {
        new InterestDialog(shell, session, subjectKey).open();
    }

    /** What the user entered. */
    public record NewInterest(String holderKey, String subjectKey, InterestType type, Double share, LocalDate start,
            LocalDate end, String sourceDescription, String sourceUrl) {
    }

    /** Writes {@code interest} as a new relationship with its source, in one transaction, then recomputes. */
    public static Job write(WorkbenchSession session, NewInterest interest) {
        Job job = Job.create("Recording an interest in " + interest.subjectKey(), monitor -> {
            try {
                session.store().write(writer -> {
                    LongarmFactory f = LongarmFactory.eINSTANCE;
                    String id = "workbench-" + UUID.randomUUID();
                    Source source = f.createSource();
                    source.setId(id + "-source");
                    source.setPublisherName("Longarm workbench (analyst entry)");
                    source.setStatementDate(LocalDate.now());
                    source.setDescription(interest.sourceDescription());
                    source.setUrl(interest.sourceUrl() == null || interest.sourceUrl().isBlank() ? null : interest.sourceUrl());
                    Relationship relationship = f.createRelationship();
                    relationship.setId(id);
                    relationship.setSubject(stub(session, interest.subjectKey()));
                    relationship.setInterestedParty(stub(session, interest.holderKey()));
                    Interest i = f.createInterest();
                    i.setType(interest.type());
                    i.setShareExact(interest.share());
                    i.setStartDate(interest.start());
                    i.setEndDate(interest.end());
                    relationship.getInterests().add(i);
                    relationship.getSources().add(source);
                    writer.put(source);
                    writer.put(relationship);
                    writer.flush();
                    return null;
                });
                session.status("Recorded " + interest.type().getLiteral() + " of " + interest.holderKey() + " in "
                        + interest.subjectKey());
                session.graphChanged();
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("Cannot record the interest: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static Entity stub(WorkbenchSession session, String key) {
        boolean person = session.graph().entity(key).map(r -> r.person()).orElse(false);
        Entity entity = person ? LongarmFactory.eINSTANCE.createPerson() : LongarmFactory.eINSTANCE.createOrganisation();
        entity.setId(key);
        return entity;
    }

    private static final class InterestDialog extends Dialog {
        private final WorkbenchSession session;
        private final String subjectKey;
        private Combo holder;
        private Combo type;
        private Text share;
        private Text start;
        private Text end;
        private Text description;
        private Text url;
        private java.util.List<EntityVerdict> candidates = java.util.List.of();

        InterestDialog(Shell shell, WorkbenchSession session, String subjectKey) {
            super(shell);
            this.session = session;
            this.subjectKey = subjectKey;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Add an interest in " + subjectKey);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            new Label(area, SWT.NONE).setText("Holder:");
            holder = new Combo(area, SWT.DROP_DOWN);
            holder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            if (session.snapshot() != null) {
                candidates = session.snapshot().verdicts().entities().stream()
                        .filter(e -> !e.key().equals(subjectKey))
                        .sorted(java.util.Comparator.comparing(EntityVerdict::name)).toList();
                candidates.forEach(e -> holder.add(e.name() + "  [" + e.key() + "]"));
            }
            new Label(area, SWT.NONE).setText("Interest type:");
            type = new Combo(area, SWT.READ_ONLY);
            for (InterestType t : InterestType.VALUES) {
                type.add(t.getLiteral());
            }
            type.select(Math.max(0, type.indexOf("shareholding")));
            share = field(area, "Share (%):", "e.g. 51");
            start = field(area, "Start date:", "YYYY-MM-DD (empty = open)");
            end = field(area, "End date:", "YYYY-MM-DD (empty = open)");
            description = field(area, "Source:", "where this comes from (required)");
            url = field(area, "Source URL:", "https://...");
            return area;
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

        @Override
        protected void okPressed() {
            try {
                String holderKey;
                int index = holder.getSelectionIndex();
                if (index >= 0 && index < candidates.size() && holder.getText().equals(holder.getItem(index))) {
                    holderKey = candidates.get(index).key();
                } else {
                    String text = holder.getText().strip();
                    int open = text.lastIndexOf('[');
                    holderKey = open >= 0 && text.endsWith("]") ? text.substring(open + 1, text.length() - 1) : text;
                }
                if (holderKey.isBlank() || session.graph().entity(holderKey).isEmpty()) {
                    throw new IllegalArgumentException("choose a holder that is in the graph");
                }
                if (description.getText().isBlank()) {
                    throw new IllegalArgumentException("say where this interest comes from (source)");
                }
                Double value = share.getText().isBlank() ? null : Double.valueOf(share.getText().strip());
                if (value != null && (value < 0 || value > 100)) {
                    throw new IllegalArgumentException("a share is a percentage between 0 and 100");
                }
                write(session, new NewInterest(holderKey, subjectKey, InterestType.get(type.getText()), value,
                        date(start), date(end), description.getText().strip(), url.getText().strip()));
                super.okPressed();
            } catch (NumberFormatException e) {
                MessageDialog.openError(getShell(), "Add interest", "The share is not a number: " + share.getText());
            } catch (DateTimeParseException e) {
                MessageDialog.openError(getShell(), "Add interest", "Dates are YYYY-MM-DD: " + e.getParsedString());
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(getShell(), "Add interest", e.getMessage());
            }
        }

        private static LocalDate date(Text text) {
            return text.getText().isBlank() ? null : LocalDate.parse(text.getText().strip());
        }
    }
}
