package org.longarm.ui.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.store.neo4j.Neo4jSettings;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's preferences: instance-scope preferences for the database choice and law-pack settings, Eclipse
 * secure storage for the server credentials (never a plain file). System properties override preferences (tests and
 * scripts): {@code longarm.dataDir}, {@code longarm.neo4j.uri}.
 */
public final class WorkbenchPreferences {

    public static final String NODE = "org.longarm.ui";
    public static final String DATA_DIR = "database.dataDir";
    public static final String MODE = "database.mode";
    public static final String URI = "database.uri";
    public static final String DATABASE = "database.name";
    public static final String SAR_IN_SCOPE = "lawPack.specialRegionsInScope";
    public static final String DE_FACTO = "lawPack.deFactoControl";
    public static final String LAW_PACK = "lawPack.id";
    public static final String POLICY = "policy.id";
    public static final String MODE_EMBEDDED = "embedded";
    public static final String MODE_SERVER = "server";
    private static final String SECURE_NODE = "org.longarm.ui/database";

    private final Map<String, String> environment;

    public WorkbenchPreferences(Map<String, String> environment) {
        this.environment = environment;
    }

    public IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public Path dataDir() {
        String property = System.getProperty("longarm.dataDir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String configured = node().get(DATA_DIR, "");
        return configured.isBlank() ? LongarmDatabase.defaultDataDir(environment) : Path.of(configured);
    }

    public boolean serverMode() {
        return System.getProperty("longarm.neo4j.uri") != null || MODE_SERVER.equals(node().get(MODE, MODE_EMBEDDED));
    }

    public String serverUri() {
        String property = System.getProperty("longarm.neo4j.uri");
        return property != null ? property : node().get(URI, "");
    }

    public LongarmDatabase.Options databaseOptions() {
        if (serverMode() && !serverUri().isBlank()) {
            Credentials credentials = credentials();
            String database = node().get(DATABASE, "");
            return new LongarmDatabase.Options(dataDir(), new Neo4jSettings(serverUri(), credentials.user(),
                    credentials.password(), database.isBlank() ? null : database),
                    EmbeddedNeo4j.Resources.fromEnvironment(environment));
        }
        return LongarmDatabase.Options.of(dataDir(), null, environment);
    }

    /** The embedded database of {@code dataDir}, whatever the preferences and the environment name. */
    public LongarmDatabase.Options embeddedOptions(Path dataDir) {
        return new LongarmDatabase.Options(dataDir, null, EmbeddedNeo4j.Resources.fromEnvironment(environment));
    }

    /** Makes the embedded database of {@code dataDir} the one the workbench opens from now on. */
    public void useEmbedded(Path dataDir) throws BackingStoreException {
        node().put(MODE, MODE_EMBEDDED);
        node().put(DATA_DIR, dataDir.toString());
        save();
    }

    public String describeDatabase() {
        return serverMode() ? serverUri() : "embedded, " + dataDir();
    }

    public boolean specialRegionsInScope() {
        return node().getBoolean(SAR_IN_SCOPE, false);
    }

    public boolean deFactoControl(boolean defaultValue) {
        return node().getBoolean(DE_FACTO, defaultValue);
    }

    public String lawPackId() {
        String id = node().get(LAW_PACK, "");
        return id.isBlank() ? null : id;
    }

    public String policyId() {
        String id = node().get(POLICY, "");
        return id.isBlank() ? null : id;
    }

    public void save() throws BackingStoreException {
        node().flush();
    }

    /** User name and password of the Neo4j server. */
    public record Credentials(String user, char[] password) {
    }

    /** The server credentials from secure storage (empty when none are stored or storage is unavailable). */
    public Credentials credentials() {
        try {
            ISecurePreferences secure = SecurePreferencesFactory.getDefault().node(SECURE_NODE);
            String password = secure.get("password", null);
            return new Credentials(secure.get("user", null), password == null ? null : password.toCharArray());
        } catch (StorageException | RuntimeException e) {
            Log.error("cannot read the database credentials from secure storage", e);
            return new Credentials(null, null);
        }
    }

    /** Stores the server credentials in secure storage, the password encrypted. */
    public void storeCredentials(String user, char[] password) throws StorageException, java.io.IOException {
        ISecurePreferences secure = SecurePreferencesFactory.getDefault().node(SECURE_NODE);
        secure.put("user", user == null ? "" : user, false);
        if (password != null && password.length > 0) {
            secure.put("password", new String(password), true);
        }
        secure.flush();
    }

    /** Removes the stored server credentials from secure storage (the user's "forget"). */
    public void forgetCredentials() throws java.io.IOException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root.nodeExists(SECURE_NODE)) {
            root.node(SECURE_NODE).removeNode();
            root.flush();
        }
    }
}
