package org.longarm.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
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
import org.longarm.core.store.ConcurrentUpdateException;
import org.longarm.core.store.ModelStore;
import org.longarm.core.store.StoreBusyException;
import org.longarm.model.LongarmPackage;
import org.longarm.model.provider.LongarmItemProviderAdapterFactory;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.ui.internal.editing.StoreCommand;
import org.osgi.service.prefs.BackingStoreException;

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
        STATUS,
        /** another object is shown in the Properties part: see {@link #inspected()} */
        INSPECTED,
        /** the command stack changed: what Undo and Redo would do */
        COMMANDS,
        /** something failed that the analyst must hear about at once: see {@link #problem()} */
        PROBLEM
    }

    /** The stored object the Properties part shows: its class (any class of its key space) and key. */
    public record Inspected(EClass type, String key) {
    }

    /** A failure to show in a dialog. */
    public record Problem(String title, String message) {
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

    /**
     * Verdicts of one run. An entity's explanation is built when it is looked up, and the sources of its evidence are
     * read from the database when shown, so the snapshot holds no explanations of its own (a million entities would
     * not fit); it is dropped when the database closes.
     */
    public record Snapshot(Verdicts verdicts, long computeMillis) {

        /** The verdict on one entity, with its explanation, or null. */
        public EntityVerdict entity(String key) {
            return verdicts.entity(key).orElse(null);
        }

        /** The verdict on one device, or null. */
        public DeviceVerdict device(String assetId) {
            return verdicts.device(assetId).orElse(null);
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
    /** Set once the workbench closes: a job that ends afterwards must not open a database again. */
    private volatile boolean closing;
    private volatile Consumer<WorkbenchSession> emptyGraphHandler = s -> {
    };

    public WorkbenchSession(Display display, WorkbenchPreferences preferences) {
        this.display = display;
        this.preferences = preferences;
        commandStack.addCommandStackListener(event -> fire(Change.COMMANDS));
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
            // opening may finish a write an earlier process committed: it then names that task and shows its batches
            SubMonitor progress = SubMonitor.convert(monitor,
                    "Opening the Longarm database (" + preferences.describeDatabase() + ")", 1);
            LongarmDatabase opened;
            try {
                opened = LongarmDatabase.open(preferences.databaseOptions(), List.of(), progress.newChild(1));
            } catch (RuntimeException e) {
                failure = e;
                fire(Change.DATABASE);
                return Status.error("Cannot open the database: " + e.getMessage(), e);
            }
            if (!adopt(opened, previous -> { })) {
                return Status.CANCEL_STATUS;
            }
            failure = null;
            fire(Change.DATABASE);
            GraphCounts counts;
            try {
                // not the session's database field: a close() meanwhile empties it and closes this one
                counts = opened.store().view().counts();
            } catch (RuntimeException e) {
                if (closing) {
                    return Status.CANCEL_STATUS;
                }
                throw e;
            }
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
        return scheduleOnDatabase(job, false);
    }

    /**
     * Heap the verdict engine needs at its peak for a graph of this size: the projection (about 200 bytes per
     * interest, entities included) and what reading the graph allocates on top. Measured with {@code bench verdicts}
     * on the 1M-entity synthetic graph (1,000,000 entities, 2,115,199 interests): 396 MiB held by the projection,
     * 630 MiB live at the peak (docs/benchmarks.md). Explanations are built when read, so the verdicts of a run add
     * little once it is over.
     */
    static long verdictHeapEstimate(GraphCounts counts) {
        return WORKBENCH_HEAP + counts.interests() * PEAK_HEAP_PER_INTEREST + counts.entities() * PEAK_HEAP_PER_ENTITY;
    }

    private static final long WORKBENCH_HEAP = 128L << 20;
    private static final long PEAK_HEAP_PER_INTEREST = 200;
    private static final long PEAK_HEAP_PER_ENTITY = 250;

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

    /** Closes the database (stops the embedded server if no other Longarm process uses it). */
    public void close() {
        LongarmDatabase db;
        synchronized (this) {
            closing = true;
            db = database;
            database = null;
        }
        Job.getJobManager().cancel(JOB_FAMILY);
        FAMILY_JOBS.forEach(Job::cancel); // an import or a new database would go on writing, or switch, after it
        snapshot = null;
        if (db != null) {
            db.close();
        }
    }

    /**
     * Makes {@code opened} the session's database, handing the one it replaces to {@code replaced}; unless the
     * workbench closed while it was being opened: it is then closed, since nothing else would, and false returned.
     */
    private synchronized boolean adopt(LongarmDatabase opened, Consumer<LongarmDatabase> replaced) {
        if (closing) {
            opened.close();
            return false;
        }
        replaced.accept(database);
        database = opened;
        return true;
    }

    /** {@link #reconnect(LongarmDatabase.Options, String)} with the database the preferences name now. */
    public Job reconnect() {
        return reconnect(preferences.databaseOptions(), preferences.describeDatabase());
    }

    /**
     * Switches to another database in a job: opens the new one first, and only when that worked closes the current
     * one, forgets the undo history (its objects belong to the old graph) and recomputes the verdicts. When the new
     * database cannot be opened the current connection stays and a {@link Change#PROBLEM} says why.
     */
    public Job reconnect(LongarmDatabase.Options options, String description) {
        Job job = Job.create("Connecting to " + description, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, "Connecting to " + description, 1);
            LongarmDatabase next;
            try {
                next = LongarmDatabase.open(options, List.of(), progress.newChild(1));
            } catch (RuntimeException e) {
                String message = "Cannot open " + description + ": " + e.getMessage() + "\n\nStill connected to "
                        + describeStore() + ".";
                problem(new Problem("Database not changed", message));
                return Status.error(message, e);
            }
            if (monitor.isCanceled()) {
                // opening cannot be interrupted; a cancel while it ran keeps the current connection
                next.close();
                return Status.CANCEL_STATUS;
            }
            Job compute = computeJob;
            if (compute != null) {
                compute.cancel();
                try {
                    compute.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            LongarmDatabase[] previous = { null };
            if (!adopt(next, db -> previous[0] = db)) {
                return Status.CANCEL_STATUS;
            }
            snapshot = null; // its explanations would read sources from the database being closed
            failure = null;
            forgetEdits();
            if (previous[0] != null) {
                previous[0].close();
            }
            fire(Change.DATABASE);
            status("Connected to " + next.store().describe());
            graphChanged();
            return Status.OK_STATUS;
        });
        return scheduleOnDatabase(job, true);
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
                    snapshot = new Snapshot(verdicts, (System.nanoTime() - start) / 1_000_000);
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
                    // imported facts may have changed objects loaded for editing: their undo would be refused anyway
                    forgetEdits();
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
        return scheduleOnDatabase(job, true);
    }

    /**
     * Creates a new embedded database in {@code dataDir} from {@code files} with Neo4j's bulk importer
     * ({@link LongarmDatabase#createByBulkImport}), in a job, and switches to it: the preferences name it from then on.
     * The files are checked as an import checks them; when any is invalid, {@code done} gets the report with its
     * problems and no database is created. The current database stays open and usable until the new one is ready.
     *
     * @param done gets the report on the UI thread, valid or not, and whether a database was created (valid files
     *            may hold nothing to write)
     * @param failed gets what stopped the creation (the folder holds a database already, the importer failed), on
     *            the UI thread; the folder is then left without a database
     */
    public Job createDatabase(Path dataDir, List<Path> files, Consumer<Creation> done, Consumer<Throwable> failed) {
        Job job = Job.create("Creating a database in " + dataDir + " from " + files.size() + " file(s)", monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, "Creating a database in " + dataDir, 100);
            LongarmDatabase.Options options;
            ImportReport report;
            try {
                options = preferences.embeddedOptions(dataDir);
                // at a million statements checking the files and writing the CSV took about half of the time;
                // neo4j-admin and the first start the rest, which they report as sub-tasks of the same monitor
                report = LongarmDatabase.createByBulkImport(options, List.of(), store -> new Importer(
                        Contributions.inputFormats()).importFiles(files, store, progress.split(50)), progress);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                ui(() -> failed.accept(e));
                return Status.error("The database was not created: " + e.getMessage(), e);
            }
            boolean created = report.valid() && EmbeddedNeo4j.hasDatabase(dataDir);
            // a cancel during the new database's first start (which cannot be interrupted) came after the database
            // was complete: it is not thrown away, and the workbench switches to it as asked
            boolean cancelledLate = created && monitor.isCanceled();
            ui(() -> done.accept(new Creation(report, created, cancelledLate)));
            if (!created) {
                return Status.OK_STATUS;
            }
            try {
                preferences.useEmbedded(dataDir);
            } catch (BackingStoreException e) {
                // the switch below still happens; the next start opens the database the preferences named before
                Log.error("cannot save the new database " + dataDir + " in the preferences", e);
            }
            if (closing) {
                return Status.OK_STATUS; // the preferences name it: the next start opens it
            }
            reconnect(options, "embedded, " + dataDir);
            return Status.OK_STATUS;
        });
        // no database rule: the bulk import touches only the new folder, so the current database stays usable
        return schedule(job, true, null);
    }

    /**
     * What {@link #createDatabase} did: the files' report, whether it created the database, and whether a cancel came
     * too late to stop that (while the complete database first started).
     */
    public record Creation(ImportReport report, boolean created, boolean cancelledLate) {
    }

    /** Tells everyone the graph changed (after an edit) and recomputes. */
    public void graphChanged() {
        fire(Change.GRAPH);
        recompute();
    }

    // ----------------------------------------------------------------------------------------- editing

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.<AdapterFactory>of(
            new LongarmItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final EditCommandStack commandStack = new EditCommandStack();
    private final AdapterFactoryEditingDomain editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
    /** Objects loaded for editing, one copy per key, so that successive edits and their undo agree on versions. */
    private final Map<String, EObject> editable = new ConcurrentHashMap<>();
    private volatile Problem problem;

    /** The EMF.Edit item providers of Longarm's model (labels, property descriptors). */
    public AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The editing domain whose command stack holds every edit of this session (Edit > Undo / Redo). */
    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    public CommandStack commandStack() {
        return commandStack;
    }

    /**
     * The copy of one stored object that edits work on, loaded from the store on first use (never the whole graph):
     * one read by key, which the UI thread may afford for a command's few objects but not for many.
     */
    public Optional<EObject> editable(EClass type, String key) {
        String cacheKey = cacheKey(type, key);
        EObject object = editable.get(cacheKey);
        if (object == null) {
            object = store().get(type, key).orElse(null);
            if (object != null) {
                EObject raced = editable.putIfAbsent(cacheKey, object);
                object = raced == null ? object : raced;
            }
        }
        return Optional.ofNullable(object);
    }

    private static String cacheKey(EClass type, String key) {
        EClass keySpace = type.getEIDAttribute() == null ? type : type.getEIDAttribute().getEContainingClass();
        return keySpace.getName() + "/" + key;
    }

    /**
     * Keeps what a saved command created as the copies that later edits work on, so that its undo meets the version
     * those edits left (a copy loaded anew would leave the created one behind, and the undo would be refused as a
     * conflict); drops them once an undo has deleted them.
     */
    private void keepCreated(Command command, boolean stored) {
        // a stack flushed meanwhile (an import) ran nothing
        if (command instanceof StoreCommand saved && commandStack.getMostRecentCommand() == command) {
            for (EObject object : saved.created()) {
                String cacheKey = cacheKey(object.eClass(), EcoreUtil.getID(object));
                if (stored) {
                    editable.put(cacheKey, object);
                } else {
                    editable.remove(cacheKey, object);
                }
            }
        }
    }

    /** Drops the loaded copies and the undo history (after an import or when the database changes). */
    private void forgetEdits() {
        editable.clear();
        commandStack.flush();
    }

    /** Executes {@code command} on the command stack in a job; a failure becomes a {@link Change#PROBLEM}. */
    public Job execute(Command command) {
        return edit(command.getLabel(), () -> commandStack.execute(command), () -> keepCreated(command, true));
    }

    /** Undoes the latest command in a job. */
    public Job undo() {
        Command command = commandStack.getUndoCommand();
        return edit("Undo " + (command == null ? "" : command.getLabel()), commandStack::undo,
                () -> keepCreated(command, false));
    }

    /** Redoes the latest undone command in a job. */
    public Job redo() {
        Command command = commandStack.getRedoCommand();
        return edit("Redo " + (command == null ? "" : command.getLabel()), commandStack::redo,
                () -> keepCreated(command, true));
    }

    /**
     * Whether Edit &gt; Undo can run now: not while an edit job is pending, since the stack moves only when the store
     * has saved, and another undo would take back the command below the one being undone.
     */
    public boolean canUndo() {
        return isOpen() && editsPending.get() == 0 && commandStack.canUndo();
    }

    /** Whether Edit &gt; Redo can run now (as {@link #canUndo()}). */
    public boolean canRedo() {
        return isOpen() && editsPending.get() == 0 && commandStack.canRedo();
    }

    /** Edit jobs scheduled and not done. */
    private final AtomicInteger editsPending = new AtomicInteger();

    /** Runs {@code action} on the command stack in a job, and {@code saved} after it when the store saved it. */
    private Job edit(String name, Runnable action, Runnable saved) {
        Job job = Job.create(name, monitor -> {
            commandStack.takeError();
            action.run();
            RuntimeException error = commandStack.takeError();
            if (error != null) {
                if (error instanceof ConcurrentUpdateException conflict) {
                    // the loaded copy is stale: the next edit starts from what is stored now
                    editable.keySet().removeIf(k -> k.endsWith("/" + conflict.key()));
                } else if (!(error instanceof StoreBusyException)) { // a busy refusal left memory and store alike
                    // a save ended by a lost connection may have committed: every next edit loads anew, and the
                    // history, whose commands hold the copies dropped here, goes with them
                    forgetEdits();
                }
                String message = name + " was not saved: " + error.getMessage();
                problem(new Problem("Edit not saved", message));
                fire(Change.GRAPH); // the parts show the reverted state; the stored graph is as it was
                return Status.error(message, error);
            }
            saved.run();
            status(name + ": saved to " + describeStore());
            graphChanged();
            return Status.OK_STATUS;
        });
        editsPending.incrementAndGet();
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                editsPending.decrementAndGet();
                fire(Change.COMMANDS); // Undo and Redo are possible again
            }
        });
        return scheduleOnDatabase(job, true);
    }

    /** The latest problem to show (see {@link Change#PROBLEM}). */
    public Problem problem() {
        return problem;
    }

    /** Tells the analyst about a failure at once (a dialog, see {@link Change#PROBLEM}). */
    public void problem(Problem newProblem) {
        problem = newProblem;
        fire(Change.PROBLEM);
    }

    /**
     * A command stack that keeps the failure of the latest execute, undo or redo for the job that ran it. An undo or
     * redo the store refused as busy ({@link StoreBusyException}: an import runs) changed nothing, so the command stays
     * where it was, to be tried again; after any other failure the history goes, as in {@link BasicCommandStack}.
     */
    private static final class EditCommandStack extends BasicCommandStack {
        private volatile RuntimeException error;

        @Override
        public void undo() {
            if (canUndo()) {
                Command command = commandList.get(top);
                step(command::undo, command, -1);
            }
        }

        @Override
        public void redo() {
            if (canRedo()) {
                Command command = commandList.get(top + 1);
                step(command::redo, command, 1);
            }
        }

        /** Runs the undo ({@code by} -1) or redo (+1) of {@code command} and moves the top of the stack on success. */
        private void step(Runnable action, Command command, int by) {
            try {
                action.run();
                top += by;
                mostRecentCommand = command;
            } catch (StoreBusyException e) {
                handleError(e);
            } catch (RuntimeException e) {
                handleError(e);
                if (by < 0) {
                    flush();
                } else {
                    mostRecentCommand = null;
                    while (commandList.size() > top + 1) {
                        commandList.remove(commandList.size() - 1).dispose(); // what could be redone is gone
                    }
                }
            }
            notifyListeners();
        }

        @Override
        protected void handleError(Exception exception) {
            error = exception instanceof RuntimeException r ? r : new IllegalStateException(exception);
        }

        RuntimeException takeError() {
            RuntimeException e = error;
            error = null;
            return e;
        }
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
            if (newFocus instanceof EntityFocus entity) {
                inspect(LongarmPackage.Literals.ENTITY, entity.key());
            } else if (newFocus instanceof DeviceFocus device) {
                inspect(LongarmPackage.Literals.DEVICE, device.assetId());
            }
        }
    }

    private volatile Inspected inspected;

    /** The object shown in the Properties part, or null. */
    public Inspected inspected() {
        return inspected;
    }

    /** Shows a stored object in the Properties part (the entity or device in focus, or a hop's relationship). */
    public void inspect(EClass type, String key) {
        Inspected next = new Inspected(type, key);
        if (!next.equals(inspected)) {
            inspected = next;
            fire(Change.INSPECTED);
        }
    }

    /** Runs {@code job} after the other jobs on the database; a user job shows its progress in the status line. */
    private static Job scheduleOnDatabase(Job job, boolean user) {
        return schedule(job, user, DATABASE_RULE);
    }

    private static Job schedule(Job job, boolean user, ISchedulingRule rule) {
        job.setUser(user);
        job.setRule(rule);
        setFamily(job);
        job.schedule();
        return job;
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
        return !FAMILY_JOBS.isEmpty() || editsPending.get() > 0 || computing
                || (compute != null && compute.getState() != Job.NONE);
    }
}
