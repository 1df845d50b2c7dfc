package org.longarm.core.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs third-party plug-ins without rebuilding Longarm: the bundles (jars) in the user's plug-in folder
 * ({@code $LONGARM_DATA_DIR/plugins}) are installed into the running framework and started at startup, before a
 * command runs; Declarative Services then activates their components. The folder is the only truth: a bundle
 * installed by an earlier run whose jar is gone or changed is uninstalled (bundles are installed from a stream,
 * under a location that names the file and its content hash, so removing a jar never breaks a running process).
 */
public final class PluginLoader {

    /** Location prefix of every bundle this loader installs; other bundles are built in. */
    public static final String LOCATION_PREFIX = "longarm-plugin:";

    /** A plug-in jar's identity, read from its manifest. */
    public record Descriptor(Path file, String symbolicName, Version version, boolean sourceBundle) {
    }

    /** What one load did. */
    public record Result(List<Bundle> bundles, Map<Path, String> problems) {
    }

    private PluginLoader() {
    }

    /** The plug-in folder: {@code plugins} in the data folder ({@code dataDir}, else the environment's default). */
    public static Path folder(Path dataDir, Map<String, String> environment) {
        return (dataDir != null ? dataDir : defaultDataDir(environment)).resolve("plugins");
    }

    /** {@code LONGARM_DATA_DIR}, else {@code $XDG_DATA_HOME/longarm}, else {@code ~/.local/share/longarm}. */
    public static Path defaultDataDir(Map<String, String> environment) {
        String configured = environment.get("LONGARM_DATA_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("longarm");
    }

    /** Whether {@code bundle} was installed from the plug-in folder. */
    public static boolean isPlugin(Bundle bundle) {
        return bundle.getLocation().startsWith(LOCATION_PREFIX);
    }

    /**
     * Reads and checks a jar's OSGi manifest.
     *
     * @throws IOException when it is not a readable jar or not an OSGi bundle (the message says why)
     */
    public static Descriptor describe(Path jar) throws IOException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException e) {
            throw new IOException(jar + ": not a jar (" + e.getMessage() + ")", e);
        }
        if (manifest == null) {
            throw new IOException(jar + ": not an OSGi bundle (no META-INF/MANIFEST.MF)");
        }
        Attributes main = manifest.getMainAttributes();
        if (!"2".equals(trim(main.getValue(Constants.BUNDLE_MANIFESTVERSION)))) {
            throw new IOException(jar + ": not an OSGi bundle (Bundle-ManifestVersion is not 2)");
        }
        String name = trim(main.getValue(Constants.BUNDLE_SYMBOLICNAME));
        if (name == null || name.isEmpty()) {
            throw new IOException(jar + ": not an OSGi bundle (no Bundle-SymbolicName)");
        }
        int semicolon = name.indexOf(';');
        if (semicolon >= 0) {
            name = name.substring(0, semicolon).trim();
        }
        if (!name.matches("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*")) {
            throw new IOException(jar + ": Bundle-SymbolicName '" + name + "' is not a valid symbolic name");
        }
        Version version;
        try {
            String given = trim(main.getValue(Constants.BUNDLE_VERSION));
            version = given == null ? Version.emptyVersion : Version.parseVersion(given);
        } catch (IllegalArgumentException e) {
            throw new IOException(jar + ": Bundle-Version is not an OSGi version: " + e.getMessage(), e);
        }
        return new Descriptor(jar, name, version, main.getValue("Eclipse-SourceBundle") != null);
    }

    /** The plug-in jars of {@code folder}, sorted by file name (none if the folder does not exist). */
    public static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted()
                    .toList();
        }
    }

    /**
     * Brings the framework in line with {@code folder}: uninstalls plug-ins whose jar is gone or changed, installs
     * and starts the others, and waits (up to {@code waitMillis}) until each started bundle that declares
     * Declarative Services components has registered a service. A plug-in that fails to install, resolve or start
     * is reported in the result and does not stop the others.
     */
    public static Result load(BundleContext context, Path folder, long waitMillis) {
        Map<Path, String> problems = new LinkedHashMap<>();
        Map<String, Path> wanted = new LinkedHashMap<>();
        try {
            for (Path jar : jars(folder)) {
                try {
                    wanted.put(location(jar), jar);
                } catch (IOException e) {
                    problems.put(jar, "cannot read: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.put(folder, "cannot list: " + e.getMessage());
        }
        List<Bundle> removed = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (isPlugin(bundle) && !wanted.containsKey(bundle.getLocation())) {
                try {
                    bundle.uninstall();
                    removed.add(bundle);
                } catch (BundleException | IllegalStateException e) {
                    // already gone
                }
            }
        }
        if (!removed.isEmpty()) {
            refresh(context, removed);
        }
        List<Bundle> bundles = new ArrayList<>();
        for (Map.Entry<String, Path> entry : wanted.entrySet()) {
            Bundle bundle = context.getBundle(entry.getKey());
            if (bundle == null) {
                try (InputStream in = Files.newInputStream(entry.getValue())) {
                    bundle = context.installBundle(entry.getKey(), in);
                } catch (BundleException | IOException e) {
                    problems.put(entry.getValue(), "cannot install: " + e.getMessage());
                    continue;
                }
            }
            bundles.add(bundle);
        }
        List<Bundle> started = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start(Bundle.START_TRANSIENT);
                started.add(bundle);
            } catch (BundleException | IllegalStateException e) {
                problems.put(fileOf(bundle, wanted), "cannot start " + bundle.getSymbolicName() + ": " + e.getMessage());
            }
        }
        long deadline = System.currentTimeMillis() + waitMillis;
        for (Bundle bundle : started) {
            if (bundle.getHeaders("").get("Service-Component") == null) {
                continue;
            }
            while (bundle.getState() == Bundle.ACTIVE && empty(bundle.getRegisteredServices())
                    && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (empty(bundle.getRegisteredServices())) {
                problems.put(fileOf(bundle, wanted), bundle.getSymbolicName()
                        + " declares Declarative Services components but registered no service (is its OSGI-INF XML valid?)");
            }
        }
        return new Result(List.copyOf(bundles), problems);
    }

    /** Uninstalls the plug-in bundle {@code bundle} from the running framework. */
    public static void unload(BundleContext context, Bundle bundle) {
        try {
            bundle.uninstall();
            refresh(context, List.of(bundle));
        } catch (BundleException | IllegalStateException e) {
            // already gone
        }
    }

    private static Path fileOf(Bundle bundle, Map<String, Path> wanted) {
        Path file = wanted.get(bundle.getLocation());
        return file != null ? file : Path.of(bundle.getLocation());
    }

    private static boolean empty(Object[] array) {
        return array == null || array.length == 0;
    }

    private static void refresh(BundleContext context, List<Bundle> bundles) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The location a jar is installed under: its file name and the hash of its content. */
    private static String location(Path jar) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(jar)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0;) {
                    sha.update(buffer, 0, n);
                }
            }
            return LOCATION_PREFIX + jar.getFileName() + "#" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
