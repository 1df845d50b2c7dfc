package org.longarm.workbench.plugins.internal;

import java.nio.file.Path;

import org.longarm.core.internal.plugins.PluginLoader;
import org.osgi.framework.BundleContext;

/**
 * The workbench's counterpart of the headless application's plug-in loading: an immediate Declarative Services
 * component, started with the workbench product, that installs and starts the plug-ins of the user's plug-in folder
 * ({@code $LONGARM_DATA_DIR/plugins}, managed with {@code longarm plugins}) in the background while the workbench
 * window comes up. Their analyses, law packs and formats then appear as services like the built-in ones.
 */
public final class WorkbenchPluginLoader {

    public void activate(BundleContext context) {
        Path folder = PluginLoader.folder(null, System.getenv());
        Thread loader = new Thread(() -> {
            PluginLoader.Result result = PluginLoader.load(context, folder, 10_000);
            result.problems().forEach((file, problem) -> System.err.println("longarm: plug-in " + file.getFileName()
                    + " not loaded: " + problem));
            result.bundles().forEach(b -> System.err.println("longarm: plug-in " + b.getSymbolicName() + " "
                    + b.getVersion() + " loaded"));
        }, "longarm-plugin-loader");
        loader.setDaemon(true);
        loader.start();
    }
}
