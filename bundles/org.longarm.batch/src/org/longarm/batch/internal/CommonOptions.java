package org.longarm.batch.internal;

import java.nio.file.Path;
import java.util.List;

import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;

import picocli.CommandLine.Option;

/** Where the graph lives, shared by every command that opens it. */
final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Longarm's data folder (embedded database); default $LONGARM_DATA_DIR, else $XDG_DATA_HOME/longarm or ~/.local/share/longarm.")
    Path dataDir;

    @Option(names = "--neo4j", paramLabel = "URI",
            description = "Use this Neo4j server or cluster (bolt://, neo4j://, neo4j+s://) instead of the embedded database; credentials from NEO4J_USERNAME / NEO4J_PASSWORD.")
    String neo4jUri;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    LongarmDatabase.Options databaseOptions() {
        try {
            return LongarmDatabase.Options.of(dataDir, neo4jUri, System.getenv());
        } catch (IllegalArgumentException e) { // a URI that is no Neo4j URI
            throw new UsageException((neo4jUri != null ? "--neo4j: " : "NEO4J_URI: ") + e.getMessage());
        }
    }

    /**
     * Opens the database; progress on stderr while it finishes a write that an earlier run committed.
     *
     * @param create whether an embedded data folder without a database gets a new one; a command that only reads
     *            refuses such a folder instead, before anything is written there: a mistyped {@code --data-dir}
     *            would otherwise leave a new, empty database behind and show an empty graph
     */
    LongarmDatabase open(boolean create) {
        LongarmDatabase.Options options = databaseOptions();
        if (!create && options.server() == null && !EmbeddedNeo4j.hasDatabase(options.dataDir())) {
            throw new UsageException("no Longarm database in " + options.dataDir() + (dataDir != null ? ""
                    : !System.getenv().getOrDefault("LONGARM_DATA_DIR", "").isBlank() ? " (from LONGARM_DATA_DIR; --data-dir names another)"
                            : " (the default data folder; --data-dir or LONGARM_DATA_DIR name another)")
                    + ": import files into it first, with 'longarm import FILE...'");
        }
        ConsoleProgress progress = LongarmCommand.progress();
        try {
            return LongarmDatabase.open(options, List.of(), progress);
        } finally {
            progress.done();
        }
    }
}
