package org.longarm.store.neo4j.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.graph.DeviceRecord;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.graph.InterestRecord;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.core.graph.SourceRecord;
import org.longarm.model.EntityType;
import org.longarm.model.InterestType;
import org.longarm.model.LongarmPackage;
import org.longarm.model.SiteSensitivity;
import org.longarm.model.SupplyRelation;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The read-only graph view, as streaming Cypher reads. The statement texts are fixed (labels, types and properties
 * of Longarm's model as the mapping names them); every value is a parameter.
 */
final class Neo4jGraphView implements GraphView {

    private static final LongarmPackage L = LongarmPackage.eINSTANCE;
    /** Keys sent in one query by the look-ups of many keys. */
    private static final int KEYS_PER_QUERY = 5000;

    private static final String ENTITY_FIELDS = """
            e.id AS key, e.name AS name, e._class AS cls, e.entityType AS entityType,
            head([(e)-[:JURISDICTION]->(j) | j.code]) AS jurisdiction,
            [(e)-[r:NATIONALITIES]->(n) | n.code] AS nationalities,
            coalesce(e.publicListing, false) AS listed,
            [(e)-[:IDENTIFIERS]->(i) | i.scheme + ':' + i.id] AS identifiers""";

    private static final String INTEREST_FIELDS = """
            r.id AS rel, r.ord AS ord, h.id AS holder, s.id AS subject, r.type AS type,
            r.shareExact AS exact, r.shareMinimum AS minimum, coalesce(r.exclusiveMinimum, false) AS exclusiveMinimum,
            r.shareMaximum AS maximum,
            r.startDate AS startDate, r.endDate AS endDate,
            CASE WHEN r.directOrIndirect = 'direct' THEN null ELSE r.componentRecords END AS components""";

    private final StoreEngine engine;

    Neo4jGraphView(StoreEngine engine) {
        this.engine = engine;
        // the statements below spell out names the mapping derives from these features
        assert Cypher.relationshipType(L.getEntity_Jurisdiction().getName()).equals("JURISDICTION");
        assert Cypher.relationshipType(L.getPerson_Nationalities().getName()).equals("NATIONALITIES");
        assert Cypher.relationshipType(L.getEntity_Identifiers().getName()).equals("IDENTIFIERS");
    }

    @Override
    public long awaitAppliedWrites(IProgressMonitor monitor) {
        return StagedWrite.awaitApplied(engine, monitor);
    }

    @Override
    public GraphCounts counts() {
        return engine.query("""
                CALL () { MATCH (e:Entity) WHERE e._class IS NOT NULL RETURN count(e) AS entities }
                CALL () { MATCH ()-[r:INTEREST_IN]->() RETURN count(r) AS interests }
                CALL () { MATCH (p:ProductLine) RETURN count(p) AS productLines }
                CALL () { MATCH (d:Device) RETURN count(d) AS devices }
                RETURN entities, interests, productLines, devices""", Map.of(),
                r -> new GraphCounts(r.get("entities").asLong(), r.get("interests").asLong(),
                        r.get("productLines").asLong(), r.get("devices").asLong())).get(0);
    }

    @Override
    public void entities(Consumer<EntityRecord> sink, IProgressMonitor monitor) {
        stream("MATCH (e:Entity) WHERE e._class IS NOT NULL RETURN " + ENTITY_FIELDS + " ORDER BY key", Map.of(),
                Neo4jGraphView::entity, sink, monitor);
    }

    @Override
    public void interests(Consumer<InterestRecord> sink, IProgressMonitor monitor) {
        stream("MATCH (h)-[r:INTEREST_IN]->(s) RETURN " + INTEREST_FIELDS, Map.of(), Neo4jGraphView::interest, sink,
                monitor);
    }

    @Override
    public void productLines(Consumer<ProductLineRecord> sink, IProgressMonitor monitor) {
        stream("""
                MATCH (p:ProductLine)
                RETURN p.id AS key, head([(p)-[:BRAND]->(b) | b]) AS brand, p.model AS model,
                  head([(p)-[:BRAND_OWNER]->(o) | o.id]) AS owner,
                  head([(p)-[:MANUFACTURER]->(m) | m.id]) AS manufacturer,
                  p.relation AS relation, p.validFrom AS validFrom, p.validTo AS validTo
                ORDER BY key""", Map.of(), r -> {
            Value brand = r.get("brand");
            return new ProductLineRecord(r.get("key").asString(), brand.get("id").asString(null),
                    brand.get("name").asString(null), r.get("model").asString(null), r.get("owner").asString(null),
                    r.get("manufacturer").asString(null),
                    r.get("relation").isNull() ? null : SupplyRelation.get(r.get("relation").asString()),
                    r.get("validFrom").isNull() ? null : r.get("validFrom").asLocalDate(),
                    r.get("validTo").isNull() ? null : r.get("validTo").asLocalDate());
        }, sink, monitor);
    }

    private static final String DEVICE_QUERY = """
            MATCH (d:Device) %s
            WITH d, head([(d)-[:SITE]->(s) | s]) AS site, head([(d)-[:BRAND]->(b) | b]) AS brand
            RETURN d.assetId AS assetId, site.id AS siteKey, site.name AS siteName, site.sensitivity AS sensitivity,
              coalesce(d.connectedToCoreNetwork, false) AS core, brand.id AS brandKey, brand.name AS brandName,
              d.model AS model, d.installed AS installed
            ORDER BY assetId""";

    @Override
    public void devices(Consumer<DeviceRecord> sink, IProgressMonitor monitor) {
        stream(DEVICE_QUERY.formatted(""), Map.of(), Neo4jGraphView::device, sink, monitor);
    }

    @Override
    public Optional<EntityRecord> entity(String key) {
        return first("MATCH (e:Entity {id: $key}) WHERE e._class IS NOT NULL RETURN " + ENTITY_FIELDS,
                Map.of("key", key), Neo4jGraphView::entity);
    }

    @Override
    public Optional<String> entityKeyByIdentifier(String scheme, String id) {
        return first("""
                MATCH (e:Entity)-[:IDENTIFIERS]->(i:Identifier {scheme: $scheme, id: $id})
                RETURN e.id AS key ORDER BY key LIMIT 1""", Map.of("scheme", scheme, "id", id),
                r -> r.get("key").asString());
    }

    @Override
    public Map<String, String> entityKeys(java.util.Collection<String> references) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (List<String> batch : batches(references)) {
            engine.query("UNWIND $refs AS ref MATCH (e:Entity {id: ref}) WHERE e._class IS NOT NULL RETURN ref",
                    Map.of("refs", batch), r -> keys.put(r.get("ref").asString(), r.get("ref").asString()));
            List<List<String>> identifiers = new ArrayList<>();
            for (String ref : batch) {
                int colon = ref.indexOf(':');
                if (colon > 0 && !keys.containsKey(ref)) {
                    identifiers.add(List.of(ref, ref.substring(0, colon), ref.substring(colon + 1)));
                }
            }
            if (!identifiers.isEmpty()) {
                engine.query("""
                        UNWIND $identifiers AS x MATCH (e:Entity)-[:IDENTIFIERS]->(:Identifier {scheme: x[1], id: x[2]})
                        RETURN x[0] AS ref, min(e.id) AS key""", Map.of("identifiers", identifiers),
                        r -> keys.put(r.get("ref").asString(), r.get("key").asString()));
            }
        }
        return keys;
    }

    @Override
    public Map<String, Boolean> personFlags(java.util.Collection<String> keys) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (List<String> batch : batches(keys)) {
            engine.query("""
                    UNWIND $keys AS key MATCH (e:Entity {id: key}) WHERE e._class IS NOT NULL
                    RETURN key, e._class AS cls""", Map.of("keys", batch),
                    r -> flags.put(r.get("key").asString(), isPerson(r)));
        }
        return flags;
    }

    @Override
    public Map<String, List<InterestRecord>> interestsOf(java.util.Collection<String> entityKeys, Direction direction) {
        String pattern = direction == Direction.HOLDERS ? "(h)-[r:INTEREST_IN]->(s:Entity {id: key})"
                : "(h:Entity {id: key})-[r:INTEREST_IN]->(s)";
        Map<String, List<InterestRecord>> interests = new LinkedHashMap<>();
        for (List<String> batch : batches(entityKeys)) {
            for (InterestRecord interest : engine.query("UNWIND $keys AS key MATCH " + pattern + " RETURN "
                    + INTEREST_FIELDS + " ORDER BY " + (direction == Direction.HOLDERS ? "subject" : "holder")
                    + ", rel, ord", Map.of("keys", batch), Neo4jGraphView::interest)) {
                interests.computeIfAbsent(direction == Direction.HOLDERS ? interest.subjectKey() : interest.holderKey(),
                        k -> new ArrayList<>()).add(interest);
            }
        }
        return interests;
    }

    private static boolean isPerson(Record r) {
        return r.get("cls").asString("").endsWith(".Person");
    }

    /** The distinct keys, in their first order, in lists of at most {@value #KEYS_PER_QUERY}: one query's worth each. */
    private static List<List<String>> batches(java.util.Collection<String> keys) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            batches.add(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)));
        }
        return batches;
    }

    @Override
    public Optional<DeviceRecord> device(String assetId) {
        return first(DEVICE_QUERY.formatted("WHERE d.assetId = $assetId"), Map.of("assetId", assetId),
                Neo4jGraphView::device);
    }

    @Override
    public List<InterestRecord> interestsOf(String entityKey, Direction direction, int limit) {
        String pattern = direction == Direction.HOLDERS ? "(h)-[r:INTEREST_IN]->(s:Entity {id: $key})"
                : "(h:Entity {id: $key})-[r:INTEREST_IN]->(s)";
        return engine.query("MATCH " + pattern + " RETURN " + INTEREST_FIELDS + " ORDER BY rel, ord LIMIT $limit",
                Map.of("key", entityKey, "limit", (long) limit), Neo4jGraphView::interest);
    }

    @Override
    public List<SourceRecord> sourcesOf(EClass type, String key) {
        return sourcesOf(type, List.of(key)).getOrDefault(key, List.of());
    }

    @Override
    public Map<String, List<SourceRecord>> sourcesOf(EClass type, java.util.Collection<String> keys) {
        ClassMapping m = engine.mapping().of(engine.mapping().instantiableFor(type));
        String query;
        if (m.edge != null) {
            query = "UNWIND $keys AS key CALL (key) { MATCH ()-[r:" + Cypher.name(m.edge.type()) + " {"
                    + Cypher.name(m.keyProperty()) + ": key}]->() RETURN r LIMIT 1 }\n"
                    + "UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS i MATCH (s:Source {id: r.sources[i]})\n"
                    + "WITH key, s, i AS ord\n";
        } else {
            query = "UNWIND $keys AS key MATCH (n:" + Cypher.name(m.keyLabel()) + " {" + Cypher.name(m.keyProperty())
                    + ": key})-[o:SOURCES]->(s:Source) WITH key, s, o.ord AS ord\n";
        }
        // the importers leave a source's file unset: its import record holds the name once for all the file's sources
        query += "OPTIONAL MATCH (i:ImportRecord {id: s.importId})\n"
                + "RETURN key, s, coalesce(s.file, i.fileName) AS file ORDER BY key, ord";
        Map<String, List<SourceRecord>> sources = new LinkedHashMap<>();
        for (List<String> batch : batches(keys)) {
            engine.query(query, Map.of("keys", batch), r -> {
                sources.computeIfAbsent(r.get("key").asString(), k -> new ArrayList<>()).add(sourceRecord(r));
                return null;
            });
        }
        return sources;
    }

    @Override
    public Map<String, SourceRecord> sources(java.util.Collection<String> ids) {
        Map<String, SourceRecord> sources = new LinkedHashMap<>();
        for (List<String> batch : batches(ids)) {
            engine.query("UNWIND $ids AS id MATCH (s:Source {id: id})\n"
                    + "OPTIONAL MATCH (i:ImportRecord {id: s.importId})\n"
                    + "RETURN s, coalesce(s.file, i.fileName) AS file", Map.of("ids", batch), r -> {
                        SourceRecord source = sourceRecord(r);
                        sources.put(source.id(), source);
                        return null;
                    });
        }
        return sources;
    }

    @Override
    public List<ImportedFile> importedFiles() {
        return engine.query("""
                MATCH (i:ImportRecord)
                RETURN i.id AS id, i.fileName AS fileName, i.sha256 AS sha256, i.format AS format,
                       i.importedAt AS importedAt, i.records AS records, i.written AS written,
                       i.superseded AS superseded, coalesce(i.counts, []) AS counts,
                       coalesce(i.warnings, []) AS warnings, i.unlistedWarnings AS unlistedWarnings
                ORDER BY importedAt IS NULL, importedAt DESC, id""", Map.of(),
                r -> new ImportedFile(r.get("id").asString(), r.get("fileName").asString(null),
                        r.get("sha256").asString(null), r.get("format").asString(null),
                        r.get("importedAt").isNull() ? null : r.get("importedAt").asZonedDateTime().toInstant(),
                        r.get("records").asLong(0), r.get("written").asLong(0), r.get("superseded").asLong(0),
                        r.get("counts").asList(Value::asString), r.get("warnings").asList(Value::asString),
                        r.get("unlistedWarnings").asLong(0)));
    }

    /** The source {@code s} of a result row, with the name of its {@code file}. */
    private static SourceRecord sourceRecord(Record r) {
        Value s = r.get("s");
        return new SourceRecord(s.get("id").asString(), s.get("publisherName").asString(null),
                s.get("publisherUrl").asString(null),
                s.get("statementDate").isNull() ? null : s.get("statementDate").asLocalDate(), s.get("url").asString(null),
                s.get("description").asString(null), r.get("file").asString(null),
                s.get("statementTime").isNull() ? null : s.get("statementTime").asZonedDateTime().toInstant());
    }

    @Override
    public List<EntityRecord> search(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        Map<String, EntityRecord> found = new LinkedHashMap<>();
        entity(query).ifPresent(e -> found.put(e.key(), e));
        int colon = query.indexOf(':');
        if (colon > 0) {
            entityKeyByIdentifier(query.substring(0, colon).strip(), query.substring(colon + 1).strip())
                    .flatMap(this::entity).ifPresent(e -> found.putIfAbsent(e.key(), e));
        }
        String lucene = luceneQuery(query);
        if (!lucene.isEmpty() && found.size() < limit) {
            for (EntityRecord e : engine.query("""
                    CALL db.index.fulltext.queryNodes('longarm_Entity_fulltext', $query, {limit: $limit})
                    YIELD node AS e, score
                    WHERE e._class IS NOT NULL
                    RETURN""" + " " + ENTITY_FIELDS + ", score ORDER BY score DESC, key",
                    Map.of("query", lucene, "limit", (long) limit), Neo4jGraphView::entity)) {
                if (found.size() >= limit) {
                    break;
                }
                found.putIfAbsent(e.key(), e);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Every word of the user's text must match a word of the name, the last one as a prefix. */
    static String luceneQuery(String text) {
        List<String> terms = new ArrayList<>();
        String[] words = text.toLowerCase().split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                terms.add("+" + words[i] + (i == words.length - 1 ? "*" : ""));
            }
        }
        return String.join(" ", terms);
    }

    @Override
    public Map<String, Long> entityCountsByJurisdiction() {
        // a JURISDICTION relationship only ever leaves a stored entity (stubs have none), so the degree of each
        // jurisdiction node is its count, read without touching the entities
        Map<String, Long> counts = new java.util.TreeMap<>();
        long withJurisdiction = 0;
        for (Map.Entry<String, Long> entry : engine.query("""
                MATCH (j:Jurisdiction) RETURN j.code AS code, COUNT { (j)<-[:JURISDICTION]-() } AS entities""",
                Map.of(), r -> Map.entry(r.get("code").asString(), r.get("entities").asLong()))) {
            if (entry.getValue() > 0) {
                counts.put(entry.getKey(), entry.getValue());
                withJurisdiction += entry.getValue();
            }
        }
        long without = counts().entities() - withJurisdiction;
        if (without > 0) {
            counts.put("", without);
        }
        return counts;
    }

    @Override
    public List<EntityRecord> entitiesByJurisdiction(String jurisdiction, int offset, int limit) {
        String match = jurisdiction.isEmpty()
                ? "MATCH (e:Entity) WHERE e._class IS NOT NULL AND NOT (e)-[:JURISDICTION]->()"
                : "MATCH (:Jurisdiction {code: $code})<-[:JURISDICTION]-(e:Entity)";
        return engine.query(match + """

                WITH e ORDER BY e.name, e.id SKIP $offset LIMIT $limit
                RETURN""" + " " + ENTITY_FIELDS, Map.of("code", jurisdiction, "offset", (long) offset, "limit",
                (long) limit), Neo4jGraphView::entity);
    }

    @Override
    public Optional<EObject> object(EClass type, String key) {
        return Optional.ofNullable(engine.read(type, List.of(key)).get(key));
    }

    @Override
    public void referrersOfStubs(EClass type, Map<String, String> replacements, Consumer<EObject> sink) {
        engine.referrersOfStubs(type, replacements, sink);
    }

    private <T> void stream(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            Consumer<T> sink, IProgressMonitor monitor) {
        try (Session session = engine.session()) {
            session.executeRead(tx -> {
                Result result = tx.run(cypher, parameters);
                long count = 0;
                while (result.hasNext()) {
                    sink.accept(mapper.apply(result.next()));
                    if (++count % 10_000 == 0 && monitor != null && monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                }
                return count;
            });
        }
    }

    private <T> Optional<T> first(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        List<T> results = engine.query(cypher, parameters, mapper);
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    private static EntityRecord entity(Record r) {
        boolean person = isPerson(r);
        String type = r.get("entityType").asString(null);
        return new EntityRecord(r.get("key").asString(), r.get("name").asString(null), person,
                type == null ? null : EntityType.get(type), r.get("jurisdiction").asString(null),
                r.get("nationalities").asList(Value::asString), r.get("listed").asBoolean(),
                r.get("identifiers").asList(Value::asString));
    }

    private static InterestRecord interest(Record r) {
        String type = r.get("type").asString(null);
        return new InterestRecord(r.get("rel").asString(), (int) r.get("ord").asLong(), r.get("holder").asString(),
                r.get("subject").asString(), type == null ? null : InterestType.get(type), number(r.get("exact")),
                number(r.get("minimum")), r.get("exclusiveMinimum").asBoolean(), number(r.get("maximum")),
                r.get("startDate").isNull() ? null : r.get("startDate").asLocalDate(),
                r.get("endDate").isNull() ? null : r.get("endDate").asLocalDate(),
                r.get("components").isNull() ? List.of() : r.get("components").asList(Value::asString));
    }

    private static DeviceRecord device(Record r) {
        String sensitivity = r.get("sensitivity").asString(null);
        return new DeviceRecord(r.get("assetId").asString(), r.get("siteKey").asString(null),
                r.get("siteName").asString(null), sensitivity == null ? null : SiteSensitivity.get(sensitivity),
                r.get("core").asBoolean(), r.get("brandKey").asString(null), r.get("brandName").asString(null),
                r.get("model").asString(null),
                r.get("installed").isNull() ? null : r.get("installed").asLocalDate());
    }

    private static Double number(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
