package org.longarm.ui.tests;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.longarm.ui.internal.WorkbenchSession;

/** Finds the workbench's parts and session from a running {@link WorkbenchHarness} (call on the UI thread). */
final class WorkbenchParts {

    static final String EXPLORER = "org.longarm.ui.part.explorer";
    static final String GRAPH = "org.longarm.ui.part.graph";
    static final String VERDICT = "org.longarm.ui.part.verdict";
    static final String INVENTORY = "org.longarm.ui.part.inventory";
    static final String PROPERTIES = "org.longarm.ui.part.properties";

    private WorkbenchParts() {
    }

    static MPart part(MApplication app, String id) {
        EModelService models = app.getContext().get(EModelService.class);
        return (MPart) models.find(id, app);
    }

    static <T> T object(MApplication app, String id, Class<T> type) {
        return type.cast(part(app, id).getObject());
    }

    static Composite widget(MApplication app, String id) {
        return (Composite) part(app, id).getWidget();
    }

    static WorkbenchSession session(MApplication app) {
        return app.getContext().get(WorkbenchSession.class);
    }
}
