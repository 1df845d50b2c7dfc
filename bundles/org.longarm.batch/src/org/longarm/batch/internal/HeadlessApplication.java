package org.longarm.batch.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless product's entry point: hands the command line to {@link LongarmCommand}. */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        try {
            return LongarmCommand.run(args == null ? new String[0] : args);
        } catch (Throwable t) {
            // the launcher would only log this into the configuration area and exit with 0
            System.err.println("longarm: internal error: " + t);
            t.printStackTrace();
            return LongarmCommand.SYSTEM_FAILURE;
        }
    }

    @Override
    public void stop() {
        // commands watch the thread's interrupt flag; nothing to release here
    }
}
