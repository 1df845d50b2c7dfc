package org.longarm.ui.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.graph.EntityRecord;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.graph.VerdictColours;

/**
 * Finds entities (index-backed search as you type, debounced, off the UI thread) and lists entities by jurisdiction
 * and by verdict and devices by site. The selection goes to the selection service and to the other parts.
 */
public final class ExplorerPart {

    /** How long typing must pause before a search runs. */
    public static final int DEBOUNCE_MS = 250;
    public static final int SEARCH_LIMIT = 50;

    @Inject
    WorkbenchSession session;

    @Inject
    ESelectionService selection;

    private Display display;
    private Text search;
    private TreeViewer viewer;
    private Label status;
    private volatile List<EntityRecord> results;
    private boolean populated;
    private volatile long lastSearchMillis = -1;
    private final AtomicInteger searches = new AtomicInteger();
    private final Consumer<WorkbenchSession.Change> listener = c -> {
        if ((c == WorkbenchSession.Change.VERDICTS && !session.computing()) || c == WorkbenchSession.Change.DATABASE) {
            refresh();
        }
    };

    /** A folder of the tree. */
    public record Group(String label, List<Object> children) {
    }

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search entities by name or identifier");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, e -> {
            int run = searches.incrementAndGet();
            display.timerExec(DEBOUNCE_MS, () -> {
                if (run == searches.get()) {
                    runSearch(search.getText());
                }
            });
        });
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof Group g ? g.children().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.children().isEmpty();
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label(element);
            }

            @Override
            public Color getForeground(Object element) {
                Verdict v = verdictOf(element);
                return v == null ? null : VerdictColours.strongColor(v);
            }
        });
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first == null || first instanceof Group) {
                return;
            }
            selection.setSelection(first);
            if (first instanceof EntityVerdict v) {
                session.setFocus(new WorkbenchSession.EntityFocus(v.key()));
            } else if (first instanceof EntityRecord r) {
                session.setFocus(new WorkbenchSession.EntityFocus(r.key()));
            } else if (first instanceof DeviceVerdict d) {
                session.setFocus(new WorkbenchSession.DeviceFocus(d.device().assetId()));
            }
        });
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }

    @Focus
    void focus() {
        search.setFocus();
    }

    public Text searchBox() {
        return search;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The latest search's hits (null before any search). */
    public List<EntityRecord> results() {
        return results;
    }

    /** How long the latest search took in the database, in ms (-1 before any). */
    public long lastSearchMillis() {
        return lastSearchMillis;
    }

    private void runSearch(String text) {
        if (!session.isOpen()) {
            return;
        }
        if (text.isBlank()) {
            results = null;
            refresh();
            return;
        }
        Job job = Job.create("Searching for \u201c" + text + "\u201d", monitor -> {
            long start = System.nanoTime();
            try {
                List<EntityRecord> found = session.graph().search(text.strip(), SEARCH_LIMIT);
                long millis = (System.nanoTime() - start) / 1_000_000;
                display.asyncExec(() -> {
                    if (!search.isDisposed() && search.getText().equals(text)) {
                        lastSearchMillis = millis;
                        results = found;
                        refresh();
                    }
                });
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                return Status.error("Search failed: " + e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Object> roots = new ArrayList<>();
        WorkbenchSession.Snapshot snapshot = session.snapshot();
        List<EntityRecord> hits = results;
        if (hits != null) {
            roots.add(new Group("Search results for \u201c" + search.getText().strip() + "\u201d", new ArrayList<>(hits)));
        }
        if (snapshot != null) {
            Comparator<EntityVerdict> byName = Comparator.comparing(EntityVerdict::name, String.CASE_INSENSITIVE_ORDER);
            Map<String, List<Object>> byJurisdiction = new TreeMap<>();
            Map<Verdict, List<Object>> byVerdict = new TreeMap<>();
            snapshot.verdicts().entities().stream().sorted(byName).forEach(v -> {
                byJurisdiction.computeIfAbsent(v.jurisdiction() == null ? "(unknown)" : v.jurisdiction(),
                        k -> new ArrayList<>()).add(v);
                byVerdict.computeIfAbsent(v.verdict(), k -> new ArrayList<>()).add(v);
            });
            List<Object> jurisdictions = new ArrayList<>();
            byJurisdiction.forEach((j, list) -> jurisdictions.add(new Group(j, list)));
            roots.add(new Group("Entities by jurisdiction", jurisdictions));
            List<Object> verdicts = new ArrayList<>();
            byVerdict.forEach((v, list) -> verdicts.add(new Group(v.name(), list)));
            roots.add(new Group("Entities by verdict", verdicts));
            Map<String, List<Object>> bySite = new TreeMap<>();
            snapshot.verdicts().devices().stream()
                    .sorted(Comparator.comparing((DeviceVerdict d) -> d.device().assetId()))
                    .forEach(d -> bySite.computeIfAbsent(d.device().siteName() + " (" + d.device().siteKey() + ")",
                            k -> new ArrayList<>()).add(d));
            List<Object> sites = new ArrayList<>();
            bySite.forEach((s, list) -> sites.add(new Group(s, list)));
            roots.add(new Group("Devices by site", sites));
        }
        Object[] expanded = viewer.getExpandedElements();
        boolean first = expanded.length == 0 && viewer.getInput() == null || (expanded.length == 0 && snapshot != null
                && !populated);
        viewer.setInput(roots);
        if (first && snapshot != null) {
            populated = true;
            roots.stream().filter(r -> r instanceof Group g && g.label().equals("Entities by verdict"))
                    .forEach(r -> viewer.expandToLevel(r, 1));
        }
        if (hits != null) {
            viewer.expandToLevel(roots.get(0), 1);
        }
        if (expanded.length > 0) {
            for (Object e : expanded) {
                if (e instanceof Group g) {
                    roots.stream().filter(r -> r instanceof Group rg && rg.label().equals(g.label()))
                            .forEach(r -> viewer.setExpandedState(r, true));
                }
            }
        }
        if (session.failure() != null) {
            status.setText("Database not available: " + session.failure().getMessage());
        } else if (!session.isOpen()) {
            status.setText("Opening the database\u2026");
        } else if (snapshot == null) {
            status.setText(session.computing() ? "Computing verdicts\u2026" : "No verdicts yet.");
        } else {
            Map<Verdict, Long> counts = snapshot.verdicts().entityCounts();
            status.setText(snapshot.verdicts().entities().size() + " entities: " + counts.get(Verdict.SUBJECT)
                    + " subject, " + counts.get(Verdict.EXPOSED) + " exposed, " + counts.get(Verdict.UNKNOWN)
                    + " unknown, " + counts.get(Verdict.CLEAR) + " clear"
                    + (lastSearchMillis >= 0 && hits != null ? "\nsearch: " + hits.size() + " hits in "
                            + lastSearchMillis + " ms" : ""));
        }
        status.getParent().layout(true);
    }

    private String label(Object element) {
        if (element instanceof Group g) {
            return g.label() + " (" + g.children().size() + ")";
        }
        if (element instanceof EntityVerdict v) {
            return v.name() + "  \u2014 " + v.verdict();
        }
        if (element instanceof EntityRecord r) {
            Verdict v = verdictOf(r);
            return r.name() + (r.jurisdiction() == null ? "" : " (" + r.jurisdiction() + ")")
                    + (v == null ? "" : "  \u2014 " + v);
        }
        if (element instanceof DeviceVerdict d) {
            return d.device().assetId() + "  " + d.device().brandName() + " " + d.device().model() + "  \u2014 "
                    + d.verdict();
        }
        return String.valueOf(element);
    }

    private Verdict verdictOf(Object element) {
        WorkbenchSession.Snapshot snapshot = session.snapshot();
        if (element instanceof EntityVerdict v) {
            return v.verdict();
        }
        if (element instanceof DeviceVerdict d) {
            return d.verdict();
        }
        if (element instanceof EntityRecord r && snapshot != null) {
            EntityVerdict v = snapshot.entities().get(r.key());
            return v == null ? null : v.verdict();
        }
        return null;
    }
}
