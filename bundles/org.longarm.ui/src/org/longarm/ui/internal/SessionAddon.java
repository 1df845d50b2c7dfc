package org.longarm.ui.internal;

import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.longarm.ui.internal.handlers.ImportHandler;

/**
 * Puts the {@link WorkbenchSession} into the application context and opens the database in the background. On the
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
        session.open();
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
