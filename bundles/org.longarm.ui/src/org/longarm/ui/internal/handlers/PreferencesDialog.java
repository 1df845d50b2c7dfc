package org.longarm.ui.internal.handlers;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.longarm.ui.internal.WorkbenchPreferences;
import org.longarm.ui.internal.WorkbenchSession;

/**
 * Preferences: the database (embedded in a data folder, or a Neo4j server by URI with credentials kept in Eclipse
 * secure storage) and the law pack's settings (special administrative regions in scope, de facto control).
 * A changed database setting reconnects at once ({@link WorkbenchSession#reconnect()}, in a job; the current
 * connection stays when the new one fails); law-pack settings recompute the verdicts at once.
 */
public final class PreferencesDialog extends Dialog {

    private final WorkbenchSession session;
    private final WorkbenchPreferences preferences = new WorkbenchPreferences(System.getenv());
    private Button embedded;
    private Button server;
    private Text dataDir;
    private Text uri;
    private Text user;
    private Text password;
    private Text database;
    private Button sar;
    private Button deFacto;
    private Button forget;
    private String databaseBefore;

    public PreferencesDialog(Shell parent, WorkbenchSession session) {
        super(parent);
        this.session = session;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Longarm preferences");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        IEclipsePreferences node = preferences.node();
        Group db = new Group(area, SWT.NONE);
        db.setText("Database (a change reconnects on OK)");
        db.setLayout(new GridLayout(2, false));
        db.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        embedded = new Button(db, SWT.RADIO);
        embedded.setText("Embedded Neo4j, managed by Longarm, in the data folder:");
        embedded.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(db, SWT.NONE).setText("Data folder:");
        dataDir = text(db, node.get(WorkbenchPreferences.DATA_DIR, ""));
        dataDir.setMessage(preferences.dataDir().toString());
        server = new Button(db, SWT.RADIO);
        server.setText("Neo4j server or cluster:");
        server.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(db, SWT.NONE).setText("URI:");
        uri = text(db, node.get(WorkbenchPreferences.URI, ""));
        uri.setMessage("neo4j+s://host:7687");
        new Label(db, SWT.NONE).setText("Database:");
        database = text(db, node.get(WorkbenchPreferences.DATABASE, ""));
        database.setMessage("(server default)");
        WorkbenchPreferences.Credentials credentials = preferences.credentials();
        new Label(db, SWT.NONE).setText("User:");
        user = text(db, credentials.user() == null ? "" : credentials.user());
        new Label(db, SWT.NONE).setText("Password:");
        password = new Text(db, SWT.BORDER | SWT.PASSWORD);
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        password.setMessage(credentials.password() == null ? "" : "(stored; leave empty to keep)");
        new Label(db, SWT.NONE);
        forget = new Button(db, SWT.PUSH);
        forget.setText("Forget stored credentials");
        forget.setEnabled(credentials.user() != null || credentials.password() != null);
        forget.addListener(SWT.Selection, e -> forgetCredentials());
        Label note = new Label(db, SWT.WRAP);
        note.setText("Credentials are kept in Eclipse secure storage, the password encrypted; never in a plain file.");
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        boolean serverMode = WorkbenchPreferences.MODE_SERVER.equals(node.get(WorkbenchPreferences.MODE, ""));
        embedded.setSelection(!serverMode);
        server.setSelection(serverMode);
        databaseBefore = databaseSettings();
        Group law = new Group(area, SWT.NONE);
        law.setText("Law pack: " + session.lawPack().name() + " " + session.lawPack().version());
        law.setLayout(new GridLayout(1, false));
        law.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sar = new Button(law, SWT.CHECK);
        sar.setText("Special administrative regions in scope (" + String.join(", ", session.lawPack().specialRegions())
                + ")");
        sar.setSelection(session.settings().specialRegionsInScope());
        deFacto = new Button(law, SWT.CHECK);
        deFacto.setText("Apply the de facto control test");
        deFacto.setSelection(session.settings().deFactoControl());
        return area;
    }

    /** The data folder of the embedded database, for tests. */
    public Text dataDirField() {
        return dataDir;
    }

    /** The server fields by name ({@code uri}, {@code database}, {@code user}, {@code password}), for tests. */
    public Text serverField(String name) {
        return switch (name) {
            case "uri" -> uri;
            case "database" -> database;
            case "user" -> user;
            case "password" -> password;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Chooses the server (true) or the embedded database (false), as a click on its radio button does. */
    public void chooseServer(boolean serverMode) {
        server.setSelection(serverMode);
        embedded.setSelection(!serverMode);
    }

    /**
     * Removes the stored credentials from secure storage at once (not on OK: a user who forgets them expects them
     * gone even when the dialog is then cancelled), and empties the fields that showed them.
     */
    private void forgetCredentials() {
        try {
            preferences.forgetCredentials();
        } catch (java.io.IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Preferences", "Cannot remove the stored credentials: " + e.getMessage());
            return;
        }
        user.setText("");
        password.setText("");
        password.setMessage("");
        forget.setEnabled(false);
    }

    /** What the database fields say, to tell whether OK must reconnect (the password only when one was typed). */
    private String databaseSettings() {
        return String.join("\n", server.getSelection() ? "server" : "embedded", dataDir.getText().strip(),
                uri.getText().strip(), database.getText().strip(), user.getText().strip(),
                password.getText().isEmpty() ? "" : "new password");
    }

    private static Text text(Composite parent, String value) {
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 360;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void okPressed() {
        try {
            // the credentials first: when secure storage refuses them, no preference changes (not even in memory:
            // a server choice without its password would be saved by the next flush)
            if (server.getSelection() && (!user.getText().isBlank() || !password.getText().isEmpty())) {
                preferences.storeCredentials(user.getText().strip(), password.getText().toCharArray());
            }
            IEclipsePreferences node = preferences.node();
            node.put(WorkbenchPreferences.MODE, server.getSelection() ? WorkbenchPreferences.MODE_SERVER
                    : WorkbenchPreferences.MODE_EMBEDDED);
            node.put(WorkbenchPreferences.DATA_DIR, dataDir.getText().strip());
            node.put(WorkbenchPreferences.URI, uri.getText().strip());
            node.put(WorkbenchPreferences.DATABASE, database.getText().strip());
            node.putBoolean(WorkbenchPreferences.SAR_IN_SCOPE, sar.getSelection());
            node.putBoolean(WorkbenchPreferences.DE_FACTO, deFacto.getSelection());
            preferences.save();
        } catch (Exception e) {
            MessageDialog.openError(getShell(), "Preferences", "Cannot save the preferences: " + e.getMessage());
            return;
        }
        if (!databaseSettings().equals(databaseBefore)) {
            session.reconnect();
        }
        var settings = session.settings();
        if (settings.specialRegionsInScope() != sar.getSelection() || settings.deFactoControl() != deFacto.getSelection()) {
            session.setSettings(new org.longarm.core.analysis.LawPackSettings(sar.getSelection(), deFacto.getSelection(),
                    settings.controlAbove(), settings.deFactoAtLeast(), settings.influenceAtLeast(),
                    settings.resolvedAtLeast(), settings.significantHolderAtLeast()));
        }
        super.okPressed();
    }
}
