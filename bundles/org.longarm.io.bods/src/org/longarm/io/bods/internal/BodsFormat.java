package org.longarm.io.bods.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.io.InputFormat;
import org.longarm.core.io.InputProblem;
import org.longarm.core.io.ReadTarget;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * BODS 0.4 statements: a JSON array of statements ({@code .json}), or JSON Lines, one statement per line
 * ({@code .jsonl}, {@code .ndjson}). The file is read as a stream: one statement at a time is read into a tree,
 * validated against the official schema, mapped to model objects and dropped, so a file of any size reads in little
 * memory. Schema validation, the costly part, runs on a thread per processor for a window of statements ahead of the
 * one being mapped; statements are still mapped, and problems reported, in file order. Registered as an OSGi service
 * (OSGI-INF/org.longarm.io.bods.xml).
 */
public final class BodsFormat implements InputFormat {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // the parser goes on to the next statement
            // a share beyond a double's range (1e400) is then checked against the schema's maximum, not taken for
            // something that is not a number
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // JSON leaves a property given twice open (RFC 8259 §4): keeping the last one, as the reader otherwise
            // does, would decide a jurisdiction or a party by a guess that other tools may make the other way
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The name of the first property of the first object, in an array or not. */
    private static final Pattern FIRST_PROPERTY = Pattern
            .compile("(?:\\[\\s*)?\\{\\s*\"([A-Za-z]+)\"\\s*:");

    /**
     * The properties of a BODS statement that no other kind of JSON file is likely to begin with (the 0.4 schema's
     * Statement, and 0.1–0.3's statementType, all but the generic annotations, source and declaration).
     */
    private static final Set<String> STATEMENT_PROPERTIES = Set.of("statementId", "statementID",
            "statementType", "statementDate", "declarationSubject", "publicationDetails", "recordId", "recordType",
            "recordStatus", "recordDetails");

    @Override
    public String id() {
        return "bods";
    }

    @Override
    public String label() {
        return "BODS 0.4 statements (JSON or JSON Lines)";
    }

    @Override
    public int rank() {
        return 10;
    }

    @Override
    public boolean recognises(Path file, String head) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        if (head == null) {
            return false;
        }
        String start = head.stripLeading();
        if (!start.startsWith("[") && !start.startsWith("{")) {
            return false;
        }
        // BODS 0.1 to 0.3 spelled it statementID: such a file is still BODS, to be told what it is when read
        if (head.contains("\"statementId\"") || head.contains("\"statementID\"")) {
            return true;
        }
        // a first statement whose statementId comes after a long recordDetails: its first property is within the head
        Matcher first = FIRST_PROPERTY.matcher(start);
        return first.lookingAt() && STATEMENT_PROPERTIES.contains(first.group(1));
    }

    @Override
    public void read(Path file, ReadTarget target, IProgressMonitor monitor) throws IOException {
        long size = Math.max(1, Files.size(file));
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + target.fileName(), 1000);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean lines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
        boolean arrayRequired = name.endsWith(".json");
        try (CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file)));
                CharColumns columns = new CharColumns(file, skipByteOrderMark(in))) {
            Reading reading = new Reading(target, progress, in, size, columns, isUtf16Or32(in));
            reading.run(lines, arrayRequired);
        }
        progress.done();
    }

    /**
     * Reads past a UTF-8 byte-order mark at the start of {@code in}, if there is one, and says how many bytes that
     * was. The parser would skip it too, but takes a file holding nothing else for a syntax error, not an empty file.
     */
    private static int skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        in.reset();
        return 0;
    }

    /**
     * Whether {@code in} starts as UTF-16 or UTF-32 does (a byte-order mark, or a zero byte among the first four, which
     * UTF-8 JSON never has), and is read as such by the parser; it is read as strict UTF-8 otherwise.
     */
    private static boolean isUtf16Or32(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Statements read ahead of the one being mapped, at most: they are validated meanwhile, and the records they
     * refer to looked up together. Bounds the memory the validating threads may hold.
     */
    private static final int READ_AHEAD = 1024;

    /** References gathered before they are announced to the target, while reading ahead (a statement adds two). */
    private static final int REFERENCES_PER_ANNOUNCEMENT = 1000;

    /**
     * A statement read, waiting for its schema validation to be mapped; {@code party} is the entity or person record it
     * describes, if it does. Where it starts is kept as the parser gives it (its column counts bytes).
     */
    private record Pending(JsonNode statement, int index, long line, long byteOffset, long byteColumn, String party,
            Future<List<BodsSchema.Violation>> violations) {
    }

    /** The state of reading one file; only ids of records are kept, never statements. */
    private static final class Reading {
        final ReadTarget target;
        final SubMonitor progress;
        final CountingInputStream in;
        /** Whether the file is UTF-16 or UTF-32, which the parser reads without the check of UTF-8. */
        final boolean utf16;
        final CharColumns columns;
        final long size;
        int reported;
        final StatementMapper mapper;
        final ArrayDeque<Pending> pending = new ArrayDeque<>();
        /** References of the statements read that are not announced yet; statements from this index on have them. */
        final List<String> unannounced = new ArrayList<>();
        int announcedUpTo, read;
        /**
         * Entities and persons read ahead and not yet mapped, with their statements' count: the import defines them, so
         * references to them are not announced (the graph need not be asked about them).
         */
        final Map<String, Integer> partiesAhead = new HashMap<>();
        ExecutorService validators;

        Reading(ReadTarget target, SubMonitor progress, CountingInputStream in, long size, CharColumns columns,
                boolean utf16) {
            this.target = target;
            this.utf16 = utf16;
            this.progress = progress;
            this.in = in;
            this.columns = columns;
            this.size = size;
            this.mapper = new StatementMapper(target);
        }

        void run(boolean lines, boolean arrayRequired) {
            if (!target.checked()) {
                validators = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                        Thread.ofPlatform().daemon().name("BODS schema validation ", 0).factory());
            }
            try {
                read(lines, arrayRequired);
            } finally {
                if (validators != null) {
                    validators.shutdownNow();
                }
            }
            mapper.finish();
        }

        private void read(boolean lines, boolean arrayRequired) {
            String file = target.fileName();
            int index = 0;
            long statementLine = 0; // where the statement being read begins, while it is read
            JsonParser parser = null;
            // closed after the catches, which read where it stopped: closing moves it to the end of its buffer
            try {
                // the parser reads UTF-16 and UTF-32 too, telling them by their first bytes (with or without a mark),
                // which it reads at once: a byte that is not UTF-8 among them fails here
                parser = MAPPER.createParser(utf16 ? in : new StrictUtf8InputStream(in));
                JsonToken first = parser.nextToken();
                if (first == null) {
                    if (arrayRequired) { // a JSON Lines file of no lines is valid; an empty document is not JSON
                        target.problem(new InputProblem(file, 0, 0, null, null,
                                "the file is empty: a BODS .json file is a JSON array of statements ([] for none)"));
                    }
                    return;
                }
                boolean array = first == JsonToken.START_ARRAY && !lines;
                if (!array && arrayRequired) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    target.problem(new InputProblem(file, at.getLineNr(), columns.of(at), null, "$",
                            "a BODS .json file must be a JSON array of statements (found " + describe(first)
                                    + "; JSON Lines files end in .jsonl) (type)"));
                    return;
                }
                JsonToken token = array ? parser.nextToken() : first;
                while (token != null && token != JsonToken.END_ARRAY) {
                    checkCanceled();
                    TokenStreamLocation at = parser.currentTokenLocation();
                    if (token != JsonToken.START_OBJECT) {
                        mapPending(0);
                        target.problem(new InputProblem(file, at.getLineNr(), columns.of(at), "#" + index, "$",
                                "a statement must be a JSON object, found " + describe(token) + " (type)"));
                        parser.skipChildren();
                    } else {
                        statementLine = at.getLineNr();
                        JsonNode statement = MAPPER.readTree(parser);
                        statementLine = 0;
                        String olderVersion = olderVersion(statement);
                        if (olderVersion != null) {
                            // every statement of such a file would fail the schema five times over: say why once
                            mapPending(0);
                            target.problem(new InputProblem(file, at.getLineNr(), columns.of(at), "#" + index, "$",
                                    olderVersion + "; Longarm reads BODS 0.4, whose statements have recordId, "
                                            + "recordType and recordDetails: convert the file to BODS 0.4 first (the "
                                            + "rest of the file is not read)"));
                            return;
                        }
                        StatementMapper.references(statement, unannounced);
                        String party = StatementMapper.partyRecord(statement);
                        if (party != null) {
                            partiesAhead.merge(party, 1, Integer::sum);
                        }
                        read = index + 1;
                        pending.add(new Pending(statement, index, at.getLineNr(), at.getByteOffset(),
                                at.getColumnNr(), party,
                                validators == null ? CompletableFuture.completedFuture(List.of())
                                        : validators.submit(() -> BodsSchema.get().validate(statement))));
                        if (unannounced.size() >= REFERENCES_PER_ANNOUNCEMENT) {
                            announce();
                        }
                        mapPending(READ_AHEAD - 1);
                    }
                    index++;
                    token = parser.nextToken();
                    report();
                }
                mapPending(0);
                if (array && token == JsonToken.END_ARRAY) {
                    JsonToken after = parser.nextToken();
                    if (after != null) {
                        TokenStreamLocation at = parser.currentTokenLocation();
                        target.problem(new InputProblem(file, at.getLineNr(), columns.of(at), null, null,
                                "unexpected content after the array of statements"));
                    }
                }
            } catch (JacksonException e) {
                mapPending(0); // the statements before the syntax error were read whole
                StrictUtf8InputStream.NotUtf8Exception notUtf8 = StrictUtf8InputStream.NotUtf8Exception.in(e);
                if (notUtf8 != null) {
                    target.problem(new InputProblem(file, notUtf8.line, columns.of(notUtf8.offset,
                            notUtf8.byteColumn), null, null,
                            "not UTF-8 text (save the file as UTF-8); the rest of the file is not read"));
                    return;
                }
                // the parser's limits (nesting depth, length of a string or number) say where they were passed only
                // through the parser
                TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
                        : parser != null ? parser.currentLocation() : TokenStreamLocation.NA;
                // a statement cut short (a missing } or ]) is noticed only where the next one begins
                String within = statementLine > 0 && at.getLineNr() > statementLine
                        ? " (in the statement that begins on line " + statementLine + ")" : "";
                if (columns.byteOrderMarkAt(at)) {
                    within += "; a byte-order mark (U+FEFF) is there, as when files are joined: keep one at the"
                            + " start of the file at most";
                }
                target.problem(new InputProblem(file, at.getLineNr(), columns.of(at), null, null,
                        (e instanceof StreamConstraintsException ? "JSON beyond what the reader accepts: "
                                : "JSON syntax error: ") + firstLine(e.getOriginalMessage()) + within));
            } finally {
                if (parser != null) {
                    parser.close();
                }
            }
        }

        /**
         * What shows that a statement is of BODS 0.1 to 0.3, which named its kind {@code statementType} and its id
         * {@code statementID} and had no records, or null when it does not look so.
         */
        private static final java.util.Set<String> OLDER_STATEMENT_TYPES = java.util.Set.of("entityStatement",
                "personStatement", "ownershipOrControlStatement");

        private static String olderVersion(JsonNode statement) {
            if (statement.has("recordType") || !statement.has("statementType") && !statement.has("statementID")) {
                return null;
            }
            JsonNode version = statement.path("publicationDetails").path("bodsVersion");
            String type = statement.path("statementType").asString("");
            boolean stated = version.isString() && version.asString().matches("0\\.[0-3](\\.\\d+)?");
            return "a statement in the form of BODS " + (stated ? version.asString() : "0.1 to 0.3")
                    + (OLDER_STATEMENT_TYPES.contains(type) ? " (statementType " + type + ")" : " (statementID)");
        }

        /** Maps the oldest pending statements, waiting for their validation, until at most {@code keep} are left. */
        private void mapPending(int keep) {
            while (pending.size() > keep) {
                Pending next = pending.poll();
                if (next.index() >= announcedUpTo) {
                    announce();
                }
                List<BodsSchema.Violation> violations;
                try {
                    violations = next.violations().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OperationCanceledException();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("validating statement " + next.index(), e.getCause());
                }
                mapper.statement(next.statement(), violations, next.index(), next.line(),
                        () -> columns.of(next.byteOffset(), next.byteColumn()));
                if (next.party() != null) {
                    partiesAhead.computeIfPresent(next.party(), (k, n) -> n == 1 ? null : n - 1);
                }
            }
        }

        /** Tells the target the references of every statement read so far, but to parties read ahead. */
        private void announce() {
            List<String> references = new ArrayList<>(unannounced.size());
            for (String reference : unannounced) {
                if (!partiesAhead.containsKey(reference)) {
                    references.add(reference);
                }
            }
            unannounced.clear();
            if (!references.isEmpty()) {
                target.expectReferences(references);
            }
            announcedUpTo = read;
        }

        private void checkCanceled() {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }

        private void report() {
            int done = (int) Math.min(1000, in.count * 1000 / size);
            if (done > reported) {
                progress.worked(done - reported);
                reported = done;
            }
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int newline = message.indexOf('\n');
        // the parser's own account of where an open array or object began names its input, which it hides, and its
        // limits name the setting that holds them, which a user cannot change, and so do its hints, which name the
        // switches that would make it accept what JSON does not
        return (newline < 0 ? message : message.substring(0, newline))
                .replaceAll("\\s*\\(start marker at \\[Source: .*\\]\\)", "")
                .replaceAll(", from `[A-Za-z.]+\\(\\)`", "")
                .replaceAll(": enable `[A-Za-z._]+` to allow", "")
                .replaceAll("\\s*\\(consider enabling `[A-Za-z._]+`[^)]*\\)", "")
                .replaceAll("\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                        "(JSON has no comments)")
                .replaceAll("^Duplicate Object property (\".*\")$",
                        "property $1 is given twice in one object (which value counts would be a guess)");
    }

    /** Counts the bytes read, for progress by bytes. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
