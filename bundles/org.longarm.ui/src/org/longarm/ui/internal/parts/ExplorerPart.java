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
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.EntityRecord;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.graph.VerdictColours;

/**
 * Finds entities (index-backed search as you type, debounced, off the UI thread) and lists entities by jurisdiction
 * (counted and paged by the database) and by verdict (from the latest verdicts) and devices by site, each folder
 * fetching its children a page at a time when expanded. The selection goes to the selection service and to the
 * other parts.
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
    /** Entities per jurisdiction, from the database (null until read). */
    private volatile Map<String, Long> jurisdictionCounts;
    private volatile long lastSearchMillis = -1;
    private final AtomicInteger searches = new AtomicInteger();
    private final Consumer<WorkbenchSession.Change> listener = c -> {
        if (c == WorkbenchSession.Change.DATABASE || c == WorkbenchSession.Change.GRAPH) {
            countJurisdictions();
        }
        if ((c == WorkbenchSession.Change.VERDICTS && !session.computing()) || c == WorkbenchSession.Change.DATABASE) {
            refresh();
        }
    };

    /** How many children a folder shows at first, and how many more each "more…" node brings. */
    public static final int PAGE = 200;

    /** Fetches children of a folder: {@code limit} of them from {@code offset} on (may run in a job). */
    @FunctionalInterface
    public interface Pager {
        List<?> page(int offset, int limit);
    }

    /**
     * A folder of the tree. It knows how many children it has; they are fetched a page at a time when it is
     * expanded (in a job, from the database or the verdicts), so a folder of a million entities costs one page.
     */
    public static final class Group {
        private final String label;
        private final long count;
        private final Pager pager;
        private final List<Object> loaded = new ArrayList<>();
        private boolean loading;
        private boolean exhausted;

        /** A folder whose children are fetched on demand. */
        public Group(String label, long count, Pager pager) {
            this.label = label;
            this.count = count;
            this.pager = pager;
        }

        /** A folder whose children are all known (and few). */
        public static Group of(String label, List<?> children) {
            Group group = new Group(label, children.size(), null);
            group.loaded.addAll(children);
            group.exhausted = true;
            return group;
        }

        public String label() {
            return label;
        }

        public long count() {
            return count;
        }

        /** The children fetched so far. */
        public List<Object> loaded() {
            return List.copyOf(loaded);
        }

        boolean more() {
            return !exhausted && loaded.size() < count;
        }
    }

    /** The last child of a folder with more children than shown: selecting it fetches the next page. */
    public record More(Group group) {
    }

    /** Shown while a page is being fetched. */
    public record Loading(Group group) {
    }

    /** Children of a list in memory, a page at a time. */
    static Pager pagesOf(List<?> children) {
        return (offset, limit) -> children.subList(Math.min(offset, children.size()),
                Math.min(offset + limit, children.size()));
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
                if (!(parentElement instanceof Group g)) {
                    return new Object[0];
                }
                if (g.loaded.isEmpty() && g.more() && !g.loading) {
                    fetchPage(g);
                }
                List<Object> children = new ArrayList<>(g.loaded);
                if (g.loading) {
                    children.add(new Loading(g));
                } else if (g.more()) {
                    children.add(new More(g));
                }
                return children.toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && g.count() > 0;
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
            if (first instanceof More more && !more.group().loading) {
                fetchPage(more.group());
                return;
            }
            if (first == null || first instanceof Group || first instanceof Loading) {
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
        countJurisdictions();
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

    /** Fetches the next page of a folder in a job and shows it. */
    private void fetchPage(Group group) {
        group.loading = true;
        int offset = group.loaded.size();
        Job job = Job.create("Listing " + group.label(), monitor -> {
            List<?> page;
            try {
                page = group.pager.page(offset, PAGE);
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    group.loading = false;
                    group.exhausted = true;
                    refreshGroup(group);
                });
                return Status.error("Listing " + group.label() + " failed: " + e.getMessage(), e);
            }
            display.asyncExec(() -> {
                group.loading = false;
                group.loaded.addAll(page);
                if (page.size() < PAGE) {
                    group.exhausted = true; // the graph changed since the folder was counted
                }
                refreshGroup(group);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void refreshGroup(Group group) {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh(group);
        }
    }

    /** Reads the entities per jurisdiction from the database in a job (a count per jurisdiction, no entities). */
    private void countJurisdictions() {
        if (!session.isOpen()) {
            return;
        }
        Job job = Job.create("Counting entities per jurisdiction", monitor -> {
            try {
                Map<String, Long> counts = session.graph().entityCountsByJurisdiction();
                display.asyncExec(() -> {
                    jurisdictionCounts = counts;
                    refresh();
                });
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                return Status.error("Counting entities per jurisdiction failed: " + e.getMessage(), e);
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
            roots.add(Group.of("Search results for \u201c" + search.getText().strip() + "\u201d", hits));
        }
        Map<String, Long> perJurisdiction = jurisdictionCounts;
        if (perJurisdiction != null && session.isOpen()) {
            List<Object> jurisdictions = new ArrayList<>();
            perJurisdiction.forEach((code, count) -> jurisdictions.add(new Group(code.isEmpty() ? "(unknown)" : code,
                    count, (offset, limit) -> session.graph().entitiesByJurisdiction(code, offset, limit))));
            roots.add(Group.of("Entities by jurisdiction", jurisdictions));
        }
        if (snapshot != null) {
            List<Object> verdicts = new ArrayList<>();
            snapshot.verdicts().entityCounts().forEach((verdict, count) -> {
                if (count > 0) {
                    verdicts.add(new Group(verdict.name(), count, byName(snapshot, verdict)));
                }
            });
            roots.add(Group.of("Entities by verdict", verdicts));
            Map<String, List<Object>> bySite = new TreeMap<>();
            snapshot.verdicts().devices().stream()
                    .sorted(Comparator.comparing((DeviceVerdict d) -> d.device().assetId()))
                    .forEach(d -> bySite.computeIfAbsent(d.device().siteName() + " (" + d.device().siteKey() + ")",
                            k -> new ArrayList<>()).add(d));
            List<Object> sites = new ArrayList<>();
            bySite.forEach((site, list) -> sites.add(new Group(site, list.size(), pagesOf(list))));
            roots.add(Group.of("Devices by site", sites));
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
            status.setText(session.computing() ? "Computing verdicts\u2026"
                    : session.verdictsWithheld() != null ? "No verdicts: " + session.verdictsWithheld()
                    : "No verdicts yet.");
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

    /**
     * The entities of one verdict by name, sorted once (in the first page's job) and then paged. Only their keys are
     * kept: each page fetches its entities' verdicts, explanations included, when it is shown.
     */
    private static Pager byName(WorkbenchSession.Snapshot snapshot, Verdict verdict) {
        List<String> sorted = new ArrayList<>();
        return (offset, limit) -> {
            synchronized (sorted) {
                if (sorted.isEmpty()) {
                    snapshot.verdicts().entitySummaries(verdict).stream()
                            .sorted(Comparator.comparing(Verdicts.EntitySummary::name, String.CASE_INSENSITIVE_ORDER)
                                    .thenComparing(Verdicts.EntitySummary::key))
                            .forEach(e -> sorted.add(e.key()));
                }
                return pagesOf(sorted).page(offset, limit).stream().map(key -> snapshot.entity((String) key)).toList();
            }
        };
    }

    private String label(Object element) {
        if (element instanceof Group g) {
            return g.label() + " (" + String.format("%,d", g.count()) + ")";
        }
        if (element instanceof More m) {
            return "more\u2026 (" + String.format("%,d", m.group().count() - m.group().loaded.size()) + " not shown)";
        }
        if (element instanceof Loading) {
            return "loading\u2026";
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
            EntityVerdict v = snapshot.entity(r.key());
            return v == null ? null : v.verdict();
        }
        return null;
    }
}
