package org.longarm.ui.internal.parts;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.longarm.core.analysis.Citation;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.Percentages;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.store.StoreBusyException;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.graph.VerdictColours;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmPackage;
import org.longarm.ui.internal.handlers.AddInterestHandler;
import org.longarm.ui.internal.handlers.EditInterestHandler;
import org.longarm.ui.internal.handlers.InterestDialog;

/**
 * The verdict on the entity or device in focus: verdict, reason codes, SUBJECT-held fraction, the law articles it
 * cites, and the evidence path hop by hop with the sources of every fact (links open in the browser).
 */
public final class VerdictPart {

    @Inject
    WorkbenchSession session;

    private ScrolledComposite scroll;
    private Composite content;
    private Font bold;
    private Font big;
    private Label verdictLabel;
    /** Which refresh the part shows: a verdict read in a job is shown only if no refresh came after it. */
    private final AtomicInteger shown = new AtomicInteger();
    private final Consumer<WorkbenchSession.Change> listener = c -> {
        if (c == WorkbenchSession.Change.FOCUS || c == WorkbenchSession.Change.VERDICTS) {
            refresh();
        }
    };

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        scroll.setContent(content);
        FontData data = parent.getFont().getFontData()[0];
        bold = new Font(parent.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
        big = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 6, SWT.BOLD);
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
        bold.dispose();
        big.dispose();
    }

    @Focus
    void focus() {
        scroll.setFocus();
    }

    /** The verdict shown (null when none), for tests. */
    public String shownVerdict() {
        return verdictLabel == null || verdictLabel.isDisposed() ? null : verdictLabel.getText();
    }

    /** Every text shown, for tests. */
    public String shownText() {
        StringBuilder text = new StringBuilder();
        for (Control c : content.getChildren()) {
            if (c instanceof Label l) {
                text.append(l.getText()).append('\n');
            } else if (c instanceof Link l) {
                text.append(l.getText()).append('\n');
            }
        }
        return text.toString();
    }

    private void refresh() {
        if (content.isDisposed()) {
            return;
        }
        int run = shown.incrementAndGet();
        WorkbenchSession.Snapshot snapshot = session.snapshot();
        WorkbenchSession.Focus focus = session.focus();
        if (snapshot == null || focus == null) {
            render(snapshot, focus, null);
            return;
        }
        // the explanation is built, and the sources of its evidence are read from the database, off the UI thread
        Display display = content.getDisplay();
        Job job = Job.create("Reading the evidence", monitor -> {
            Object verdict;
            try {
                verdict = focus instanceof WorkbenchSession.EntityFocus entity ? snapshot.entity(entity.key())
                        : snapshot.device(((WorkbenchSession.DeviceFocus) focus).assetId());
                List<List<Hop>> paths = verdict instanceof EntityVerdict v ? v.paths()
                        : verdict instanceof DeviceVerdict d ? List.of(d.path()) : List.of();
                paths.forEach(path -> path.forEach(hop -> hop.sources().size()));
            } catch (RuntimeException e) {
                verdict = e;
            }
            Object found = verdict;
            display.asyncExec(() -> {
                if (run == shown.get() && !content.isDisposed()) {
                    render(snapshot, focus, found);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Shows a verdict read by {@link #refresh} (null when there is none, an exception when it could not be read). */
    private void render(WorkbenchSession.Snapshot snapshot, WorkbenchSession.Focus focus, Object verdict) {
        for (Control c : content.getChildren()) {
            c.dispose();
        }
        verdictLabel = null;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.verticalSpacing = 4;
        content.setLayout(layout);
        if (snapshot == null) {
            text(session.computing() ? "Computing verdicts\u2026" : "No verdicts yet.", null);
        } else if (verdict instanceof StoreBusyException && session.computing()) {
            // an import changed the graph since these verdicts: the new ones, being computed, replace them
            text("Computing verdicts\u2026", null);
        } else if (verdict instanceof RuntimeException e) {
            text("Cannot read the evidence: " + e.getMessage(), null);
        } else if (focus instanceof WorkbenchSession.EntityFocus entity) {
            if (verdict instanceof EntityVerdict v) {
                showEntity(v, snapshot);
            } else {
                text("No verdict on " + entity.key() + ".", null);
            }
        } else if (focus instanceof WorkbenchSession.DeviceFocus device) {
            if (verdict instanceof DeviceVerdict d) {
                showDevice(d, snapshot);
            } else {
                text("No verdict on device " + device.assetId() + ".", null);
            }
        } else {
            text("Select an entity or a device to see its verdict and evidence.", null);
        }
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(scroll.getClientArea().width > 50 ? scroll.getClientArea().width
                : SWT.DEFAULT, SWT.DEFAULT));
    }

    private void showEntity(EntityVerdict v, WorkbenchSession.Snapshot snapshot) {
        text(v.name(), bold);
        text((v.person() ? "Person" : "Organisation") + " " + v.key() + ", jurisdiction "
                + (v.jurisdiction() == null ? "unknown" : v.jurisdiction()), null);
        verdict(v.verdict());
        text("Reasons: " + (v.reasons().isEmpty() ? "none" : String.join(", ", v.reasons())), null);
        text("SUBJECT-held fraction: " + Percentages.text(v.subjectHeldFraction() * 100), null);
        text("As of " + snapshot.verdicts().asOf() + " under " + snapshot.verdicts().lawPack().name() + " "
                + snapshot.verdicts().lawPack().version(), null);
        citations(v.verdict(), snapshot);
        notes(v.notes());
        path("Evidence path", v.path());
        for (int i = 1; i < v.paths().size() && i < 4; i++) {
            path("Other path " + i, v.paths().get(i));
        }
        Button add = new Button(content, SWT.PUSH);
        add.setText("Add interest in " + shorten(v.name(), 30) + "\u2026");
        add.setToolTipText("Record an interest someone holds in this entity, with its source");
        add.addListener(SWT.Selection, e -> AddInterestHandler.open(content.getShell(), session, v.key()));
    }

    private void showDevice(DeviceVerdict d, WorkbenchSession.Snapshot snapshot) {
        text("Device " + d.device().assetId(), bold);
        text(d.device().brandName() + " " + d.device().model() + " at " + d.device().siteName() + " ("
                + d.device().sensitivity() + (d.device().connectedToCoreNetwork() ? ", core network" : "") + ")",
                null);
        text(d.installed() ? "Installed " + d.device().installed() : "Not installed at the as-of date (planned)", null);
        verdict(d.verdict());
        text("Reasons: " + (d.reasons().isEmpty() ? "none" : String.join(", ", d.reasons())), null);
        text("Actions: " + (d.actions().isEmpty() ? "none" : String.join(", ", d.actions())), bold);
        text("Brand owner: " + name(d.brandOwnerKey(), snapshot) + ";  manufacturer: "
                + name(d.manufacturerKey(), snapshot) + (d.relation() == null ? "" : " (" + d.relation() + ")"), null);
        text("As of " + snapshot.verdicts().asOf() + " under " + snapshot.verdicts().lawPack().name() + " and "
                + snapshot.verdicts().policy().name(), null);
        citations(d.verdict(), snapshot);
        notes(d.notes());
        path("Evidence path", d.path());
    }

    private static String name(String key, WorkbenchSession.Snapshot snapshot) {
        if (key == null) {
            return "unknown";
        }
        EntityVerdict v = snapshot.entity(key);
        return v == null ? key : v.name() + " [" + v.verdict() + "]";
    }

    private void verdict(Verdict verdict) {
        verdictLabel = new Label(content, SWT.NONE);
        verdictLabel.setText(verdict.name());
        verdictLabel.setFont(big);
        verdictLabel.setForeground(VerdictColours.strongColor(verdict));
    }

    private void citations(Verdict verdict, WorkbenchSession.Snapshot snapshot) {
        if (verdict != Verdict.SUBJECT && verdict != Verdict.EXPOSED) {
            return;
        }
        heading("Law");
        for (Citation c : snapshot.verdicts().lawPack().citations()) {
            link(c.url() == null ? c.code() + ": " + c.title() : "<a href=\"" + c.url() + "\">" + c.code() + "</a>: "
                    + escape(c.title()));
        }
    }

    private void notes(List<String> notes) {
        if (!notes.isEmpty()) {
            heading("Notes");
            notes.forEach(n -> text("\u2022 " + n, null));
        }
    }

    private void path(String title, List<Hop> hops) {
        if (hops.isEmpty()) {
            return;
        }
        heading(title);
        int n = 1;
        for (Hop hop : hops) {
            String share = hop.share() == null ? "" : " " + hop.shareText();
            String dates = hop.startDate() == null && hop.endDate() == null ? ""
                    : " (" + (hop.startDate() == null ? "\u2026" : hop.startDate()) + " \u2013 "
                            + (hop.endDate() == null ? "\u2026" : hop.endDate()) + ")";
            text(n++ + ". " + hop.holderName() + " \u2192 " + hop.interest() + share + dates + " \u2192 "
                    + hop.subjectName(), null);
            if (hop.factKey() != null && InterestType.get(hop.interest()) != null) {
                interestActions(hop);
            }
            for (SourceRecord source : hop.sources()) {
                StringBuilder s = new StringBuilder("     source ");
                String label = escape(source.id());
                s.append(source.url() != null ? "<a href=\"" + source.url() + "\">" + label + "</a>" : label);
                if (source.publisherName() != null) {
                    s.append(", ");
                    s.append(source.publisherUrl() != null
                            ? "<a href=\"" + source.publisherUrl() + "\">" + escape(source.publisherName()) + "</a>"
                            : escape(source.publisherName()));
                }
                if (source.statementWhen() != null) {
                    s.append(", ").append(source.statementWhen());
                }
                if (source.file() != null) {
                    s.append(", from ").append(escape(Path(source.file())));
                }
                link(s.toString());
            }
        }
    }

    /** Change, end or inspect the relationship a hop comes from. */
    private void interestActions(Hop hop) {
        Link actions = new Link(content, SWT.NONE);
        actions.setText("     <a href=\"change\">Change\u2026</a>   <a href=\"end\">End\u2026</a>   "
                + "<a href=\"properties\">Properties</a>");
        actions.setToolTipText("Relationship " + hop.factKey());
        actions.addListener(SWT.Selection, e -> {
            switch (e.text) {
                case "change" -> EditInterestHandler.open(content.getShell(), session, hop.factKey(), hop.interest(),
                        InterestDialog.Mode.CHANGE);
                case "end" -> EditInterestHandler.open(content.getShell(), session, hop.factKey(), hop.interest(),
                        InterestDialog.Mode.END);
                default -> session.inspect(LongarmPackage.Literals.RELATIONSHIP, hop.factKey());
            }
        });
    }

    private static String Path(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    private void heading(String text) {
        Label gap = new Label(content, SWT.NONE);
        gap.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 1, 1));
        text(text, bold);
    }

    private void text(String text, Font font) {
        Label label = new Label(content, SWT.WRAP);
        label.setText(text);
        if (font != null) {
            label.setFont(font);
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 320;
        label.setLayoutData(data);
    }

    private void link(String markup) {
        Link link = new Link(content, SWT.WRAP);
        link.setText(markup);
        link.addListener(SWT.Selection, e -> {
            if (e.text != null && !e.text.isBlank()) {
                Program.launch(e.text);
            }
        });
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 320;
        link.setLayoutData(data);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&").replace("<", "\u2039");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
