package org.longarm.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.longarm.ui.internal.WorkbenchSession;

/** File &gt; Preferences...: database and law-pack settings. */
public final class PreferencesHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
        new PreferencesDialog(shell, session).open();
    }
}
