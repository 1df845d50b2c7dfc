package org.longarm.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.longarm.core.graph.GraphView;
import org.longarm.core.internal.engine.UnchangedReading;
import org.longarm.core.internal.io.ImportTargets;
import org.longarm.core.internal.util.Utf8Text;
import org.longarm.core.store.ModelStore;
import org.longarm.core.store.ModelWriter;
import org.longarm.core.store.StoreException;
import org.longarm.model.ImportRecord;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;

/**
 * Reads files with the registered {@link InputFormat}s and writes what they define to a store: all of it, or nothing
 * when any file has a problem. The files are read once, checked and written at the same time, when each record has
 * one statement in the import and each reference resolves to the same record whether or not the files after it have
 * been read; otherwise (or when a problem is found) what was written is discarded, and, when the files have no
 * problem, read a second time to write only the newest statement of each record. Memory holds keys, not model
 * objects (but for the rare relationship that a statement closes without interests while the files hold another of its
 * statements, whose interests it takes over, see {@link ClosingInterest}). The writing is one {@link ModelStore#writeStaged staged write}: however large the files, the import lands
 * whole or not at all, also when the process dies part-way.
 */
public final class Importer {

    private final List<InputFormat> formats;

    /** An importer that knows {@code formats}. */
    public Importer(List<InputFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Checks {@code files} without writing anything; {@code store} (may be null) is only read, to resolve references. */
    public ImportReport validate(List<Path> files, ModelStore store, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Validating", files.size() * 10);
        List<Input> inputs = recognise(files, null, progress.split(files.size()));
        ImportTargets.Validation validation = new ImportTargets.Validation(store == null ? null : store.view());
        List<ImportReport.FileReport> reports = new ArrayList<>();
        for (Input input : inputs) {
            if (input.format != null && input.alreadyImported) { // given before in the list: checked once
                reports.add(new ImportReport.FileReport(input.fileName, input.format.id(), input.sha256, 0, 0, 0, true));
            } else if (input.format != null) {
                validation.begin(input.fileName, input.importId);
                read(input, validation, "Checking ", validation, progress.split(9));
                validation.finishFile();
                reports.add(new ImportReport.FileReport(input.fileName, input.format.id(), input.sha256,
                        validation.records(), 0, 0, false));
            } else {
                reports.add(new ImportReport.FileReport(input.fileName, null, input.sha256, 0, 0, 0, false));
            }
        }
        validation.finishReading();
        List<InputProblem> problems = new ArrayList<>(unrecognised(inputs));
        problems.addAll(validation.problems());
        return new ImportReport(reports, problems, validation.unlisted());
    }

    /**
     * Imports {@code files} into {@code store}. Files whose content was imported before are skipped. When any file
     * has a problem nothing is written and the report lists the problems. An import waits while another one (or
     * another staged write) runs on the same database, and then checks its files against what that one wrote.
     *
     * @throws StoreException when the store fails (nothing was written, unless the message says that it may have
     *             been: a connection lost at the commit point, or while applying what was committed)
     * @throws OperationCanceledException when cancelled (nothing was written)
     * @throws IOException when a file cannot be read, or changed while it was imported (nothing was written)
     */
    public ImportReport importFiles(List<Path> files, ModelStore store, IProgressMonitor monitor)
            throws IOException, StoreException {
        return importFiles(files, store, false, monitor);
    }

    /**
     * Runs the import of {@code files} into {@code store} as {@link #importFiles} would, and writes nothing: the report
     * is the one the import would give, with its problems, its warnings, the references it would keep as stubs, the
     * files it would skip as imported before, and the facts it would write (counted as a staged write that counts the
     * objects it is given counts them, before they are compared with the graph: Longarm's Neo4j store does). Unlike
     * the import, it does not wait for its turn among the store's writes: when an import is committed to the graph
     * meanwhile, the files are checked again, so that the report rests on all of each import or on none of it.
     *
     * @param store the store whose graph the files are checked against; null for an {@linkplain GraphView#empty()
     *            empty graph}, as a new database holds
     *
     * @throws org.longarm.core.store.StoreBusyException when imports were committed during each of three checks
     * @throws OperationCanceledException when cancelled
     * @throws IOException when a file cannot be read, or changed while it was checked
     * @since 1.8
     */
    public ImportReport dryRun(List<Path> files, ModelStore store, IProgressMonitor monitor)
            throws IOException, StoreException {
        try {
            return UnchangedReading.read(graphOf(store), SubMonitor.convert(monitor, "Checking an import", 100),
                    "Checking again: an import was committed to the graph while the files were checked",
                    "imports were committed to the graph during each of the " + UnchangedReading.ATTEMPTS
                            + " checks of the files: check them again when the imports have ended",
                    (committed, reading) -> {
                        try {
                            return importFiles(files, store, true, reading);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ImportReport importFiles(List<Path> files, ModelStore store, boolean dryRun, IProgressMonitor monitor)
            throws IOException, StoreException {
        // a tick per file to recognise it, twenty to read and apply it; a second pass, when needed, takes the second ten
        SubMonitor progress = SubMonitor.convert(monitor, "Importing", files.size() * 21);
        List<Input> inputs = recognise(files, store, progress.split(files.size()));
        List<InputProblem> problems = new ArrayList<>(unrecognised(inputs));
        List<Input> toRead = inputs.stream().filter(i -> i.format != null && !i.alreadyImported)
                .collect(Collectors.toCollection(ArrayList::new));
        if (toRead.isEmpty()) {
            return new ImportReport(reports(inputs), problems);
        }
        ImportTargets.Validation validation = new ImportTargets.Validation(graphOf(store));
        // the reading of each file takes half of a pass's ticks, the applying (after the work returns) the rest
        SubMonitor onePass = progress.split(toRead.size() * 20).setWorkRemaining(toRead.size() * 20);
        boolean[] inTwoPasses = { false };
        try {
            stage(store, dryRun, writer -> {
                try {
                    dropImportedMeanwhile(toRead, store);
                } catch (IOException e) {
                    throw new NotInOnePass(e);
                }
                ImportTargets.OnePass target = new ImportTargets.OnePass(graphOf(store), writer, validation);
                if (!problems.isEmpty()) {
                    target.abandon(); // an unrecognised file: check the others, write nothing
                }
                for (Input input : toRead) {
                    target.begin(input.fileName, input.importId);
                    try {
                        // a dry run applies nothing: its reading takes the applying's ticks too, but for a quarter,
                        // which a second pass takes when one is needed
                        read(input, target, "Checking and writing ", validation, onePass.split(dryRun ? 15 : 10));
                    } catch (IOException e) {
                        throw new NotInOnePass(e);
                    }
                    target.finish();
                    input.records = validation.records();
                    input.recordsByKind = validation.recordsByKind();
                    input.written = target.written();
                    input.superseded = target.superseded();
                }
                validation.finishReading();
                boolean valid = problems.isEmpty() && !validation.hasProblems();
                if (valid) {
                    // in this write's turn, before it is applied: the graph as it was before this import
                    validation.findOutrankedProductLines();
                }
                if (target.complete()) {
                    target.repointStubs();
                    finishWriting(toRead, writer, validation);
                    return null;
                }
                // also when abandoned for an unrecognised file
                if (valid) {
                    // written in this write's turn, so that no other write changes the graph that this pass checked
                    // the files against; what this pass staged is discarded afterwards. It takes the ticks this pass
                    // kept for applying, which it will not: the bar goes on from half-way instead of standing full
                    writeSecondPass(toRead, store, dryRun, validation,
                            onePass.split(toRead.size() * 10).setWorkRemaining(toRead.size() * 20));
                    inTwoPasses[0] = true;
                }
                throw new NotInOnePass(null);
            }, onePass);
        } catch (NotInOnePass e) {
            if (e.getCause() instanceof IOException unreadable) {
                throw unreadable;
            }
            if (!inTwoPasses[0]) {
                toRead.forEach(input -> input.written = input.superseded = 0);
            }
        } catch (ImportTargets.ProblemFoundWhenWriting e) {
            toRead.forEach(input -> input.written = input.superseded = 0);
        }
        problems.addAll(validation.problems());
        if (!problems.isEmpty()) {
            return new ImportReport(reports(inputs), problems, validation.unlisted());
        }
        return new ImportReport(reports(inputs), problems, 0, validation.unresolvedReferences(),
                validation.unlistedUnresolvedReferences(), validation.warnings(), validation.unlistedWarnings());
    }

    /** Reads the checked files again and writes the winning statements, in a staged write of its own. */
    private void writeSecondPass(List<Input> toRead, ModelStore store, boolean dryRun,
            ImportTargets.Validation validation, SubMonitor secondPass) throws StoreException {
        stage(store, dryRun, writer -> {
            ImportTargets.Writing target = new ImportTargets.Writing(graphOf(store), writer, validation);
            for (Input input : toRead) {
                target.begin(input.fileName, input.importId);
                try {
                    read(input, target, "Writing ", validation, secondPass.split(10));
                } catch (IOException e) {
                    throw cannotReadAgain(input, e);
                }
                target.finish();
                input.written = target.written();
                input.superseded = target.superseded();
            }
            Map<String, ImportTargets.Writing.Counts> closings = target.writeClosings();
            for (Input input : toRead) {
                ImportTargets.Writing.Counts counts = closings.get(input.importId);
                if (counts != null) {
                    input.written += counts.written();
                    input.superseded += counts.superseded();
                }
            }
            target.repointStubs();
            finishWriting(toRead, writer, validation);
            return null;
        }, secondPass);
    }

    /** The graph of {@code store}; an empty one for a dry run without a store. */
    private static GraphView graphOf(ModelStore store) {
        return store == null ? GraphView.empty() : store.view();
    }

    /**
     * Runs {@code work} as a {@linkplain ModelStore#writeStaged staged write} of {@code store}, or in a dry run with a
     * writer that writes nothing and counts what it is given, as a staged write counts it.
     */
    private static <T> T stage(ModelStore store, boolean dryRun, ModelStore.StoreWork<T> work, IProgressMonitor monitor)
            throws StoreException {
        if (!dryRun) {
            return store.writeStaged(work, monitor);
        }
        try {
            return work.run(new ModelWriter() {
                private long given;

                @Override
                public void put(EObject object) {
                    given++;
                }

                @Override
                public void flush() {
                    // nothing is written
                }

                @Override
                public Map<String, EObject> getAll(EClass type, Collection<String> keys) throws StoreException {
                    // the graph, to which this writer added nothing
                    return store == null ? Map.of() : store.getAll(type, keys);
                }

                @Override
                public long changed() {
                    return given;
                }
            });
        } finally {
            SubMonitor.done(monitor);
        }
    }

    /**
     * Thrown out of the one-pass write to discard it: a file cannot be read or changed while it was read (the cause,
     * also from the second pass), the import has a problem, or
     * it needs a second pass because a record has several statements or a reference would resolve differently once
     * every file has been read.
     */
    private static final class NotInOnePass extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotInOnePass(IOException unreadable) {
            super(null, unreadable, false, false);
        }
    }

    /** Reads one input into {@code target}, reporting as {@code what} plus the file name. */
    private static void read(Input input, ReadTarget target, String what, ImportTargets.Validation validation,
            IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor);
        progress.subTask(what + input.fileName);
        validation.onProgress(counter(what + input.fileName, progress));
        input.format.read(input.path, target, progress);
    }

    /** A file checked before that cannot be read again: the import is discarded, and the reason thrown. */
    private static NotInOnePass cannotReadAgain(Input input, IOException e) {
        return new NotInOnePass(new IOException("cannot read " + input.fileName + " again: " + e.getMessage(), e));
    }

    /** Makes sure no file changed since it was read, and records each import with the warnings at its rows. */
    private void finishWriting(List<Input> inputs, ModelWriter writer, ImportTargets.Validation validation)
            throws StoreException {
        for (Input input : inputs) {
            // the input's matter, not the database's: the import is discarded and an IOException thrown
            String now;
            try {
                now = sha256(input.path);
            } catch (IOException e) {
                throw cannotReadAgain(input, e);
            }
            if (!now.equals(input.sha256)) {
                throw new NotInOnePass(
                        new IOException(input.fileName + " changed while it was imported; nothing was written"));
            }
            writer.put(record(input, validation));
        }
        writer.flush();
    }

    /** Shows how many statements were handled and at what rate. */
    private static java.util.function.LongConsumer counter(String what, IProgressMonitor monitor) {
        long start = System.nanoTime();
        return n -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            monitor.subTask("%s: %,d statements, %,.0f/s".formatted(what, n, n / seconds));
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        };
    }

    private static ImportRecord record(Input input, ImportTargets.Validation validation) {
        ImportRecord record = LongarmFactory.eINSTANCE.createImportRecord();
        record.setId(input.importId);
        record.setFileName(input.fileName);
        record.setSha256(input.sha256);
        record.setFormat(input.format.id());
        record.setImportedAt(Instant.now());
        record.setRecords(input.records);
        record.setWritten(input.written);
        record.setSuperseded(input.superseded);
        record.getCounts().addAll(input.recordsByKind);
        validation.recordWarnings(input.importId, record);
        return record;
    }

    private static List<ImportReport.FileReport> reports(List<Input> inputs) {
        return inputs.stream().map(i -> new ImportReport.FileReport(i.fileName, i.format == null ? null : i.format.id(),
                i.sha256, i.records, i.written, i.superseded, i.alreadyImported)).toList();
    }

    private static List<InputProblem> unrecognised(List<Input> inputs) {
        return inputs.stream().filter(i -> i.format == null).map(i -> new InputProblem(i.fileName, 0, 0, null, null,
                "not a file Longarm can read (expected BODS JSON or JSON Lines, a product CSV or an inventory CSV)"
                        + whyUnrecognised(i.path)))
                .toList();
    }

    /**
     * What the start of an unrecognised file shows: that it is empty, or UTF-16 text, or for a {@code .csv} file the
     * other ways a spreadsheet saves a table than as comma-separated UTF-8, which is what the CSV formats read; empty
     * when it shows none of them.
     */
    private static String whyUnrecognised(Path file) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        } catch (IOException e) {
            return "";
        }
        if (start.length < 4096 && new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
            return ": it is empty" + (start.length == 0 ? "" : " (nothing but white space)");
        }
        boolean csv = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (start.length >= 2 && (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF
                || start[0] == (byte) 0xFF && start[1] == (byte) 0xFE
                // without a byte-order mark, its ASCII characters have a zero byte each, which text in UTF-8 has not
                || csv && (start[0] == 0 || start[1] == 0))) {
            // the formats recognise a file by its start as UTF-8 (JSON exchanged between systems is UTF-8, RFC 8259)
            return ": it is UTF-16 text; save it as UTF-8" + (csv ? " (in a spreadsheet: CSV UTF-8)" : "");
        }
        if (!csv) {
            return "";
        }
        String head = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        String firstLine = head.lines().findFirst().orElse("").strip();
        if (firstLine.toLowerCase(Locale.ROOT).startsWith("sep=")) {
            return ": its first line (" + firstLine + ") is a spreadsheet's hint at the separator; remove that line";
        }
        if (!firstLine.contains(",")) {
            if (firstLine.contains(";")) {
                return ": its first line is separated by semicolons; the CSV formats read values separated by commas";
            }
            if (firstLine.contains("\t")) {
                return ": its first line is separated by tabs; the CSV formats read values separated by commas";
            }
        }
        String notUtf8 = firstByteNotUtf8(start);
        if (notUtf8 != null) {
            // a byte of another encoding in the header (a Latin-1 export) hides the columns the recognition looks for
            return ": it is not UTF-8 text (" + notUtf8 + "); save it as UTF-8 (in a spreadsheet: CSV UTF-8)";
        }
        // the formats find the header among the lines that the recognition reads, not further
        return ": none of " + (start.length < 4096 ? "its lines" : "the lines in its first 4096 bytes, where it must "
                + "be,") + " is the header of a product CSV (with the columns brand, manufacturer and relation) or of an "
                + "inventory CSV (asset_id and site_id)";
    }

    /**
     * Where the first byte of {@code start} that is not UTF-8 is ("line 1, column 3", in characters, lines ended by
     * LF, CRLF or CR, a byte-order mark no column), or null when there is none; a character that {@code start} cuts
     * short at its end is not one.
     */
    private static String firstByteNotUtf8(byte[] start) {
        long[] at;
        try {
            at = Utf8Text.firstBadByte(Channels.newChannel(new ByteArrayInputStream(start)), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory are read without fail
        }
        return at == null ? null : "line " + at[0] + ", column " + at[1];
    }

    /**
     * Hashes each file, finds its format, and orders the files by their formats' ranks. A file is already imported
     * when {@code store} (may be null) holds its import, or when its content is that of a file before it in the list
     * (one file named twice, or a copy): the same content is read once.
     */
    private List<Input> recognise(List<Path> files, ModelStore store, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        List<Input> inputs = new ArrayList<>();
        Set<String> contents = new HashSet<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Input input = new Input(file);
            input.sha256 = sha256(file, progress);
            input.importId = importId(input.sha256);
            input.format = formatOf(file).orElse(null);
            input.alreadyImported = !contents.add(input.sha256) || store != null && alreadyImported(store, input);
            inputs.add(input);
            progress.worked(1);
        }
        inputs.sort(Comparator.comparingInt(i -> i.format == null ? Integer.MAX_VALUE : i.format.rank()));
        return inputs;
    }

    /**
     * The id of a file's {@link ImportRecord}, which each of the file's sources names: the first 16 hex digits (64
     * bits) of its SHA-256. Unlike the whole digest, it is short enough for Neo4j to store inline with each source,
     * which matters with a source per statement.
     */
    public static String importId(String sha256) {
        return sha256.substring(0, 16);
    }

    /**
     * Leaves out the files that another import wrote while this one waited for the store's staged writes to be its
     * turn (the same file imported twice at once): they are reported as already imported.
     */
    private static void dropImportedMeanwhile(List<Input> toRead, ModelStore store) throws StoreException, IOException {
        if (store == null) { // a dry run into an empty graph
            return;
        }
        for (Input input : toRead) {
            input.alreadyImported = alreadyImported(store, input);
        }
        toRead.removeIf(input -> input.alreadyImported);
    }

    private static boolean alreadyImported(ModelStore store, Input input) throws StoreException, IOException {
        var stored = store.get(LongarmPackage.Literals.IMPORT_RECORD, input.importId).map(ImportRecord.class::cast);
        if (stored.isPresent() && !input.sha256.equals(stored.get().getSha256())) {
            throw new IOException(input.fileName + ": its import id " + input.importId
                    + " is already that of another file's import (SHA-256 " + stored.get().getSha256()
                    + "): the two files share the first 64 bits of their SHA-256, so their sources would name the "
                    + "same import record");
        }
        // a database written before import ids were shortened keys its records by the whole SHA-256
        return stored.isPresent() || store.get(LongarmPackage.Literals.IMPORT_RECORD, input.sha256).isPresent();
    }

    /**
     * The format that an import would read {@code file} with, if any: the format of lowest rank among those that
     * recognise it, for a caller that expects a file of a given kind.
     *
     * @since 1.2
     */
    public Optional<InputFormat> formatOf(Path file) throws IOException {
        String head = head(file);
        return formats.stream().filter(f -> f.recognises(file, head)).min(Comparator.comparingInt(InputFormat::rank));
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.startsWith("\uFEFF") ? head.substring(1) : head;
        }
    }

    static String sha256(Path file) throws IOException {
        return sha256(file, new NullProgressMonitor());
    }

    /** The file's SHA-256; a file of gigabytes takes seconds, so cancelling is checked every 16 MiB. */
    private static String sha256(Path file, IProgressMonitor monitor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int buffers = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
                if (++buffers % 256 == 0 && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class Input {
        final Path path;
        final String fileName;
        String sha256, importId;
        InputFormat format;
        boolean alreadyImported;
        long records, written, superseded;
        List<String> recordsByKind = List.of();

        Input(Path path) {
            this.path = path;
            this.fileName = path.toString();
        }
    }
}
