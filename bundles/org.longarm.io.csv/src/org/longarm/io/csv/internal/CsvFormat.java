package org.longarm.io.csv.internal;

import static org.longarm.core.graph.ProductLineRecord.matchKey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.longarm.core.internal.util.Utf8Text;
import org.longarm.core.io.InputFormat;
import org.longarm.core.io.InputProblem;
import org.longarm.core.io.ReadTarget;
import org.longarm.model.LongarmFactory;
import org.longarm.model.Source;

/**
 * A CSV input with a header row: columns are found by name (trimmed, any case), in any order. Unknown columns and
 * missing required columns are problems. Every row is handed to {@link #row} with its line number.
 */
abstract class CsvFormat implements InputFormat {

    static final LongarmFactory FACTORY = LongarmFactory.eINSTANCE;
    private static final java.util.regex.Pattern FOUR_DIGIT_YEAR_DATE =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Every column this format knows, in the order of the specification. */
    abstract List<String> columns();

    /** The columns that must be present. */
    abstract Set<String> requiredColumns();

    /** How many rows are read ahead of the one handed to {@link #row}, for {@link #referenceColumns}. */
    static final int ROWS_AHEAD = 1_000;

    /** The columns whose presence in the header line identifies this format. */
    abstract List<String> signature();

    /** Reads one data row. */
    abstract void row(Row row);

    /**
     * The columns whose values name entities: announced for the rows read ahead ({@link ReadTarget#expectReferences}),
     * so that those the import does not define are looked up in the graph together, not a round trip each.
     */
    List<String> referenceColumns() {
        return List.of();
    }

    /** Announces the references in the {@link #referenceColumns} of {@code rows}. */
    private void announceReferences(Reading reading, java.util.Collection<CSVRecord> rows) {
        java.util.Set<String> references = new java.util.LinkedHashSet<>();
        for (String column : referenceColumns()) {
            Integer i = reading.index.get(column);
            for (CSVRecord row : rows) {
                String value = i == null || i >= row.size() ? "" : trim(row.get(i));
                if (!value.isEmpty()) {
                    references.add(value);
                }
            }
        }
        if (!references.isEmpty()) {
            reading.target.expectReferences(references);
        }
    }

    /** Called once the rows have been read. */
    void end(Reading reading) {
    }

    @Override
    public boolean recognises(Path file, String head) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") || head == null) {
            return false;
        }
        // rows of empty values before the header (",,,," of a cleared title row) are skipped, as when reading
        String header = "";
        // lines end as the reading ends them: LF, CRLF, or CR alone (Excel for Mac's "CSV (Macintosh)")
        for (String line : head.split("\r\n|[\r\n]", -1)) {
            if (!trim(line.replace(",", "").replace("\"", "")).isEmpty()) {
                header = line;
                break;
            }
        }
        List<String> names = new ArrayList<>();
        for (String cell : header.split(",")) {
            names.add(matchKey(cell.replace("\"", ""))); // as the reading finds columns
        }
        return names.containsAll(signature());
    }

    @Override
    public void read(Path file, ReadTarget target, IProgressMonitor monitor) throws IOException {
        long size = Math.max(1, Files.size(file));
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + target.fileName(), 1000);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        Utf8Reader text = new Utf8Reader(Files.newByteChannel(file));
        try (Reader reader = new BufferedReader(text);
                CSVParser parser = format.parse(skipBom(reader))) {
            Reading reading = new Reading(target);
            Iterator<CSVRecord> records = parser.iterator();
            // the rows read ahead of the one handed on, and what stopped the reading ahead, met after them
            java.util.ArrayDeque<CSVRecord> ahead = new java.util.ArrayDeque<>();
            RuntimeException unreadable = null;
            long next = 1;
            int reported = 0;
            boolean header = true;
            while (true) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (ahead.isEmpty() && unreadable == null) {
                    try {
                        // the header alone first: the columns whose references are announced are known after it
                        while (records.hasNext() && (ahead.isEmpty() || !header && ahead.size() < ROWS_AHEAD)) {
                            ahead.add(records.next());
                        }
                    } catch (UncheckedIOException | IllegalStateException e) {
                        unreadable = e;
                    }
                    if (!header) {
                        announceReferences(reading, ahead);
                    }
                }
                CSVRecord record = ahead.poll();
                if (record == null && text.metBadByte()) {
                    // also when the parser took the end of the text before the bad byte for the end of a quoted value
                    throw new CharacterCodingException();
                }
                if (record == null && unreadable != null) {
                    target.problem(new InputProblem(target.fileName(), next, 0, null, null,
                            unreadable((unreadable.getCause() != null ? unreadable.getCause() : unreadable)
                                    .getMessage())));
                    return;
                }
                if (record == null) {
                    break;
                }
                long line = next;
                next = line + 1 + embeddedLineBreaks(record);
                if (record.stream().allMatch(value -> trim(value).isEmpty())) {
                    continue; // an empty line, or a row a spreadsheet kept (",,,,") with nothing in it
                }
                if (header) {
                    header = false;
                    if (!reading.header(record, line)) {
                        return;
                    }
                    continue;
                }
                if (record.size() != reading.width) {
                    // a value too many or too few shifts the others into the wrong columns, or is lost
                    target.problem(new InputProblem(target.fileName(), line, 0, null, null, "this row has "
                            + record.size() + " values where the header has " + reading.width + " columns"));
                    continue;
                }
                int unnamed = reading.valueWithoutColumn(record);
                if (unnamed > 0) {
                    target.problem(new InputProblem(target.fileName(), line, unnamed, null, null, "a value in column "
                            + unnamed + ", which has no name in the header: name the column or remove the value"));
                    continue;
                }
                target.readingAt(line, () -> 0);
                row(new Row(reading, record, line));
                int done = (int) Math.min(1000, record.getCharacterPosition() * 1000 / size);
                if (done > reported) {
                    progress.worked(done - reported);
                    reported = done;
                }
            }
            if (!header) {
                end(reading);
            }
        } catch (CharacterCodingException e) {
            long[] at;
            try (ReadableByteChannel in = Files.newByteChannel(file)) {
                at = Utf8Text.firstBadByte(in, true);
            }
            if (at == null) {
                at = new long[] { 0, 0 }; // the reading met a bad byte that is gone: the file changed meanwhile
            }
            target.problem(new InputProblem(target.fileName(), at[0], at[1], null, null,
                    "not UTF-8 text (save the file as UTF-8); the rest of the file is not read"));
        }
        progress.done();
    }

    /** Line breaks inside the record's quoted values, so that the next record's line is known. */
    private static long embeddedLineBreaks(CSVRecord record) {
        long count = 0;
        for (String value : record.values()) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= value.length() || value.charAt(i + 1) != '\n'))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The CSV parser's account of a row it cannot split, in the terms of the spreadsheet that wrote the row. After such a
     * row the parser cannot tell where the next one begins, so the file is not read further.
     */
    private static String unreadable(String message) {
        // (the parser writes its numbers in the locale's way: 1,234)
        String reason = message == null ? "" : message.replaceAll(" at line: .*$", "")
                .replaceAll("^\\(startline [^)]*\\) ", "");
        if (reason.startsWith("Invalid character between encapsulated token and delimiter")) {
            reason = "a quoted value is followed by more text before the next comma (to keep a quote inside a value,"
                    + " quote the whole value and double the quote: \"\"\"Annex\"\" old\")";
        } else if (reason.startsWith("EOF reached before encapsulated token finished")) {
            reason = "a quote that opens a value here is never closed";
        }
        return "unreadable CSV: " + reason + "; the rest of the file is not read";
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The state of reading one file. */
    final class Reading {
        final ReadTarget target;
        final String file;
        /** Column name → 0-based index in the row. */
        final Map<String, Integer> index = new LinkedHashMap<>();
        final Map<String, Object> state = new LinkedHashMap<>();
        /** How many columns the header has. */
        int width;
        /** 0-based indexes of the header's columns without a name, which a spreadsheet writes for empty columns. */
        final List<Integer> unnamed = new ArrayList<>();

        Reading(ReadTarget target) {
            this.target = target;
            this.file = target.fileName();
        }

        boolean header(CSVRecord record, long line) {
            width = record.size();
            boolean ok = true;
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String name = matchKey(record.get(i));
                if (name.isEmpty()) {
                    unnamed.add(i); // allowed while its values are empty, as in a spreadsheet's export
                } else if (!columns().contains(name)) {
                    unknown.add(record.get(i).strip());
                    target.problem(new InputProblem(file, line, i + 1, null, null, "unknown column '"
                            + record.get(i).strip() + "'; the columns are " + String.join(", ", columns())));
                    ok = false;
                } else if (index.putIfAbsent(name, i) != null) {
                    target.problem(new InputProblem(file, line, i + 1, null, null, "column '" + name
                            + "' appears twice"));
                    ok = false;
                }
            }
            List<String> missing = new ArrayList<>();
            for (String required : columns()) {
                if (requiredColumns().contains(required) && !index.containsKey(required)) {
                    missing.add(required);
                }
            }
            if (!missing.isEmpty()) {
                target.problem(new InputProblem(file, line, 0, null, null,
                        "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)));
                ok = false;
            }
            return ok;
        }

        /** The 1-based column of the first value under a column without a name, or 0 when there is none. */
        int valueWithoutColumn(CSVRecord record) {
            for (int i : unnamed) {
                if (!trim(record.get(i)).isEmpty()) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    /**
     * {@code value} without what shows as nothing at its ends: white space, also the no-break spaces that
     * {@link String#strip} keeps (an export from another system often ends an id with one), and format characters
     * such as a zero-width space. Every cell is compared so, or {@code HQ} and {@code HQ} with a no-break space
     * would be two sites.
     */
    static String trim(String value) {
        int start = 0, end = value.length();
        while (start < end && invisible(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && invisible(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** One data row. */
    static final class Row {
        final Reading reading;
        final CSVRecord record;
        final long line;
        boolean failed;

        Row(Reading reading, CSVRecord record, long line) {
            this.reading = reading;
            this.record = record;
            this.line = line;
        }

        ReadTarget target() {
            return reading.target;
        }

        /** The value of a column, trimmed (see {@link CsvFormat#trim}); empty when the column is absent. */
        String get(String column) {
            Integer i = reading.index.get(column);
            return i == null ? "" : trim(record.get(i));
        }


        /** The 1-based column number of a column, or 0 if absent. */
        int column(String column) {
            Integer i = reading.index.get(column);
            return i == null ? 0 : i + 1;
        }

        void problem(String column, String message) {
            failed = true;
            reading.target.problem(new InputProblem(reading.file, line, column(column), null, null, message));
        }

        /** The value of a required column; empty, with a problem at the cell, when it is empty or shows nothing. */
        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                problem(column, column + " is empty");
            } else if (matchKey(value).isEmpty()) {
                problem(column, column + " holds only spaces or invisible characters");
                return "";
            }
            return value;
        }

        LocalDate date(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                // ISO 8601 also allows a sign and more than four digits for a year, which no register date has
                if (!FOUR_DIGIT_YEAR_DATE.matcher(value).matches()) {
                    throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
                }
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, column + " '" + value + "' is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        /**
         * A Source for this row: id {@code FILE#LINE@IMPORT}. The import id keeps apart the rows of two versions of a
         * file (or of two files of one name), so that a record the later one does not restate still cites its own
         * row.
         */
        Source source(String url) {
            Source source = FACTORY.createSource();
            source.setId(reading.file + "#" + line + "@" + reading.target.importId());
            source.setImportId(reading.target.importId());
            source.setUrl(url == null || url.isEmpty() ? null : url);
            reading.target.add(source);
            return source;
        }
    }
}
