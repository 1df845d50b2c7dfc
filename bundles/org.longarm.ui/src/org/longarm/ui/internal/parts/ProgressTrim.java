package org.longarm.ui.internal.parts;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * The window's status line: which database, what is running (every Eclipse job reports here through a progress
 * provider) with a progress bar and a Cancel button.
 */
public final class ProgressTrim {

    @Inject
    WorkbenchSession session;

    private Label status;
    private ProgressBar bar;
    private Button cancel;
    private Display display;
    private final CopyOnWriteArrayList<UiMonitor> running = new CopyOnWriteArrayList<>();
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private final java.util.function.Consumer<WorkbenchSession.Change> listener = c -> update();

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        Composite row = new Composite(parent, SWT.NONE);
        // without a theme the trim's composites are not painted: give the status line the window's colours
        org.eclipse.swt.graphics.Color background = display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        for (Composite c = parent; c != null && !(c instanceof org.eclipse.swt.widgets.Shell); c = c.getParent()) {
            c.setBackground(background);
        }
        row.setBackground(background);
        row.setBackgroundMode(SWT.INHERIT_DEFAULT);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        row.setLayout(layout);
        status = new Label(row, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 1150;
        status.setLayoutData(statusData);
        bar = new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData barData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        barData.widthHint = 220;
        bar.setLayoutData(barData);
        cancel = new Button(row, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setToolTipText("Cancel the running job");
        cancel.addListener(SWT.Selection, e -> {
            if (!running.isEmpty()) {
                running.get(running.size() - 1).job.cancel();
            }
        });
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                if (job.isSystem()) {
                    return null;
                }
                UiMonitor monitor = new UiMonitor(job);
                job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
                    @Override
                    public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                        running.remove(monitor);
                        update();
                    }
                });
                return monitor;
            }
        });
        session.addListener(listener);
        update();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
        Job.getJobManager().setProgressProvider(null);
    }

    private void update() {
        if (display == null || display.isDisposed() || !updateQueued.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(() -> {
            updateQueued.set(false);
            if (status == null || status.isDisposed()) {
                return;
            }
            String text;
            if (!running.isEmpty()) {
                UiMonitor m = running.get(running.size() - 1);
                text = m.task + (m.subTask.isEmpty() ? "" : " \u2014 " + m.subTask);
                bar.setVisible(true);
                cancel.setVisible(true);
                if (m.total <= 0) {
                    bar.setMaximum(100);
                    bar.setSelection((int) (System.currentTimeMillis() / 50 % 100));
                } else {
                    bar.setMaximum(1000);
                    bar.setSelection((int) Math.min(1000, m.done * 1000 / m.total));
                }
            } else {
                bar.setVisible(false);
                cancel.setVisible(false);
                WorkbenchSession.Snapshot snapshot = session.snapshot();
                if (session.failure() != null) {
                    text = "Database not available: " + session.failure().getMessage();
                } else if (!session.isOpen()) {
                    text = "Opening the database\u2026";
                } else if (snapshot == null) {
                    text = "Connected to " + session.describeStore();
                } else {
                    text = (session.statusMessage().isEmpty() ? "" : session.statusMessage() + "  \u2022  ")
                            + "Connected to " + session.describeStore() + "  \u2022  verdicts as of "
                            + snapshot.verdicts().asOf() + ": " + snapshot.verdicts().entities().size() + " entities, "
                            + snapshot.verdicts().devices().size() + " devices (" + snapshot.computeMillis() + " ms)";
                }
            }
            status.setText(text);
            status.setToolTipText(text);
        });
    }

    /** Reports a job's progress to the status line. */
    private final class UiMonitor extends NullProgressMonitor {
        final Job job;
        volatile String task;
        volatile String subTask = "";
        volatile double total;
        volatile double done;

        UiMonitor(Job job) {
            this.job = job;
            this.task = job.getName();
        }

        @Override
        public void beginTask(String name, int totalWork) {
            if (name != null && !name.isBlank()) {
                task = name;
            }
            total = totalWork;
            done = 0;
            running.addIfAbsent(this);
            update();
        }

        @Override
        public void setTaskName(String name) {
            task = name;
            update();
        }

        @Override
        public void subTask(String name) {
            subTask = name == null ? "" : name;
            update();
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            done += work;
            update();
        }

        @Override
        public void done() {
            running.remove(this);
            update();
        }
    }
}
