package org.longarm.benchmarks.internal;

import static org.longarm.benchmarks.internal.Measure.cpuNow;
import static org.longarm.benchmarks.internal.Measure.cpuUsed;
import static org.longarm.benchmarks.internal.Measure.format;
import static org.longarm.benchmarks.internal.Measure.progress;
import static org.longarm.benchmarks.internal.Measure.seconds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.InterestRecord;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.ModelStore;
import org.longarm.model.LongarmPackage;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.store.neo4j.Neo4jStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code longarm import}'s path (validate, then a staged write) on a generated BODS file, against the raw driver
 * UNWIND baseline on the same records (and on the same graph Longarm writes) and Neo4j's offline bulk importer on the
 * same data as CSV. Every writer first writes a smaller file of other statements, untimed, so that none of them pays
 * alone for the server's cold start.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "BODS import throughput: Longarm's importer vs raw UNWIND vs neo4j-admin database import.")
final class ImportBenchmark implements Callable<Integer> {

    @Option(names = "--statements", defaultValue = "100000", description = "statements to generate (a third entities)")
    int statements;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per raw UNWIND transaction")
    int batch;

    @Option(names = "--warm-up", defaultValue = "20000", description = "statements of another generated file that "
            + "every writer writes (and that is then wiped) before the timed runs; 0 for none")
    int warmUp;

    @Option(names = "--longarm-only", description = "time Longarm's importer alone, without the baselines "
            + "(for trying out a change; the figures in docs/benchmarks.md come from full runs)")
    boolean longarmOnly;

    @Option(names = "--update", defaultValue = "0", description = "after Longarm's import, time a second import of "
            + "this many newer statements for records it stored (an entity renamed, an interest's share changed); "
            + "0 for none")
    int update;

    @Option(names = "--dry-run", description = "with --update: first time a dry run of the update's file "
            + "(`longarm import --dry-run`: the import's checks against the graph, nothing written)")
    boolean dryRun;

    @Option(names = "--history", defaultValue = "0", description = "after Longarm's imports, wipe the graph and time "
            + "an import of one file that holds the generated statements and this many newer ones for its own records "
            + "(a register's file with its history: such a record comes twice, so the importer reads the file a second "
            + "time to write only the newest statements); 0 for none")
    int history;

    @Option(names = "--identifier-refs", defaultValue = "0", description = "after Longarm's imports, wipe the graph and "
            + "time an import of the generated statements in which every organisation carries a register identifier "
            + "and relationships name organisations by it (SCHEME:ID) instead of by record id; then an import of about "
            + "this many newer statements, named so too, into the graph just written, whose references are found "
            + "through the graph's identifiers; 0 for none")
    int identifierRefs;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "1", description = "times to run Longarm's import and the raw "
            + "writers, each into the wiped graph, Longarm first in odd rounds and last in even ones; the summary "
            + "gives each writer's median and the median of the rounds' ratios (one round's ratio ranged from "
            + "0.45x to 1.01x on one machine within two hours)")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be 1 or more, not " + rounds);
        }
        Path dir = Files.createTempDirectory("longarm-bench-import");
        try {
            return run(dir);
        } finally {
            progress("deleting " + dir);
            Measure.deleteRecursively(dir); // a million statements leave about 4 GiB behind
        }
    }

    private int run(Path dir) throws Exception {
        int entities = statements / 3;
        SyntheticGraph graph = new SyntheticGraph(entities, statements - entities, 7);
        Path bods = dir.resolve("statements.jsonl");
        progress("writing " + statements + " BODS statements to " + bods);
        long[] written = writeBods(graph, bods);
        long total = written[0] + written[1];

        progress("starting the embedded Neo4j");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dir.resolve("data"), EmbeddedNeo4j.defaultRuntime(),
                EmbeddedNeo4j.Resources.fromEnvironment(System.getenv()), false, Duration.ofMinutes(3));
        List<String> rows = new ArrayList<>() {
            @Override
            public boolean add(String row) {
                progress(row); // as each writer ends: a run stopped part-way keeps the figures it got
                return super.add(row);
            }
        };
        List<Double> longarmTimes = new ArrayList<>();
        Map<RawWriter, List<Double>> rawTimes = new java.util.LinkedHashMap<>();
        RAW_WRITERS.forEach(writer -> rawTimes.put(writer, new ArrayList<>()));
        try (Neo4jStore store = Neo4jStore.open(server.settings(), List.<EPackage>of(LongarmPackage.eINSTANCE), null);
                Driver driver = GraphDatabase.driver(server.settings().uri(),
                        AuthTokens.basic(server.settings().user(), new String(server.settings().password())))) {
            if (warmUp > 0) {
                // a server's first minutes are slow (JIT, plan cache, page cache): every writer gets them, untimed
                int warmEntities = warmUp / 3;
                SyntheticGraph warm = new SyntheticGraph(warmEntities, warmUp - warmEntities, 11);
                Path warmBods = dir.resolve("warm-up.jsonl");
                writeBods(warm, warmBods);
                progress("warming the server up: each writer writes " + warmUp + " other statements, then they are wiped");
                longarm(store, warmBods, new Phases());
                wipe(driver);
                if (!longarmOnly) {
                    for (RawWriter writer : RAW_WRITERS) {
                        raw(warm, driver, writer);
                        wipe(driver);
                    }
                }
            }

            for (int round = 1; round <= rounds; round++) {
                String ofRound = rounds == 1 ? "" : ", round " + round + " of " + rounds;
                boolean longarmFirst = round % 2 == 1;
                if (!longarmFirst && !longarmOnly) {
                    timedRawWriters(ofRound, graph, driver, server, total, rows, rawTimes);
                }
                wipe(driver);
                progress("longarm import (validate, then a staged write)" + ofRound);
                longarmTimes.add(timedLongarm("longarm import (validate + staged write)" + ofRound, store, bods,
                        total, true, server, rows));
                if (round == 1) {
                    laterLongarmImports(store, graph, bods, total, dir, server, driver, rows);
                }
                if (longarmFirst && !longarmOnly) {
                    timedRawWriters(ofRound, graph, driver, server, total, rows, rawTimes);
                }
            }
        } finally {
            server.stop();
        }
        if (longarmOnly) {
            rows.add(newDatabase(bods, total, dir));
            rows.forEach(System.out::println);
            if (rounds > 1) {
                System.out.println();
                printMedian(LONGARM, longarmTimes);
            }
            return 0;
        }

        progress("neo4j-admin database import full");
        double bulk = bulkImport(graph, dir);
        rows.add(format("| neo4j-admin database import full (fresh database, CSV) | %,d | %.1f | %,.0f | |", total, bulk,
                total / bulk));
        rows.add(newDatabase(bods, total, dir));

        System.out.println(format("%,d statements (%,d entities, %,d relationships), %,d MiB of BODS JSON Lines.%n",
                total, written[0], written[1], Files.size(bods) >> 20));
        System.out.println("| writer | statements | seconds | statements/s | notes |");
        System.out.println("|---|---:|---:|---:|---|");
        rows.forEach(System.out::println);
        System.out.println();
        if (rounds > 1) {
            printMedian(LONGARM, longarmTimes);
            rawTimes.forEach((writer, seconds) -> printMedian(writer.summaryName(), seconds));
        }
        rawTimes.forEach((writer, seconds) -> System.out.println(ratios(writer.summaryName(), seconds, longarmTimes)));
        return 0;
    }

    private static final String LONGARM = "longarm import";

    /** The raw writers, each into the wiped graph. */
    private void timedRawWriters(String ofRound, SyntheticGraph graph, Driver driver, EmbeddedNeo4j server, long total,
            List<String> rows, Map<RawWriter, List<Double>> rawTimes) {
        for (RawWriter writer : RAW_WRITERS) {
            wipe(driver);
            rawTimes.get(writer).add(timedRaw(ofRound, graph, driver, server, writer, total, rows));
        }
    }

    private static void printMedian(String writer, List<Double> seconds) {
        System.out.println(format("%s: median %.1f s of %s", writer, median(seconds), secondsList(seconds)));
    }

    /** The imports that follow Longarm's first one, as the options ask: an update, a history, identifiers. */
    private void laterLongarmImports(ModelStore store, SyntheticGraph graph, Path bods, long total, Path dir,
            EmbeddedNeo4j server, Driver driver, List<String> rows) throws Exception {
        if (update > 0) {
            updateImport(store, graph, update, false, dir.resolve("update.jsonl"), server, rows);
        }
        if (history > 0) {
            wipe(driver);
            historyImport(store, graph, bods, total, dir, server, rows);
        }
        if (identifierRefs > 0) {
            wipe(driver);
            identifierImports(store, graph, dir, server, driver, rows);
        }
    }

    /**
     * Longarm's speed as a share of a baseline's (its time over Longarm's): of the one round, or over the rounds both
     * the ratio of the medians and the median of each round's ratio, which round-to-round drift of the machine cannot
     * move as it moves a median of times taken at different moments.
     */
    private static String ratios(String baseline, List<Double> baselineSeconds, List<Double> longarmSeconds) {
        List<Double> perRound = new ArrayList<>();
        for (int i = 0; i < longarmSeconds.size(); i++) {
            perRound.add(baselineSeconds.get(i) / longarmSeconds.get(i));
        }
        if (perRound.size() == 1) {
            return format("longarm import / %s = %.2f×", baseline, perRound.get(0));
        }
        return format("longarm import / %s: median of the rounds' ratios %.2f× (rounds: %s), ratio of the medians "
                + "%.2f×", baseline, median(perRound), String.join(", ", perRound.stream()
                        .map(r -> format("%.2f×", r)).toList()), median(baselineSeconds) / median(longarmSeconds));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String secondsList(List<Double> seconds) {
        return String.join(", ", seconds.stream().map(s -> format("%.1f s", s)).toList());
    }

    /** {@code longarm import --new-database}: the same file into a new database, through the bulk importer. */
    private static String newDatabase(Path bods, long total, Path dir) throws Exception {
        progress("longarm import --new-database (validate, CSV, neo4j-admin, start and index)");
        resetPeaks();
        long t = System.nanoTime();
        Phases phases = new Phases();
        LongarmDatabase.createByBulkImport(new LongarmDatabase.Options(dir.resolve("new-database"), null,
                EmbeddedNeo4j.Resources.fromEnvironment(System.getenv())), List.of(), store -> {
                    longarm(store, bods, phases);
                    return null;
                }, phases);
        double seconds = seconds(t);
        // a bulk-imported store holds the graph and nothing else (no freed records, no staged batches)
        long storeMiB = Measure.sizeMiB(dir.resolve("new-database/neo4j/data/databases/neo4j"));
        return format("| longarm import --new-database (validate, CSV, neo4j-admin, server start and indexes) | %,d | "
                + "%.1f | %,.0f | peak heap of the importing JVM %,d MiB; %s; the database's store %,d MiB |", total,
                seconds, total / seconds, peakHeapMiB(), phases.summary(System.nanoTime()), storeMiB);
    }

    /**
     * An import into the graph just written: newer statements for every n-th of its records, so that each one meets a
     * stored record, its stored sources and its content hash, and replaces them.
     */
    private void updateImport(ModelStore store, SyntheticGraph graph, int count, boolean byIdentifier, Path file,
            EmbeddedNeo4j server, List<String> rows) throws Exception {
        long[] written;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            written = writeNewerStatements(graph, count, out, byIdentifier);
        }
        long total = written[0] + written[1];
        String named = byIdentifier ? ", organisations named by identifier" : "";
        if (dryRun) {
            progress("longarm import --dry-run of " + total + " newer statements for stored records" + named);
            timedDryRun(format("longarm import --dry-run of the newer statements%s (nothing written)", named), store,
                    file, total, server, rows);
        }
        progress("longarm import of " + total + " newer statements for stored records" + named);
        timedLongarm(format("longarm import of newer statements for stored records%s (%,d entities, %,d relationships)",
                named, written[0], written[1]), store, file, total, true, server, rows);
    }

    /**
     * An import into an empty graph of the generated statements followed, in the same file, by newer statements for
     * every n-th of their records: the importer meets records that come twice, so it checks the whole file before it
     * knows which statement of each record to write, and reads it a second time to write those.
     */
    private void historyImport(ModelStore store, SyntheticGraph graph, Path bods, long first, Path dir,
            EmbeddedNeo4j server, List<String> rows) throws Exception {
        Path file = dir.resolve("history.jsonl");
        Files.copy(bods, file);
        long[] newer;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            newer = writeNewerStatements(graph, history, out, false);
        }
        long total = first + newer[0] + newer[1];
        progress("longarm import of " + total + " statements, " + (newer[0] + newer[1]) + " of them newer ones for "
                + "records of the same file");
        timedLongarm(format("longarm import of a file with history: the generated statements and %,d newer ones for "
                + "its own records (%,d entities, %,d relationships)", newer[0] + newer[1], newer[0], newer[1]), store,
                file, total, false, server, rows);
    }

    /**
     * Imports, into an empty graph, the generated statements with organisations named by their identifiers, then newer
     * statements named so for every n-th record into the graph just written; each import must resolve every such
     * reference, to the entity the generator meant, in one pass (or the benchmark fails).
     */
    private void identifierImports(ModelStore store, SyntheticGraph graph, Path dir, EmbeddedNeo4j server,
            Driver driver, List<String> rows) throws Exception {
        Path file = dir.resolve("by-identifier.jsonl");
        long[] written = writeBods(graph, file, true);
        long total = written[0] + written[1];
        progress("longarm import of " + total + " statements naming organisations by identifier");
        timedLongarm(format("longarm import, organisations named by identifier (`GB-COH:…`) in relationships "
                + "(%,d entities, %,d relationships)", written[0], written[1]), store, file, total, true, server, rows);
        List<Map<String, Object>> sample = resolutionSample(graph);
        requireResolvedAsGenerated(driver, sample);
        updateImport(store, graph, identifierRefs, true, dir.resolve("update-by-identifier.jsonl"), server, rows);
        requireResolvedAsGenerated(driver, sample);
    }

    /** Interests whose stored parties {@link #requireResolvedAsGenerated} compares with the generator's. */
    private static final int RESOLUTION_SAMPLE = 10_000;

    /** About {@link #RESOLUTION_SAMPLE} interests spread over the graph: each one's key and the keys of its parties. */
    private static List<Map<String, Object>> resolutionSample(SyntheticGraph graph) {
        List<Map<String, Object>> sample = new ArrayList<>();
        long step = Math.max(1, graph.counts().interests() / RESOLUTION_SAMPLE);
        long[] seen = {0};
        graph.interests(i -> {
            if (seen[0]++ % step == 0) {
                sample.add(Map.of("id", i.relationshipKey(), "holder", i.holderKey(), "subject", i.subjectKey()));
            }
        }, null);
        return sample;
    }

    /**
     * Fails when an import left a reference it could not resolve (a stub: a node holding only its key), or when an
     * interest of the {@link #resolutionSample} joins other parties than the generator's.
     */
    private static void requireResolvedAsGenerated(Driver driver, List<Map<String, Object>> sample) {
        try (Session session = driver.session()) {
            long stubs = session.run("MATCH (n:Entity) WHERE n._class IS NULL RETURN count(n) AS stubs").single()
                    .get("stubs").asLong();
            if (stubs > 0) {
                throw new IllegalStateException(stubs + " references by identifier were not resolved (stubs)");
            }
            List<String> wrong = session.run("""
                    UNWIND $sample AS s
                    OPTIONAL MATCH (a)-[r:INTEREST_IN {id: s.id}]->(b)
                    WITH s, collect(a.id + ' -> ' + b.id) AS parties
                    WHERE parties <> [s.holder + ' -> ' + s.subject]
                    RETURN s.id AS id, parties LIMIT 5""", Map.of("sample", sample))
                    .list(r -> r.get("id").asString() + ": " + r.get("parties").asList());
            if (!wrong.isEmpty()) {
                throw new IllegalStateException("interests stored between other parties than generated (holder -> "
                        + "subject), or missing: " + wrong);
            }
        }
    }

    /**
     * Writes about {@code count} newer statements for every n-th record of {@code graph} (an entity renamed, an
     * interest's share changed); returns how many for entities and for relationships.
     */
    private long[] writeNewerStatements(SyntheticGraph graph, int count, BufferedWriter out, boolean byIdentifier) {
        long step = Math.max(1, statements / count);
        long[] written = new long[2];
        long[] seen = new long[2];
        graph.entities(e -> {
            if (seen[0]++ % step == 0) {
                EntityRecord renamed = new EntityRecord(e.key(), e.name() + " Holdings", e.person(), e.entityType(),
                        e.jurisdiction(), e.nationalities(), e.publicListing(), e.identifiers());
                write(out, entity(renamed, UPDATE_STATEMENTS + written[0]++, UPDATE_DATE, byIdentifier));
            }
        }, null);
        graph.interests(i -> {
            if (seen[1]++ % step == 0) {
                InterestRecord changed = new InterestRecord(i.relationshipKey(), i.index(), i.holderKey(),
                        i.subjectKey(), i.type(), i.shareExact() == null ? 25.0 : i.shareExact() / 2,
                        i.shareMinimum(), i.shareMaximum(), i.startDate(), i.endDate());
                write(out, relationship(changed, UPDATE_STATEMENTS + written[1]++, UPDATE_DATE,
                        byIdentifier ? graph : null));
            }
        }, null);
        return written;
    }

    /**
     * Times Longarm's import of one file of {@code total} statements and adds its row to the table; returns seconds.
     *
     * @param onePass whether the import must write in the pass that checks (it fails the benchmark when it was read
     *            a second time, so that a path that should stay in one pass is not measured unnoticed in two)
     */
    private static double timedLongarm(String what, ModelStore store, Path file, long total, boolean onePass,
            EmbeddedNeo4j server, List<String> rows) throws IOException {
        resetPeaks();
        double[] cpu = cpuNow(server.pid());
        long t = System.nanoTime();
        Phases phases = new Phases();
        longarm(store, file, phases);
        double seconds = seconds(t);
        if (onePass && phases.readTwice()) {
            throw new IllegalStateException(what + ": read a second time, where it should be written in one pass");
        }
        String cpuUsed = cpuUsed(cpu, server.pid(), seconds);
        rows.add(format("| %s | %,d | %.1f | %,.0f | peak heap of the importing JVM %,d MiB; %s; %s |", what, total,
                seconds, total / seconds, peakHeapMiB(), phases.summary(System.nanoTime()), cpuUsed));
        return seconds;
    }

    /** {@code longarm import --dry-run} of {@code file}: the import's reading and checks, with nothing written. */
    private static void timedDryRun(String what, ModelStore store, Path file, long total, EmbeddedNeo4j server,
            List<String> rows) throws IOException {
        resetPeaks();
        double[] cpu = cpuNow(server.pid());
        long t = System.nanoTime();
        ImportReport report = new Importer(Contributions.inputFormats()).dryRun(List.of(file), store,
                new NullProgressMonitor());
        double seconds = seconds(t);
        if (!report.valid() || report.files().get(0).written() == 0) {
            throw new IllegalStateException(what + ": the dry run found " + (report.valid() ? "nothing to write"
                    : report.problems().get(0)));
        }
        rows.add(format("| %s | %,d | %.1f | %,.0f | peak heap of the importing JVM %,d MiB; %,d facts to write; %s |",
                what, total, seconds, total / seconds, peakHeapMiB(), report.files().get(0).written(),
                cpuUsed(cpu, server.pid(), seconds)));
    }

    private static void longarm(ModelStore store, Path bods, Phases phases) throws IOException {
        ImportReport report = new Importer(Contributions.inputFormats()).importFiles(List.of(bods), store, phases);
        if (!report.valid()) {
            throw new IllegalStateException("generated data invalid: " + report.problems().get(0));
        }
    }

    private static long[] writeBods(SyntheticGraph graph, Path file) throws Exception {
        return writeBods(graph, file, false);
    }

    /** @param byIdentifier whether organisations carry an identifier and relationships name them by it */
    private static long[] writeBods(SyntheticGraph graph, Path file, boolean byIdentifier) throws Exception {
        long[] counts = new long[2];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            graph.entities(e -> {
                write(out, entity(e, counts[0]++, STATEMENT_DATE, byIdentifier));
            }, null);
            graph.interests(i -> {
                write(out, relationship(i, counts[1]++, STATEMENT_DATE, byIdentifier ? graph : null));
            }, null);
        }
        return counts;
    }

    private static void write(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The id of generated statement {@code n}: UUID-shaped, kind {@code 'e'} for entities and persons, {@code 'r'} for
     * relationships.
     */
    static String statementId(char kind, long n) {
        return "%08x-0000-4000-8000-%c%011d".formatted(n, kind == 'e' ? 'e' : 'f', n);
    }

    private static String publication() {
        return "\"publicationDetails\": {\"publicationDate\": \"2026-11-29\", \"bodsVersion\": \"0.4\", \"publisher\": {\"name\": \"Synthetic\"}}";
    }

    private static final String STATEMENT_DATE = "2026-01-01", UPDATE_DATE = "2026-06-01";
    /** Where the numbers of the update's statements start, so that their ids differ from the first file's. */
    private static final long UPDATE_STATEMENTS = 1_000_000_000L;

    /** BODS's record status: a record's first statement is new, the later ones update it. */
    private static String status(String date) {
        return date.equals(STATEMENT_DATE) ? "new" : "updated";
    }

    /** The scheme of the generated organisations' identifiers, with their key as the id. */
    private static final String SCHEME = "GB-COH";

    private static String entity(EntityRecord e, long n, String date, boolean withIdentifier) {
        String details;
        if (e.person()) {
            details = "{\"isComponent\": false, \"personType\": \"knownPerson\", \"names\": [{\"type\": \"legal\", \"fullName\": \"%s\"}]%s}"
                    .formatted(e.name(), e.nationalities().isEmpty() ? ""
                            : ", \"nationalities\": [{\"name\": \"%s\", \"code\": \"%s\"}]".formatted(e.nationalities().get(0), e.nationalities().get(0)));
        } else {
            details = "{\"isComponent\": false, \"entityType\": {\"type\": \"%s\"}, \"name\": \"%s\"%s%s%s}".formatted(
                    e.entityType().getLiteral(), e.name(),
                    e.jurisdiction() == null ? "" : ", \"jurisdiction\": {\"name\": \"%s\", \"code\": \"%s\"}".formatted(e.jurisdiction(), e.jurisdiction()),
                    e.publicListing() ? ", \"publicListing\": {\"hasPublicListing\": true}" : "",
                    withIdentifier ? ", \"identifiers\": [{\"id\": \"%s\", \"scheme\": \"%s\", \"schemeName\": \"Companies House\"}]"
                            .formatted(e.key(), SCHEME) : "");
        }
        return "{\"statementId\": \"%s\", \"declarationSubject\": \"%s\", \"statementDate\": \"%s\", \"recordId\": \"%s\", \"recordType\": \"%s\", \"recordStatus\": \"%s\", \"recordDetails\": %s, %s}"
                .formatted(statementId('e', n), e.key(), date, e.key(), e.person() ? "person" : "entity", status(date), details,
                        publication());
    }

    /** @param byIdentifier the graph whose organisations the parties name by identifier, or null to name them by key */
    private static String relationship(InterestRecord i, long n, String date, SyntheticGraph byIdentifier) {
        String share = i.shareExact() == null ? "" : ", \"share\": {\"exact\": %s}".formatted(i.shareExact());
        return ("{\"statementId\": \"%s\", \"declarationSubject\": \"%s\", \"statementDate\": \"%s\", \"recordId\": \"%s\", \"recordType\": \"relationship\", \"recordStatus\": \"%s\", "
                + "\"recordDetails\": {\"isComponent\": false, \"subject\": \"%s\", \"interestedParty\": \"%s\", \"interests\": [{\"type\": \"%s\", \"directOrIndirect\": \"direct\", \"beneficialOwnershipOrControl\": false%s}]}, %s}")
                .formatted(statementId('r', n), i.subjectKey(), date, i.relationshipKey(), status(date),
                        reference(i.subjectKey(), byIdentifier), reference(i.holderKey(), byIdentifier),
                        i.type().getLiteral(), share, publication());
    }

    private static String reference(String key, SyntheticGraph byIdentifier) {
        return byIdentifier == null || byIdentifier.entity(key).orElseThrow().person() ? key : SCHEME + ":" + key;
    }

    /**
     * A hand-written writer: what it writes (for its row of the table and its summary) and what Longarm writes beside
     * it, its statements for the entities and for the interests, and whether its rows carry every property (only the
     * writer that stores them is sent them, so that the others do not pay for the larger rows).
     */
    private record RawWriter(String what, String notes, String entities, String relationships, boolean everyProperty) {
        String summaryName() {
            return "raw UNWIND of " + what;
        }
    }

    private static final RawWriter RECORDS = new RawWriter("the records", "", """
            UNWIND $rows AS r MERGE (n:Entity {id: r.id}) SET n:Organisation, n.name = r.name
            MERGE (j:Jurisdiction {code: r.j}) CREATE (n)-[:JURISDICTION]->(j)""", """
            UNWIND $rows AS r MATCH (a:Entity {id: r.holder}) MATCH (b:Entity {id: r.subject})
            CREATE (a)-[:INTEREST_IN {id: r.id, type: r.type, shareExact: r.share}]->(b)""", false);
    /** The same graph as Longarm's mapping gives: each statement's record, its `Source` node, and the links. */
    private static final RawWriter SOURCED = new RawWriter("the records and a `Source` per statement",
            "the graph Longarm writes, without hashes, versions and staging", """
            UNWIND $rows AS r MERGE (n:Entity {id: r.id}) SET n:Organisation:Sourced, n.name = r.name
            MERGE (s:Source {id: r.source}) SET s.publisherName = 'Synthetic', s.statementDate = date('2026-01-01')
            CREATE (n)-[:SOURCES {ord: 0}]->(s)
            MERGE (j:Jurisdiction {code: r.j}) CREATE (n)-[:JURISDICTION {ord: 0}]->(j)""", """
            UNWIND $rows AS r MATCH (a:Entity {id: r.holder}) MATCH (b:Entity {id: r.subject})
            MERGE (s:Source {id: r.source}) SET s.publisherName = 'Synthetic', s.statementDate = date('2026-01-01')
            CREATE (a)-[:INTEREST_IN {id: r.id, type: r.type, shareExact: r.share, sources: [r.source]}]->(b)""", false);

    /**
     * The same graph again with every property Longarm's mapping stores for these statements, but its bookkeeping
     * (class, content hash, version): what an importer writing exactly these facts, and nothing else, would write.
     */
    private static final RawWriter SAME_PROPERTIES = new RawWriter("the same graph with the same properties",
            "as above, and every property Longarm stores of these statements (entity and person types, listing, "
            + "interest details, each source's import id)", """
            UNWIND $rows AS r MERGE (n:Entity {id: r.id}) SET n:$(r.labels), n += r.props
            MERGE (s:Source {id: r.source}) SET s.publisherName = 'Synthetic', s.statementDate = date('2026-01-01'),
              s.importId = r.importId
            CREATE (n)-[:SOURCES {ord: 0}]->(s)
            WITH n, r CALL (n, r) { UNWIND r.jurisdictions AS code
              MERGE (j:Jurisdiction {code: code}) SET j.name = code CREATE (n)-[:JURISDICTION {ord: 0}]->(j) }""", """
            UNWIND $rows AS r MATCH (a:Entity {id: r.holder}) MATCH (b:Entity {id: r.subject})
            MERGE (s:Source {id: r.source}) SET s.publisherName = 'Synthetic', s.statementDate = date('2026-01-01'),
              s.importId = r.importId
            CREATE (a)-[:INTEREST_IN {id: r.id, type: r.type, directOrIndirect: 'direct',
              beneficialOwnershipOrControl: false, shareExact: r.share, sources: [r.source]}]->(b)""", true);
    private static final List<RawWriter> RAW_WRITERS = List.of(RECORDS, SOURCED, SAME_PROPERTIES);
    /** What the same-properties baseline stores as each source's import id: as long as Longarm's. */
    private static final String IMPORT_ID = "0123456789abcdef";

    /** Times one raw writer and adds its row to the table; returns its seconds. */
    private double timedRaw(String ofRound, SyntheticGraph graph, Driver driver, EmbeddedNeo4j server,
            RawWriter writer, long total, List<String> rows) {
        String what = writer.what() + ofRound, notes = writer.notes();
        progress("raw driver UNWIND, " + what);
        double[] cpu = cpuNow(server.pid());
        long t = System.nanoTime();
        raw(graph, driver, writer);
        double seconds = seconds(t);
        String cpuUsed = cpuUsed(cpu, server.pid(), seconds);
        rows.add(format("| raw driver UNWIND, %s (%,d-row transactions) | %,d | %.1f | %,.0f | %s%s |", what, batch, total,
                seconds, total / seconds, notes.isEmpty() ? "" : notes + "; ", cpuUsed));
        return seconds;
    }

    /** Writes the graph's entities, then its interests, with hand-written UNWIND statements in batches. */
    private void raw(SyntheticGraph graph, Driver driver, RawWriter writer) {
        long[] n = new long[2];
        try (Session session = driver.session()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            graph.entities(e -> {
                Map<String, Object> row = Map.of("id", e.key(), "name", e.name(),
                        "j", e.jurisdiction() == null ? "XX" : e.jurisdiction(), "source", statementId('e', n[0]++));
                if (writer.everyProperty()) {
                    row = new HashMap<>(row);
                    row.put("importId", IMPORT_ID);
                    row.put("labels", e.person() ? List.of("Person", "Sourced") : List.of("Organisation", "Sourced"));
                    row.put("props", e.person()
                            ? Map.of("name", e.name(), "personType", "knownPerson")
                            : Map.of("name", e.name(), "entityType", e.entityType().getLiteral(), "publicListing", e.publicListing()));
                    row.put("jurisdictions", e.person() ? e.nationalities().stream().limit(1).toList()
                            : e.jurisdiction() == null ? List.of() : List.of(e.jurisdiction()));
                }
                rows.add(row);
                if (rows.size() == batch) {
                    flush(session, rows, writer.entities());
                }
            }, null);
            flush(session, rows, writer.entities());
            graph.interests(i -> {
                Map<String, Object> row = new HashMap<>();
                row.put("id", i.relationshipKey());
                row.put("holder", i.holderKey());
                row.put("subject", i.subjectKey());
                row.put("type", i.type().getLiteral());
                row.put("share", i.shareExact());
                row.put("source", statementId('r', n[1]++));
                if (writer.everyProperty()) {
                    row.put("importId", IMPORT_ID);
                }
                rows.add(row);
                if (rows.size() == batch) {
                    flush(session, rows, writer.relationships());
                }
            }, null);
            flush(session, rows, writer.relationships());
        }
    }

    private static void flush(Session session, List<Map<String, Object>> rows, String cypher) {
        if (!rows.isEmpty()) {
            List<Map<String, Object>> copy = List.copyOf(rows);
            session.executeWrite(tx -> tx.run(cypher, Map.of("rows", copy)).consume());
            rows.clear();
        }
    }

    /** Writes the same records as CSV and runs Neo4j's offline importer into a fresh database; returns seconds. */
    private static double bulkImport(SyntheticGraph graph, Path dir) throws Exception {
        Path nodes = dir.resolve("nodes.csv"), rels = dir.resolve("relationships.csv");
        try (BufferedWriter out = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
            out.write("id:ID,name,:LABEL\n");
            graph.entities(e -> write(out, e.key() + ",\"" + e.name() + "\",Entity;Organisation"), null);
        }
        try (BufferedWriter out = Files.newBufferedWriter(rels, StandardCharsets.UTF_8)) {
            out.write(":START_ID,:END_ID,id,type,shareExact:double,:TYPE\n");
            graph.interests(i -> write(out, i.holderKey() + "," + i.subjectKey() + "," + i.relationshipKey() + ","
                    + i.type().getLiteral() + "," + (i.shareExact() == null ? "" : i.shareExact()) + ",INTEREST_IN"), null);
        }
        long t = System.nanoTime();
        EmbeddedNeo4j.importOffline(dir.resolve("bulk"), EmbeddedNeo4j.defaultRuntime(),
                List.of("--nodes=" + nodes, "--relationships=" + rels), ';', Duration.ofMinutes(30), null);
        return seconds(t);
    }

    private static void wipe(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:`_LongarmSchema` CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
    }

    /** Notes when the importer's progress moves from checking to staging to applying. */
    private static final class Phases extends NullProgressMonitor {
        private final long start = System.nanoTime();
        private final Map<String, Long> firstSeen = new java.util.LinkedHashMap<>();

        private final Map<String, Long> applyingNanos = new java.util.TreeMap<>();
        private String applying;
        private long applyingSince;

        @Override
        public void subTask(String name) {
            long now = System.nanoTime();
            for (String phase : List.of("Checking", "Writing", "Applying", "neo4j-admin", "starting the new")) {
                if (name != null && name.startsWith(phase)) {
                    firstSeen.putIfAbsent(phase, now);
                }
            }
            if (applying != null) {
                applyingNanos.merge(applying, now - applyingSince, Long::sum);
                applying = null;
            }
            if (name != null && name.startsWith("Applying batch") && name.contains(": ")) {
                applying = name.substring(name.lastIndexOf(": ") + 2);
                applyingSince = now;
            }
        }

        /** Whether the import read its files a second time to write them. */
        boolean readTwice() {
            return firstSeen.containsKey("Writing");
        }

        String summary(long end) {
            List<String> parts = new ArrayList<>();
            List<Map.Entry<String, Long>> seen = new ArrayList<>(firstSeen.entrySet());
            for (int i = 0; i < seen.size(); i++) {
                long from = i == 0 ? start : seen.get(i).getValue();
                long to = i + 1 < seen.size() ? seen.get(i + 1).getValue() : end;
                String label = switch (seen.get(i).getKey()) {
                    case "Checking" -> "check and stage";
                    case "Writing" -> "second pass";
                    case "neo4j-admin" -> "neo4j-admin";
                    case "starting the new" -> "server start and indexes";
                    default -> "apply";
                };
                parts.add(format("%s %.1f s", label, (to - from) / 1e9));
            }
            subTask(""); // closes the last batch's time
            List<String> classes = new ArrayList<>();
            applyingNanos.forEach((eClass, nanos) -> classes.add(format("%s %.1f s", eClass, nanos / 1e9)));
            return String.join(", ", parts) + (classes.isEmpty() ? "" : " (" + String.join(", ", classes) + ")");
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
