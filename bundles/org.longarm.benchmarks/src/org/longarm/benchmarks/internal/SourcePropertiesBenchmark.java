package org.longarm.benchmarks.internal;

import static org.longarm.benchmarks.internal.Measure.format;
import static org.longarm.benchmarks.internal.Measure.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EPackage;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.Neo4jStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the file name and import id on every {@code Source} node cost the server. An import writes one {@code Source}
 * per statement. Until 2026-11-30 each stored the file name and the file's whole SHA-256 as its import id: strings too
 * long to be stored inline in a property record, so at a million statements two million values in Neo4j's dynamic
 * string store. Since then a source stores only a 16-digit import id, and the file's {@code ImportRecord} the rest. The
 * benchmark upserts new {@code Source} nodes into Longarm's schema with the statement shape of the store's leaf upsert,
 * with each choice, alternating them batch by batch so that all meet the same server and the same growing index.
 */
@Command(name = "source-properties", mixinStandardHelpOptions = true,
        description = "Server cost of the file name and import id stored on every Source node.")
final class SourcePropertiesBenchmark implements Callable<Integer> {

    /** As long as the benchmark's own import: a file in a temporary folder, and a SHA-256 in hex. */
    private static final String FILE = "/tmp/longarm-bench-import0000000000000000000/statements.jsonl",
            IMPORT_ID = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static final String UPSERT = """
            UNWIND $rows AS row
            MERGE (n:Source {id: row.key})
            WITH n, row, n._version AS version WHERE n._hash IS NULL OR n._hash <> row.hash
            SET n += row.props, n._version = coalesce(version, 0) + 1""";

    private enum Variant {
        NEITHER("neither"), FILE_NAME("the file name"), IMPORT_ID("the whole SHA-256 as import id"),
        BOTH("both (what Longarm stored before)"), SHORT_IMPORT_ID("a 16-digit import id (what Longarm stores)");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    @Option(names = "--rows", defaultValue = "300000", description = "Source nodes written per variant")
    int rows;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per transaction")
    int batch;

    @Option(names = "--warm-up", defaultValue = "3", description = "batches per variant written first and not timed")
    int warmUp;

    @Override
    public Integer call() throws Exception {
        Path dataDir = Files.createTempDirectory("longarm-bench-sources");
        progress("starting the embedded Neo4j in " + dataDir);
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(),
                EmbeddedNeo4j.Resources.fromEnvironment(System.getenv()), false, Duration.ofMinutes(3));
        try {
            // opening the store creates Longarm's constraints and indexes, so the rows meet the real schema
            Neo4jStore.open(server.settings(), List.<EPackage>of(LongarmPackage.eINSTANCE), null).close();
            Map<Variant, double[]> totals = run(server);
            print(totals);
        } finally {
            server.stop();
            Measure.deleteRecursively(dataDir);
        }
        return 0;
    }

    /** Wall and server CPU seconds per variant, over the timed batches. */
    private Map<Variant, double[]> run(EmbeddedNeo4j server) {
        Map<Variant, double[]> totals = new LinkedHashMap<>();
        int batches = warmUp + (rows + batch - 1) / batch;
        long key = 0;
        var auth = AuthTokens.basic(server.settings().user(), new String(server.settings().password()));
        try (Driver driver = GraphDatabase.driver(server.settings().uri(), auth);
                Session session = driver.session()) {
            for (int b = 0; b < batches; b++) {
                if (b % 10 == 0) {
                    progress(format("batch %d of %d per variant", b + 1, batches));
                }
                // the order turns each round, so that no variant always runs right after the same other one
                for (int v = 0; v < Variant.values().length; v++) {
                    Variant variant = Variant.values()[(v + b) % Variant.values().length];
                    List<Map<String, Object>> rowList = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++, key++) {
                        rowList.add(row(key, variant));
                    }
                    double cpu = Measure.cpuSeconds(server.pid());
                    long t = System.nanoTime();
                    session.executeWrite(tx -> tx.run(UPSERT, Map.of("rows", rowList)).consume());
                    double seconds = Measure.seconds(t);
                    if (b >= warmUp) {
                        double[] total = totals.computeIfAbsent(variant, x -> new double[3]);
                        total[0] += seconds;
                        total[1] += Measure.cpuSeconds(server.pid()) - cpu;
                        total[2] += batch;
                    }
                }
            }
        }
        return totals;
    }

    private static Map<String, Object> row(long n, Variant variant) {
        String key = ImportBenchmark.statementId('e', n);
        long hash = n * 0x9E3779B97F4A7C15L;
        Map<String, Object> props = new HashMap<>();
        props.put("id", key);
        props.put("publisherName", "Synthetic");
        props.put("statementDate", LocalDate.of(2026, 1, 1));
        props.put("_class", "Source");
        props.put("_hash", hash);
        if (variant == Variant.FILE_NAME || variant == Variant.BOTH) {
            props.put("file", FILE);
        }
        if (variant == Variant.IMPORT_ID || variant == Variant.BOTH) {
            props.put("importId", IMPORT_ID);
        }
        if (variant == Variant.SHORT_IMPORT_ID) {
            props.put("importId", IMPORT_ID.substring(0, 16));
        }
        return Map.of("key", key, "hash", hash, "props", props);
    }

    private void print(Map<Variant, double[]> totals) {
        double[] neither = totals.get(Variant.NEITHER);
        System.out.println(format("New `Source` nodes, %,d-row transactions, variants alternated batch by batch "
                + "(%d warm-up batches each not counted):%n", batch, warmUp));
        System.out.println("| stored besides key, publisher, date and bookkeeping | rows | seconds | µs per row "
                + "| server CPU µs per row | more than neither, µs per row |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Variant variant : Variant.values()) {
            double[] t = totals.get(variant);
            System.out.println(format("| %s | %,d | %.2f | %.1f | %.1f | %+.1f |", variant.label, (long) t[2], t[0],
                    1e6 * t[0] / t[2], 1e6 * t[1] / t[2], 1e6 * (t[0] / t[2] - neither[0] / neither[2])));
        }
    }
}
