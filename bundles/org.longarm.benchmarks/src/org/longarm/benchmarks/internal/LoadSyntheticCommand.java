package org.longarm.benchmarks.internal;

import static org.longarm.benchmarks.internal.Measure.format;
import static org.longarm.benchmarks.internal.Measure.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.LawPack;
import org.longarm.core.analysis.Policy;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.InterestRecord;
import org.longarm.core.plugins.Contributions;
import org.longarm.model.Entity;
import org.longarm.model.Interest;
import org.longarm.model.Jurisdiction;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Person;
import org.longarm.model.Relationship;
import org.longarm.store.neo4j.EmbeddedNeo4j;
import org.longarm.store.neo4j.LongarmDatabase;
import org.longarm.store.neo4j.Neo4jStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads the synthetic ownership graph into the embedded database of a data folder, as if it had been imported:
 * model objects in Longarm's graph mapping, written through Neo4j's offline importer by
 * {@link LongarmDatabase#createByBulkImport}, which also opens the store once so that its constraints and indexes (the
 * name search's fulltext index among them) are built.
 * With {@code --verify}, the verdicts computed from the database are compared, entity by entity, with the verdicts
 * computed from the generator itself.
 */
@Command(name = "load-synthetic", mixinStandardHelpOptions = true,
        description = "Loads the synthetic ownership graph into a fresh embedded database (neo4j-admin import).")
final class LoadSyntheticCommand implements Callable<Integer> {

    @Option(names = "--entities", defaultValue = "1000000")
    int entities;

    @Option(names = "--interests", defaultValue = "2000000", description = "the mean number of interests to aim at")
    int interests;

    @Option(names = "--seed", defaultValue = VerdictBenchmark.DEFAULT_SEED)
    long seed;

    @Option(names = "--data-dir", required = true,
            description = "the data folder (as LONGARM_DATA_DIR); its embedded database is replaced")
    Path dataDir;

    @Option(names = "--verify", description = "compare the verdicts read from the database with the generator's")
    boolean verify;

    @Override
    public Integer call() throws Exception {
        SyntheticGraph graph = new SyntheticGraph(entities, interests, seed);
        List<EPackage> packages = List.of(LongarmPackage.eINSTANCE);
        List<String> rows = new ArrayList<>();
        long[] written = new long[2];
        // the command replaces the database; a bulk import itself refuses to
        if (Files.exists(dataDir.resolve("neo4j/data"))) {
            Measure.deleteRecursively(dataDir.resolve("neo4j/data"));
        }

        progress("writing the graph as CSV, then neo4j-admin database import full, then the server's first start");
        long t = System.nanoTime();
        long[] csvWritten = new long[1];
        LongarmDatabase.createByBulkImport(new LongarmDatabase.Options(dataDir, null,
                EmbeddedNeo4j.Resources.fromEnvironment(System.getenv())), List.of(), bulk -> bulk.write(writer -> {
                    Map<String, Jurisdiction> jurisdictions = new TreeMap<>();
                    graph.entities(e -> {
                        writer.put(entity(e, jurisdictions));
                        written[0]++;
                    }, null);
                    writer.putAll(jurisdictions.values());
                    graph.interests(i -> {
                        writer.put(relationship(i));
                        written[1]++;
                    }, null);
                    csvWritten[0] = System.nanoTime();
                    return null;
                }), null);
        rows.add(format("| write CSV (%,d entities, %,d interests) | %.1f s |", written[0], written[1],
                (csvWritten[0] - t) / 1e9));
        rows.add(format("| neo4j-admin database import full (includes its JVM start), the server's first start, "
                + "constraints and indexes built | %.1f s |", (System.nanoTime() - csvWritten[0]) / 1e9));
        String importerOutput = Files.readString(dataDir.resolve("neo4j/logs/admin-import.log"));

        progress("starting the embedded Neo4j again to read the graph back");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, EmbeddedNeo4j.defaultRuntime(),
                EmbeddedNeo4j.Resources.fromEnvironment(System.getenv()), false, Duration.ofMinutes(5));
        try (Neo4jStore store = Neo4jStore.open(server.settings(), packages, null)) {
            GraphCounts counts = store.view().counts();
            rows.add(format("| read back: entities / interests | %,d / %,d |", counts.entities(), counts.interests()));
            if (counts.entities() != written[0] || counts.interests() != written[1]) {
                throw new IllegalStateException("the database holds " + counts + ", expected " + written[0]
                        + " entities and " + written[1] + " interests");
            }
            if (verify) {
                progress("verifying: verdicts from the database against verdicts from the generator");
                rows.add(verify(graph, store.view()));
                rows.add(rewriteChangesNothing(store, entities));
            }
        } finally {
            server.stop();
        }
        System.out.println("Loaded into " + dataDir.toAbsolutePath() + " (use it with LONGARM_DATA_DIR=" + dataDir
                + ").\n");
        System.out.println("| step | result |");
        System.out.println("|---|---|");
        rows.forEach(System.out::println);
        String summary = importerOutput.lines().filter(l -> l.startsWith("IMPORT DONE") || l.contains("Imported:")
                || l.contains(" nodes") || l.contains(" relationships") || l.contains(" properties")).reduce("",
                        (a, b) -> a + "\n" + b);
        System.out.println("\nneo4j-admin:" + summary);
        return 0;
    }

    /** Every entity's verdict, reasons and held fraction must be the same from both views. */
    private static String verify(SyntheticGraph generated, GraphView stored) {
        LawPack lawPack = Contributions.lawPack("prc-nil").orElseThrow(() -> new IllegalStateException("no PRC law pack"));
        Policy policy = Contributions.policy(null).orElseThrow(() -> new IllegalStateException("no policy"));
        LocalDate asOf = VerdictBenchmark.AS_OF;
        Verdicts expected = VerdictEngine.compute(generated, asOf, lawPack, lawPack.defaultSettings(), policy,
                new NullProgressMonitor());
        Verdicts actual = VerdictEngine.compute(stored, asOf, lawPack, lawPack.defaultSettings(), policy,
                new NullProgressMonitor());
        if (expected.entities().size() != actual.entities().size()) {
            throw new IllegalStateException("verdicts on " + actual.entities().size() + " entities from the database, "
                    + expected.entities().size() + " from the generator");
        }
        TreeSet<String> differences = new TreeSet<>();
        for (int i = 0; i < expected.entities().size(); i++) {
            EntityVerdict e = expected.entities().get(i), a = actual.entities().get(i);
            if (!e.key().equals(a.key()) || e.verdict() != a.verdict() || !e.reasons().equals(a.reasons())
                    || Math.abs(e.subjectHeldFraction() - a.subjectHeldFraction()) > 1e-9
                    || !Objects.equals(e.jurisdiction(), a.jurisdiction()) || !Objects.equals(e.name(), a.name())) {
                differences.add(e.key() + ": " + e.verdict() + " " + e.reasons() + " vs " + a.verdict() + " " + a.reasons());
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException(differences.size() + " entities differ, e.g. " + differences.first());
        }
        return format("| verify: every entity's verdict, reasons, held fraction from the database = from the generator | %s ✔ |",
                actual.entityCounts().toString().replaceAll("[{}]", ""));
    }

    /**
     * Reads some loaded entities (persons among them) and relationships and writes them back through the store:
     * when the bulk load wrote exactly what the store writes, the content hashes match and nothing changes
     * ({@code _version} stays 1).
     */
    private static String rewriteChangesNothing(Neo4jStore store, int entities) {
        LongarmPackage l = LongarmPackage.eINSTANCE;
        List<EObject> objects = new ArrayList<>();
        List<String> entityKeys = new ArrayList<>(), relationshipKeys = new ArrayList<>();
        for (int i = 0; i < entities; i += Math.max(1, entities / 200)) {
            String key = SyntheticGraph.key(i);
            store.get(l.getEntity(), key).ifPresent(objects::add);
            entityKeys.add(key);
            for (InterestRecord interest : store.view().interestsOf(key, GraphView.Direction.HOLDERS, 2)) {
                store.get(l.getRelationship(), interest.relationshipKey()).ifPresent(objects::add);
                relationshipKeys.add(interest.relationshipKey());
            }
        }
        store.write(writer -> {
            writer.putAll(objects);
            return null;
        });
        long changed = store.query("""
                CALL () { MATCH (e:Entity) WHERE e.id IN $entities AND e._version <> 1 RETURN count(e) AS nodes }
                CALL () { MATCH ()-[r:INTEREST_IN]->() WHERE r.id IN $relationships AND r._version <> 1
                          RETURN count(r) AS edges }
                RETURN nodes + edges AS changed""", Map.of("entities", entityKeys, "relationships", relationshipKeys),
                r -> r.get("changed").asLong()).get(0);
        if (changed != 0) {
            throw new IllegalStateException(changed + " of the objects read back and rewritten changed: the bulk load"
                    + " did not write what the store writes");
        }
        return format("| verify: %,d loaded objects (entities, relationships) rewritten through the store change nothing | _version still 1 ✔ |",
                objects.size());
    }

    private static Entity entity(EntityRecord record, Map<String, Jurisdiction> jurisdictions) {
        Entity entity;
        if (record.person()) {
            Person person = LongarmFactory.eINSTANCE.createPerson();
            record.nationalities().forEach(code -> person.getNationalities().add(jurisdiction(code, jurisdictions)));
            entity = person;
        } else {
            Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
            organisation.setEntityType(record.entityType());
            organisation.setPublicListing(record.publicListing());
            entity = organisation;
        }
        entity.setId(record.key());
        entity.setName(record.name());
        if (record.jurisdiction() != null) {
            entity.setJurisdiction(jurisdiction(record.jurisdiction(), jurisdictions));
        }
        return entity;
    }

    private static Jurisdiction jurisdiction(String code, Map<String, Jurisdiction> jurisdictions) {
        return jurisdictions.computeIfAbsent(code, c -> {
            Jurisdiction jurisdiction = LongarmFactory.eINSTANCE.createJurisdiction();
            jurisdiction.setCode(c);
            jurisdiction.setName(c);
            return jurisdiction;
        });
    }

    private static Relationship relationship(InterestRecord record) {
        Relationship relationship = LongarmFactory.eINSTANCE.createRelationship();
        relationship.setId(record.relationshipKey());
        relationship.setInterestedParty(reference(record.holderKey()));
        relationship.setSubject(reference(record.subjectKey()));
        Interest interest = LongarmFactory.eINSTANCE.createInterest();
        interest.setType(record.type());
        interest.setShareExact(record.shareExact());
        interest.setShareMinimum(record.shareMinimum());
        interest.setShareMaximum(record.shareMaximum());
        interest.setStartDate(record.startDate());
        interest.setEndDate(record.endDate());
        relationship.getInterests().add(interest);
        return relationship;
    }

    /** A reference by key to an entity put on its own: only the key is written. */
    private static Entity reference(String key) {
        Organisation organisation = LongarmFactory.eINSTANCE.createOrganisation();
        organisation.setId(key);
        return organisation;
    }
}
