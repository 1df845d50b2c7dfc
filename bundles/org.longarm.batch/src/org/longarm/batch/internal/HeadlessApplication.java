package org.longarm.batch.internal;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.longarm.core.internal.plugins.PluginLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The headless product's entry point: hands the command line to {@link LongarmCommand}. */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        try {
            args = args == null ? new String[0] : args;
            loadPlugins(args);
            return LongarmCommand.run(args);
        } catch (Throwable t) {
            // the launcher would only log this into the configuration area and exit with 0
            System.err.println("longarm: internal error: " + t);
            t.printStackTrace();
            return LongarmCommand.SYSTEM_FAILURE;
        }
    }

    /**
     * Installs and starts the plug-ins of the plug-in folder before the command runs, so that their analyses, law
     * packs, policies and formats are there for it. A plug-in that cannot be loaded is reported and left out.
     */
    static void loadPlugins(String[] args) {
        Bundle bundle = FrameworkUtil.getBundle(HeadlessApplication.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            return;
        }
        Path folder = PluginLoader.folder(dataDirArgument(args), System.getenv());
        PluginLoader.Result result = PluginLoader.load(bundle.getBundleContext(), folder, 10_000);
        result.problems().forEach((file, problem) -> System.err.println("longarm: plug-in " + file.getFileName()
                + " not loaded: " + problem));
    }

    /** The value of {@code --data-dir} on the command line, if given (commands parse it again themselves). */
    static Path dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }

    @Override
    public void stop() {
        // commands watch the thread's interrupt flag; nothing to release here
    }
}
