package org.longarm.batch.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.longarm.core.analysis.Analysis;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Policy;
import org.longarm.core.internal.plugins.PluginLoader;
import org.longarm.core.internal.plugins.PluginLoader.Descriptor;
import org.longarm.core.io.InputFormat;
import org.longarm.core.report.ReportFormat;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longarm plugins install|list|remove}: third-party plug-ins installed without rebuilding Longarm. A plug-in
 * is an OSGi bundle; installing copies its jar into the plug-in folder ({@code $LONGARM_DATA_DIR/plugins}), from
 * which every run of Longarm installs and starts it at startup ({@link PluginLoader}).
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = { "Installs, lists and removes plug-ins (OSGi bundles contributing analyses, law packs, policies,",
                "input and report formats) in the plug-in folder, $LONGARM_DATA_DIR/plugins.",
                "Exit codes: 0 done, 2 bad input (nothing changed), 3 failure." },
        subcommands = { PluginsCommand.Install.class, PluginsCommand.ListPlugins.class, PluginsCommand.Remove.class })
final class PluginsCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The plug-in folder option every sub-command shares. */
    static class FolderOptions {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Longarm's data folder; plug-ins live in its 'plugins' folder. Default $LONGARM_DATA_DIR, else $XDG_DATA_HOME/longarm or ~/.local/share/longarm.")
        Path dataDir;

        @Option(names = "--debug", description = "Print stack traces of errors.")
        boolean debug;

        Path folder() {
            return PluginLoader.folder(dataDir, System.getenv());
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = { "Installs the plug-in bundles of PATH-OR-REPO: a bundle jar, a folder of jars, or a p2",
                    "repository folder (its plugins/ jars). Source bundles and bundles built into Longarm are skipped",
                    "in folders and refused as a single jar; a newer version replaces the installed one. Each bundle",
                    "is started at once to check that it resolves; one that does not is not installed." })
    static final class Install implements Callable<Integer> {

        @Parameters(paramLabel = "PATH-OR-REPO", description = "A bundle jar, a folder of jars or a p2 repository folder.")
        Path source;

        @picocli.CommandLine.Mixin
        FolderOptions options;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            BundleContext context = context();
            if (!Files.exists(source)) {
                throw new UsageException("plugins install: " + source + " does not exist");
            }
            boolean single = Files.isRegularFile(source);
            List<Path> jars;
            try {
                jars = single ? List.of(source) : PluginLoader.jars(Files.isDirectory(source.resolve("plugins")) ? source.resolve("plugins") : source);
            } catch (IOException e) {
                throw new UsageException("plugins install: cannot read " + source + ": " + e.getMessage());
            }
            Map<String, Descriptor> chosen = new TreeMap<>();
            for (Path jar : jars) {
                Descriptor descriptor;
                try {
                    descriptor = PluginLoader.describe(jar);
                } catch (IOException e) {
                    if (single) {
                        throw new UsageException("plugins install: " + e.getMessage());
                    }
                    err.printf("longarm: skipped %s: %s%n", jar.getFileName(), e.getMessage());
                    continue;
                }
                String refusal = descriptor.sourceBundle() ? "a source bundle, not a plug-in"
                        : builtIn(context, descriptor.symbolicName()) ? "built into Longarm; a plug-in cannot replace it" : null;
                if (refusal != null) {
                    if (single) {
                        throw new UsageException("plugins install: " + descriptor.symbolicName() + " is " + refusal);
                    }
                    err.printf("longarm: skipped %s: %s is %s%n", jar.getFileName(), descriptor.symbolicName(), refusal);
                    continue;
                }
                chosen.merge(descriptor.symbolicName(), descriptor,
                        (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b);
            }
            if (chosen.isEmpty()) {
                throw new UsageException("plugins install: no plug-in bundle in " + source);
            }
            Path folder = options.folder();
            Path backup = null;
            List<Path> added = new ArrayList<>();
            try {
                Files.createDirectories(folder);
                backup = Files.createTempDirectory(folder, ".replaced");
                for (Descriptor d : chosen.values()) {
                    for (Path old : installedFiles(folder, d.symbolicName())) {
                        Files.move(old, backup.resolve(old.getFileName()));
                    }
                    Path target = folder.resolve(d.symbolicName() + "_" + d.version() + ".jar");
                    Path temporary = Files.createTempFile(folder, ".installing", ".tmp");
                    Files.copy(d.file(), temporary, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    added.add(target);
                }
                PluginLoader.Result result = PluginLoader.load(context, folder, 10_000);
                List<String> problems = new ArrayList<>();
                result.problems().forEach((file, problem) -> {
                    if (added.contains(file)) {
                        problems.add(file.getFileName() + ": " + problem);
                    }
                });
                if (!problems.isEmpty()) {
                    for (Path file : added) {
                        Files.deleteIfExists(file);
                    }
                    try (var olds = Files.list(backup)) {
                        for (Path old : olds.toList()) {
                            Files.move(old, folder.resolve(old.getFileName()));
                        }
                    }
                    PluginLoader.load(context, folder, 10_000);
                    problems.forEach(p -> err.printf("longarm: plugins install: %s%n", p));
                    err.println("longarm: nothing was installed");
                    return LongarmCommand.BAD_INPUT;
                }
                for (Descriptor d : chosen.values()) {
                    Bundle bundle = pluginBundle(context, d.symbolicName());
                    List<String> contributions = bundle == null ? List.of() : contributions(context, bundle);
                    out.printf("Installed %s %s%s%n", d.symbolicName(), d.version(),
                            contributions.isEmpty() ? "" : " (" + String.join(", ", contributions) + ")");
                }
                out.println("Plug-in folder: " + folder);
                return LongarmCommand.OK;
            } catch (IOException e) {
                err.printf("longarm: plugins install: %s%n", e);
                return LongarmCommand.SYSTEM_FAILURE;
            } finally {
                deleteQuietly(backup);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the installed plug-ins: id, version, state and what each contributes.")
    static final class ListPlugins implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        FolderOptions options;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            BundleContext context = context();
            Path folder = options.folder();
            List<Path> jars = PluginLoader.jars(folder);
            if (jars.isEmpty()) {
                out.println("No plug-ins installed (plug-in folder: " + folder + ").");
                return LongarmCommand.OK;
            }
            out.printf("%-40s %-24s %-10s %s%n", "ID", "VERSION", "STATE", "CONTRIBUTES");
            for (Path jar : jars) {
                Descriptor d;
                try {
                    d = PluginLoader.describe(jar);
                } catch (IOException e) {
                    out.printf("%-40s %-24s %-10s %s%n", jar.getFileName(), "-", "INVALID", e.getMessage());
                    continue;
                }
                Bundle bundle = bundleOfFile(context, jar);
                String state = bundle == null ? "NOT_LOADED" : stateName(bundle.getState());
                List<String> contributions = bundle == null ? List.of() : contributions(context, bundle);
                out.printf("%-40s %-24s %-10s %s%n", d.symbolicName(), d.version(), state,
                        contributions.isEmpty() ? "-" : String.join(", ", contributions));
            }
            out.println("Plug-in folder: " + folder);
            return LongarmCommand.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes the installed plug-in ID (its bundle symbolic name).")
    static final class Remove implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The plug-in's id, as 'plugins list' shows it.")
        String id;

        @picocli.CommandLine.Mixin
        FolderOptions options;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BundleContext context = context();
            Path folder = options.folder();
            List<Path> files;
            try {
                files = installedFiles(folder, id);
            } catch (IOException e) {
                spec.commandLine().getErr().printf("longarm: plugins remove: %s%n", e);
                return LongarmCommand.SYSTEM_FAILURE;
            }
            if (files.isEmpty()) {
                if (builtIn(context, id)) {
                    throw new UsageException("plugins remove: " + id + " is built into Longarm, not a plug-in");
                }
                String installed;
                try {
                    installed = PluginLoader.jars(folder).stream().map(j -> {
                        try {
                            return PluginLoader.describe(j).symbolicName();
                        } catch (IOException e) {
                            return j.getFileName().toString();
                        }
                    }).collect(Collectors.joining(", "));
                } catch (IOException e) {
                    installed = "";
                }
                throw new UsageException("plugins remove: no plug-in '" + id + "'; installed: "
                        + (installed.isEmpty() ? "none" : installed));
            }
            try {
                for (Path file : files) {
                    Bundle bundle = bundleOfFile(context, file);
                    if (bundle != null) {
                        PluginLoader.unload(context, bundle);
                    }
                    Files.delete(file);
                    spec.commandLine().getOut().println("Removed " + id + " (" + file.getFileName() + ")");
                }
                return LongarmCommand.OK;
            } catch (IOException e) {
                spec.commandLine().getErr().printf("longarm: plugins remove: %s%n", e);
                return LongarmCommand.SYSTEM_FAILURE;
            }
        }
    }

    static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(PluginsCommand.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("plug-ins need the OSGi framework; the batch bundle is not active");
        }
        return context;
    }

    /** Whether a bundle of that name is part of Longarm itself (installed from the product, not the plug-in folder). */
    static boolean builtIn(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && !PluginLoader.isPlugin(bundle)) {
                return true;
            }
        }
        return false;
    }

    /** The jars in the plug-in folder whose bundle has {@code symbolicName}. */
    static List<Path> installedFiles(Path folder, String symbolicName) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path jar : PluginLoader.jars(folder)) {
            try {
                if (PluginLoader.describe(jar).symbolicName().equals(symbolicName)) {
                    files.add(jar);
                }
            } catch (IOException e) {
                // not a bundle: not this plug-in
            }
        }
        return files;
    }

    static Bundle pluginBundle(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (PluginLoader.isPlugin(bundle) && symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    static Bundle bundleOfFile(BundleContext context, Path jar) {
        String prefix = PluginLoader.LOCATION_PREFIX + jar.getFileName() + "#";
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith(prefix)) {
                return bundle;
            }
        }
        return null;
    }

    /** What a bundle's registered services contribute, e.g. {@code analysis:ndaa-889}, sorted. */
    static List<String> contributions(BundleContext context, Bundle bundle) {
        ServiceReference<?>[] references = bundle.getRegisteredServices();
        if (references == null) {
            return List.of();
        }
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (ServiceReference<?> reference : references) {
            Object service = context.getService(reference);
            if (service == null) {
                continue;
            }
            try {
                if (service instanceof Analysis a) {
                    found.put("analysis:" + a.id(), true);
                }
                if (service instanceof LawPack l) {
                    found.put("lawPack:" + l.id(), true);
                }
                if (service instanceof Policy p) {
                    found.put("policy:" + p.id(), true);
                }
                if (service instanceof InputFormat f) {
                    found.put("inputFormat:" + f.id(), true);
                }
                if (service instanceof ReportFormat f) {
                    found.put("reportFormat:" + f.id(), true);
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return found.keySet().stream().sorted().toList();
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a left-over temporary folder does no harm: its name starts with a dot and holds no .jar at the top
        }
    }
}
