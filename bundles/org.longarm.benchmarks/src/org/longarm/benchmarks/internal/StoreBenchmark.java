package org.longarm.benchmarks.internal;

import static org.longarm.benchmarks.internal.Measure.format;
import static org.longarm.benchmarks.internal.Measure.progress;
import static org.longarm.benchmarks.internal.Measure.seconds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.store.ModelWriter;
import org.longarm.model.Identifier;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.Jurisdiction;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Relationship;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.Neo4jSettings;
import org.longarm.store.neo4j.Neo4jStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes N entities and M interests through the store, and the same records through the raw driver with batched
 * UNWIND statements, on the embedded server; also times the server's start and reads its memory.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Store write throughput against a raw driver UNWIND baseline; embedded server start and RSS.")
final class StoreBenchmark implements Callable<Integer> {

    private static final List<String> CODES = List.of("GB", "US", "CN", "HK", "DE", "FR", "JP", "KR", "TW", "SE",
            "NL", "KY", "VG", "SG", "CA", "IE", "LU", "CH", "IT", "ES");

    @Option(names = "--entities", defaultValue = "200000")
    int entities;

    @Option(names = "--interests", defaultValue = "400000")
    int interests;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per raw UNWIND statement")
    int batch;

    @Option(names = "--single-transaction", description = "also write everything through the store in one transaction")
    boolean singleTransaction;

    @Override
    public Integer call() throws Exception {
        Path dataDir = Files.createTempDirectory("longarm-bench-store");
        progress("starting the embedded Neo4j in " + dataDir);
        EmbeddedNeo4j.Resources resources = EmbeddedNeo4j.Resources.fromEnvironment(System.getenv());
        long start = System.nanoTime();
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(), resources, false,
                Duration.ofMinutes(3));
        double ready = seconds(start);
        Neo4jStore store = Neo4jStore.open(server.settings(), List.<EPackage>of(LongarmPackage.eINSTANCE), null);
        double firstQuery = seconds(start);
        long idleRss = Measure.rssMiB(server.pid());

        List<String[]> rows = new ArrayList<>();
        try (Driver driver = GraphDatabase.driver(server.settings().uri(), auth(server.settings()))) {
            long t;
            if (singleTransaction) {
                progress("store, one transaction: " + entities + " entities, " + interests + " interests");
                t = System.nanoTime();
                store.write(writer -> {
                    writeAll(writer);
                    return null;
                });
                rows.add(row("store (one transaction)", seconds(t)));
                wipe(driver);
            }

            progress("raw driver UNWIND, " + batch + "-row transactions");
            t = System.nanoTime();
            rawBaseline(driver);
            double raw = seconds(t);
            rows.add(row("raw driver UNWIND (" + batch + "-row transactions)", raw));
            wipe(driver);

            progress("store, " + batch + "-object transactions");
            t = System.nanoTime();
            storeBatched(store);
            double storeBatched = seconds(t);
            rows.add(row("store (" + batch + "-object transactions)", storeBatched));

            long peakRss = Measure.peakRssMiB(server.pid());
            store.close();
            long stopStart = System.nanoTime();
            server.stop();
            double stop = seconds(stopStart);

            System.out.println(format("Embedded server (heap %s, page cache %s): ready after %.1f s, first query answered after %.1f s; "
                    + "RSS %d MiB idle, %d MiB peak; clean stop %.1f s.%n", resources.heap(), resources.pageCache(),
                    ready, firstQuery, idleRss, peakRss, stop));
            System.out.println("| writer | records | seconds | records/s | vs raw |");
            System.out.println("|---|---:|---:|---:|---:|");
            double rawRate = (entities + interests) / raw;
            for (String[] r : rows) {
                double rate = Double.parseDouble(r[2]);
                System.out.println(format("| %s | %d | %s | %.0f | %.2f× |", r[0], entities + interests, r[1], rate,
                        rate / rawRate));
            }
        }
        return 0;
    }

    private String[] row(String name, double seconds) {
        return new String[] { name, format("%.1f", seconds), String.valueOf((entities + interests) / seconds) };
    }

    private void writeAll(ModelWriter writer) {
        Map<String, Jurisdiction> jurisdictions = jurisdictions();
        writer.putAll(jurisdictions.values());
        for (int i = 0; i < entities; i++) {
            writer.put(organisation(i, jurisdictions));
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < interests; i++) {
            writer.put(relationship(i, random));
        }
    }

    private void storeBatched(Neo4jStore store) {
        Map<String, Jurisdiction> jurisdictions = jurisdictions();
        store.write(writer -> {
            writer.putAll(jurisdictions.values());
            return null;
        });
        for (int first = 0; first < entities; first += batch) {
            int from = first;
            store.write(writer -> {
                for (int i = from; i < Math.min(entities, from + batch); i++) {
                    writer.put(organisation(i, jurisdictions));
                }
                return null;
            });
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int first = 0; first < interests; first += batch) {
            int from = first;
            store.write(writer -> {
                for (int i = from; i < Math.min(interests, from + batch); i++) {
                    writer.put(relationship(i, random));
                }
                return null;
            });
        }
    }

    private void rawBaseline(Driver driver) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run("UNWIND $codes AS code MERGE (j:Jurisdiction {code: code}) SET j.name = code",
                    Map.of("codes", CODES)).consume());
            for (int first = 0; first < entities; first += batch) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = first; i < Math.min(entities, first + batch); i++) {
                    rows.add(Map.of("id", "org-" + i, "name", "Company " + i + " Limited", "j", CODES.get(i % CODES.size()),
                            "scheme", "XI-BENCH", "number", String.format("%08d", i)));
                }
                session.executeWrite(tx -> tx.run("""
                        UNWIND $rows AS r
                        MERGE (n:Entity {id: r.id}) SET n:Organisation, n.name = r.name
                        WITH n, r MATCH (j:Jurisdiction {code: r.j})
                        CREATE (n)-[:JURISDICTION]->(j)
                        CREATE (n)-[:IDENTIFIERS]->(:Identifier {scheme: r.scheme, id: r.number})""",
                        Map.of("rows", rows)).consume());
            }
            SplittableRandom random = new SplittableRandom(42);
            for (int first = 0; first < interests; first += batch) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = first; i < Math.min(interests, first + batch); i++) {
                    int[] ends = ends(i, random);
                    Map<String, Object> row = new HashMap<>();
                    row.put("id", "rel-" + i);
                    row.put("holder", "org-" + ends[0]);
                    row.put("subject", "org-" + ends[1]);
                    row.put("share", share(random));
                    row.put("start", LocalDate.of(2000 + i % 25, 1 + i % 12, 1));
                    rows.add(row);
                }
                session.executeWrite(tx -> tx.run("""
                        UNWIND $rows AS r
                        MATCH (a:Entity {id: r.holder}) MATCH (b:Entity {id: r.subject})
                        CREATE (a)-[:INTEREST_IN {id: r.id, type: 'shareholding', shareExact: r.share, startDate: r.start}]->(b)""",
                        Map.of("rows", rows)).consume());
            }
        }
    }

    private static Map<String, Jurisdiction> jurisdictions() {
        Map<String, Jurisdiction> jurisdictions = new HashMap<>();
        for (String code : CODES) {
            Jurisdiction jurisdiction = LongarmFactory.eINSTANCE.createJurisdiction();
            jurisdiction.setCode(code);
            jurisdiction.setName(code);
            jurisdictions.put(code, jurisdiction);
        }
        return jurisdictions;
    }

    private static Organisation organisation(int i, Map<String, Jurisdiction> jurisdictions) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId("org-" + i);
        organisation.setName("Company " + i + " Limited");
        organisation.setJurisdiction(jurisdictions.get(CODES.get(i % CODES.size())));
        Identifier identifier = LongarmFactory.eINSTANCE.createIdentifier();
        identifier.setScheme("XI-BENCH");
        identifier.setId(String.format("%08d", i));
        organisation.getIdentifiers().add(identifier);
        return organisation;
    }

    private Relationship relationship(int i, SplittableRandom random) {
        int[] ends = ends(i, random);
        Relationship relationship = LongarmFactory.eINSTANCE.createRelationship();
        relationship.setId("rel-" + i);
        relationship.setInterestedParty(stub(ends[0]));
        relationship.setSubject(stub(ends[1]));
        Interest interest = LongarmFactory.eINSTANCE.createInterest();
        interest.setType(InterestType.SHAREHOLDING);
        interest.setShareExact(share(random));
        interest.setStartDate(LocalDate.of(2000 + i % 25, 1 + i % 12, 1));
        relationship.getInterests().add(interest);
        return relationship;
    }

    private int[] ends(int i, SplittableRandom random) {
        int subject = random.nextInt(entities);
        int holder = random.nextInt(entities - 1);
        return new int[] { holder >= subject ? holder + 1 : holder, subject };
    }

    private static double share(SplittableRandom random) {
        return Math.round(random.nextDouble(1, 100) * 100) / 100.0;
    }

    /** A reference to an entity written elsewhere: only its key matters. */
    private static Organisation stub(int i) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId("org-" + i);
        return organisation;
    }

    private static void wipe(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:`_LongarmSchema` CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
    }

    private static org.neo4j.driver.AuthToken auth(Neo4jSettings settings) {
        return AuthTokens.basic(settings.user(), new String(settings.password()));
    }
}
