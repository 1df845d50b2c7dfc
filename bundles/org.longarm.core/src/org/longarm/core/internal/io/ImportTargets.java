package org.longarm.core.internal.io;

import static org.longarm.core.graph.ProductLineRecord.matchKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.ProductLineRecord;
import org.longarm.core.graph.SourceRecord;
import org.longarm.core.io.ClosingInterest;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.InputProblem;
import org.longarm.core.io.ReadTarget;
import org.longarm.core.store.ModelWriter;
import org.longarm.core.store.StoreException;
import org.longarm.model.Brand;
import org.longarm.model.Device;
import org.longarm.model.Entity;
import org.longarm.model.Identifier;
import org.longarm.model.ImportRecord;
import org.longarm.model.Interest;
import org.longarm.model.LongarmPackage;
import org.longarm.model.ProductLine;
import org.longarm.model.Relationship;
import org.longarm.model.Source;
import org.longarm.model.Sourced;

/**
 * The two passes of an import: {@link Validation} collects problems, the keys every file defines, and which
 * statement of each record is the newest; {@link Writing} writes the newest statements of each record.
 */
public final class ImportTargets {

    private ImportTargets() {
    }

    /**
     * The statement that wins for a record: the latest statement instant (a date-time's, or the start of a date's day
     * in UTC), then the greatest id, then the last read. {@code type} is the class of the object read (null for what
     * is stored), which is not compared.
     */
    public record Version(Instant when, String statementId, long sequence, EClass type)
            implements Comparable<Version> {
        @Override
        public int compareTo(Version o) {
            int c = compare(when, o.when);
            if (c == 0 && when != null) {
                // statement ids only break ties between dated statements; undated rows (CSV) go by reading order
                c = compare(statementId, o.statementId);
            }
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }

        private static <T extends Comparable<T>> int compare(T a, T b) {
            return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
        }

        /**
         * When a statement was made, as far as it says: two statements of one day are ordered by their times, and
         * a date-time's offset counts ({@code 2024-05-02T01:00+09:00} is before {@code 2024-05-01T20:00Z}).
         */
        private static Instant when(LocalDate date, Instant time) {
            return time != null ? time : date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** The newest of stored sources, or null when there are none. */
        static Version of(List<SourceRecord> sources) {
            Version newest = null;
            for (SourceRecord s : sources == null ? List.<SourceRecord>of() : sources) {
                Version v = new Version(when(s.statementDate(), s.statementTime()), s.id(), Long.MIN_VALUE, null);
                if (newest == null || v.compareTo(newest) > 0) {
                    newest = v;
                }
            }
            return newest;
        }

        /**
         * Whether the import's statement of this version yields to the {@code stored} sources of its record: only when
         * they are strictly newer, since the import counts as read after what was stored.
         */
        boolean yieldsTo(List<SourceRecord> stored) {
            Version storedVersion = of(stored);
            return storedVersion != null
                    && storedVersion.compareTo(new Version(when, statementId, Long.MAX_VALUE, null)) > 0;
        }

        static Version of(EObject object, long sequence) {
            if (!(object instanceof Sourced sourced)) {
                return null;
            }
            Version newest = null;
            for (Source s : sourced.getSources()) {
                Version v = new Version(when(s.getStatementDate(), s.getStatementTime()), s.getId(), sequence,
                        object.eClass());
                if (newest == null || v.compareTo(newest) > 0) {
                    newest = v;
                }
            }
            return newest == null ? new Version(null, null, sequence, object.eClass()) : newest;
        }
    }

    private record UndatedRecord(String importId, String fileName, List<Object> facts) {
    }

    private record SiteDefinition(String name, org.longarm.model.SiteSensitivity sensitivity) {
    }

    static String keyOf(EObject object) {
        EAttribute id = object.eClass().getEIDAttribute();
        Object key = id == null ? null : object.eGet(id);
        return key == null ? null : keyPrefixOf(object.eClass()) + key;
    }

    /** The kind a record is counted as in {@code ImportRecord.counts}. */
    static String kindOf(EObject object) {
        return switch (object) {
            case org.longarm.model.Person p -> "person";
            case Entity e -> "entity";
            case Relationship r -> "relationship";
            case ProductLine l -> "productLine";
            default -> "device";
        };
    }

    static boolean isRecord(EObject object) {
        return object instanceof Entity || object instanceof Relationship || object instanceof ProductLine
                || object instanceof Device;
    }

    /** The longest key the store accepts (Neo4j's index limit, with room for the key space prefix). */
    static final int MAX_KEY_BYTES = 4000;

    /** How many problems an import lists; the others are counted. */
    static final int MAX_PROBLEMS = 1_000;

    /** How many keys of refused objects an import remembers (see {@link ReadTarget#refused}). */
    private static final int MAX_REFUSED_KEYS = 100_000;

    /** How many answers of the store to references are kept. */
    private static final int MAX_STORED_KEYS = 50_000;
    /**
     * Statement ids, and records, looked up in the store in one query each (see
     * {@code Validation.checkStatementIsOnlyOfItsRecord} and {@code Validation.checkTypeIsOfItsStoredRecord}).
     */
    private static final int STATEMENTS_ASKED_AT_ONCE = 5_000;

    /** What {@link #keyOf} puts before an organisation's or person's record id, and before a relationship's. */
    private static final String ENTITY_KEY_PREFIX = keyPrefixOf(LongarmPackage.Literals.ENTITY),
            RELATIONSHIP_KEY_PREFIX = keyPrefixOf(LongarmPackage.Literals.RELATIONSHIP);

    private static String keyPrefixOf(EClass type) {
        return type.getEIDAttribute().getEContainingClass().getName() + "|";
    }

    /**
     * Refuses keys the store could not index: the object's own, those of the objects it refers to (a relationship's
     * parties, a product line's brand...), which the store creates as stubs, and an entity's identifiers, which it
     * indexes as one (scheme, id) pair. Found only when the import is applied, any of them would stop it after its
     * commit point. The problem names the object and the statement or row its first source is.
     */
    private static List<String> tooLongKeys(EObject object) {
        List<String> found = new ArrayList<>();
        checkKey("its key", object, found);
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isDerived() || reference.isTransient()
                    || reference.getEReferenceType().getEIDAttribute() == null) {
                continue;
            }
            Object value = object.eGet(reference, false);
            List<?> targets = reference.isMany() ? ((InternalEList<?>) value).basicList()
                    : value == null ? List.of() : List.of(value);
            for (Object target : targets) {
                checkKey("its " + reference.getName(), (EObject) target, found);
            }
        }
        if (object instanceof Entity entity) {
            for (Identifier identifier : entity.getIdentifiers()) {
                String reference = reference(identifier);
                if (reference != null && tooLong(reference)) {
                    found.add("its identifier " + shortened(reference));
                }
            }
        }
        return found;
    }

    private static void checkKey(String what, EObject object, List<String> found) {
        EAttribute id = object.eClass().getEIDAttribute();
        if (id != null && object.eGet(id) instanceof String key && tooLong(key)) {
            found.add(what + " " + shortened(key));
        }
    }

    private static boolean tooLong(String key) {
        return key.length() > MAX_KEY_BYTES / 3 && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_KEY_BYTES;
    }

    private static String shortenedKey(EObject object) {
        EAttribute id = object.eClass().getEIDAttribute();
        String key = id == null ? "" : String.valueOf(object.eGet(id));
        return key.length() > 60 ? key.substring(0, 40) + "..." : key;
    }

    private static String shortened(String key) {
        return "'" + key.substring(0, 40) + "...' (" + key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + " bytes)";
    }

    /** The first pass: nothing is written. */
    public static final class Validation implements ReadTarget {
        private final GraphView view;
        /**
         * The problems listed: the first {@link #MAX_PROBLEMS} in file order, the last of them at the head. Checks that
         * wait for the graph's answers, or for the whole import, find theirs after problems of later statements.
         */
        private final java.util.PriorityQueue<ListedProblem> problems = new java.util.PriorityQueue<>(
                java.util.Comparator.reverseOrder());
        /** The files begun, in the order read, to list problems in file order. */
        private final Map<String, Integer> fileOrder = new HashMap<>();
        private long problemsFound;
        private long unlisted;
        /**
         * Each identifier ({@code SCHEME:ID}) that an entity of the import declares, with the statement that declared it
         * first; once the reading ends, the first that is its record's newest (see {@link #settleIdentifiers}).
         */
        private final Map<String, Declaration> identifiers = new HashMap<>();
        /** The statements that declared an identifier after its first, in reading order: only while reading. */
        private final Map<String, List<Declaration>> laterDeclarations = new HashMap<>();
        /**
         * The references of the import in the form of an identifier ({@code SCHEME:ID}), however they resolved when
         * read (as fingerprints): those that an entity of the import declares may name another entity once the
         * reading ends (see {@link #settleIdentifiers}).
         */
        private final FingerprintMap referencesByIdentifier = new FingerprintMap();
        /**
         * The entities of the import that declare identifiers and whose statement the store holds a newer one of: what
         * they declare names no entity (see {@link #identifiersWithoutRecordOnceWritten}).
         */
        private final Set<String> entitiesSupersededByStore = new HashSet<>();
        /**
         * Whether an identifier by which a reference named an entity of the import was found, once the reading ended,
         * to name another or none: its declaring statement was not its record's newest, or the store holds a newer one.
         */
        private boolean identifiersRenamed;
        private final Map<String, List<ProductLineRecord>> productLines = new HashMap<>();
        /** The row that first stated each product line of the import, by the line's key. */
        private final Map<String, RowOf> productLineRows = new HashMap<>();
        private List<InputProblem> warnings = List.of();
        private long unlistedWarnings;
        /** How many warnings each file's rows have, by the file's import id. */
        private Map<String, Long> warningsByImport = Map.of();
        /** The warnings that {@link #warnings} lists, by the import id of the file at whose row each was found. */
        private Map<String, List<InputProblem>> listedWarningsByImport = Map.of();
        private final Set<String> brandNames = new TreeSet<>();
        /** The newest statement of each record of the import, and which records are entities. */
        private final RecordVersions winners = new RecordVersions(ENTITY_KEY_PREFIX);
        /**
         * The first statement given each statement id in the import, by its record and date (see
         * {@link #checkStatementIsOnlyOfItsRecord}).
         */
        private final FingerprintMap statementsOfIds = new FingerprintMap();
        /** Statements whose ids this import gives first (their dates alone), until the store is asked about them. */
        private final Map<String, StatementToAsk> statementsToAsk = new LinkedHashMap<>();
        /**
         * The organisations and persons that this import states first, by key, until the store is asked of which type
         * it holds them (see {@link #checkTypeIsOfItsStoredRecord}).
         */
        private final Map<String, RecordToAsk> recordsToAsk = new LinkedHashMap<>();
        /**
         * The identifiers ({@code SCHEME:ID}) that persons of this import declare first, until the store is asked
         * whether a stub keyed by one is a stored relationship's subject (see {@link #checkStoredSubjectIsNoPerson}).
         */
        private final Map<String, IdentifierToAsk> identifiersToAsk = new LinkedHashMap<>();
        /**
         * The persons of this import that the graph has as subjects of relationships (as stubs, by key or by an
         * identifier they declare), until the reading ends: those relationships that the import does not restate
         * are problems then.
         */
        private final List<StoredSubject> storedSubjectsStatedAsPersons = new ArrayList<>();
        /** The store's answer for the statements and records asked last, while the reading goes on. */
        private java.util.concurrent.Future<StoreAnswer> storeAnswer;
        private java.util.concurrent.ExecutorService asking;
        /** The source added last, until the first record citing it is added. */
        private Source sourceRead;
        private final Map<String, Long> recordsByKind = new java.util.TreeMap<>();
        /** The name and sensitivity of each site that the import defines. */
        private final Map<String, SiteDefinition> siteDefinitions = new HashMap<>();
        /** The file and the facts of each undated record (a CSV row) of the import, by key. */
        private final Map<String, UndatedRecord> undatedRecords = new HashMap<>();
        private Map<String, List<ProductLineRecord>> storedProductLines;
        /**
         * What the store answered for references, announced by {@link #expectReferences} or asked one by one, the
         * least recently asked forgotten first. A record (a manufacturer, a parent company) is often named many times,
         * and the import's own writes stay invisible to the store's view until it commits, so an answer holds for the
         * import as a look-up at the time of asking would. Far more than a format reads ahead.
         */
        private final Map<String, StoredEntity> storedKeys = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoredEntity> eldest) {
                return size() > MAX_STORED_KEYS;
            }
        };
        /** What the store answered for a reference: the key of the entity it names (null for none), and its class. */
        private record StoredEntity(String key, boolean person) {
        }

        /**
         * The subjects of relationships read that named a record neither read before in this import nor in the graph,
         * which a later statement of the import may state as a person: the first {@link #MAX_PROBLEMS} with where each
         * relationship was read, the others as fingerprints.
         */
        private final Map<String, InputProblem> subjectsNotYetStated = new HashMap<>();
        private final FingerprintMap moreSubjectsNotYetStated = new FingerprintMap();
        /**
         * Those subjects that a person declares as an identifier, first in the import: problems once the reading
         * ends, unless a record has that key (see {@link #checkSubjectIsNoPersonByIdentifier}).
         */
        private final List<SubjectByIdentifier> subjectsByIdentifierOfPersons = new ArrayList<>();
        /**
         * The references of the statement being read that named an entity of the import by an identifier it declares,
         * by that entity's key; forgotten once the statement's record is added.
         */
        private final Map<String, String> identifiersResolvedNow = new HashMap<>();

        /** A subject named by an identifier of a person, and its problem (null beyond {@link #MAX_PROBLEMS}). */
        private record SubjectByIdentifier(String identifier, InputProblem problem) {
        }

        /** The statement, read as number {@code sequence}, that declares an identifier of the entity {@code key}. */
        private record Declaration(String key, long sequence) {
        }
        /** The keys of the objects refused ({@link #refused}), an entity's identifiers among them, the first ones. */
        private final Set<String> refusedKeys = new HashSet<>();

        /** Whether the graph could not resolve some reference it was asked about (see {@link #storedKeys}). */
        private boolean someReferenceNotInGraph;
        /**
         * References of the objects written that the graph could not resolve when they were asked, in the order met, the
         * first {@link #MAX_PROBLEMS}: those that the import does not define either stay stubs. Only what is written
         * counts: a party that only a superseded statement names leaves no stub.
         */
        private final Set<String> notInGraph = new java.util.LinkedHashSet<>();
        private long definedWhenPruned = -MAX_PROBLEMS;
        /**
         * The references left out of {@link #notInGraph} for want of room, as fingerprints (16 bytes each), so that the
         * report counts them exactly: those that the import turns out to define are taken off the count at the end.
         */
        private FingerprintMap unlistedNotInGraph = new FingerprintMap();
        /** The reading order of the relationships read that close without interests of their own (they are rare). */
        private final Set<Long> closingsWithoutInterests = new HashSet<>();
        /** The keys of those relationships that have another statement in the import too. */
        private final Set<String> closingsAmongOthers = new HashSet<>();
        private String fileName, importId;
        /** Where the statement or row begins that is being added (see {@link #readingAt}); 0 when not told. */
        private long line;
        private java.util.function.LongSupplier column = () -> 0;
        private long sequence, records;
        private boolean repeatedRecords;
        private java.util.function.LongConsumer progress = n -> {
        };

        public Validation(GraphView view) {
            this.view = view;
        }

        /** Called with the file's record count every 1000 records. */
        public void onProgress(java.util.function.LongConsumer progress) {
            this.progress = progress;
        }

        public void begin(String fileName, String importId) {
            this.fileName = fileName;
            this.importId = importId;
            fileOrder.putIfAbsent(fileName, fileOrder.size());
            sourceRead = null;
            readingAt(0, () -> 0);
            records = 0;
            recordsByKind.clear();
        }

        public long records() {
            return records;
        }

        /** The current file's records per kind, as {@code KIND=COUNT} in a fixed order of kinds. */
        public List<String> recordsByKind() {
            List<String> counts = new ArrayList<>();
            recordsByKind.forEach((kind, count) -> counts.add(kind + "=" + count));
            return counts;
        }

        /** The problems found: the first {@link #MAX_PROBLEMS} in file order (see {@link ImportReport#problems}). */
        public List<InputProblem> problems() {
            return problems.stream().sorted().map(ListedProblem::problem).toList();
        }

        /** Whether any problem was found. */
        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        /** How many problems were found beyond those listed. */
        public long unlisted() {
            return unlisted;
        }

        /**
         * The references that name a record neither in this import nor in the graph, which the store keeps as stubs:
         * the first {@link #MAX_PROBLEMS} met (see {@link ImportReport#unresolvedReferences}). Empty without a graph.
         */
        public List<String> unresolvedReferences() {
            return notInGraph.stream().filter(ref -> entityKeyInImport(ref).isEmpty()).toList();
        }

        /**
         * How many references that name a record neither in this import nor in the graph are left out of
         * {@link #unresolvedReferences()}, met when it was full.
         */
        public long unlistedUnresolvedReferences() {
            if (unlistedNotInGraph.size() == 0) {
                return 0;
            }
            long defined = winners.countEntities(unlistedNotInGraph::contains);
            defined += identifiers.keySet().stream()
                    .filter(identifier -> !winners.isEntity(identifier) && unlistedNotInGraph.contains(identifier))
                    .count();
            return unlistedNotInGraph.size() - defined;
        }

        /** Forgets the references of the objects written so far: a write that starts over writes them anew. */
        void writingStarts() {
            notInGraph.clear();
            unlistedNotInGraph = new FingerprintMap();
            definedWhenPruned = -MAX_PROBLEMS;
        }

        /**
         * Notes the entities that {@code object}, about to be written, refers to and that the graph did not hold when
         * asked: unless the import defines them, they become stubs.
         */
        void written(EObject object) {
            if (!someReferenceNotInGraph) {
                return;
            }
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient()) {
                    continue;
                }
                Object value = object.eGet(reference, false);
                for (Object target : value instanceof List<?> targets ? targets : java.util.Collections.singletonList(value)) {
                    if (target instanceof Entity entity && entity.getId() != null) {
                        StoredEntity stored = storedKeys.get(entity.getId());
                        if (stored != null && stored.key() == null && entityKeyInImport(entity.getId()).isEmpty()) {
                            noteNotInGraph(entity.getId());
                        }
                    }
                }
            }
        }

        /** Whether the object read as number {@code sequence} is the newest statement of its record. */
        boolean wins(EObject object, long sequence) {
            return wins(keyOf(object), sequence);
        }

        /** Whether the object read as number {@code sequence}, of record {@code key} (or none), is its newest. */
        boolean wins(String key, long sequence) {
            return key == null || winners.isNoneOr(key, sequence);
        }

        /**
         * Whether {@code object}, which is not its record's newest statement in the import, is that statement given
         * again: not superseded by a newer one, only repeated.
         */
        boolean repeatsNewest(String key, EObject object) {
            Version newest = winners.get(key), own = Version.of(object, 0);
            return newest != null && own != null && newest.statementId() != null
                    && newest.statementId().equals(own.statementId());
        }

        /**
         * Whether the newest statement of record {@code key} in the import closes a relationship without interests of
         * its own (see {@link ClosingInterest}), and the import has another statement of it, which the closing must
         * then wait for.
         */
        boolean closesAmongOthers(String key) {
            if (closingsAmongOthers.isEmpty() || !closingsAmongOthers.contains(key)) {
                return false;
            }
            return closingsWithoutInterests.contains(winners.get(key).sequence());
        }

        @Override
        public void add(EObject object) {
            sequence++;
            if (isRecord(object)) {
                recordsByKind.merge(kindOf(object), 1L, Long::sum);
                if (++records % 1000 == 0) {
                    progress.accept(records);
                }
            }
            String key = keyOf(object);
            for (String tooLong : tooLongKeys(object)) {
                problem(problemOf(object, null, object.eClass().getName() + " '"
                        + shortenedKey(object) + "': " + tooLong + " is longer than the " + MAX_KEY_BYTES
                        + " bytes a key may have"));
            }
            checkStatementIsOnlyOfItsRecord(object, key);
            checkSiteIsDefinedOnce(object);
            if (object instanceof Relationship relationship && ClosingInterest.closesWithoutInterests(relationship)) {
                closingsWithoutInterests.add(sequence);
            }
            Version version = Version.of(object, sequence);
            checkUndatedRecordIsGivenOnce(object, key, version);
            checkSubjectIsAnEntity(object, key);
            checkTypeIsOfItsStoredRecord(object, key);
            if (key != null && version != null) {
                checkTypeIsOfItsRecord(object, key, version);
                winners.merge(key, version, (older, newer) -> {
                    // an undated part that rows repeat (a product CSV's brand, an inventory's site) goes by reading
                    // order, which is also the order the one pass writes it in: last read, last written
                    if (isRecord(object) || older.when() != null || newer.when() != null) {
                        repeatedRecords = true;
                    }
                    // a closing that ends up newest is the newer one here or, once read, the older one each time after
                    if (!closingsWithoutInterests.isEmpty() && (closingsWithoutInterests.contains(older.sequence())
                            || closingsWithoutInterests.contains(newer.sequence()))) {
                        closingsAmongOthers.add(key);
                    }
                    return older.compareTo(newer) >= 0 ? older : newer;
                });
            }
            if (object instanceof Entity entity) {
                winners.addEntity(entity.getId());
                for (int i = 0; i < entity.getIdentifiers().size(); i++) {
                    String reference = reference(entity.getIdentifiers().get(i));
                    if (reference == null) {
                        continue;
                    }
                    Declaration declaration = new Declaration(entity.getId(), sequence);
                    Declaration first = identifiers.putIfAbsent(reference, declaration);
                    if (first != null) {
                        laterDeclarations.computeIfAbsent(reference, k -> new ArrayList<>(1)).add(declaration);
                    } else if (view != null && entity instanceof org.longarm.model.Person) {
                        identifiersToAsk.put(reference, new IdentifierToAsk(entity.getId(), firstSourceOf(object),
                                line, i));
                        if (identifiersToAsk.size() >= STATEMENTS_ASKED_AT_ONCE) {
                            askStore();
                        }
                    }
                }
            } else if (object instanceof ProductLine line && line.getBrand() != null) {
                Brand brand = line.getBrand();
                String brandKey = matchKey(brand.getId());
                productLines.computeIfAbsent(brandKey, k -> new ArrayList<>())
                        .add(new ProductLineRecord(line.getId(), brandKey, brand.getName(),
                                line.getModel(), entityKeyOf(line.getBrandOwner()), entityKeyOf(line.getManufacturer()),
                                line.isSetRelation() ? line.getRelation() : null, line.getValidFrom(),
                                line.getValidTo()));
                productLineRows.putIfAbsent(line.getId(), new RowOf(fileName, importId, this.line, sequence));
                if (brand.getName() != null) {
                    brandNames.add(brand.getName());
                }
            } else if (object instanceof Brand brand && brand.getName() != null) {
                brandNames.add(brand.getName());
            }
            if (isRecord(object)) {
                identifiersResolvedNow.clear();
            }
        }

        /** Forgets how the references of a record read again (by the second reading, which adds nothing) resolved. */
        void readAgain() {
            identifiersResolvedNow.clear();
        }

        /**
         * A format adds a statement's (or a row's) {@code Source}, then the records it describes, citing that source.
         * A statement id names one statement: two statements under one id would share one stored {@code Source}, so
         * the evidence of one record would show the other's statement, and its date would decide which later statement
         * of the record is newer. So the first statement given each id in the import is remembered by its record and
         * date (as fingerprints, 32 to 64 bytes a statement), and another statement under that id, in any file of the
         * import, is a problem; the same statement read twice is not. The store is asked, a batch at a time and beside
         * the reading, for sources stored under the ids this import gives first: one of another date is a problem too.
         */
        private void checkStatementIsOnlyOfItsRecord(EObject object, String key) {
            if (object instanceof Source source) {
                sourceRead = source;
            } else if (sourceRead != null && key != null && object instanceof Sourced sourced
                    && sourced.getSources().contains(sourceRead)) {
                Source source = sourceRead;
                sourceRead = null;
                String statementId = source.getId();
                if (statementId == null) {
                    return;
                }
                int known = statementsOfIds.size();
                if (statementsOfIds.put(statementId, key + "\n" + source.getStatementDate() + "\n"
                        + source.getStatementTime() + "\n" + contentFingerprint(object))) {
                    problem(new InputProblem(fileName, line, column.getAsLong(), statementId, "$.statementId",
                            "this statement id was given earlier in these files to another statement (of another "
                            + "record, date or content): each statement needs an id of its own"));
                } else if (statementsOfIds.size() > known && view != null) {
                    statementsToAsk.put(statementId, new StatementToAsk(new SourceRecord(statementId, null, null,
                            source.getStatementDate(), null, null, null, source.getStatementTime()), line));
                    if (statementsToAsk.size() >= STATEMENTS_ASKED_AT_ONCE) {
                        askStore();
                    }
                }
            }
        }

        /**
         * A fingerprint of what a statement states of its record: the attributes of {@code record} and of its children
         * (interests, identifiers), the keys of the jurisdictions it names. Its sources are left out, and so are the
         * entities it names: a reference by identifier may name another key when the same statement is read again
         * after the entity declaring it, so a statement under one id that differs only in its parties is not caught.
         */
        private static String contentFingerprint(EObject record) {
            ContentHash content = new ContentHash();
            appendContent(record, content);
            return Long.toHexString(content.hash);
        }

        private static void appendContent(EObject object, ContentHash content) {
            content.add(object.eClass().getName()).add('{');
            for (org.eclipse.emf.ecore.EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature.isDerived() || !object.eIsSet(feature)
                        || feature instanceof EReference reference && (reference.isContainer()
                                || LongarmPackage.Literals.ENTITY.isSuperTypeOf(reference.getEReferenceType())
                                || LongarmPackage.Literals.SOURCE.isSuperTypeOf(reference.getEReferenceType()))) {
                    continue;
                }
                content.add(feature.getName()).add('=');
                Object value = object.eGet(feature);
                for (Object item : feature.isMany() ? (List<?>) value : java.util.Collections.singletonList(value)) {
                    if (item instanceof EObject child && ((EReference) feature).isContainment()) {
                        appendContent(child, content);
                    } else if (item instanceof EObject target) {
                        String key = keyOf(target);
                        if (key == null) {
                            appendContent(target, content);
                        } else {
                            content.add(key);
                        }
                    } else {
                        content.add(String.valueOf(item));
                    }
                    content.add('\u0000');
                }
            }
            content.add('}');
        }

        /** FNV-1a over the characters added, without building the text they make. */
        private static final class ContentHash {
            private long hash = 0xcbf29ce484222325L;

            ContentHash add(String text) {
                for (int i = 0; i < text.length(); i++) {
                    add(text.charAt(i));
                }
                return this;
            }

            ContentHash add(char c) {
                hash = (hash ^ c) * 0x100000001b3L;
                return this;
            }
        }

        /**
         * The store's answer about the statement ids that a file gives first (the sources stored under them) and about
         * the organisations and persons that it states first (which of them it holds, and whether as persons).
         */
        private record StoreAnswer(String fileName, Map<String, StatementToAsk> asked,
                Map<String, SourceRecord> stored, Map<String, RecordToAsk> recordsAsked,
                Map<String, IdentifierToAsk> identifiersAsked, Map<String, Boolean> storedPersons,
                Map<String, List<org.longarm.core.graph.InterestRecord>> stubsHolders) {
        }

        /** An identifier that a person declares first, asked about: the person, and its statement, line and index. */
        private record IdentifierToAsk(String personKey, String statementId, long line, int index) {
        }

        /**
         * A stored stub that stored relationships have as their subject (the interests held in it), and that a person
         * of this import is (when {@code identifier} is null) or takes over by declaring it as an identifier.
         */
        private record StoredSubject(String fileName, String statementId, long line, String path, String personKey,
                String identifier, List<org.longarm.core.graph.InterestRecord> holders) {
        }

        /**
         * A record whose stored type the store is asked about: its type here, and its statement and line for the
         * problem the answer may make.
         */
        private record RecordToAsk(boolean person, String shortenedKey, String statementId, long line) {
        }

        /** A statement whose id the store is asked about: its date, and its line for the problem the answer may make. */
        private record StatementToAsk(SourceRecord given, long line) {
        }

        /**
         * Asks the store about the statements and records to ask, once the answer to the previous question is taken
         * in.
         */
        private void askStore() {
            takeInStoreAnswer();
            if (statementsToAsk.isEmpty() && recordsToAsk.isEmpty() && identifiersToAsk.isEmpty()) {
                return;
            }
            if (asking == null) {
                // its thread ends when idle, also after a reading that stopped part-way (cancelled, or a file unread)
                asking = new java.util.concurrent.ThreadPoolExecutor(0, 1, 5, java.util.concurrent.TimeUnit.SECONDS,
                        new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                            Thread thread = new Thread(r, "longarm-import-store-questions");
                            thread.setDaemon(true);
                            return thread;
                        });
            }
            Map<String, StatementToAsk> asked = new LinkedHashMap<>(statementsToAsk);
            statementsToAsk.clear();
            Map<String, RecordToAsk> recordsAsked = new LinkedHashMap<>(recordsToAsk);
            recordsToAsk.clear();
            Map<String, IdentifierToAsk> identifiersAsked = new LinkedHashMap<>(identifiersToAsk);
            identifiersToAsk.clear();
            Set<String> typesAsked = new java.util.LinkedHashSet<>(recordsAsked.keySet());
            typesAsked.addAll(identifiersAsked.keySet());
            Set<String> subjectsAsked = new java.util.LinkedHashSet<>(identifiersAsked.keySet());
            recordsAsked.forEach((key, record) -> {
                if (record.person()) {
                    subjectsAsked.add(key);
                }
            });
            String file = fileName;
            storeAnswer = asking.submit(() -> {
                Map<String, Boolean> persons = typesAsked.isEmpty() ? Map.of() : view.personFlags(typesAsked);
                // only stubs: a record stated before keeps its type, which the type check holds it to
                subjectsAsked.removeAll(persons.keySet());
                return new StoreAnswer(file, asked, asked.isEmpty() ? Map.of() : view.sources(asked.keySet()),
                        recordsAsked, identifiersAsked, persons, subjectsAsked.isEmpty() ? Map.of()
                                : view.interestsOf(subjectsAsked, GraphView.Direction.HOLDERS));
            });
        }

        /** Waits for the store's answer to the last question, if any, and reports its problems. */
        private void takeInStoreAnswer() {
            if (storeAnswer == null) {
                return;
            }
            StoreAnswer answer;
            try {
                answer = storeAnswer.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.eclipse.core.runtime.OperationCanceledException();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException(e.getCause());
            } finally {
                storeAnswer = null;
            }
            answer.stored().forEach((statementId, stored) -> {
                StatementToAsk asked = answer.asked().get(statementId);
                if (asked != null && !sameStatementDate(stored, asked.given())) {
                    problem(new InputProblem(answer.fileName(), asked.line(), 0, statementId, "$.statementId",
                            "this statement id was imported before" + (stored.file() == null ? "" : " from "
                                    + stored.file()) + " for a statement of " + dateOf(stored) + ", and this one is of "
                                    + dateOf(asked.given()) + ": each statement needs an id of its own"));
                }
            });
            answer.storedPersons().forEach((key, person) -> {
                RecordToAsk asked = answer.recordsAsked().get(key);
                if (asked != null && asked.person() != person) {
                    problem(new InputProblem(answer.fileName(), asked.line(), 0, asked.statementId(), "$.recordType",
                            typeChanged(asked.shortenedKey(), typeOf(asked.person()), typeOf(person),
                                    "in the graph, as an earlier import stated it")));
                }
            });
            answer.stubsHolders().forEach((key, holders) -> {
                RecordToAsk person = answer.recordsAsked().get(key);
                if (person != null && person.person()) {
                    storedSubjectsStatedAsPersons.add(new StoredSubject(answer.fileName(), person.statementId(),
                            person.line(), "$.recordType", key, null, holders));
                }
                IdentifierToAsk identifier = answer.identifiersAsked().get(key);
                if (identifier != null) {
                    storedSubjectsStatedAsPersons.add(new StoredSubject(answer.fileName(), identifier.statementId(),
                            identifier.line(), "$.recordDetails.identifiers[" + identifier.index() + "]",
                            identifier.personKey(), key, holders));
                }
            });
        }

        /**
         * BODS 0.4: "The subject MUST be an entity", across imports too. A stub that a stored relationship has as its
         * subject takes the type of the first statement of its record, and is handed over to the entity that declares
         * its key as an identifier (see {@link Writing#repointStubs}): a person of this import would then be held by the
         * relationship's holders, and be taken for a company they control. So each person that this import states
         * first, and each identifier that a person declares first, is asked about with the import's other records (see
         * {@link #checkTypeIsOfItsStoredRecord}); such a person is a problem unless the import writes a statement of
         * its own for every one of those relationships (one that the stored statement is not newer than), which {@link
         * #checkSubjectIsAnEntity} checks. A relationship that the hand-over would turn into an interest of the person
         * in itself stays with the stub, as the hand-over leaves it. Decided once all is read, when the import's
         * statements are known.
         */
        private void checkStoredSubjectIsNoPerson() {
            Set<String> restated = new java.util.LinkedHashSet<>();
            // holders that the person would take over with the subject, unless the graph has them as records: the
            // hand-over takes stubs only
            Set<String> holdersToHandOver = new java.util.LinkedHashSet<>();
            for (StoredSubject subject : storedSubjectsStatedAsPersons) {
                for (org.longarm.core.graph.InterestRecord interest : subject.holders()) {
                    if (winners.containsKey(RELATIONSHIP_KEY_PREFIX + interest.relationshipKey())) {
                        restated.add(interest.relationshipKey());
                    }
                    Declaration declaration = identifiers.get(interest.holderKey());
                    if (subject.identifier() != null && declaration != null
                            && subject.personKey().equals(declaration.key())
                            && !winners.isEntity(interest.holderKey())) {
                        holdersToHandOver.add(interest.holderKey());
                    }
                }
            }
            Map<String, List<SourceRecord>> storedSources = restated.isEmpty() ? Map.of()
                    : view.sourcesOf(LongarmPackage.Literals.RELATIONSHIP, restated);
            Set<String> typedHolders = holdersToHandOver.isEmpty() ? Set.of()
                    : view.personFlags(holdersToHandOver).keySet();
            for (StoredSubject subject : storedSubjectsStatedAsPersons) {
                if (subject.identifier() != null && winners.isEntity(subject.identifier())) {
                    continue; // a record of the import has that key: the stub is its, not handed over
                }
                // a relationship that the hand-over would turn into an interest of the person in itself stays
                List<String> held = subject.holders().stream()
                        .filter(interest -> subject.identifier() == null
                                || !interest.holderKey().equals(subject.personKey())
                                        && !(holdersToHandOver.contains(interest.holderKey())
                                                && !typedHolders.contains(interest.holderKey())))
                        .map(org.longarm.core.graph.InterestRecord::relationshipKey).distinct()
                        .filter(relationship -> {
                            Version own = winners.get(RELATIONSHIP_KEY_PREFIX + relationship);
                            return own == null || own.yieldsTo(storedSources.get(relationship));
                        }).toList();
                if (held.isEmpty()) {
                    continue;
                }
                String relationships = held.size() == 1 ? "relationship " + held.get(0) + " in the graph has"
                        : held.size() + " relationships in the graph (" + held.get(0) + ", ...) have";
                problem(new InputProblem(subject.fileName(), subject.line(), 0, subject.statementId(), subject.path(),
                        "the subject of a relationship must be an entity, and record " + subject.personKey()
                                + " is a person here while " + relationships + (subject.identifier() == null
                                        ? " it as " + (held.size() == 1 ? "its" : "their") + " subject"
                                        : " as " + (held.size() == 1 ? "its" : "their") + " subject record "
                                                + subject.identifier() + ", which this identifier names and so hands"
                                                + " over to the person")));
            }
            storedSubjectsStatedAsPersons.clear();
        }

        /**
         * Whether a stored source and a statement have one date; their times count when both have one, since a source
         * stored before times were kept has none.
         */
        private static boolean sameStatementDate(SourceRecord stored, SourceRecord given) {
            return java.util.Objects.equals(stored.statementDate(), given.statementDate())
                    && (stored.statementTime() == null || given.statementTime() == null
                            || stored.statementTime().equals(given.statementTime()));
        }

        private static String dateOf(SourceRecord source) {
            return java.util.Objects.requireNonNullElse(source.statementWhen(), "no date");
        }

        /**
         * Makes the problems that only the whole import decides; call once every file has been read (each
         * {@linkplain #finishFile finished}), before the problems count.
         */
        public void finishReading() {
            settleIdentifiers();
            checkSubjectIsNoPersonByIdentifier();
            checkStoredSubjectIsNoPerson();
        }

        /**
         * Makes each identifier name the entity whose newest statement declares it, first in reading order, as the
         * graph will once the import is written: a statement of the import that a newer one of its record (in the
         * import or in the graph) supersedes is not written, so the identifiers it alone declares name no entity of
         * the import, and a reference by one resolves in the graph instead. While reading, references resolve through
         * the first declaration; if one of them now names another entity or none, {@link #identifiersRenamed} says that
         * what was written must be written anew. The store is asked only about the entities declaring an identifier
         * that some reference of the import gives, however it resolved when read.
         */
        private void settleIdentifiers() {
            Set<String> referenced = new HashSet<>();
            if (referencesByIdentifier.size() > 0) {
                identifiers.keySet().stream().filter(referencesByIdentifier::contains).forEach(referenced::add);
            }
            Set<String> superseded = declarersSupersededByStore(referenced);
            if (repeatedRecords || !superseded.isEmpty()) {
                for (java.util.Iterator<Map.Entry<String, Declaration>> it = identifiers.entrySet().iterator();
                        it.hasNext();) {
                    Map.Entry<String, Declaration> entry = it.next();
                    Declaration first = entry.getValue();
                    if (isWritten(first, superseded)) {
                        continue;
                    }
                    Declaration written = laterDeclarations.getOrDefault(entry.getKey(), List.of()).stream()
                            .filter(declaration -> isWritten(declaration, superseded)).findFirst().orElse(null);
                    if (written == null) {
                        it.remove();
                    } else {
                        entry.setValue(written);
                    }
                    identifiersRenamed |= referenced.contains(entry.getKey())
                            && (written == null || !written.key().equals(first.key()));
                }
            }
            laterDeclarations.clear();
        }

        /**
         * Those entities of the import declaring {@code identifiers} (first or later) whose statement yields to a newer
         * one that the store holds.
         */
        private Set<String> declarersSupersededByStore(Set<String> identifiers) {
            if (view == null || identifiers.isEmpty()) {
                return Set.of();
            }
            Set<String> declarers = new java.util.LinkedHashSet<>();
            for (String identifier : identifiers) {
                Declaration first = this.identifiers.get(identifier);
                if (first != null) {
                    declarers.add(first.key());
                    laterDeclarations.getOrDefault(identifier, List.of()).forEach(d -> declarers.add(d.key()));
                }
            }
            List<String> keys = List.copyOf(declarers);
            Set<String> superseded = new HashSet<>();
            for (int from = 0; from < keys.size(); from += STATEMENTS_ASKED_AT_ONCE) {
                List<String> asked = keys.subList(from, Math.min(keys.size(), from + STATEMENTS_ASKED_AT_ONCE));
                Map<String, List<SourceRecord>> stored = view.sourcesOf(LongarmPackage.Literals.ENTITY, asked);
                for (String key : asked) {
                    Version own = winners.get(ENTITY_KEY_PREFIX + key);
                    if (own != null && own.yieldsTo(stored.get(key))) {
                        superseded.add(key);
                    }
                }
            }
            return superseded;
        }

        /** Whether the import writes the statement that made {@code declaration}. */
        private boolean isWritten(Declaration declaration, Set<String> supersededByStore) {
            return isNewest(declaration) && !supersededByStore.contains(declaration.key());
        }

        private boolean isNewest(Declaration declaration) {
            return winners.isNoneOr(ENTITY_KEY_PREFIX + declaration.key(), declaration.sequence());
        }

        /**
         * Whether references that named an entity of the import by an identifier were found, once the reading ended,
         * to name another entity or none (see {@link #settleIdentifiers}): what was written as they were read is not
         * the import.
         */
        boolean identifiersRenamed() {
            return identifiersRenamed;
        }

        /** Notes that the store holds a newer statement of {@code entity}, which is therefore not written. */
        void supersededByStore(Entity entity) {
            if (!entity.getIdentifiers().isEmpty() && entity.getId() != null) {
                entitiesSupersededByStore.add(entity.getId());
            }
        }

        /**
         * Takes in what the store holds under the statement ids, and of the organisations and persons, of the file just
         * read; call when a file has been read, before its problems count.
         */
        public void finishFile() {
            askStore();
            takeInStoreAnswer();
            if (asking != null) {
                asking.shutdown();
                asking = null;
            }
        }

        /**
         * A record is an organisation or a person in all of its statements (as a relationship is a relationship, which
         * its own key space ensures). Were the newest statement of a record of another type than the others, it would
         * turn an owner that is a company into a person, or the reverse, without a word.
         */
        private void checkTypeIsOfItsRecord(EObject object, String key, Version version) {
            Version earlier = winners.get(key);
            if (earlier != null && earlier.type() != version.type() && isRecord(object)) {
                problem(problemOf(object, "$.recordType", typeChanged(shortenedKey(object), object.eClass(),
                        earlier.type(), "in an earlier statement of this import")));
            }
        }

        /** The problem of a record stated as {@code here} that {@code where} states as {@code there}. */
        private static String typeChanged(String shortenedKey, EClass here, EClass there, String where) {
            return "record '" + shortenedKey + "' is " + article(here) + " here and " + article(there) + " " + where
                    + ": the statements of a record all have its record type";
        }

        /**
         * A record keeps its type across imports too: an organisation or person that this import states first is asked
         * about, a batch at a time and beside the reading (with the statement ids), and one that the graph holds as
         * the other type is a problem. Written, the newer type would win: a company that others hold interests in
         * would become a person held by them (which BODS forbids), or a person an organisation. Stubs, which no
         * statement has typed yet, take either type. Later statements of the record in the import are held to the
         * first by {@link #checkTypeIsOfItsRecord}.
         */
        private void checkTypeIsOfItsStoredRecord(EObject object, String key) {
            if (view != null && object instanceof Entity entity && entity.getId() != null && key != null
                    && !winners.containsKey(key)) {
                // the problem, rare, is made when the store answers: the statement's column may cost a reading to find
                recordsToAsk.put(entity.getId(), new RecordToAsk(entity instanceof org.longarm.model.Person,
                        shortenedKey(object), firstSourceOf(object), line));
                if (recordsToAsk.size() >= STATEMENTS_ASKED_AT_ONCE) {
                    askStore();
                }
            }
        }

        /**
         * BODS 0.4: "The subject MUST be an entity": a person owns and controls, nobody holds an interest in one. A
         * relationship whose subject is a person, as this import states it before or after the relationship (in any
         * of its files) or as the graph holds it, is a problem at the relationship, at its {@code subject}: stored
         * so, a person would be taken for a company that its holders control. Called before {@code key}'s statement
         * is counted among the import's records.
         */
        private void checkSubjectIsAnEntity(EObject object, String key) {
            if (object instanceof Relationship relationship && relationship.getSubject() != null
                    && relationship.getSubject().getId() != null) {
                Entity subject = relationship.getSubject();
                String subjectKey = subject.getId();
                Version stated = winners.get(keyOf(subject));
                StoredEntity stored = stated == null && view != null ? storedKeys.get(subjectKey) : null;
                String person = subject instanceof org.longarm.model.Person ? "record " + subjectKey + " is a person"
                        : stated != null && stated.type() == LongarmPackage.Literals.PERSON
                                ? "record " + subjectKey + " is a person in an earlier statement of this import"
                                : stored != null && stored.person() ? "record " + subjectKey + " is a person in the graph"
                                        : null;
                String byIdentifier = identifiersResolvedNow.get(subjectKey);
                if (person != null && byIdentifier != null && !(subject instanceof org.longarm.model.Person)
                        && stated != null) {
                    // a record of the import keyed by the identifier, read later, would take the reference over
                    subjectsByIdentifierOfPersons.add(new SubjectByIdentifier(byIdentifier,
                            subjectsByIdentifierOfPersons.size() >= MAX_PROBLEMS ? null
                                    : problemOf(object, "$.recordDetails.subject", "the subject must be an entity, and "
                                            + byIdentifier + " is an identifier of person " + subjectKey
                                            + " in an earlier statement of this import")));
                } else if (person != null) {
                    problem(problemOf(object, "$.recordDetails.subject", "the subject must be an entity, and "
                            + person));
                } else if (stated == null && (stored == null || stored.key() == null) && subject.getSources().isEmpty()) {
                    // a party left unspecified carries its relationship's statement and is never stated by itself
                    if (subjectsNotYetStated.size() < MAX_PROBLEMS) {
                        subjectsNotYetStated.putIfAbsent(subjectKey,
                                problemOf(object, "$.recordDetails.subject", "the subject must be an entity, and record "
                                        + subjectKey + " is a person in a later statement of this import"));
                    } else if (!subjectsNotYetStated.containsKey(subjectKey)) {
                        moreSubjectsNotYetStated.put(subjectKey, "");
                    }
                }
            } else if (object instanceof org.longarm.model.Person person && person.getId() != null) {
                if (!winners.containsKey(key)) {
                    InputProblem atRelationship = subjectsNotYetStated.remove(person.getId());
                    if (atRelationship != null) {
                        problem(atRelationship);
                    } else if (moreSubjectsNotYetStated.size() > 0
                            && moreSubjectsNotYetStated.contains(person.getId())) {
                        problem(problemOf(object, "$.recordType", "record " + person.getId() + " is a person, and a"
                                + " relationship read before it in this import has it as its subject: the subject"
                                + " must be an entity"));
                    }
                }
                Set<String> declared = new HashSet<>();
                for (int i = 0; i < person.getIdentifiers().size(); i++) {
                    String reference = reference(person.getIdentifiers().get(i));
                    if (reference == null || identifiers.containsKey(reference) || !declared.add(reference)) {
                        continue; // declared first by another entity (which the reference then names), or listed twice
                    }
                    InputProblem atRelationship = subjectsNotYetStated.get(reference);
                    boolean listed = subjectsByIdentifierOfPersons.size() < MAX_PROBLEMS;
                    if (atRelationship != null) {
                        subjectsByIdentifierOfPersons.add(new SubjectByIdentifier(reference, !listed ? null
                                : new InputProblem(atRelationship.file(), atRelationship.line(), atRelationship.column(),
                                        atRelationship.statement(), atRelationship.jsonPath(), "the subject must be an"
                                                + " entity, and " + reference + " is an identifier of person "
                                                + person.getId() + " in a later statement of this import")));
                    } else if (moreSubjectsNotYetStated.size() > 0 && moreSubjectsNotYetStated.contains(reference)) {
                        subjectsByIdentifierOfPersons.add(new SubjectByIdentifier(reference, !listed ? null
                                : problemOf(object, "$.recordDetails.identifiers[" + i + "]", "record "
                                        + person.getId() + " is a person, and a relationship read before it in this"
                                        + " import has this identifier, " + reference + ", as its subject: the subject"
                                        + " must be an entity")));
                    }
                }
            }
        }

        /**
         * The problem of a relationship whose subject, as the second reading resolves the references (in the import
         * first, then in the graph), is a person of the import, or null. The first reading finds those it can; a
         * reference by identifier that it resolved in the graph, and that a person of the import turns out to declare
         * first, only the second reading sees.
         */
        InputProblem personSubjectOf(Relationship relationship) {
            Entity subject = relationship.getSubject();
            Version stated = subject == null || subject.getId() == null ? null
                    : winners.get(ENTITY_KEY_PREFIX + subject.getId());
            if (stated == null || stated.type() != LongarmPackage.Literals.PERSON) {
                return null;
            }
            return problemOf(relationship, "$.recordDetails.subject", "the subject must be an entity, and it names"
                    + " person " + subject.getId() + " of this import (by an identifier that the person declares first in"
                    + " this import, which comes before the graph's)");
        }

        /**
         * Relationships' subjects named by an identifier that a person of the import declares first, and the problem
         * each is, unless a record of the import turns out to have that key (which the reference then names).
         */
        private void checkSubjectIsNoPersonByIdentifier() {
            for (SubjectByIdentifier subject : subjectsByIdentifierOfPersons) {
                if (winners.isEntity(subject.identifier())) {
                    continue;
                }
                if (subject.problem() != null) {
                    problem(subject.problem());
                } else {
                    unlisted++; // beyond as many as a list holds: counted, as the problems beyond it are
                }
            }
            subjectsByIdentifierOfPersons.clear();
        }

        /**
         * A problem of {@code object}, the one being added: at the line the format said it read it from, and named
         * by its statement (its first source), unless that is a CSV row's source ({@code FILE#LINE@IMPORT}), which the
         * line names already.
         */
        private InputProblem problemOf(EObject object, String jsonPath, String message) {
            String source = firstSourceOf(object);
            if (source != null && source.startsWith(fileName + "#") && source.endsWith("@" + importId)) {
                return new InputProblem(fileName, line, 0, null, null, message);
            }
            return new InputProblem(fileName, line, column.getAsLong(), source, jsonPath, message);
        }

        /** The id of {@code object}'s first source: for a record read from a statement, that statement's id. */
        private static String firstSourceOf(EObject object) {
            return object instanceof Sourced sourced && !sourced.getSources().isEmpty()
                    ? sourced.getSources().get(0).getId() : null;
        }

        /**
         * A site is defined by the first inventory row that names it; a file that defines it again with another name
         * or sensitivity is a problem (as another row of the same file is), since which one wins would depend on the
         * order of the files: a sensitive site could silently become standard and its devices' actions change.
         */
        private void checkSiteIsDefinedOnce(EObject object) {
            if (object instanceof org.longarm.model.Site site && site.getId() != null) {
                SiteDefinition definition = new SiteDefinition(site.getName(), site.getSensitivity());
                SiteDefinition earlier = siteDefinitions.putIfAbsent(site.getId(), definition);
                if (earlier != null && !earlier.equals(definition)) {
                    problem(problemOf(site, null, "site '" + site.getId() + "' has another name or sensitivity in"
                            + " an earlier file of this import (" + (earlier.name() == null ? "no name"
                                    : "'" + earlier.name() + "'") + ", " + earlier.sensitivity() + ")"));
                }
            }
        }

        /**
         * A CSV row has no date, so of two rows for one record (an asset, a product line) in two files of one import
         * the file read last would win, and the order the files were named in would decide a verdict. Other facts for
         * it in another file of the import are a problem at the later row, as within one file; the same row repeated
         * is not. (A later import is newer and replaces it, as a corrected file should.)
         */
        private void checkUndatedRecordIsGivenOnce(EObject object, String key, Version version) {
            if (key == null || version == null || version.when() != null || !isRecord(object)) {
                return;
            }
            UndatedRecord given = new UndatedRecord(importId, fileName, facts(object));
            UndatedRecord earlier = undatedRecords.putIfAbsent(key, given);
            if (earlier != null && !earlier.importId().equals(importId) && !earlier.facts().equals(given.facts())) {
                problem(problemOf(object, null, kindName(object) + " '" + shortenedKey(object) + "' is given other facts"
                        + " in an earlier file of this import (" + earlier.fileName() + "); which one counted would"
                        + " depend on the order of the files"));
            }
        }

        private static String kindName(EObject object) {
            return object instanceof Device ? "asset" : object instanceof ProductLine ? "product line"
                    : object.eClass().getName().toLowerCase(Locale.ROOT);
        }

        /** What a record states, without the statements or rows it was read from; references by their keys, texts by their match keys. */
        private static List<Object> facts(EObject object) {
            List<Object> facts = new ArrayList<>();
            for (org.eclipse.emf.ecore.EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature == LongarmPackage.Literals.SOURCED__SOURCES || feature.isDerived()
                        || feature.isTransient()) {
                    continue;
                }
                Object value = object.eGet(feature);
                if (feature instanceof EReference) {
                    value = value instanceof List<?> targets ? targets.stream().map(t -> keyOf((EObject) t)).toList()
                            : value == null ? null : keyOf((EObject) value);
                } else if (value instanceof String text) {
                    value = matchKey(text); // a model written in other case is the same model to the verdicts
                }
                facts.add(value);
            }
            return facts;
        }

        private static EClass typeOf(boolean person) {
            return person ? LongarmPackage.Literals.PERSON : LongarmPackage.Literals.ORGANISATION;
        }

        private static String article(EClass type) {
            String kind = type.getName().toLowerCase(Locale.ROOT);
            return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
        }

        private void noteNotInGraph(String ref) {
            long defined = (long) winners.entityCount() + identifiers.size();
            if (notInGraph.size() >= MAX_PROBLEMS && defined >= definedWhenPruned + MAX_PROBLEMS) {
                // references to records that the import brings later (a file of relationships before its entities)
                // must not crowd out those that stay stubs; pruned again once as many records more are defined
                notInGraph.removeIf(known -> entityKeyInImport(known).isPresent());
                definedWhenPruned = defined;
            }
            if (unlistedNotInGraph.size() > 0 && unlistedNotInGraph.contains(ref)) {
                return; // counted already, when the list was full: listed now, it would count twice
            }
            if (notInGraph.size() < MAX_PROBLEMS) {
                notInGraph.add(ref);
            } else if (!notInGraph.contains(ref)) {
                unlistedNotInGraph.put(ref, "");
            }
        }

        /** Looks up in one go those of the references that this import does not define and that were not asked yet. */
        @Override
        public void expectReferences(java.util.Collection<String> references) {
            if (view == null) {
                return;
            }
            Set<String> unknown = new java.util.LinkedHashSet<>();
            for (String reference : references) {
                String ref = reference == null ? "" : reference.strip();
                if (!ref.isEmpty() && !storedKeys.containsKey(ref) && entityKeyInImport(ref).isEmpty()) {
                    unknown.add(ref);
                }
            }
            if (!unknown.isEmpty()) {
                Map<String, String> found = view.entityKeys(unknown);
                Map<String, Boolean> persons = found.isEmpty() ? Map.of() : view.personFlags(found.values());
                unknown.forEach(ref -> {
                    String key = found.get(ref);
                    storedKeys.put(ref, new StoredEntity(key, key != null && persons.getOrDefault(key, false)));
                    someReferenceNotInGraph |= key == null;
                });
                // the key that an identifier named is a reference to its entity too, as the store would answer it:
                // what is known of a party then holds whichever way it was named (see checkSubjectIsAnEntity)
                found.forEach((ref, key) -> {
                    if (!ref.equals(key)) {
                        storedKeys.putIfAbsent(key, new StoredEntity(key, persons.getOrDefault(key, false)));
                    }
                });
            }
        }

        /** The key of the entity that a stripped reference names among those this import defined so far. */
        Optional<String> entityKeyInImport(String ref) {
            if (winners.isEntity(ref)) {
                return Optional.of(ref);
            }
            if (ref.indexOf(':') <= 0) {
                return Optional.empty();
            }
            Declaration declaration = identifiers.get(ref);
            return declaration == null ? Optional.empty() : Optional.of(declaration.key());
        }

        private static String entityKeyOf(Entity entity) {
            return entity == null ? null : entity.getId();
        }

        @Override
        public void readingAt(long line, java.util.function.LongSupplier column) {
            this.line = line;
            this.column = column;
        }

        @Override
        public void problem(InputProblem problem) {
            // a file not begun (none is) would go after those that were
            ListedProblem listed = new ListedProblem(fileOrder.getOrDefault(problem.file(), fileOrder.size()),
                    problem.line(), problemsFound++, problem);
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(listed);
                return;
            }
            unlisted++;
            if (listed.compareTo(problems.peek()) < 0) {
                problems.poll();
                problems.add(listed);
            }
        }

        /**
         * Each identifier ({@code SCHEME:ID}) that an entity of this import declares and that no record of it has as
         * its record id, with the key of the entity it names (as references resolve), unless the store holds a newer
         * statement of that entity. Only once the import is written: the identifiers that are record ids are dropped
         * from the import's own table rather than copied out of it, since at the end of a large import the heap is at
         * its fullest.
         */
        Map<String, String> identifiersWithoutRecordOnceWritten() {
            identifiers.entrySet().removeIf(entry -> winners.isEntity(entry.getKey())
                    || entitiesSupersededByStore.contains(entry.getValue().key()));
            return new java.util.AbstractMap<>() {
                @Override
                public Set<Map.Entry<String, String>> entrySet() {
                    return new java.util.AbstractSet<>() {
                        @Override
                        public java.util.Iterator<Map.Entry<String, String>> iterator() {
                            return identifiers.entrySet().stream().<Map.Entry<String, String>>map(
                                    entry -> Map.entry(entry.getKey(), entry.getValue().key())).iterator();
                        }

                        @Override
                        public int size() {
                            return identifiers.size();
                        }
                    };
                }

                @Override
                public String get(Object identifier) {
                    Declaration declaration = identifiers.get(identifier);
                    return declaration == null ? null : declaration.key();
                }
            };
        }

        /** Whether this import holds a statement for the record of {@code object}. */
        boolean restates(EObject object) {
            return winners.containsKey(keyOf(object));
        }

        /**
         * Whether this import's statement for the record of {@code object} is written over the {@code stored} sources
         * of the record: the store holds none strictly newer (the rule of {@link Writing}).
         */
        boolean restatesOver(EObject object, List<SourceRecord> stored) {
            Version own = winners.get(keyOf(object));
            return own != null && !own.yieldsTo(stored);
        }

        /** Whether some record had more than one statement in this import so far. */
        boolean repeatedRecords() {
            return repeatedRecords;
        }

        @Override
        public Optional<String> entityKey(String reference) {
            if (reference == null || reference.isBlank()) {
                return Optional.empty();
            }
            String ref = reference.strip();
            if (ref.indexOf(':') > 0) {
                referencesByIdentifier.put(ref, "");
            }
            Optional<String> inImport = entityKeyInImport(ref);
            if (inImport.isPresent()) {
                if (!inImport.get().equals(ref)) {
                    identifiersResolvedNow.put(inImport.get(), ref);
                }
                return inImport;
            }
            if (view == null) {
                return Optional.empty();
            }
            StoredEntity stored = storedKeys.get(ref);
            if (stored == null) {
                expectReferences(List.of(ref));
                stored = storedKeys.get(ref);
            }
            return Optional.ofNullable(stored.key());
        }

        @Override
        public void refused(EObject object) {
            String key = keyOf(object);
            if (key == null || refusedKeys.size() >= MAX_REFUSED_KEYS) {
                return;
            }
            refusedKeys.add(key);
            if (object instanceof Entity entity) {
                for (Identifier identifier : entity.getIdentifiers()) {
                    String reference = reference(identifier);
                    if (reference != null && reference.indexOf(':') > 0) { // as entityKeyInImport finds them
                        refusedKeys.add(ENTITY_KEY_PREFIX + reference);
                    }
                }
            }
        }

        @Override
        public boolean wasRefused(EClass type, String reference) {
            return reference != null && type.getEIDAttribute() != null
                    && refusedKeys.contains(keyPrefixOf(type) + reference.strip());
        }

        /** A row of the import: its file and the file's import id, its line and its place in the reading order. */
        private record RowOf(String file, String importId, long line, long sequence) {
        }

        /**
         * Finds the product lines of this import that a stored line of the same brand and model outranks for part of
         * their period, as warnings at the row that stated each: a line that an earlier import stored, that this one
         * does not restate, whose {@code valid_from} is later than theirs and not after their {@code valid_to}. The
         * verdicts take the line with the latest {@code valid_from}, so from that date the stored line decides. A row
         * whose {@code valid_from} was corrected is such a line, since the date is part of a line's key; nothing in a
         * row tells a correction from a new period, so it is said, not refused. Called once the files are checked
         * and before what the import writes is applied, so that "stored" means stored before this import, and no
         * other write comes between; {@link #warnings()} then lists them. Finds none without a graph.
         */
        public void findOutrankedProductLines() {
            if (view == null || productLineRows.isEmpty()) {
                return;
            }
            Map<String, List<ProductLineRecord>> outranked = new HashMap<>();
            Map<String, ProductLineRecord> stated = new HashMap<>();
            productLines.forEach((brandKey, lines) -> {
                Map<String, List<ProductLineRecord>> storedByModel = new HashMap<>();
                for (ProductLineRecord stored : stored().getOrDefault(brandKey, List.of())) {
                    if (stored.validFrom() != null && !productLineRows.containsKey(stored.key())) {
                        storedByModel.computeIfAbsent(matchKey(stored.model()), k -> new ArrayList<>()).add(stored);
                    }
                }
                if (storedByModel.isEmpty()) {
                    return;
                }
                storedByModel.values().forEach(ls -> ls.sort(java.util.Comparator.comparing(ProductLineRecord::validFrom)));
                for (ProductLineRecord line : lines) {
                    if (stated.putIfAbsent(line.key(), line) != null) {
                        continue;
                    }
                    List<ProductLineRecord> above = storedByModel.getOrDefault(matchKey(line.model()), List.of())
                            .stream().filter(stored -> outranks(stored, line)).toList();
                    if (!above.isEmpty()) {
                        outranked.put(line.key(), above);
                    }
                }
            });
            if (outranked.isEmpty()) {
                return;
            }
            List<String> listed = outranked.keySet().stream()
                    .sorted(java.util.Comparator.comparingLong(key -> productLineRows.get(key).sequence()))
                    .limit(MAX_PROBLEMS).toList();
            unlistedWarnings = outranked.size() - listed.size();
            warningsByImport = outranked.keySet().stream().collect(
                    Collectors.groupingBy(key -> productLineRows.get(key).importId(), Collectors.counting()));
            Map<String, List<SourceRecord>> sources = view.sourcesOf(LongarmPackage.Literals.PRODUCT_LINE, listed
                    .stream().flatMap(key -> outranked.get(key).stream()).map(ProductLineRecord::key).distinct()
                    .toList());
            warnings = listed.stream().map(key -> outrankedWarning(stated.get(key), outranked.get(key), sources))
                    .toList();
            listedWarningsByImport = new HashMap<>();
            for (int i = 0; i < listed.size(); i++) {
                listedWarningsByImport.computeIfAbsent(productLineRows.get(listed.get(i)).importId(),
                        k -> new ArrayList<>()).add(warnings.get(i));
            }
        }

        /**
         * The warnings that {@link #findOutrankedProductLines()} found: the first {@link #MAX_PROBLEMS}, in the order
         * of the rows (see {@link ImportReport#warnings}).
         */
        public List<InputProblem> warnings() {
            return warnings;
        }

        /** How many warnings {@link #warnings()} left out, met when it was full. */
        public long unlistedWarnings() {
            return unlistedWarnings;
        }

        /**
         * Puts the warnings at the rows of the file whose import id is {@code importId} on its {@code record}: those
         * that {@link #warnings()} lists, each as printed after its file name and colon ({@code LINE: MESSAGE}), and
         * the count of the others.
         */
        public void recordWarnings(String importId, ImportRecord record) {
            List<InputProblem> listed = listedWarningsByImport.getOrDefault(importId, List.of());
            for (InputProblem warning : listed) {
                record.getWarnings().add(warning.toString().substring(warning.file().length() + 1));
            }
            record.setUnlistedWarnings(warningsByImport.getOrDefault(importId, 0L) - listed.size());
        }

        private InputProblem outrankedWarning(ProductLineRecord line, List<ProductLineRecord> above,
                Map<String, List<SourceRecord>> sources) {
            RowOf row = productLineRows.get(line.key());
            boolean one = above.size() == 1;
            String named = String.join(", ", above.stream().map(s -> "'" + s.key() + "' ("
                    + sources.getOrDefault(s.key(), List.of()).stream().findFirst().map(SourceRecord::id)
                            .orElse("no source") + ")").toList());
            String dates = String.join(", ", above.stream().map(s -> s.validFrom().toString()).toList());
            return new InputProblem(row.file(), row.line(), 0, null, null, "product line '" + line.key()
                    + "' is outranked from " + above.get(0).validFrom() + " by " + named + ", stored before this"
                    + " import, which does not restate " + (one ? "it" : "them") + ": the verdicts take the line with"
                    + " the latest valid_from. If this row corrects "
                    + (one ? "that line, give a row with its valid_from (" + dates + ") and the facts that hold from"
                            + " then: it replaces the stored line"
                            : "those lines, give a row with the valid_from of each (" + dates + ") and the facts"
                                    + " that hold from then: each replaces its stored line"));
        }

        /** Whether {@code stored}, of the same brand and model and with a {@code valid_from}, outranks {@code line}. */
        private static boolean outranks(ProductLineRecord stored, ProductLineRecord line) {
            LocalDate from = stored.validFrom();
            return (line.validFrom() == null || from.isAfter(line.validFrom()))
                    && (line.validTo() == null || !from.isAfter(line.validTo()));
        }

        private Map<String, List<ProductLineRecord>> stored() {
            if (storedProductLines == null) {
                storedProductLines = new HashMap<>();
                if (view != null) {
                    view.productLines(l -> storedProductLines.computeIfAbsent(matchKey(l.brandKey()),
                            k -> new ArrayList<>()).add(l), new NullProgressMonitor());
                }
            }
            return storedProductLines;
        }

        @Override
        public List<ProductLineRecord> productLines(String brandKey) {
            List<ProductLineRecord> lines = new ArrayList<>(productLines.getOrDefault(matchKey(brandKey), List.of()));
            lines.addAll(stored().getOrDefault(matchKey(brandKey), List.of()));
            return lines;
        }

        @Override
        public List<String> brandNames() {
            Set<String> names = new TreeSet<>(brandNames);
            stored().values().forEach(ls -> ls.forEach(l -> {
                if (l.brandName() != null) {
                    names.add(l.brandName());
                }
            }));
            return new ArrayList<>(names);
        }

        @Override
        public String fileName() {
            return fileName;
        }

        @Override
        public String importId() {
            return importId;
        }
    }

    /** A target that writes: it looks up what the import defines, and names the file, through the {@link Validation}. */
    private abstract static class Written implements ReadTarget {
        final Validation validation;

        Written(Validation validation) {
            this.validation = validation;
        }

        @Override
        public void expectReferences(java.util.Collection<String> references) {
            validation.expectReferences(references);
        }

        @Override
        public void readingAt(long line, java.util.function.LongSupplier column) {
            validation.readingAt(line, column);
        }

        @Override
        public List<ProductLineRecord> productLines(String brandKey) {
            return validation.productLines(brandKey);
        }

        @Override
        public void refused(EObject object) {
            validation.refused(object);
        }

        @Override
        public boolean wasRefused(EClass type, String reference) {
            return validation.wasRefused(type, reference);
        }

        @Override
        public List<String> brandNames() {
            return validation.brandNames();
        }

        @Override
        public String fileName() {
            return validation.fileName();
        }

        @Override
        public String importId() {
            return validation.importId();
        }
    }

    /** A problem, ordered by its file, its line and when it was found (problems of one statement in that order). */
    private record ListedProblem(int file, long line, long found, InputProblem problem)
            implements Comparable<ListedProblem> {
        @Override
        public int compareTo(ListedProblem other) {
            int byFile = Integer.compare(file, other.file);
            if (byFile != 0) {
                return byFile;
            }
            int byLine = Long.compare(line, other.line);
            return byLine != 0 ? byLine : Long.compare(found, other.found);
        }
    }

    /** Thrown out of the second reading when it found a problem; the problems are the validation's. */
    public static final class ProblemFoundWhenWriting extends StoreException {
        private static final long serialVersionUID = 1L;

        ProblemFoundWhenWriting() {
            super("the second reading of the import found a problem", null);
        }
    }

    /** The second pass, inside the write transaction. */
    public static final class Writing extends Written {
        private static final int BATCH = 5_000;

        private final GraphView view;
        private final ModelWriter writer;
        private final Map<String, EObject> batch = new LinkedHashMap<>();
        private final List<EObject> plain = new ArrayList<>();
        private final Map<String, EObject> jurisdictionsWritten = new HashMap<>();
        private final Set<Source> sourcesPut = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /**
         * Relationships whose newest statement closes them without interests and that have other statements in the
         * import, by key, with the import id of the file each was read from: written once every file is read.
         */
        private final Map<String, Closing> closings = new LinkedHashMap<>();
        /** The newest earlier statement in the import of each of those relationships read so far. */
        private final Map<String, Earlier> earlierStatements = new HashMap<>();
        /** The newest earlier statement in the import of each closing handed to {@link #write}, until it is put. */
        private final Map<Relationship, Earlier> earlierOfClosing = new java.util.IdentityHashMap<>();
        /** Sources of stored statements, carried over to a closing: in the graph already, so not written again. */
        private final Set<Source> storedSources = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        private long sequence, records, written, superseded, startChanged;
        private StoreException failure;

        public Writing(GraphView view, ModelWriter writer, Validation validation) {
            super(validation);
            this.view = view;
            this.writer = writer;
            validation.writingStarts();
        }

        public void begin(String fileName, String importId) {
            validation.begin(fileName, importId);
            records = 0;
            written = 0;
            superseded = 0;
            startChanged = writer.changed();
        }

        /** Writes what is buffered; the file's counts are final afterwards. */
        public void finish() throws StoreException {
            writeOut();
            written = writer.changed() - startChanged;
        }

        private void writeOut() throws StoreException {
            flushBatch();
            if (failure != null) {
                throw failure;
            }
            writer.flush();
        }

        public long written() {
            return written;
        }

        public long superseded() {
            return superseded;
        }

        /**
         * Makes what earlier imports stored about an entity they named only by an identifier that no stored entity
         * had — a stub keyed {@code SCHEME:ID} — refer to the entity of this import that declares the identifier, as
         * the same reference made now would. Otherwise a relationship imported before its party would stay linked to
         * a party without a statement, and the verdict would depend on the order of the imports. Records that this
         * import restates are left to its statements (unless the store holds newer ones), and a relationship that would
         * become an interest of an entity in itself stays with the stub. Call after the last file.
         */
        public void repointStubs() throws StoreException {
            Map<String, String> replacements = validation.identifiersWithoutRecordOnceWritten();
            if (replacements.isEmpty()) {
                return;
            }
            StoreException[] failure = { null };
            view.referrersOfStubs(LongarmPackage.Literals.ENTITY, replacements, referrer -> {
                if (failure[0] != null || ownInItself(referrer) || writesItsOwn(referrer)) {
                    return;
                }
                try {
                    writer.put(referrer);
                } catch (StoreException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            writer.flush();
        }

        /** Whether this import writes its own statement for the record of a stub's referrer, which is left to it. */
        private boolean writesItsOwn(EObject referrer) {
            if (!validation.restates(referrer)) {
                return false;
            }
            String key = String.valueOf(referrer.eGet(referrer.eClass().getEIDAttribute()));
            return validation.restatesOver(referrer, view.sourcesOf(referrer.eClass(), List.of(key)).get(key));
        }

        /**
         * Whether {@code referrer} is a relationship that the hand-over would make an interest of an entity in itself:
         * the entity declaring the identifier is already its other party. An import naming it so is refused, so it
         * stays with the stub rather than enter the graph by the other order.
         */
        private static boolean ownInItself(EObject referrer) {
            return referrer instanceof Relationship relationship && relationship.getSubject() != null
                    && relationship.getInterestedParty() != null
                    && org.eclipse.emf.ecore.util.EcoreUtil.getURI(relationship.getSubject())
                            .equals(org.eclipse.emf.ecore.util.EcoreUtil.getURI(relationship.getInterestedParty()));
        }

        @Override
        public void add(EObject object) {
            validation.readAgain();
            sequence++;
            if (isRecord(object) && ++records % 1000 == 0) {
                validation.progress.accept(records);
            }
            String key = object instanceof Sourced ? keyOf(object) : null;
            if (key != null) {
                boolean closes = object instanceof Relationship && validation.closesAmongOthers(key);
                if (!validation.wins(key, sequence)) {
                    if (isRecord(object) && !validation.repeatsNewest(key, object)) {
                        superseded++;
                    }
                    // another closing (or the same statement read twice) has no interests to carry over
                    if (closes && !ClosingInterest.closesWithoutInterests((Relationship) object)) {
                        Earlier earlier = new Earlier(Version.of(object, sequence), (Relationship) object);
                        earlierStatements.merge(key, earlier,
                                (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b);
                    }
                    return;
                }
                if (closes) {
                    // its earlier statement may come later in the files
                    closings.put(key, new Closing((Relationship) object, validation.importId()));
                    return;
                }
            }
            if (object instanceof Relationship relationship) {
                InputProblem personSubject = validation.personSubjectOf(relationship);
                if (personSubject != null) {
                    problem(personSubject);
                    return;
                }
            }
            write(object);
        }

        /** A statement of a relationship that a newer statement in the import closes without interests. */
        private record Earlier(Version version, Relationship relationship) {
        }

        /** A relationship's newest statement, which closes it without interests, and the file it was read from. */
        private record Closing(Relationship relationship, String importId) {
        }

        /** What was written for one file, and how many of its statements were superseded. */
        public record Counts(long written, long superseded) {
        }

        /**
         * Writes the relationships whose newest statement closes them without interests, each with the newest earlier
         * statement of the import, whose interests are carried over when the batch is written (see
         * {@link #carryOverEarlier}). Call after the last file's {@link #finish()}. Returns what was written for the
         * closings of each file, by import id, to be added to that file's counts.
         */
        public Map<String, Counts> writeClosings() throws StoreException {
            Map<String, List<Map.Entry<String, Closing>>> byFile = new LinkedHashMap<>();
            closings.entrySet().forEach(c -> byFile.computeIfAbsent(c.getValue().importId(), k -> new ArrayList<>()).add(c));
            Map<String, Counts> counts = new LinkedHashMap<>();
            for (Map.Entry<String, List<Map.Entry<String, Closing>>> file : byFile.entrySet()) {
                long changedBefore = writer.changed(), supersededBefore = superseded;
                for (Map.Entry<String, Closing> closing : file.getValue()) {
                    Earlier earlier = earlierStatements.get(closing.getKey());
                    if (earlier != null) {
                        earlierOfClosing.put(closing.getValue().relationship(), earlier);
                    }
                    write(closing.getValue().relationship());
                }
                writeOut();
                counts.put(file.getKey(), new Counts(writer.changed() - changedBefore, superseded - supersededBefore));
            }
            closings.clear();
            earlierStatements.clear();
            return counts;
        }

        /**
         * Carries over to {@code closing}, which closes its relationship without interests and is about to be put,
         * the interests of the record's newest earlier statement: the import's, unless the {@code stored} one is
         * newer, which is then read from the store.
         */
        private void carryOverEarlier(Relationship closing, String key, EClass space, List<SourceRecord> stored) {
            Earlier inImport = earlierOfClosing.remove(closing);
            if (inImport != null && !inImport.version().yieldsTo(stored)) {
                carryOver(closing, inImport.relationship(), false);
            } else if (stored != null && !stored.isEmpty()) {
                view.object(space, key).ifPresent(earlier -> carryOver(closing, (Relationship) earlier, true));
            }
        }

        /**
         * Gives {@code closing}, which closes its relationship without interests, the interests of {@code earlier}, an
         * earlier statement of the record ({@code stored}, or of the import): each ends on the closing date unless it
         * ended before, and one that starts after it is left out. The earlier statement's sources join the closing
         * one's as evidence of the figures.
         */
        private void carryOver(Relationship closing, Relationship earlier, boolean stored) {
            LocalDate closedOn = closing.getInterests().get(0).getEndDate();
            List<Interest> carried = new ArrayList<>();
            for (Interest interest : earlier.getInterests()) {
                if (closedOn != null && interest.getStartDate() != null && interest.getStartDate().isAfter(closedOn)) {
                    continue;
                }
                Interest copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(interest);
                if (copy.getEndDate() == null || closedOn != null && copy.getEndDate().isAfter(closedOn)) {
                    copy.setEndDate(closedOn);
                }
                carried.add(copy);
            }
            if (carried.isEmpty()) {
                return;
            }
            closing.getInterests().clear();
            closing.getInterests().addAll(carried);
            if (closing.getComponentRecords().isEmpty()) {
                closing.getComponentRecords().addAll(earlier.getComponentRecords());
            }
            Set<String> ids = new HashSet<>();
            closing.getSources().forEach(source -> ids.add(source.getId()));
            for (Source source : earlier.getSources()) {
                // a stored one is read here (one query each; closings are rare), to be told by its id
                if (source.getId() == null || ids.add(source.getId())) {
                    closing.getSources().add(source);
                    if (stored) {
                        storedSources.add(source);
                    }
                }
            }
        }

        /** Writes an object that is the newest statement of its record in this import. */
        void write(EObject object) {
            if (failure != null || object instanceof Source) {
                // sources are written with the facts they support, so those of superseded statements are not
                return;
            }
            String key = keyOf(object);
            if (object instanceof Sourced && key != null) {
                batch.put(key, object);
            } else {
                plain.add(object);
            }
            if (batch.size() + plain.size() >= BATCH) {
                try {
                    flushBatch();
                } catch (StoreException e) {
                    failure = e;
                }
            }
        }

        /** Writes the batch, leaving out records for which the store holds a newer statement. */
        private void flushBatch() throws StoreException {
            Map<EClass, Map<String, EObject>> bySpace = new LinkedHashMap<>();
            for (EObject object : batch.values()) {
                EClass space = object.eClass().getEIDAttribute().getEContainingClass();
                bySpace.computeIfAbsent(space, k -> new LinkedHashMap<>())
                        .put(String.valueOf(object.eGet(object.eClass().getEIDAttribute())), object);
            }
            for (Map.Entry<EClass, Map<String, EObject>> space : bySpace.entrySet()) {
                // committed statements only: within this import, the first pass already chose the newest
                Map<String, List<SourceRecord>> stored = view.sourcesOf(space.getKey(), space.getValue().keySet());
                for (Map.Entry<String, EObject> entry : space.getValue().entrySet()) {
                    List<SourceRecord> storedOfRecord = stored.get(entry.getKey());
                    if (Version.of(entry.getValue(), Long.MAX_VALUE).yieldsTo(storedOfRecord)) {
                        if (isRecord(entry.getValue())) {
                            superseded++;
                        }
                        if (entry.getValue() instanceof Entity entity) {
                            validation.supersededByStore(entity);
                        }
                        continue;
                    }
                    if (entry.getValue() instanceof Relationship closing
                            && ClosingInterest.closesWithoutInterests(closing)) {
                        carryOverEarlier(closing, entry.getKey(), space.getKey(), storedOfRecord);
                    }
                    put(entry.getValue());
                }
            }
            for (EObject object : plain) {
                writer.put(object);
            }
            batch.clear();
            plain.clear();
            sourcesPut.clear();
            storedSources.clear();
        }

        private void put(EObject object) throws StoreException {
            if (object instanceof Sourced sourced) {
                // a row's or statement's source may back several objects of it (a brand and its product line)
                for (Source source : List.copyOf(sourced.getSources())) {
                    if (!storedSources.contains(source) && sourcesPut.add(source)) {
                        writer.put(source);
                    }
                }
            }
            if (object instanceof Entity entity) {
                putJurisdiction(entity.getJurisdiction());
            }
            if (object instanceof Relationship relationship) {
                for (Entity party : carriedParties(relationship)) {
                    put(party);
                }
            }
            if (object instanceof org.longarm.model.Person person) {
                for (var nationality : person.getNationalities()) {
                    putJurisdiction(nationality);
                }
            }
            validation.written(object);
            writer.put(object);
        }

        /** The parties of a relationship that its statement carries (see {@link ReadTarget#add}), not named by key. */
        private static List<Entity> carriedParties(Relationship relationship) {
            List<Entity> carried = new ArrayList<>(2);
            for (Entity party : new Entity[] {relationship.getSubject(), relationship.getInterestedParty()}) {
                if (party != null && !party.eIsProxy() && !party.getSources().isEmpty()) {
                    carried.add(party);
                }
            }
            return carried;
        }

        /**
         * Jurisdictions are referenced by code; writing them keeps their names. A jurisdiction is written again only
         * when it differs from the last one written for its code, so the last name still wins without a row per entity.
         */
        private void putJurisdiction(org.longarm.model.Jurisdiction jurisdiction) throws StoreException {
            if (jurisdiction == null || jurisdiction.getCode() == null || jurisdiction.getName() == null
                    || jurisdiction.eIsProxy()) {
                return;
            }
            EObject last = jurisdictionsWritten.get(jurisdiction.getCode());
            if (last == null || !org.eclipse.emf.ecore.util.EcoreUtil.equals(last, jurisdiction)) {
                writer.put(jurisdiction);
                jurisdictionsWritten.put(jurisdiction.getCode(), jurisdiction);
            }
        }

        /**
         * A problem the first reading did not find: a check that needs the whole import, such as a relationship whose
         * parties turn out to be one entity once an identifier named before its entity is resolved. (Were it the file
         * that changed, its digest, compared at the end, would say so.) Nothing is written.
         */
        @Override
        public void problem(InputProblem problem) {
            validation.problem(problem);
            if (!(failure instanceof ProblemFoundWhenWriting)) {
                failure = new ProblemFoundWhenWriting();
            }
        }

        @Override
        public Optional<String> entityKey(String reference) {
            return validation.entityKey(reference);
        }


        /** The first pass checked every file, and the importer makes sure none changed since. */
        @Override
        public boolean checked() {
            return true;
        }
    }

    /**
     * Checks and writes in one pass, which holds when each record has one statement in the import and every
     * reference resolves to what it would resolve to once the whole import has been read. When either turns out
     * false, or a problem is found, writing stops (checking goes on) and {@link #complete()} says the written part
     * must be discarded: the two passes of {@link Validation} and {@link Writing} are then needed.
     */
    public static final class OnePass extends Written {
        /**
         * Identifiers resolved outside this import that are remembered, at most (their fingerprints take up to 64 MiB);
         * beyond, the two passes are used.
         */
        private static final int MAX_REMEMBERED_REFERENCES = 1_000_000;

        private final Writing writing;
        /** Identifiers not resolved within this import when read, with the key they resolved to then (or themselves). */
        private final FingerprintMap resolvedOutside = new FingerprintMap();
        private boolean abandoned;

        public OnePass(GraphView view, ModelWriter writer, Validation validation) {
            super(validation);
            this.writing = new Writing(view, writer, validation);
        }

        public void begin(String fileName, String importId) {
            writing.begin(fileName, importId);
        }

        /** Takes in the store's last answers about the file, then writes what is buffered, unless writing was abandoned. */
        public void finish() throws StoreException {
            validation.finishFile();
            if (writes()) {
                writing.finish();
            }
        }

        /** Whether what was written is the whole import: no problem, no record twice, no reference resolved anew. */
        public boolean complete() {
            return writes();
        }

        /** Writes nothing more: what was written will be discarded. */
        public void abandon() {
            abandoned = true;
        }

        public long written() {
            return writing.written();
        }

        public long superseded() {
            return writing.superseded();
        }

        /** {@link Writing#repointStubs()}. */
        public void repointStubs() throws StoreException {
            writing.repointStubs();
        }

        private boolean writes() {
            return !abandoned && !validation.hasProblems() && !validation.repeatedRecords()
                    && !validation.identifiersRenamed();
        }

        @Override
        public void add(EObject object) {
            if (object instanceof Entity entity && takesAnIdentifier(entity)) {
                abandoned = true;
            }
            validation.add(object);
            if (object instanceof Entity entity && resolvedOutside.size() > 0 && namesAnew(entity)) {
                abandoned = true;
            }
            if (writes()) {
                writing.write(object);
            }
        }

        /**
         * Whether {@code entity}'s record id is an identifier that an entity of the import declared before: a record id
         * wins over an identifier, so references to it read so far would now name another entity.
         */
        private boolean takesAnIdentifier(Entity entity) {
            String id = entity.getId();
            if (id == null || id.indexOf(':') <= 0) {
                return false;
            }
            Optional<String> before = validation.entityKeyInImport(id);
            return before.isPresent() && !before.get().equals(id);
        }

        /**
         * Whether {@code entity}, now part of the import, makes a reference resolved outside it earlier resolve to
         * another key: the import's first entity with an identifier (or a record id) wins, so checking each entity as
         * it comes equals checking every remembered reference at the end.
         */
        private boolean namesAnew(Entity entity) {
            if (entity.getId() != null && entity.getId().indexOf(':') > 0 && resolvedAnew(entity.getId())) {
                return true;
            }
            for (Identifier identifier : entity.getIdentifiers()) {
                String reference = reference(identifier);
                if (reference != null && resolvedAnew(reference)) {
                    return true;
                }
            }
            return false;
        }

        private boolean resolvedAnew(String ref) {
            Optional<String> now = validation.entityKeyInImport(ref);
            return now.isPresent() && resolvedOutside.holdsOtherThan(ref, now.get());
        }

        @Override
        public void problem(InputProblem problem) {
            validation.problem(problem);
        }

        @Override
        public Optional<String> entityKey(String reference) {
            Optional<String> key = validation.entityKey(reference);
            String ref = reference == null ? "" : reference.strip();
            // only an identifier (SCHEME:ID) can come to name another entity later in the import: a record id names
            // itself, found or not (and a format that takes an unresolved reference for a record id gets the same key)
            if (writes() && ref.indexOf(':') > 0 && validation.entityKeyInImport(ref).isEmpty()) {
                resolvedOutside.put(ref, key.orElse(ref));
                if (resolvedOutside.size() > MAX_REMEMBERED_REFERENCES) {
                    abandoned = true;
                }
            }
            return key;
        }
    }

    /** How a reference names an entity by this identifier ({@code SCHEME:ID}), or null when it has no scheme or id. */
    private static String reference(Identifier identifier) {
        return identifier.getScheme() == null || identifier.getId() == null ? null
                : identifier.getScheme() + ":" + identifier.getId();
    }

    /**
     * Strings and the string each goes with (a reference and the key it resolved to, a statement id and its record),
     * kept as 64-bit fingerprints of both (16 bytes a slot, in a table a quarter to half full: 32 to 64 MiB for a
     * million), so that an import of millions of statements keeps them in little memory. Two strings with one
     * fingerprint are as likely as a collision of random 64-bit numbers, which is accepted here.
     */
    static final class FingerprintMap {
        private long[] references = new long[1 << 12];
        private long[] keys = new long[1 << 12];
        private int size;

        int size() {
            return size;
        }

        /**
         * Remembers {@code value} for {@code ref}, unless a value was remembered for it before; says whether that
         * earlier value is another one.
         */
        boolean put(String ref, String value) {
            if (size * 2 >= references.length) {
                grow();
            }
            long fingerprint = fingerprint(ref);
            long valueFingerprint = fingerprint(value);
            int slot = slotOf(fingerprint);
            if (references[slot] == 0) {
                references[slot] = fingerprint;
                keys[slot] = valueFingerprint;
                size++;
                return false;
            }
            return keys[slot] != valueFingerprint;
        }

        /** Whether a value was remembered for {@code ref}. */
        boolean contains(String ref) {
            long fingerprint = fingerprint(ref);
            return references[slotOf(fingerprint)] == fingerprint;
        }

        /** Whether {@code ref} was remembered with a value other than {@code value}. */
        boolean holdsOtherThan(String ref, String value) {
            long fingerprint = fingerprint(ref);
            int slot = slotOf(fingerprint);
            return references[slot] == fingerprint && keys[slot] != fingerprint(value);
        }

        private void grow() {
            long[] oldReferences = references, oldKeys = keys;
            references = new long[oldReferences.length * 2];
            keys = new long[oldKeys.length * 2];
            for (int i = 0; i < oldReferences.length; i++) {
                if (oldReferences[i] != 0) {
                    int slot = slotOf(oldReferences[i]);
                    references[slot] = oldReferences[i];
                    keys[slot] = oldKeys[i];
                }
            }
        }

        /** The slot that holds {@code fingerprint}, or the empty one where it goes (the table is never full). */
        private int slotOf(long fingerprint) {
            int mask = references.length - 1;
            int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
            while (references[slot] != 0 && references[slot] != fingerprint) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** FNV-1a over the characters, then MurmurHash3's finaliser; never 0, which marks an empty slot. */
        static long fingerprint(String text) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h == 0 ? 1 : h;
        }
    }
}
