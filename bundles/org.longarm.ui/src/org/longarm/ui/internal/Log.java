package org.longarm.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** The workbench bundle's log (the Eclipse error log, and the console with -consoleLog). */
public final class Log {

    private Log() {
    }

    public static void error(String message, Throwable t) {
        ILog.of(Log.class).log(Status.error(message, t));
    }

    public static void info(String message) {
        ILog.of(Log.class).log(Status.info(message));
    }
}
