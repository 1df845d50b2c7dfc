package org.longarm.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.LawPackSettings;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.ModelStore;
import org.longarm.store.neo4j.LongarmDatabase;

/**
 * What the workbench works on: the database (opened in a background job), the as-of date and law-pack settings, the
 * current verdicts (computed in a job with progress and cancel), and the entity or device in focus. Listeners are
 * told on the UI thread.
 */
public final class WorkbenchSession {

    /** Job family of every job of the session (tests join it). */
    public static final Object JOB_FAMILY = new Object();

    /** What changed. */
    public enum Change {
        /** the database is open (or failed to open: see {@link #failure()}) */
        DATABASE,
        /** new verdicts (or verdicts being computed: see {@link #computing()}) */
        VERDICTS,
        /** the graph changed (import, edit); verdicts follow */
        GRAPH,
        /** the entity or device in focus changed */
        FOCUS,
        /** a message for the status line */
        STATUS
    }

    /** Something to show in the verdict and graph parts. */
    public sealed interface Focus {
    }

    /** An organisation or person, by key. */
    public record EntityFocus(String key) implements Focus {
    }

    /** A device, by asset id. */
    public record DeviceFocus(String assetId) implements Focus {
    }

    /** Verdicts of one run, indexed. */
    public record Snapshot(Verdicts verdicts, Map<String, EntityVerdict> entities, Map<String, DeviceVerdict> devices,
            long computeMillis) {
        static Snapshot of(Verdicts verdicts, long millis) {
            Map<String, EntityVerdict> entities = new HashMap<>();
            verdicts.entities().forEach(e -> entities.put(e.key(), e));
            Map<String, DeviceVerdict> devices = new HashMap<>();
            verdicts.devices().forEach(d -> devices.put(d.device().assetId(), d));
            return new Snapshot(verdicts, Map.copyOf(entities), Map.copyOf(devices), millis);
        }
    }

    private static final ISchedulingRule DATABASE_RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final Display display;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final WorkbenchPreferences preferences;
    private volatile LongarmDatabase database;
    private volatile Throwable failure;
    private volatile Snapshot snapshot;
    private volatile boolean computing;
    private volatile LocalDate asOf = LocalDate.now();
    private volatile LawPackSettings settings;
    private volatile Focus focus;
    private volatile Job computeJob;
    private volatile Consumer<WorkbenchSession> emptyGraphHandler = s -> {
    };

    public WorkbenchSession(Display display, WorkbenchPreferences preferences) {
        this.display = display;
        this.preferences = preferences;
        String asOfProperty = System.getProperty("longarm.workbench.asOf");
        if (asOfProperty != null && !asOfProperty.isBlank()) {
            asOf = LocalDate.parse(asOfProperty);
        }
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    /** What to do when the database opens on an empty graph (runs on the UI thread). */
    public void onEmptyGraph(Consumer<WorkbenchSession> handler) {
        emptyGraphHandler = handler;
    }

    /** Runs {@code task} on the UI thread, unless the display is gone (the workbench is closing). */
    private void ui(Runnable task) {
        try {
            if (!display.isDisposed()) {
                display.asyncExec(task);
            }
        } catch (org.eclipse.swt.SWTException e) {
            // the display was disposed meanwhile: nobody is left to tell
        }
    }

    private void fire(Change change) {
        ui(() -> {
            for (Consumer<Change> listener : listeners) {
                try {
                    listener.accept(change);
                } catch (RuntimeException e) {
                    Log.error("a part failed to show a change: " + e, e);
                }
            }
        });
    }

    // ----------------------------------------------------------------------------------------- database

    /** Opens the database in a job (once). */
    public Job open() {
        Job job = Job.create("Opening the Longarm database", monitor -> {
            monitor.beginTask("Opening the Longarm database (" + preferences.describeDatabase() + ")",
                    IProgressMonitor.UNKNOWN);
            try {
                database = LongarmDatabase.open(preferences.databaseOptions(), List.of());
                failure = null;
            } catch (RuntimeException e) {
                failure = e;
                fire(Change.DATABASE);
                return Status.error("Cannot open the database: " + e.getMessage(), e);
            }
            fire(Change.DATABASE);
            GraphCounts counts = database.store().view().counts();
            long needed = verdictHeapEstimate(counts);
            long available = Runtime.getRuntime().maxMemory();
            if (counts.entities() == 0) {
                ui(() -> emptyGraphHandler.accept(this));
            } else if (needed > available) {
                // running out of heap in the middle of the run would leave the workbench slow and every verdict
                // unknown; the graph stays browsable and searchable without verdicts
                verdictsWithheld = String.format(java.util.Locale.ROOT, "verdicts not computed: %,d entities and %,d"
                        + " interests need about %,d MiB of heap, this workbench has %,d MiB (start it with a larger"
                        + " -Xmx; Analysis \u203a Run analysis tries anyway)", counts.entities(), counts.interests(),
                        needed >> 20, available >> 20);
                status(verdictsWithheld);
            } else {
                recompute();
            }
            return Status.OK_STATUS;
        });
        job.setRule(DATABASE_RULE);
        setFamily(job);
        job.schedule();
        return job;
    }

    /**
     * Heap the verdict engine needs at its peak for a graph of this size: the projection (259 bytes per interest,
     * docs/benchmarks.md) and, while it is still alive, every verdict with its evidence paths being built. Measured in
     * the workbench on the 1M-entity synthetic graph (1,000,000 entities, 2,115,199 interests): 1,833 MiB live at the
     * peak, 520 MiB once the run is over (docs/workbench.md); the per-entity figure is the rest of that peak.
     */
    static long verdictHeapEstimate(GraphCounts counts) {
        return WORKBENCH_HEAP + counts.interests() * PEAK_HEAP_PER_INTEREST + counts.entities() * PEAK_HEAP_PER_ENTITY;
    }

    private static final long WORKBENCH_HEAP = 128L << 20;
    private static final long PEAK_HEAP_PER_INTEREST = 259;
    private static final long PEAK_HEAP_PER_ENTITY = 1300;

    private volatile String verdictsWithheld;

    /** Why the verdicts were not computed when the database opened (the graph is too large for the heap), or null. */
    public String verdictsWithheld() {
        return verdictsWithheld;
    }

    public boolean isOpen() {
        return database != null;
    }

    /** Why the database did not open, or null. */
    public Throwable failure() {
        return failure;
    }

    public ModelStore store() {
        LongarmDatabase db = database;
        if (db == null) {
            throw new IllegalStateException("the database is not open yet");
        }
        return db.store();
    }

    public GraphView graph() {
        return store().view();
    }

    public String describeStore() {
        LongarmDatabase db = database;
        return db == null ? "not connected" : db.store().describe();
    }

    /** Closes the database (stops the embedded server if this workbench started it). */
    public void close() {
        Job.getJobManager().cancel(JOB_FAMILY);
        LongarmDatabase db = database;
        database = null;
        if (db != null) {
            db.close();
        }
    }

    // ----------------------------------------------------------------------------------------- verdicts

    public LocalDate asOf() {
        return asOf;
    }

    public void setAsOf(LocalDate date) {
        if (!date.equals(asOf)) {
            asOf = date;
            recompute();
        }
    }

    public LawPack lawPack() {
        return Contributions.lawPack(preferences.lawPackId()).orElseThrow(
                () -> new IllegalStateException("no law pack is installed"));
    }

    public Policy policy() {
        return Contributions.policy(preferences.policyId()).orElseThrow(
                () -> new IllegalStateException("no policy is installed"));
    }

    public LawPackSettings settings() {
        LawPackSettings s = settings;
        if (s != null) {
            return s;
        }
        LawPackSettings d = lawPack().defaultSettings().withSpecialRegionsInScope(preferences.specialRegionsInScope());
        return new LawPackSettings(d.specialRegionsInScope(), preferences.deFactoControl(d.deFactoControl()),
                d.controlAbove(), d.deFactoAtLeast(), d.influenceAtLeast(), d.resolvedAtLeast(),
                d.significantHolderAtLeast());
    }

    public void setSettings(LawPackSettings newSettings) {
        settings = newSettings;
        recompute();
    }

    /** The latest verdicts, or null before the first run. */
    public Snapshot snapshot() {
        return snapshot;
    }

    public boolean computing() {
        return computing;
    }

    /** Recomputes every verdict in a job (a running computation is cancelled first). */
    public Job recompute() {
        if (database == null) {
            return null;
        }
        Job previous = computeJob;
        if (previous != null) {
            previous.cancel();
        }
        LocalDate date = asOf;
        Job job = new Job("Computing verdicts as of " + date) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                computing = true;
                fire(Change.VERDICTS);
                try {
                    long start = System.nanoTime();
                    Verdicts verdicts = VerdictEngine.compute(graph(), date, lawPack(), settings(), policy(), monitor);
                    snapshot = Snapshot.of(verdicts, (System.nanoTime() - start) / 1_000_000);
                    verdictsWithheld = null;
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    return Status.error("Computing the verdicts failed: " + e.getMessage(), e);
                } finally {
                    if (computeJob == this) {
                        computing = false;
                    }
                    fire(Change.VERDICTS);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setUser(true);
        computeJob = job;
        job.schedule();
        return job;
    }

    // ----------------------------------------------------------------------------------------- import

    /** Imports {@code files} in a job; {@code done} gets the report on the UI thread; verdicts are recomputed. */
    public Job importFiles(List<Path> files, Consumer<ImportReport> done, Consumer<Throwable> failed) {
        Job job = Job.create("Importing " + files.size() + " file(s)", monitor -> {
            try {
                ImportReport report = new Importer(Contributions.inputFormats()).importFiles(files, store(), monitor);
                ui(() -> done.accept(report));
                if (report.valid()) {
                    fire(Change.GRAPH);
                    recompute();
                }
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                ui(() -> failed.accept(e));
                return Status.error("The import failed: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.setRule(DATABASE_RULE);
        setFamily(job);
        job.schedule();
        return job;
    }

    /** Tells everyone the graph changed (after an edit) and recomputes. */
    public void graphChanged() {
        fire(Change.GRAPH);
        recompute();
    }

    private volatile String status = "";

    /** Shows {@code message} in the status line. */
    public void status(String message) {
        status = message;
        fire(Change.STATUS);
    }

    public String statusMessage() {
        return status;
    }

    // ----------------------------------------------------------------------------------------- focus

    public Focus focus() {
        return focus;
    }

    public void setFocus(Focus newFocus) {
        if (newFocus != null && !newFocus.equals(focus)) {
            focus = newFocus;
            fire(Change.FOCUS);
        }
    }

    private static void setFamily(Job job) {
        // Job.create() jobs cannot override belongsTo; track them through a listener-free wrapper family
        FAMILY_JOBS.add(job);
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                FAMILY_JOBS.remove(job);
            }
        });
    }

    private static final List<Job> FAMILY_JOBS = new CopyOnWriteArrayList<>();

    /** Whether any job of a session (open, import, compute) is still scheduled or running. */
    public boolean busy() {
        Job compute = computeJob;
        return !FAMILY_JOBS.isEmpty() || computing || (compute != null && compute.getState() != Job.NONE);
    }
}
