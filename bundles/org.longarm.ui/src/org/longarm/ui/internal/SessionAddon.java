package org.longarm.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.longarm.ui.internal.handlers.ImportHandler;

/**
 * Puts the {@link WorkbenchSession} into the application context and opens the database in the background once the
 * window has painted (system property {@code longarm.workbench.reportStartup=true} prints when that was). On the
 * first start with an empty graph it offers to import the example estate; system property
 * {@code longarm.workbench.importExample} = {@code accept} or {@code decline} answers without asking (tests).
 */
public final class SessionAddon {

    private WorkbenchSession session;

    @PostConstruct
    void start(IEclipseContext context) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        session = new WorkbenchSession(display, new WorkbenchPreferences(System.getenv()));
        context.set(WorkbenchSession.class, session);
        session.onEmptyGraph(s -> offerExample(display, s));
        session.addListener(change -> {
            if (change == WorkbenchSession.Change.COMMANDS) {
                nameUndoAndRedo(context.get(MApplication.class), session);
            } else if (change == WorkbenchSession.Change.PROBLEM && session.problem() != null) {
                MessageDialog.openError(display.getActiveShell(), session.problem().title(), session.problem().message());
            }
        });
        // The window comes first: on a small machine, starting Neo4j (a JVM of its own) and loading the driver while
        // the workbench builds its window delays the window by seconds. The database opens once the window has
        // painted, or after a few seconds if no paint event comes.
        AtomicBoolean opened = new AtomicBoolean();
        Runnable open = () -> {
            if (opened.compareAndSet(false, true) && !display.isDisposed()) {
                session.open();
            }
        };
        Listener firstPaint = new Listener() {
            @Override
            public void handleEvent(Event event) {
                if (event.widget instanceof Control control && control.getShell().isVisible()) {
                    display.removeFilter(SWT.Paint, this);
                    if (Boolean.getBoolean("longarm.workbench.reportStartup")) {
                        System.err.println("longarm: first window painted after "
                                + ManagementFactory.getRuntimeMXBean().getUptime() + " ms of JVM uptime");
                    }
                    display.asyncExec(open);
                }
            }
        };
        display.addFilter(SWT.Paint, firstPaint);
        display.timerExec(OPEN_AFTER_MS, open);
    }

    /** When the database opens at the latest if the window never reports a paint (e.g. it starts minimised). */
    private static final int OPEN_AFTER_MS = 5_000;

    /** Edit &gt; Undo and Redo say what they would undo or redo ("Undo Change interest in hikvision-uk"). */
    static void nameUndoAndRedo(MApplication application, WorkbenchSession session) {
        if (application == null) {
            return;
        }
        Command undo = session.commandStack().getUndoCommand();
        Command redo = session.commandStack().getRedoCommand();
        for (MWindow window : application.getChildren()) {
            if (window.getMainMenu() != null) {
                label(window.getMainMenu(), UNDO_ITEM, undo == null ? "&Undo" : "&Undo " + undo.getLabel());
                label(window.getMainMenu(), REDO_ITEM, redo == null ? "&Redo" : "&Redo " + redo.getLabel());
            }
        }
    }

    /** Element ids of the Edit menu's items (Application.e4xmi). */
    public static final String UNDO_ITEM = "org.longarm.ui.menuitem.undo";
    public static final String REDO_ITEM = "org.longarm.ui.menuitem.redo";

    private static void label(MMenu menu, String id, String label) {
        for (MMenuElement element : menu.getChildren()) {
            if (id.equals(element.getElementId()) && element instanceof MMenuItem item) {
                item.setLabel(label.replace("&", "&&").replaceFirst("^&&", "&"));
            } else if (element instanceof MMenu submenu) {
                label(submenu, id, label);
            }
        }
    }

    private static void offerExample(Display display, WorkbenchSession session) {
        String answer = System.getProperty("longarm.workbench.importExample", "ask");
        boolean accept = switch (answer) {
            case "accept" -> true;
            case "decline" -> false;
            default -> MessageDialog.openQuestion(display.getActiveShell(), "Longarm: empty graph",
                    "The graph is empty. Import the example estate (UK government estate with Hikvision, Dahua and"
                            + " other vendors: ownership.json, products.csv, inventory.csv)?");
        };
        if (accept) {
            List<Path> files = ExampleEstate.files();
            if (files.isEmpty()) {
                MessageDialog.openError(display.getActiveShell(), "Longarm", "The example estate is not installed.");
                return;
            }
            ImportHandler.importWithFeedback(session, files, display);
        }
    }

    @PreDestroy
    void stop() {
        if (session != null) {
            session.close();
        }
    }
}
