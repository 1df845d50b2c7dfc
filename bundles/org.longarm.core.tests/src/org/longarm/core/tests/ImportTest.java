package org.longarm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.testing.BodsStatements.entity;
import static org.longarm.testing.BodsStatements.relationship;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.core.graph.GraphCounts;
import org.longarm.core.graph.ImportedFile;
import org.longarm.core.io.ImportReport;
import org.longarm.core.io.Importer;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.store.ModelStore;
import org.longarm.model.ImportRecord;
import org.longarm.model.LongarmFactory;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.Source;
import org.longarm.store.neo4j.Neo4jStore;
import org.longarm.testing.TestNeo4j;
import org.longarm.testing.WhileHeld;

/** Imports through the real input formats into a real Neo4j: whole or nothing, recorded, newest statement wins. */
class ImportTest {

    private ModelStore store;
    @TempDir
    private Path folder;
    private final Importer importer = new Importer(Contributions.inputFormats());

    @BeforeEach
    void emptyStore() throws IOException {
        store = TestNeo4j.emptyStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Entity statements {@code e0, e1, ...}, one per line. */
    static String[] entities(int count) {
        String[] lines = new String[count];
        for (int i = 0; i < count; i++) {
            lines[i] = entity("%08d-1111-4111-8111-111111111111".formatted(i), "e" + i, "E " + i, "2024-01-01", "new");
        }
        return lines;
    }

    /** The header of a product CSV with every column. */
    private static final String PRODUCTS_HEADER = "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source";

    /** The header of an inventory CSV. */
    private static final String INVENTORY_HEADER =
            "asset_id,site_id,site_name,site_sensitivity,connected_to_core_network,brand,model,installed";

    /** The problems of {@code report}, each as the line the commands print. */
    private static List<String> problemLines(ImportReport report) {
        return report.problems().stream().map(Object::toString).toList();
    }

    /** A BODS file of one organisation, {@code hik}, the brand owner and manufacturer of the product CSVs below. */
    private Path hikOwnership() throws IOException {
        return write("ownership.jsonl",
                entity("cccc0000-1111-4111-8111-111111111111", "hik", "Hik Ltd", "2020-01-01", "new"));
    }

    /** The graph's import records by file name. */
    private Map<String, ImportedFile> recordedByFileName() {
        Map<String, ImportedFile> recorded = new HashMap<>();
        store.view().importedFiles().forEach(f -> recorded.put(f.fileName(), f));
        return recorded;
    }

    Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private String name(String key) {
        return ((Organisation) store.get(LongarmPackage.Literals.ENTITY, key).orElseThrow()).getName();
    }

    @Test
    void aProblemInAnyFileLeavesTheGraphUnchanged() throws IOException {
        Path good = write("good.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A Ltd", "2024-01-01", "new"));
        Path products = write("products.csv", PRODUCTS_HEADER,
                "Acme,*,a,a,own,,,", "Acme,X,a,nobody-knows,own,,,");
        ImportReport report = importer.importFiles(List.of(good, products), store, new NullProgressMonitor());
        assertFalse(report.valid());
        assertTrue(report.problems().get(0).toString().startsWith(products + ":3:"), report.problems().toString());
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());
        assertTrue(store.get(LongarmPackage.Literals.IMPORT_RECORD, Importer.importId(report.files().get(0).sha256()))
                .isEmpty());
    }

    /**
     * Two statements of different records under one statement id in a file would share one stored source, whose date
     * would then decide for both records which later statement is newer: a problem, as is a statement of the same
     * record and date that states it otherwise (until 2026-12-05 not caught: the last file read counted). The same
     * statement twice is not.
     */
    @Test
    void aStatementIdGivenToTwoRecordsOfAFileIsAProblem() throws IOException {
        String shared = "dddd0000-1111-4111-8111-111111111111";
        Path reused = write("reused.jsonl", entity(shared, "d1", "D One", "2020-01-01", "new"),
                entity("eeee0000-1111-4111-8111-111111111111", "d3", "D Three", "2020-01-01", "new"),
                entity(shared, "d2", "D Two", "2021-01-01", "new"));
        ImportReport report = importer.importFiles(List.of(reused), store, new NullProgressMonitor());
        assertEquals(List.of(reused + ":3:1: statement " + shared + " at $.statementId: this statement id was given"
                + " earlier in these files to another statement (of another record, date or content): each statement needs an id"
                + " of its own"), problemLines(report));
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());
        // in a JSON array the problem is where the statement begins
        Path array = write("reused.json", "[", "  " + entity(shared, "d1", "D One", "2020-01-01", "new") + ",",
                "   " + entity(shared, "d2", "D Two", "2021-01-01", "new"), "]");
        assertEquals(List.of(array + ":3:4: statement " + shared + " at $.statementId: this statement id was given"
                + " earlier in these files to another statement (of another record, date or content): each statement needs an id"
                + " of its own"), problemLines(importer.importFiles(List.of(array), store, new NullProgressMonitor())));

        // the same record and date, stated otherwise: which one counted would depend on the order of the files
        Path restated = write("restated.jsonl", entity(shared, "d1", "D One", "2020-01-01", "new"));
        Path otherwise = write("otherwise.jsonl", entity(shared, "d1", "D One", "2020-01-01", "new", "China", "CN"));
        assertEquals(List.of(otherwise + ":1:1: statement " + shared + " at $.statementId: this statement id was given"
                + " earlier in these files to another statement (of another record, date or content): each statement"
                + " needs an id of its own"), problemLines(importer.importFiles(List.of(restated, otherwise), store,
                        new NullProgressMonitor())));
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());

        Path repeated = write("repeated.jsonl", entity(shared, "d1", "D One", "2020-01-01", "new"),
                entity("ffff0000-1111-4111-8111-111111111111", "d4", "D Four", "2020-01-01", "new"),
                entity(shared, "d1", "D One", "2020-01-01", "new"));
        ImportReport twice = importer.importFiles(List.of(repeated), store, new NullProgressMonitor());
        assertEquals(List.of(), twice.problems());
        assertEquals("D One", name("d1"));
        assertEquals("D Four", name("d4"));
        // repeated, not superseded; a newer statement of the record in the import supersedes the older
        assertEquals(0, twice.files().get(0).superseded());
        Path newer = write("newer.jsonl", entity("ffff1111-1111-4111-8111-111111111111", "d5", "D Five", "2020-01-01",
                "new"), entity("ffff2222-1111-4111-8111-111111111111", "d5", "D Five Renamed", "2021-01-01", "updated"));
        assertEquals(1, importer.importFiles(List.of(newer), store, new NullProgressMonitor()).files().get(0)
                .superseded());
        assertEquals("D Five Renamed", name("d5"));
    }

    /**
     * A statement id that another file of the import, or an earlier import, gave to another statement: the stored
     * source would take the later statement's date, which would then decide for the first statement's record which of
     * its later statements is newer (a 2023 statement would count as older than the 2025 one of another company).
     */
    @Test
    void aStatementIdGivenToAnotherStatementInAnotherFileOrImportIsAProblem() throws IOException {
        String shared = "dddd1111-1111-4111-8111-111111111111";
        Path first = write("first.jsonl", entity(shared, "g1", "G One", "2020-01-01", "new"));
        Path other = write("other.jsonl", entity("dddd3333-1111-4111-8111-111111111111", "g3", "G Three", "2025-01-01",
                "new"), entity(shared, "g2", "G Two", "2025-01-01", "new"));
        ImportReport together = importer.importFiles(List.of(first, other), store, new NullProgressMonitor());
        assertEquals(List.of(other + ":2:1: statement " + shared + " at $.statementId: this statement id was given"
                + " earlier in these files to another statement (of another record, date or content): each statement needs an id"
                + " of its own"), problemLines(together));
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());

        assertTrue(importer.importFiles(List.of(first), store, new NullProgressMonitor()).valid());
        ImportReport later = importer.importFiles(List.of(other), store, new NullProgressMonitor());
        assertEquals(List.of(other + ":2: statement " + shared + " at $.statementId: this statement id was imported"
                + " before from " + first + " for a statement of 2020-01-01, and this one is of 2025-01-01: each"
                + " statement needs an id of its own"), problemLines(later));
        assertEquals(1, store.view().counts().entities());

        // the graph's answer is taken in once the file is read, after the problems of later statements: its problem is
        // still listed at its line, also when more problems than a report lists follow it
        List<String> later1000 = new ArrayList<>(List.of(entity(shared, "g2", "G Two", "2025-01-01", "new")));
        for (int i = 0; i < 1_000; i++) {
            later1000.add(entity("dddd4444-1111-4111-8111-%012d".formatted(i), "h" + i, "H", "2025-01-01", "bogus"));
        }
        Path mixed = write("mixed.jsonl", later1000.toArray(String[]::new));
        ImportReport inFileOrder = importer.importFiles(List.of(mixed), store, new NullProgressMonitor());
        List<String> listed = problemLines(inFileOrder);
        assertEquals(1_000, listed.size());
        assertTrue(listed.get(0).startsWith(mixed + ":1: statement " + shared + " at $.statementId: this statement id"
                + " was imported before"), listed.get(0));
        assertTrue(listed.get(1).startsWith(mixed + ":2:1: statement dddd4444-1111-4111-8111-000000000000 at "
                + "$.recordStatus: "), listed.get(1));
        assertTrue(inFileOrder.unlisted() > 0);
        assertEquals(1, store.view().counts().entities());

        // the same statement in another file, and the record's next statement, are taken
        Path restated = write("restated.jsonl", entity(shared, "g1", "G One", "2020-01-01", "new"),
                entity("dddd2222-1111-4111-8111-111111111111", "g1", "G One Renamed", "2023-01-01", "updated"));
        ImportReport next = importer.importFiles(List.of(restated), store, new NullProgressMonitor());
        assertEquals(List.of(), next.problems());
        assertEquals("G One Renamed", name("g1"));
    }

    /**
     * A record whose statements disagree on its type would turn an organisation into a person (or the reverse) by
     * whichever is newer: a problem, also across the files of one import.
     */
    @Test
    void aRecordThatChangesItsTypeIsAProblem() throws IOException {
        Path organisation = write("organisation.jsonl",
                entity("aaaa0000-1111-4111-8111-111111111111", "p1", "P One Ltd", "2020-01-01", "new"));
        String personStatement = "bbbb0000-1111-4111-8111-111111111111";
        Path person = write("person.jsonl", """
                {"statementId": "%s", "declarationSubject": "p1", "statementDate": "2021-01-01", "recordId": "p1",
                 "recordType": "person", "recordStatus": "updated",
                 "recordDetails": {"isComponent": false, "personType": "knownPerson", "names": [{"fullName": "P One"}]},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4",
                  "publisher": {"name": "Test"}}}""".formatted(personStatement).replace("\n", " "));
        ImportReport report = importer.importFiles(List.of(organisation, person), store, new NullProgressMonitor());
        assertEquals(List.of(person + ":1:1: statement " + personStatement + " at $.recordType: record 'p1' is a person"
                + " here and an organisation in an earlier statement of this import: the statements of a record all have its"
                + " record type"), problemLines(report));
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());

        // across imports: the graph's type of the record holds, both ways
        assertTrue(importer.importFiles(List.of(organisation), store, new NullProgressMonitor()).valid());
        assertEquals(List.of(person + ":1: statement " + personStatement + " at $.recordType: record 'p1' is a person"
                + " here and an organisation in the graph, as an earlier import stated it: the statements of a record all"
                + " have its record type"), problemLines(importer.importFiles(List.of(person), store,
                        new NullProgressMonitor())));
        assertFalse(store.view().entity("p1").orElseThrow().person());
        assertTrue(importer.importFiles(List.of(write("q1.jsonl", person("44444444-4444-4444-8444-444444444444", "q1"))),
                store, new NullProgressMonitor()).valid());
        Path organisationQ1 = write("q1-organisation.jsonl",
                entity("55555555-5555-4555-8555-555555555555", "q1", "Q One Ltd", "2025-01-01", "updated"));
        assertEquals(List.of(organisationQ1 + ":1: statement 55555555-5555-4555-8555-555555555555 at $.recordType:"
                + " record 'q1' is an organisation here and a person in the graph, as an earlier import stated it: the"
                + " statements of a record all have its record type"), problemLines(importer.importFiles(
                        List.of(organisationQ1), store, new NullProgressMonitor())));
        assertTrue(store.view().entity("q1").orElseThrow().person());

        // a stub, which only a relationship named, takes either type
        assertTrue(importer.importFiles(List.of(write("stubs.jsonl",
                relationship("66666666-6666-4666-8666-666666666666", "r1", "p1", "s1"))), store,
                new NullProgressMonitor()).valid());
        assertTrue(importer.importFiles(List.of(write("s1.jsonl", person("77777777-7777-4777-8777-777777777777", "s1"))),
                store, new NullProgressMonitor()).valid());
        assertTrue(store.view().entity("s1").orElseThrow().person());
    }

    /**
     * A site that a second inventory file of the import defines with another sensitivity is a problem at its row, as it
     * is within one file: otherwise the order of the files would decide whether the site is sensitive.
     */
    @Test
    void aSiteDefinedAgainDifferentlyByAnotherFileIsAProblem() throws IOException {
        Path ownership = hikOwnership();
        Path products = write("products.csv", "brand,model,brand_owner,manufacturer,relation", "Cam,*,hik,hik,own");
        Path first = write("i1.csv", INVENTORY_HEADER, "A-1,HQ,Headquarters,sensitive,yes,Cam,C1,2020-01-01");
        Path second = write("i2.csv", INVENTORY_HEADER, "A-2,HQ,Headquarters,standard,no,Cam,C1,2020-01-01");
        ImportReport report = importer.importFiles(List.of(ownership, products, first, second), store,
                new NullProgressMonitor());
        assertEquals(List.of(second + ":2: site 'HQ' has another name or sensitivity in an earlier file of this import"
                + " ('Headquarters', sensitive)"), problemLines(report));
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());
    }

    /**
     * An asset or a product line that two files of one import give other facts for (two departments' exports both
     * numbering a camera CAM-001; a corrected product file named with the old one) is a problem at the later row: the
     * file read last would win, and the order the files were named in would decide the verdict. Rows repeated as they
     * are (a model in other case too) are not.
     */
    @Test
    void aRecordThatTwoCsvFilesOfTheImportGiveOtherFactsForIsAProblem() throws IOException {
        Path ownership = write("ownership.jsonl",
                entity("cccc0000-1111-4111-8111-111111111111", "hik", "Hik Ltd", "2020-01-01", "new"),
                entity("cccc0001-1111-4111-8111-111111111111", "gb", "GB Ltd", "2020-01-01", "new"));
        Path products = write("p1.csv", "brand,model,brand_owner,manufacturer,relation", "Cam,*,hik,hik,own",
                "Lens,*,gb,gb,own");
        Path corrected = write("p2.csv", "brand,model,brand_owner,manufacturer,relation", "Cam,*,gb,gb,own",
                "lens,*,gb,gb,own");
        Path first = write("i1.csv", INVENTORY_HEADER, "CAM-001,HQ,Headquarters,sensitive,yes,Cam,C1,2020-01-01",
                "CAM-002,HQ,Headquarters,sensitive,yes,Lens,L1,2020-01-01");
        Path second = write("i2.csv", INVENTORY_HEADER, "CAM-001,HQ,Headquarters,sensitive,yes,Lens,C1,2020-01-01",
                "CAM-002,HQ,Headquarters,sensitive,yes,lens,l1,2020-01-01");
        ImportReport report = importer.importFiles(List.of(ownership, products, corrected, first, second), store,
                new NullProgressMonitor());
        assertEquals(List.of(corrected + ":2: product line 'cam|*|' is given other facts in an earlier file of this"
                + " import (" + products + "); which one counted would depend on the order of the files",
                second + ":2: asset 'CAM-001' is given other facts in an earlier file of this import (" + first
                        + "); which one counted would depend on the order of the files"), problemLines(report));
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());
    }

    /**
     * A later product file that corrects a row's {@code valid_from} adds a line beside the stored one (the date is
     * part of a line's key), and the stored line, with its later {@code valid_from}, still decides from its date: the
     * import is written, with a warning at the row. A new period after a stored one, an earlier period that ends
     * before it, another model and a file that restates the stored line warn of nothing.
     */
    @Test
    void aProductLineThatAStoredLineOutranksIsWrittenWithAWarning() throws IOException {
        Path ownership = write("ownership.jsonl",
                entity("cccc0000-1111-4111-8111-111111111111", "hik", "Hik Ltd", "2020-01-01", "new"),
                entity("cccc0001-1111-4111-8111-111111111111", "gb", "GB Ltd", "2020-01-01", "new"));
        Path first = write("p1.csv", PRODUCTS_HEADER, "Cam,*,hik,hik,own,2020-01-01,,",
                "Lens,*,hik,hik,own,2020-01-01,2022-12-31,", "Dome,X1,hik,hik,OEM,2021-01-01,,");
        ImportReport stored = importer.importFiles(List.of(ownership, first), store, new NullProgressMonitor());
        assertTrue(stored.valid(), stored.problems().toString());
        assertEquals(List.of(), stored.warnings(), "nothing stored before outranks the first import");
        String firstImport = Importer.importId(stored.files().get(1).sha256());

        Path second = write("p2.csv", PRODUCTS_HEADER, "Cam,*,gb,gb,own,2019-01-01,,", "Lens,*,gb,gb,own,2023-01-01,,",
                "Lens,*,gb,gb,own,2015-01-01,2019-12-31,", "dome, x1 ,gb,gb,ODM,2018-01-01,2021-01-01,",
                "Dome,X2,gb,gb,own,2018-01-01,,");
        ImportReport corrected = importer.importFiles(List.of(second), store, new NullProgressMonitor());
        assertTrue(corrected.valid(), corrected.problems().toString());
        String advice = ", stored before this import, which does not restate it: the verdicts take the line"
                + " with the latest valid_from. If this row corrects that line, give a row with its valid_from (%s)"
                + " and the facts that hold from then: it replaces the stored line";
        assertEquals(List.of(second + ":2: product line 'cam|*|2019-01-01' is outranked from 2020-01-01 by"
                + " 'cam|*|2020-01-01' (" + first + "#2@" + firstImport + ")" + advice.formatted("2020-01-01"),
                second + ":5: product line 'dome|x1|2018-01-01' is outranked from 2021-01-01 by 'dome|x1|2021-01-01' ("
                        + first + "#4@" + firstImport + ")" + advice.formatted("2021-01-01")),
                corrected.warnings().stream().map(Object::toString).toList());
        assertEquals(8, store.view().counts().productLines(), "the import was written, the stored lines kept");
        Map<String, ImportedFile> recorded = recordedByFileName();
        assertEquals(List.of("2: " + corrected.warnings().get(0).message(), "5: " + corrected.warnings().get(1).message()),
                recorded.get(second.toString()).warnings(), "the import record keeps the warnings at its rows");
        assertEquals(2, recorded.get(second.toString()).warningCount());
        assertEquals(0, recorded.get(first.toString()).warningCount());

        Path restating = write("p3.csv", PRODUCTS_HEADER, "Cam,*,gb,gb,own,2020-01-01,,", "Cam,*,gb,gb,own,2019-01-01,,");
        ImportReport replaced = importer.importFiles(List.of(restating), store, new NullProgressMonitor());
        assertEquals(List.of(), replaced.warnings(), "the stored line restated is replaced, not outranked");
        List<String> cams = new ArrayList<>();
        store.view().productLines(l -> {
            if (l.brandKey().equals("cam")) {
                cams.add(l.key() + " " + l.manufacturerKey());
            }
        }, null);
        assertEquals(List.of("cam|*|2019-01-01 gb", "cam|*|2020-01-01 gb"), cams.stream().sorted().toList());
    }

    /**
     * Each file's import record keeps the warnings found at its own rows, also when the import is written in two
     * passes (here because a record has two statements in it).
     */
    @Test
    void eachFilesRecordKeepsTheWarningsAtItsRowsAlsoInTwoPasses() throws IOException {
        Path stored = write("p1.csv", PRODUCTS_HEADER, "Cam,*,hik,hik,own,2020-01-01,,", "Dome,*,hik,hik,own,2020-01-01,,");
        assertTrue(importer.importFiles(List.of(hikOwnership(), stored), store, new NullProgressMonitor()).valid());
        Path cams = write("cams.csv", PRODUCTS_HEADER, "Cam,*,hik,hik,OEM,2019-01-01,,");
        Path history = write("history.jsonl",
                entity("eeee0000-1111-4111-8111-111111111111", "h2", "H Two", "2020-01-01", "new"),
                entity("eeee0001-1111-4111-8111-111111111111", "h2", "H Two Ltd", "2021-01-01", "updated"));
        Path domes = write("domes.csv", PRODUCTS_HEADER, "Other,*,hik,hik,own,2019-01-01,,",
                "Dome,*,hik,hik,OEM,2019-01-01,,");
        SubTasks passes = new SubTasks();
        ImportReport report = importer.importFiles(List.of(cams, history, domes), store, passes);
        assertTrue(report.valid(), report.problems().toString());
        assertTrue(passes.secondPass(), passes.seen::toString);
        assertEquals(2, report.warningCount());
        Map<String, ImportedFile> recorded = recordedByFileName();
        assertEquals(List.of(report.warnings().get(0).toString().substring(cams.toString().length() + 1)),
                recorded.get(cams.toString()).warnings());
        assertTrue(recorded.get(cams.toString()).warnings().get(0).startsWith("2: product line 'cam|*|2019-01-01'"),
                recorded.get(cams.toString())::toString);
        assertTrue(recorded.get(domes.toString()).warnings().get(0).startsWith("3: product line 'dome|*|2019-01-01'"),
                recorded.get(domes.toString())::toString);
        assertEquals(1, recorded.get(domes.toString()).warningCount());
        assertEquals(0, recorded.get(history.toString()).warningCount());
    }

    /** A report lists the first thousand outranked product lines, in the order of the rows, and counts the rest. */
    @Test
    void outrankedProductLinesBeyondAThousandAreCounted() throws IOException {
        String header = "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to";
        String[] stored = new String[1_003];
        String[] corrected = new String[1_003];
        stored[0] = corrected[0] = header;
        for (int i = 1; i < stored.length; i++) {
            stored[i] = "Cam,M" + i + ",hik,hik,own,2020-01-01,";
            corrected[i] = "Cam,M" + i + ",hik,hik,OEM,2019-06-01,";
        }
        Path first = write("p1.csv", stored);
        assertTrue(importer.importFiles(List.of(hikOwnership(), first), store, new NullProgressMonitor()).valid());
        Path second = write("p2.csv", corrected);
        Path third = write("p3.csv", header, "Cam,M1,hik,hik,ODM,2019-07-01,");
        ImportReport report = importer.importFiles(List.of(second, third), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(1_000, report.warnings().size());
        assertEquals(3, report.unlistedWarnings());
        assertEquals(1_003, report.warningCount());
        Map<String, ImportedFile> recorded = recordedByFileName();
        assertEquals(1_000, recorded.get(second.toString()).warnings().size(), "each record keeps its listed ones");
        assertEquals(2, recorded.get(second.toString()).unlistedWarnings());
        assertEquals(List.of(), recorded.get(third.toString()).warnings(), "met after the first thousand");
        assertEquals(1, recorded.get(third.toString()).unlistedWarnings());
        assertTrue(report.warnings().get(0).toString().startsWith(second + ":2: product line 'cam|m1|2019-06-01'"),
                report.warnings().get(0)::toString);
        assertTrue(report.warnings().get(999).toString().startsWith(second + ":1001: product line 'cam|m1000|"),
                report.warnings().get(999)::toString);
    }

    /** Names of one brand that differ in case or spaces are one brand, suggested once. */
    @Test
    void theNearestBrandsNameEachBrandOnce() throws IOException {
        Path ownership = hikOwnership();
        Path products = write("products.csv", "brand,model,brand_owner,manufacturer,relation",
                "Hikvision,*,hik,hik,own", "  hikvision ,DS-9,hik,hik,own", "HiLook,*,hik,hik,own");
        Path inventory = write("inventory.csv", INVENTORY_HEADER, "A-1,S1,Annex,sensitive,no,Hikvsion,DS-1,");
        ImportReport report = importer.validate(List.of(ownership, products, inventory), store,
                new NullProgressMonitor());
        assertEquals(List.of(inventory + ":2:6: brand 'Hikvsion' matches no product line; nearest known brands: "
                + "Hikvision, HiLook"), problemLines(report));
    }

    /**
     * A row that names what the import refused (an entity whose statement has problems, a brand whose product rows
     * have) says so, instead of that nothing of that name is known, which would send the user after a misspelling.
     */
    @Test
    void aReferenceToWhatWasRefusedSaysSo() throws IOException {
        Path ownership = write("ownership.jsonl",
                entity("cccc0000-1111-4111-8111-111111111111", "hik", "Hik Ltd", "2020-01-01", "new"),
                entity("cccc0000-1111-4111-8111-222222222222", "dahua", "Dahua Ltd", "2020-01-01", "new", "China",
                        "CHN").replace("\"name\": \"Dahua Ltd\"",
                                "\"name\": \"Dahua Ltd\", \"identifiers\": [{\"scheme\": \"CN-SAMR\", \"id\": \"9133\"}]"));
        Path products = write("products.csv", "brand,model,brand_owner,manufacturer,relation",
                "Hikvision,*,hik,hik,own", "Dahua,*,dahua,dahua,own", "Imou,*,CN-SAMR:9133,hik,OEM",
                "Lorex,*,nobody,hik,own");
        Path inventory = write("inventory.csv", INVENTORY_HEADER, "A-1,S1,Annex,sensitive,no,Dahua,X,",
                "A-2,S1,Annex,sensitive,no,Hikvsion,X,");
        List<String> problems = problemLines(importer.validate(List.of(ownership, products, inventory), store,
                new NullProgressMonitor()));
        assertTrue(problems.get(0).startsWith(ownership + ":2:"), problems::toString);
        assertEquals(List.of(products + ":3:3: brand_owner 'dahua' names an entity whose statement was refused (see its"
                + " problems)", products + ":3:4: manufacturer 'dahua' names an entity whose statement was refused (see"
                + " its problems)", products + ":4:3: brand_owner 'CN-SAMR:9133' names an entity whose statement was "
                + "refused (see its problems)", products + ":5:3: brand_owner 'nobody' names no known entity (neither a "
                + "record id nor a SCHEME:ID identifier of the files read or of the graph)", inventory + ":2:6: brand "
                + "'Dahua' matches no product line: the product file's rows of this brand were refused (see their "
                + "problems)", inventory + ":3:6: brand 'Hikvsion' matches no product line; nearest known brands: "
                + "Hikvision"), problems.subList(1, problems.size()));
        assertEquals(problems, problemLines(importer.importFiles(List.of(ownership, products, inventory), store,
                new NullProgressMonitor())), "an import, which reads and writes in one pass, says the same");

        // a record refused in one statement and stated validly in another is known: only the bad statement is a problem
        Path restated = write("restated.jsonl", entity("cccc0000-1111-4111-8111-333333333333", "dahua", "Dahua Ltd",
                "2021-01-01", "updated", "China", "CN"));
        List<String> withRestated = problemLines(importer.validate(List.of(ownership, restated, products), store,
                new NullProgressMonitor()));
        assertEquals(List.of(problems.get(0), products + ":4:3: brand_owner 'CN-SAMR:9133' names an entity whose "
                + "statement was refused (see its problems)", problems.get(4)), withRestated,
                "the valid statement declares no identifier");

        // a model, or every model (*), whose row was refused, of a brand with other lines
        Path models = write("models.csv", "brand,model,brand_owner,manufacturer,relation,valid_from",
                "Mix,M1,hik,hik,own,", "Mix,M2,nobody,hik,own,2020-01-01", "Other,M1,hik,hik,own,", "Other,*,hik,,x,");
        Path devices = write("devices.csv", INVENTORY_HEADER, "A-1,S1,Annex,sensitive,no,Mix, m2 ,",
                "A-2,S1,Annex,sensitive,no,Mix,M3,", "A-3,S1,Annex,sensitive,no,Other,M9,");
        assertEquals(List.of(models + ":3:3: brand_owner 'nobody' names no known entity (neither a record id nor a "
                + "SCHEME:ID identifier of the files read or of the graph)", models + ":5:5: relation 'x' is not one of "
                + "own, OEM, ODM", devices + ":2:7: model 'm2' of brand 'Mix' matches no product line: the product "
                + "file's row of this brand and model was refused (see its problems)", devices + ":3:7: model 'M3' of "
                + "brand 'Mix' matches no product line; the brand's known models: M1", devices + ":4:7: model 'M9' of "
                + "brand 'Other' matches no product line: the product file's row of this brand and every model (*) was "
                + "refused (see its problems)"), problemLines(importer.validate(List.of(hikOwnership(), models,
                        devices), store, new NullProgressMonitor())));
    }

    /**
     * A dry run ({@code longarm import --dry-run}) gives the report that the import gives: references to stored
     * records resolve, a reference that nothing holds is reported as a stub to be, a product line that a stored line
     * outranks is warned of, a file imported before is skipped, the facts are counted as the import counts them, and a
     * record stored with another type is a problem. Nothing is written.
     */
    @Test
    void aDryRunReportsWhatTheImportWouldAndWritesNothing() throws IOException {
        Path ownership = hikOwnership();
        Path first = write("p1.csv", PRODUCTS_HEADER, "Cam,*,hik,hik,own,2020-01-01,,");
        assertTrue(importer.importFiles(List.of(ownership, first), store, new NullProgressMonitor()).valid());
        GraphCounts before = store.view().counts();
        Map<String, ImportedFile> recordsBefore = recordedByFileName();

        Path relationships = write("relationships.jsonl",
                relationship("a1111111-1111-4111-8111-111111111111", "r1", "hik", "z"));
        Path corrected = write("p2.csv", PRODUCTS_HEADER, "Cam,*,hik,hik,own,2019-01-01,,");
        Path twice = write("twice.jsonl", // two statements of one record: read in two passes
                entity("dddd0000-1111-4111-8111-111111111111", "n1", "N One", "2021-01-01", "new"),
                entity("dddd0001-1111-4111-8111-111111111111", "n1", "N One Ltd", "2022-01-01", "updated"));
        List<Path> files = List.of(ownership, relationships, corrected, twice);
        ImportReport checked = importer.dryRun(files, store, new NullProgressMonitor());
        assertTrue(checked.valid(), checked.problems().toString());
        assertEquals(List.of(true, false, false, false), checked.files().stream().map(ImportReport.FileReport::alreadyImported)
                .toList(), "the ownership was imported before");
        assertEquals(List.of("z"), checked.unresolvedReferences());
        assertEquals(1, checked.warningCount());
        assertTrue(checked.warnings().get(0).toString().startsWith(corrected + ":2: product line 'cam|*|2019-01-01' is "
                + "outranked from 2020-01-01 by 'cam|*|2020-01-01'"), checked.warnings().get(0)::toString);
        assertEquals(before, store.view().counts(), "nothing written");
        assertEquals(recordsBefore.keySet(), recordedByFileName().keySet(), "no import recorded");

        ImportReport imported = importer.importFiles(files, store, new NullProgressMonitor());
        assertEquals(checked.warnings().stream().map(Object::toString).toList(),
                imported.warnings().stream().map(Object::toString).toList(), "the import warns of the same line");
        assertEquals(checked.unresolvedReferences(), imported.unresolvedReferences());
        assertEquals(imported.files(), checked.files(), "the same files read, skipped and counted");
        assertEquals(1, checked.files().stream().filter(f -> f.fileName().equals(twice.toString())).findFirst()
                .orElseThrow().superseded(), "the older statement of n1");

        Path person = write("person.jsonl", person("bbbb0000-1111-4111-8111-111111111111", "hik"));
        assertEquals(List.of(person + ":1: statement bbbb0000-1111-4111-8111-111111111111 at $.recordType: record 'hik' "
                + "is a person here and an organisation in the graph, as an earlier import stated it: the statements of a"
                + " record all have its record type"), problemLines(importer.dryRun(List.of(person), store,
                        new NullProgressMonitor())));

        // with no store, as into a new database: the stubs it would keep, and a problem only a second reading finds
        ImportReport intoNew = importer.dryRun(List.of(relationships), null, new NullProgressMonitor());
        assertTrue(intoNew.valid(), intoNew.problems().toString());
        assertEquals(java.util.Set.of("hik", "z"), java.util.Set.copyOf(intoNew.unresolvedReferences()));
        Path itself = write("itself.jsonl", relationship("33333333-3333-4333-8333-333333333333", "r9", "a9",
                "GB-COH:0009"), entity("11111111-1111-4111-8111-111111111111", "a9", "A", "2024-01-01", "new")
                        .replace("\"name\": \"A\"", "\"name\": \"A\", \"identifiers\": [{\"scheme\": \"GB-COH\", "
                                + "\"id\": \"0009\"}]"));
        ImportReport refused = importer.dryRun(List.of(itself), null, new NullProgressMonitor());
        assertTrue(refused.problems().get(0).toString().contains("the interested party is the subject itself (a9)"),
                refused.problems().toString());
    }

    /**
     * A dry run does not wait for its turn among the imports: one committed while it reads makes it read the files
     * again, so that its report rests on all of that import (here the record it brings, which a reference names).
     */
    @Test
    void aDryRunDuringWhichAnImportIsCommittedChecksAgain() throws IOException {
        Path relationships = write("relationships.jsonl",
                relationship("a2222222-1111-4111-8111-111111111111", "r2", "q1", "q2"));
        Path subject = write("subject.jsonl", entity("a3333333-1111-4111-8111-111111111111", "q1", "Q One",
                "2024-01-01", "new"));
        List<String> subTasks = new ArrayList<>();
        ImportReport[] meanwhile = { null };
        ImportReport checked = importer.dryRun(List.of(relationships), store, new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                subTasks.add(name);
                if (meanwhile[0] == null && name.startsWith("Checking and writing ")) {
                    try {
                        meanwhile[0] = importer.importFiles(List.of(subject), store, new NullProgressMonitor());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        });
        assertTrue(meanwhile[0].valid(), meanwhile[0].problems().toString());
        assertTrue(subTasks.contains("Checking again: an import was committed to the graph while the files were checked"),
                subTasks.toString());
        assertTrue(checked.valid(), checked.problems().toString());
        assertEquals(List.of("q2"), checked.unresolvedReferences(), "q1, imported meanwhile, is in the graph");
        assertEquals(1, store.view().counts().entities(), "the dry run wrote nothing");
    }

    /** A table that a spreadsheet saved other than as comma-separated UTF-8 is refused with what shows it. */
    @Test
    void aCsvFileOfAnotherSeparatorOrEncodingSaysSo() throws IOException {
        String header = INVENTORY_HEADER;
        Path semicolons = write("semicolons.csv", header.replace(',', ';'));
        Path tabs = write("tabs.csv", header.replace(',', '\t'));
        Path hint = write("hint.csv", "sep=,", header);
        Path utf16 = folder.resolve("utf16.csv");
        Files.writeString(utf16, "\uFEFF" + header + "\n", StandardCharsets.UTF_16LE);
        Path utf16WithoutMark = folder.resolve("utf16-without-mark.csv");
        Files.writeString(utf16WithoutMark, header + "\n", StandardCharsets.UTF_16LE);
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);
        Path blank = write("blank.csv", " ", "");
        Path utf16Statements = folder.resolve("statements-utf16");
        Files.writeString(utf16Statements, "\uFEFF" + entity("11111111-1111-4111-8111-111111111111", "a", "A",
                "2024-01-01", "new") + "\n", StandardCharsets.UTF_16BE);
        Path noHeader = write("no-header.csv", "brand,model,brand_owner", "X,Y,Z");
        String[] lateHeader = new String[201];
        java.util.Arrays.fill(lateHeader, ",".repeat(30));
        lateHeader[200] = header;
        Path late = write("late-header.csv", lateHeader);
        String unread = "not a file Longarm can read (expected BODS JSON or JSON Lines, a product CSV or an inventory"
                + " CSV): ";
        String noneOf = " is the header of a product CSV (with the columns brand, manufacturer and relation) or of an"
                + " inventory CSV (asset_id and site_id)";
        assertEquals(List.of(noHeader + ": " + unread + "none of its lines" + noneOf,
                late + ": " + unread + "none of the lines in its first 4096 bytes, where it must be," + noneOf),
                problemLines(importer.validate(List.of(noHeader, late), null, new NullProgressMonitor())));
        // a byte of another encoding in the header hides a column (after a byte-order mark and a row of no values)
        Path latin1 = Files.write(folder.resolve("latin1.csv"), ("\uFEFF,,\r\n" + header.replace("site_id", "si\u00e9te_id")
                + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(latin1);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\u00c3\u00a9"); // é in UTF-8, read as Latin-1
        bytes[at] = (byte) 0xE9; // é in Latin-1, then a character that cannot continue it in UTF-8
        bytes[at + 1] = (byte) 'x';
        Files.write(latin1, bytes);
        assertEquals(List.of(latin1 + ": " + unread + "it is not UTF-8 text (line 2, column 12); save it as UTF-8 (in a"
                + " spreadsheet: CSV UTF-8)"), problemLines(importer.validate(List.of(latin1), null,
                        new NullProgressMonitor())));
        assertEquals(List.of(semicolons + ": " + unread + "its first line is separated by semicolons; the CSV formats"
                + " read values separated by commas",
                tabs + ": " + unread + "its first line is separated by tabs; the CSV formats read values separated by"
                        + " commas",
                hint + ": " + unread + "its first line (sep=,) is a spreadsheet's hint at the separator; remove that"
                        + " line",
                utf16 + ": " + unread + "it is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)",
                utf16WithoutMark + ": " + unread + "it is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)",
                empty + ": " + unread + "it is empty",
                blank + ": " + unread + "it is empty (nothing but white space)",
                utf16Statements + ": " + unread + "it is UTF-16 text; save it as UTF-8"),
                problemLines(importer.validate(List.of(semicolons, tabs, hint, utf16, utf16WithoutMark, empty, blank,
                        utf16Statements), null,
                        new NullProgressMonitor())));
    }

    @Test
    void aFileWithThousandsOfProblemsListsTheFirstThousandAndCountsTheRest() throws IOException {
        String[] lines = new String[1_500];
        java.util.Arrays.fill(lines, "{\"statementId\": \"not a statement\"}");
        Path file = write("broken.jsonl", lines);
        ImportReport report = importer.validate(List.of(file), null, new NullProgressMonitor());
        assertEquals(1_000, report.problems().size());
        assertTrue(report.unlisted() >= 500, "at least one problem per statement: " + report.unlisted());
        assertEquals(report.problems().size() + report.unlisted(), report.problemCount());
        assertTrue(report.problems().get(999).toString().startsWith(file + ":"), report.problems().get(999).toString());
    }

    /** The share of work done moves as the file is read and as it is applied (the progress line's %-figure and ETA). */
    @Test
    void progressMovesWithTheReadingAndTheApplying() throws IOException {
        Path file = write("progress.jsonl", entities(3000));
        ShareOfWork monitor = new ShareOfWork();
        assertTrue(importer.importFiles(List.of(file), store, monitor).valid());
        // recognising takes 1 of 21 parts, reading 10, applying 10
        assertEquals(11.0 / 21, monitor.firstAt("Applying batch"), 0.05, "read, not yet applied");
        assertEquals(1.0, monitor.share(), 0.05, "applied");
    }

    /**
     * An import that needs a second pass (a record with two statements) goes on from where the first pass's reading
     * left the share of work, through the second reading and the applying; it stood at 100 % during the second pass.
     */
    @Test
    void progressMovesThroughASecondPass() throws IOException {
        String[] lines = java.util.Arrays.copyOf(entities(3000), 3001);
        lines[3000] = entity("99999999-9999-4999-8999-999999999999", "e1", "Renamed", "2025-06-01", "updated");
        Path file = write("twice.jsonl", lines);
        ShareOfWork monitor = new ShareOfWork();
        assertTrue(importer.importFiles(List.of(file), store, monitor).valid());
        assertEquals("Renamed", name("e1"));
        // recognising 1 of 21 parts, the first reading 10, the second reading 5, the applying 5
        assertEquals(11.0 / 21, monitor.firstAt("Writing "), 0.05, "the first pass read");
        assertEquals(16.0 / 21, monitor.firstAt("Applying batch"), 0.05, "the second pass read");
        assertEquals(1.0, monitor.share(), 0.05, "applied");
        assertTrue(monitor.most <= 1.0 + 1e-9, "never more than the whole: " + monitor.most);
    }

    /** Records the share of work done, and where it stood when each kind of sub-task was first named. */
    private static final class ShareOfWork extends NullProgressMonitor {
        private double total;
        private double worked;
        double most;
        private final java.util.Map<String, Double> firstSeen = new java.util.LinkedHashMap<>();

        @Override
        public void beginTask(String name, int totalWork) {
            if (total == 0) {
                total = totalWork;
            }
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
            most = Math.max(most, share());
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            for (String kind : List.of("Checking and writing ", "Writing ", "Applying batch")) {
                if (name.startsWith(kind)) {
                    firstSeen.putIfAbsent(kind, share());
                }
            }
        }

        double share() {
            return worked / total;
        }

        double firstAt(String kind) {
            assertTrue(firstSeen.containsKey(kind), kind + " never named: " + firstSeen);
            return firstSeen.get(kind);
        }
    }

    /** A file changed while it is imported is the input's matter (an IOException, exit 2), and nothing is written. */
    @Test
    void aFileChangedWhileItIsImportedIsNotWritten() throws IOException {
        Path file = write("changing.jsonl", entities(3000));
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.contains(" 2,000 statements")) {
                    try {
                        Files.writeString(file, entity("99999999-9999-4999-8999-999999999999", "late", "Late", "2024-01-01",
                                "new") + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        IOException changed = assertThrows(IOException.class, () -> importer.importFiles(List.of(file), store, monitor));
        assertTrue(changed.getMessage().endsWith("changing.jsonl changed while it was imported; nothing was written"),
                changed.getMessage());
        assertEquals(0, store.view().counts().entities());
    }

    @Test
    void aCancelledImportWritesNothing() throws IOException {
        Path file = write("many.jsonl", entities(8000));
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                // by then the first 5,000 records are staged
                if (name.contains(" 7,000 statements")) {
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> importer.importFiles(List.of(file), store, monitor));
        assertEquals(0, store.view().counts().entities());
    }

    @Test
    void theSameFileIsImportedOnceAndRecorded() throws IOException {
        Path file = write("one.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A Ltd", "2024-01-01", "new"));
        ImportReport first = importer.importFiles(List.of(file), store, new NullProgressMonitor());
        assertTrue(first.valid(), first.problems().toString());
        assertEquals(1, first.files().get(0).records());
        assertTrue(first.files().get(0).written() > 0);
        String sha256 = first.files().get(0).sha256();
        var record = (ImportRecord) store.get(LongarmPackage.Literals.IMPORT_RECORD, sha256.substring(0, 16))
                .orElseThrow();
        assertEquals(sha256, record.getSha256());
        assertEquals(file.toString(), record.getFileName());
        assertEquals("bods", record.getFormat());
        assertEquals(List.of("entity=1"), record.getCounts());
        // the source names the record, which gives the evidence its file
        Source source = (Source) store.get(LongarmPackage.Literals.SOURCE, "11111111-1111-4111-8111-111111111111")
                .orElseThrow();
        assertEquals(record.getId(), source.getImportId());
        assertEquals(file.toString(), store.view().sourcesOf(LongarmPackage.Literals.ENTITY, "a").get(0).file());
        ImportReport second = importer.importFiles(List.of(file), store, new NullProgressMonitor());
        assertTrue(second.files().get(0).alreadyImported());
        assertEquals(0, second.files().get(0).written());

        // the same content twice in one import (a file named twice, or a copy) is imported once
        Path other = write("other.jsonl", entity("22222222-2222-4222-8222-222222222222", "b", "B Ltd", "2024-01-01", "new"));
        Path copy = Files.copy(other, folder.resolve("copy.jsonl"));
        ImportReport checked = importer.validate(List.of(other, copy), null, new NullProgressMonitor());
        assertTrue(checked.valid(), checked.problems().toString());
        assertEquals(List.of(false, true), checked.files().stream().map(ImportReport.FileReport::alreadyImported).toList());
        assertEquals(List.of(1L, 0L), checked.files().stream().map(ImportReport.FileReport::records).toList(),
                "the copy is checked once");
        ImportReport twice = importer.importFiles(List.of(other, copy, other), store, new NullProgressMonitor());
        assertTrue(twice.valid(), twice.problems().toString());
        assertEquals(List.of(false, true, true), twice.files().stream().map(ImportReport.FileReport::alreadyImported).toList());
        assertEquals(0, twice.files().get(0).superseded(), "nothing superseded by itself");
        assertEquals("B Ltd", name("b"));

        // the graph lists the files imported into it, newest first, each content once
        List<ImportedFile> files = store.view().importedFiles();
        assertEquals(List.of(other.toString(), file.toString()), files.stream().map(ImportedFile::fileName).toList());
        ImportedFile one = files.get(1);
        assertEquals(List.of(record.getId(), sha256, "bods", 1L, List.of("entity=1"), record.getImportedAt()),
                List.of(one.importId(), one.sha256(), one.format(), one.records(), one.counts(), one.importedAt()));
        assertTrue(one.written() > 0);
        assertFalse(files.get(0).importedAt().isBefore(one.importedAt()));
    }

    @Test
    void aFileRecordedUnderItsWholeDigestIsAlreadyImported() throws IOException {
        Path file = write("one.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A Ltd", "2024-01-01", "new"));
        String sha256 = importer.validate(List.of(file), null, new NullProgressMonitor()).files().get(0).sha256();
        store.write(writer -> {
            writer.put(importRecord(sha256, sha256));
            return null;
        });
        ImportReport report = importer.importFiles(List.of(file), store, new NullProgressMonitor());
        assertTrue(report.files().get(0).alreadyImported());
        assertEquals(0, store.view().counts().entities());
    }

    @Test
    void anImportIdTakenByOtherContentIsRefused() throws IOException {
        Path file = write("one.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A Ltd", "2024-01-01", "new"));
        String sha256 = importer.validate(List.of(file), null, new NullProgressMonitor()).files().get(0).sha256();
        String other = sha256.substring(0, 16) + "0".repeat(48);
        store.write(writer -> {
            writer.put(importRecord(Importer.importId(sha256), other));
            return null;
        });
        IOException refused = assertThrows(IOException.class,
                () -> importer.importFiles(List.of(file), store, new NullProgressMonitor()));
        assertTrue(refused.getMessage().startsWith(file + ": its import id " + Importer.importId(sha256)),
                refused.getMessage());
        assertTrue(refused.getMessage().contains(other), refused.getMessage());
        assertEquals(0, store.view().counts().entities());
    }

    private static ImportRecord importRecord(String id, String sha256) {
        ImportRecord record = LongarmFactory.eINSTANCE.createImportRecord();
        record.setId(id);
        record.setSha256(sha256);
        record.setFileName("earlier.jsonl");
        return record;
    }

    /**
     * BODS allows a date-time as statement date. Two statements of one day are ordered by their times, with their
     * offsets applied, within an import and against what is stored: compared by date alone, the greater statement id
     * won, and a 10 % holding stated in the morning could replace the 60 % stated that evening.
     */
    @Test
    void statementsOfOneDayAreOrderedByTheirTimes() throws IOException {
        Path oneDay = write("one-day.jsonl",
                entity("00000000-0000-4000-8000-000000000001", "t", "Evening", "2024-05-01T17:00:00Z", "updated"),
                entity("ffffffff-0000-4000-8000-000000000002", "t", "Morning", "2024-05-01T09:00:00Z", "new"),
                entity("00000000-0000-4000-8000-000000000003", "z", "London", "2024-05-01T20:00:00Z", "updated"),
                entity("ffffffff-0000-4000-8000-000000000004", "z", "Tokyo", "2024-05-02T01:00:00+09:00", "new"));
        ImportReport report = importer.importFiles(List.of(oneDay), store, new NullProgressMonitor());
        assertEquals(2, report.files().get(0).superseded(), report::toString);
        assertEquals("Evening", name("t"));
        assertEquals("London", name("z"), "01:00 in Tokyo is 16:00 in London the day before");

        Path earlier = write("earlier.jsonl",
                entity("ffffffff-0000-4000-8000-000000000005", "t", "Noon", "2024-05-01T12:00:00Z", "updated"));
        assertEquals(1, importer.importFiles(List.of(earlier), store, new NullProgressMonitor()).files().get(0)
                .superseded(), "the stored evening statement is newer");
        assertEquals("Evening", name("t"));
        Path later = write("later.jsonl",
                entity("00000000-0000-4000-8000-000000000006", "t", "Night", "2024-05-01T23:30:00Z", "updated"));
        importer.importFiles(List.of(later), store, new NullProgressMonitor());
        assertEquals("Night", name("t"));

        // RFC 3339 allows a leap second, which java.time does not parse: it is not taken for the start of its day
        Path leap = write("leap.jsonl",
                entity("00000000-0000-4000-8000-000000000007", "u", "In the leap second", "2016-12-31T23:59:60Z", "new"),
                entity("ffffffff-0000-4000-8000-000000000008", "u", "Just before", "2016-12-31T23:59:59.5Z", "updated"));
        ImportReport leapReport = importer.importFiles(List.of(leap), store, new NullProgressMonitor());
        assertTrue(leapReport.valid(), leapReport.problems().toString());
        assertEquals("In the leap second", name("u"));
    }

    @Test
    void theNewestStatementOfARecordWinsWhateverTheOrder() throws IOException {
        Path older = write("older.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "Old name", "2020-01-01", "new"));
        Path newer = write("newer.jsonl", entity("22222222-2222-4222-8222-222222222222", "a", "New name", "2021-06-01", "updated"));
        importer.importFiles(List.of(newer), store, new NullProgressMonitor());
        ImportReport late = importer.importFiles(List.of(older), store, new NullProgressMonitor());
        assertEquals(1, late.files().get(0).superseded());
        assertEquals("New name", name("a"));
        Path both = write("both.jsonl",
                entity("44444444-4444-4444-8444-444444444444", "b", "Second", "2022-01-01", "updated"),
                entity("33333333-3333-4333-8333-333333333333", "b", "First", "2021-01-01", "new"));
        ImportReport report = importer.importFiles(List.of(both), store, new NullProgressMonitor());
        assertEquals(1, report.files().get(0).superseded());
        assertEquals("Second", name("b"));
    }

    /** The progress messages of an import. */
    private static class SubTasks extends NullProgressMonitor {
        final List<String> seen = new java.util.ArrayList<>();

        @Override
        public void subTask(String name) {
            seen.add(name);
        }

        boolean secondPass() {
            return seen.stream().anyMatch(n -> n.startsWith("Writing "));
        }
    }

    @Test
    void filesWithOneStatementPerRecordAreReadOnceAndRepeatedRecordsTwice() throws IOException {
        Path once = write("once.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new"),
                entity("22222222-2222-4222-8222-222222222222", "b", "B", "2024-01-01", "new"));
        SubTasks onePass = new SubTasks();
        assertTrue(importer.importFiles(List.of(once), store, onePass).valid());
        assertFalse(onePass.secondPass(), onePass.seen.toString());
        assertEquals("B", name("b"));

        Path twice = write("twice.jsonl", entity("44444444-4444-4444-8444-444444444444", "c", "Newer", "2022-01-01", "updated"),
                entity("33333333-3333-4333-8333-333333333333", "c", "Older", "2021-01-01", "new"),
                entity("55555555-5555-4555-8555-555555555555", "d", "D", "2021-01-01", "new"));
        SubTasks twoPasses = new SubTasks();
        ImportReport report = importer.importFiles(List.of(twice), store, twoPasses);
        assertTrue(twoPasses.secondPass(), twoPasses.seen.toString());
        assertEquals(1, report.files().get(0).superseded());
        assertEquals("Newer", name("c"));
        assertEquals("D", name("d"));
        // only the winners and their sources: what the abandoned first pass staged was discarded
        assertEquals(4, store.view().counts().entities());
        assertEquals(2 * 2, report.files().get(0).written() - 1, "records and sources, and GB once");

        // a brand on several rows is no record given twice: its last row wins, as the one pass writes it
        Path products = write("products.csv", PRODUCTS_HEADER,
                "Acme,X1,a,a,own,,,", "ACME,X2,a,b,own,,,");
        SubTasks brandTwice = new SubTasks();
        ImportReport productsReport = importer.importFiles(List.of(products), store, brandTwice);
        assertTrue(productsReport.valid(), productsReport.problems().toString());
        assertFalse(brandTwice.secondPass(), brandTwice.seen.toString());
        assertEquals(2 + 2 + 1, productsReport.files().get(0).written(), "the lines, each row's source once, the brand");
        assertEquals(2, store.view().counts().productLines());
        assertEquals("ACME", ((org.longarm.model.Brand) store.get(LongarmPackage.Literals.BRAND, "acme").orElseThrow())
                .getName());
    }

    @Test
    void anIdentifierNamedBeforeItsEntityIsResolvedAsIfTheWholeFileWereRead() throws IOException {
        String relationship = """
                {"statementId": "33333333-3333-4333-8333-333333333333", "declarationSubject": "b", "statementDate": "2024-01-01",
                 "recordId": "r1", "recordType": "relationship", "recordStatus": "new",
                 "recordDetails": {"isComponent": false, "subject": "b", "interestedParty": "GB-COH:0001",
                   "interests": [{"type": "shareholding", "share": {"exact": 60}}]},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4", "publisher": {"name": "Test"}}}"""
                .replace("\n", " ");
        String holder = entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new")
                .replace("\"name\": \"A\"", "\"name\": \"A\", \"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"0001\"}]");
        Path file = write("late.jsonl", entity("22222222-2222-4222-8222-222222222222", "b", "B", "2024-01-01", "new"),
                relationship, holder);
        SubTasks progress = new SubTasks();
        ImportReport report = importer.importFiles(List.of(file), store, progress);
        assertTrue(report.valid(), report.problems().toString());
        assertTrue(progress.secondPass(), progress.seen.toString());
        var holders = store.view().interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10);
        assertEquals(1, holders.size());
        assertEquals("a", holders.get(0).holderKey());
        assertEquals(2, store.view().counts().entities());
    }

    /**
     * BODS 0.4: "The subject MUST be an entity." A person is refused as a relationship's subject wherever it is stated:
     * before the relationship in its file, after it, in another file of the import, or in the graph.
     */
    @Test
    void aPersonIsRefusedAsTheSubjectOfARelationship() throws IOException {
        String person = person("44444444-4444-4444-8444-444444444444", "p");
        String holder = entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new");
        String relationship = relationship("33333333-3333-4333-8333-333333333333", "r1", "p", "a");
        String problem = ":1: statement 33333333-3333-4333-8333-333333333333 at $.recordDetails.subject: "
                + "the subject must be an entity, and record p is a person";

        Path before = write("person-subject.jsonl", person, holder, relationship);
        assertEquals(List.of(before + ":3" + problem), problemLines(importer.importFiles(List.of(before), store,
                new NullProgressMonitor())));
        Path after = write("person-later.jsonl", holder, relationship, person);
        assertEquals(List.of(after + ":2" + problem + " in a later statement of this import"),
                problemLines(importer.importFiles(List.of(after), store, new NullProgressMonitor())));
        Path persons = write("persons.jsonl", person);
        Path relationships = write("relationships.jsonl", holder, relationship);
        assertEquals(List.of(relationships + ":2" + problem + " in an earlier statement of this import"),
                problemLines(importer.importFiles(List.of(persons, relationships), store, new NullProgressMonitor())));
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());

        assertTrue(importer.importFiles(List.of(persons), store, new NullProgressMonitor()).valid());
        assertEquals(List.of(relationships + ":2" + problem + " in the graph"),
                problemLines(importer.importFiles(List.of(relationships), store, new NullProgressMonitor())));
        assertEquals(1, store.view().counts().entities(), "the person alone");

        // a subject named by an identifier that a person of the import declares first, after the relationship (and
        // lists twice: one problem)
        String personZ = person("66666666-6666-4666-8666-666666666666", "z").replace("\"names\":", "\"identifiers\":"
                + " [{\"scheme\": \"GB-COH\", \"id\": \"ZW\"}, {\"scheme\": \"GB-COH\", \"id\": \"ZW\", \"schemeName\":"
                + " \"Companies House\"}], \"names\":");
        Path byLaterIdentifier = write("by-later-identifier.jsonl", holder,
                relationship.replace("\"subject\": \"p\"", "\"subject\": \"GB-COH:ZW\""), personZ);
        List<String> identifierProblem = List.of(byLaterIdentifier + ":2:1: statement 33333333-3333-4333-8333-"
                + "333333333333 at $.recordDetails.subject: the subject must be an entity, and GB-COH:ZW is an identifier"
                + " of person z in a later statement of this import");
        assertEquals(identifierProblem, problemLines(importer.validate(List.of(byLaterIdentifier), null,
                new NullProgressMonitor())));
        assertEquals(identifierProblem, problemLines(importer.importFiles(List.of(byLaterIdentifier), store,
                new NullProgressMonitor())));
        Path personZFile = write("person-z.jsonl", personZ);
        Path relationshipByIdentifier = write("relationship-by-identifier.jsonl", holder,
                relationship.replace("\"subject\": \"p\"", "\"subject\": \"GB-COH:ZW\""));
        assertEquals(List.of(identifierProblem.get(0).replace(byLaterIdentifier.toString(),
                relationshipByIdentifier.toString())), problemLines(importer.validate(
                        List.of(relationshipByIdentifier, personZFile), null, new NullProgressMonitor())));
        // unless a record of the import has that key, which the reference then names
        Path organisationZW = write("organisation-zw.jsonl",
                entity("77777777-7777-4777-8777-777777777777", "GB-COH:ZW", "ZW Ltd", "2024-01-01", "new"));
        assertEquals(List.of(), problemLines(importer.validate(List.of(byLaterIdentifier, organisationZW), null,
                new NullProgressMonitor())));
        // nor does an organisation of the graph that declares it take the reference: the import's person comes first
        Path organisationO = write("organisation-o.jsonl", entity("12121212-1212-4121-8121-121212121212", "o", "O Ltd",
                "2024-01-01", "new").replace("\"name\": \"O Ltd\"",
                        "\"name\": \"O Ltd\", \"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"ZW\"}]"));
        assertTrue(importer.importFiles(List.of(organisationO), store, new NullProgressMonitor()).valid());
        GraphCounts withO = store.view().counts();
        List<String> overTheGraph = problemLines(importer.importFiles(List.of(byLaterIdentifier), store,
                new NullProgressMonitor()));
        assertEquals(1, overTheGraph.size(), overTheGraph::toString);
        assertTrue(overTheGraph.get(0).startsWith(byLaterIdentifier + ":2"), overTheGraph::toString);
        assertTrue(overTheGraph.get(0).endsWith(" at $.recordDetails.subject: the subject must be an entity, and it"
                + " names person z of this import (by an identifier that the person declares first in this import,"
                + " which comes before the graph's)"), overTheGraph::toString);
        assertEquals(withO, store.view().counts());
        // the person before the relationship: the same, unless a record of the import, read later, has that key
        Path personFirst = write("person-first.jsonl", holder, personZ,
                relationship.replace("\"subject\": \"p\"", "\"subject\": \"GB-COH:ZW\""));
        assertEquals(List.of(personFirst + ":3:1: statement 33333333-3333-4333-8333-333333333333 at"
                + " $.recordDetails.subject: the subject must be an entity, and GB-COH:ZW is an identifier of person z in"
                + " an earlier statement of this import"), problemLines(importer.validate(List.of(personFirst), null,
                        new NullProgressMonitor())));
        assertEquals(List.of(), problemLines(importer.importFiles(List.of(personFirst, organisationZW), store,
                new NullProgressMonitor())));
        assertEquals(List.of("a"), store.view().interestsOf(List.of("GB-COH:ZW"),
                org.longarm.core.graph.GraphView.Direction.HOLDERS).get("GB-COH:ZW").stream()
                .map(i -> i.holderKey()).toList());
        assertTrue(store.view().entity("z").orElseThrow().person());

        Path personWithIdentifier = write("person-q.jsonl", person("55555555-5555-4555-8555-555555555555", "q")
                .replace("\"names\":", "\"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"0001\"}], \"names\":"));
        assertTrue(importer.importFiles(List.of(personWithIdentifier), store, new NullProgressMonitor()).valid());
        Path byIdentifier = write("by-identifier.jsonl", holder,
                relationship.replace("\"subject\": \"p\"", "\"subject\": \"GB-COH:0001\""));
        assertEquals(List.of(byIdentifier + ":2" + problem.replace("record p", "record q") + " in the graph"),
                problemLines(importer.importFiles(List.of(byIdentifier), store, new NullProgressMonitor())));
    }

    /**
     * The other way round: a later import's person statement for a stub that a stored relationship has as its subject,
     * or a person declaring the stub's key as an identifier (which hands the stub over to it), would make a person
     * held by the relationship's holders. Refused by the import, its dry run and its validation against the graph,
     * unless the import restates the relationship.
     */
    @Test
    void aLaterImportDoesNotMakeAStoredSubjectAPerson() throws IOException {
        String holder = entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new");
        Path relationships = write("stub-subjects.jsonl", holder,
                relationship("33333333-3333-4333-8333-333333333333", "r1", "s", "a"),
                relationship("33333333-3333-4333-8333-333333333334", "r2", "GB-COH:PX", "a"),
                relationship("33333333-3333-4333-8333-333333333336", "r3", "GB-COH:HX", "h"));
        assertTrue(importer.importFiles(List.of(relationships), store, new NullProgressMonitor()).valid());
        GraphCounts stored = store.view().counts();

        Path personS = write("person-s.jsonl", person("44444444-4444-4444-8444-444444444444", "s"));
        List<String> problem = List.of(personS + ":1: statement 44444444-4444-4444-8444-444444444444 at $.recordType:"
                + " the subject of a relationship must be an entity, and record s is a person here while relationship"
                + " r1 in the graph has it as its subject");
        assertEquals(problem, problemLines(importer.importFiles(List.of(personS), store, new NullProgressMonitor())));
        assertEquals(problem, problemLines(importer.dryRun(List.of(personS), store, new NullProgressMonitor())));
        assertEquals(problem, problemLines(importer.validate(List.of(personS), store, new NullProgressMonitor())));
        assertTrue(importer.validate(List.of(personS), null, new NullProgressMonitor()).valid(), "no graph to ask");
        // the store is asked a batch at a time
        String[] manyPersons = new String[5_001];
        for (int i = 0; i < 5_000; i++) {
            manyPersons[i] = person("%08d-4444-4444-8444-444444444444".formatted(i), "person-" + i);
        }
        manyPersons[5_000] = person("44444444-4444-4444-8444-444444444444", "s");
        Path many = write("many-persons.jsonl", manyPersons);
        assertEquals(List.of(problem.get(0).replace(personS + ":1:", many + ":5001:")),
                problemLines(importer.validate(List.of(many), store, new NullProgressMonitor())));
        // a restatement of r1 older than the stored one is not written: it leaves r1 with s as its subject
        Path older = write("r1-older.jsonl", entity("99999999-7777-4777-8777-777777777777", "b", "B",
                "2024-01-01", "new"), relationship("33333333-3333-4333-8333-333333333337", "r1", "b", "a")
                        .replace("\"2024-02-01\"", "\"2024-01-15\""));
        assertEquals(problem, problemLines(importer.importFiles(List.of(personS, older), store,
                new NullProgressMonitor())));

        Path personQ = write("person-q.jsonl", person("55555555-5555-4555-8555-555555555555", "q")
                .replace("\"names\":", "\"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"PX\"}], \"names\":"));
        assertEquals(List.of(personQ + ":1: statement 55555555-5555-4555-8555-555555555555 at"
                + " $.recordDetails.identifiers[0]: the subject of a relationship must be an entity, and record q is a"
                + " person here while relationship r2 in the graph has as its subject record GB-COH:PX, which this"
                + " identifier names and so hands over to the person"),
                problemLines(importer.importFiles(List.of(personQ), store, new NullProgressMonitor())));
        assertEquals(stored, store.view().counts());
        assertTrue(store.view().entity("s").isEmpty(), "still a stub");

        // the hand-over would make r3 an interest of h in itself: r3 stays with the stub, which h may then declare
        Path personH = write("person-h.jsonl", person("88888888-8888-4888-8888-888888888888", "h")
                .replace("\"names\":", "\"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"HX\"}], \"names\":"));
        assertEquals(List.of(), problemLines(importer.importFiles(List.of(personH), store, new NullProgressMonitor())));
        assertTrue(store.view().entity("h").orElseThrow().person());
        assertEquals(List.of("h"), store.view().interestsOf(List.of("GB-COH:HX"),
                org.longarm.core.graph.GraphView.Direction.HOLDERS).get("GB-COH:HX").stream()
                .map(i -> i.holderKey()).toList());

        // a record of the import keyed GB-COH:PX takes the stub: nothing is handed over
        Path organisationPX = write("organisation-px.jsonl",
                entity("66666666-6666-4666-8666-666666666666", "GB-COH:PX", "PX Ltd", "2024-03-01", "new"));
        assertEquals(List.of(), problemLines(importer.importFiles(List.of(personQ, organisationPX), store,
                new NullProgressMonitor())));
        assertFalse(store.view().entity("GB-COH:PX").orElseThrow().person());
        // a restatement of r1 that names another subject leaves s free to be a person
        Path restated = write("r1-restated.jsonl", entity("77777777-7777-4777-8777-777777777777", "b", "B",
                "2024-03-01", "new"), relationship("33333333-3333-4333-8333-333333333335", "r1", "b", "a")
                        .replace("\"2024-02-01\"", "\"2024-03-01\"").replace("\"new\"", "\"updated\""));
        assertEquals(List.of(), problemLines(importer.importFiles(List.of(personS, restated), store,
                new NullProgressMonitor())));
        assertTrue(store.view().entity("s").orElseThrow().person());
        assertEquals(List.of("a"), store.view().interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10)
                .stream().map(i -> i.holderKey()).toList());
        assertEquals(List.of(), store.view().interestsOf("s", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10));
    }

    private static String person(String statementId, String recordId) {
        return """
                {"statementId": "%s", "declarationSubject": "%s",
                 "statementDate": "2024-01-01", "recordId": "%s", "recordType": "person", "recordStatus": "new",
                 "recordDetails": {"isComponent": false, "personType": "knownPerson",
                   "names": [{"type": "legal", "fullName": "Pat Example"}]},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4", "publisher": {"name": "Test"}}}"""
                .formatted(statementId, recordId, recordId).replace("\n", " ");
    }

    /**
     * A relationship whose interested party, named by an identifier before the entity that declares it, is its own
     * subject: only the second reading can tell, and it reports the problem as the first would have (nothing
     * written, an input problem, not a failure of the import).
     */
    @Test
    void aProblemThatOnlyTheSecondReadingFindsIsAnInputProblem() throws IOException {
        String holder = entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new")
                .replace("\"name\": \"A\"", "\"name\": \"A\", \"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"0001\"}]");
        Path file = write("itself.jsonl", relationship("33333333-3333-4333-8333-333333333333", "r1", "a", "GB-COH:0001"),
                holder);
        SubTasks progress = new SubTasks();
        ImportReport report = importer.importFiles(List.of(file), store, progress);
        assertTrue(progress.secondPass(), progress.seen.toString());
        assertFalse(report.valid());
        assertTrue(report.problems().get(0).toString().contains("the interested party is the subject itself (a)"),
                report.problems().toString());
        assertEquals(0, report.files().get(0).written());
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());
        assertTrue(store.get(LongarmPackage.Literals.IMPORT_RECORD, Importer.importId(report.files().get(0).sha256()))
                .isEmpty());
    }

    @Test
    void anIdentifierFoundInTheGraphStaysInOnePassUnlessAnotherEntityOfTheImportTakesIt() throws IOException {
        String withIdentifier = "\"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"0001\"}]";
        assertTrue(importer.importFiles(List.of(write("entities.jsonl",
                entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new")
                        .replace("\"name\": \"A\"", "\"name\": \"A\", " + withIdentifier),
                entity("22222222-2222-4222-8222-222222222222", "b", "B", "2024-01-01", "new"))), store,
                new NullProgressMonitor()).valid());

        // named by identifier before a newer statement of the same entity declares it again: the same key either way
        SubTasks sameEntity = new SubTasks();
        ImportReport update = importer.importFiles(List.of(write("update.jsonl",
                relationship("33333333-3333-4333-8333-333333333333", "r1", "b", "GB-COH:0001"),
                entity("44444444-4444-4444-8444-444444444444", "a", "A renamed", "2024-06-01", "updated")
                        .replace("\"name\": \"A renamed\"", "\"name\": \"A renamed\", " + withIdentifier))),
                store, sameEntity);
        assertTrue(update.valid(), update.problems().toString());
        assertFalse(sameEntity.secondPass(), sameEntity.seen.toString());
        assertEquals(List.of("a"), holders("b"));

        // named so before another entity of the import declares it: that entity wins, which takes the second pass
        SubTasks otherEntity = new SubTasks();
        ImportReport takeover = importer.importFiles(List.of(write("takeover.jsonl",
                relationship("55555555-5555-4555-8555-555555555555", "r2", "b", "GB-COH:0001"),
                entity("66666666-6666-4666-8666-666666666666", "d", "D", "2024-07-01", "new")
                        .replace("\"name\": \"D\"", "\"name\": \"D\", " + withIdentifier))), store, otherEntity);
        assertTrue(takeover.valid(), takeover.problems().toString());
        assertTrue(otherEntity.secondPass(), otherEntity.seen.toString());
        assertEquals(List.of("a", "d"), holders("b"), "r2 names the import's entity, r1 still the stored one");
    }

    @Test
    void manyIdentifiersNamedBeforeTheirEntityAndARecordIdTakingAnIdentifierAreResolvedAsIfTheFileWereReadWhole()
            throws IOException {
        assertTrue(importer.importFiles(List.of(write("entities.jsonl",
                entity("11111111-1111-4111-8111-111111111111", "b", "B", "2024-01-01", "new"))), store,
                new NullProgressMonitor()).valid());
        // more identifiers resolved outside the import than the first table of fingerprints holds, then an entity that
        // declares one of the first
        List<String> statements = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            statements.add(relationship("00000000-0000-4000-8000-%012d".formatted(i), "many-" + i, "b", "XI-MANY:" + i));
        }
        statements.add(entity("22222222-2222-4222-8222-222222222222", "m", "M", "2024-01-01", "new")
                .replace("\"name\": \"M\"", "\"name\": \"M\", \"identifiers\": [{\"scheme\": \"XI-MANY\", \"id\": \"5\"}]"));
        SubTasks many = new SubTasks();
        ImportReport report = importer.importFiles(List.of(write("many.jsonl", statements.toArray(String[]::new))),
                store, many);
        assertTrue(report.valid(), report.problems().toString());
        assertTrue(many.secondPass(), many.seen.toString());
        assertEquals("m", ((org.longarm.model.Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "many-5")
                .orElseThrow()).getInterestedParty().getId(), "many-5 names the entity M");

        // an entity whose record id is an identifier another entity declared before: a record id wins
        SubTasks recordId = new SubTasks();
        ImportReport taken = importer.importFiles(List.of(write("taken.jsonl",
                entity("33333333-3333-4333-8333-333333333333", "x", "X", "2024-01-01", "new")
                        .replace("\"name\": \"X\"", "\"name\": \"X\", \"identifiers\": [{\"scheme\": \"XI-TAKEN\", \"id\": \"1\"}]"),
                entity("66666666-6666-4666-8666-666666666666", "y", "Y", "2024-01-01", "new"),
                relationship("44444444-4444-4444-8444-444444444444", "taken-1", "y", "XI-TAKEN:1"),
                entity("55555555-5555-4555-8555-555555555555", "XI-TAKEN:1", "Taken", "2024-01-01", "new"))),
                store, recordId);
        assertTrue(taken.valid(), taken.problems().toString());
        assertTrue(recordId.secondPass(), recordId.seen.toString());
        assertEquals(List.of("XI-TAKEN:1"), holders("y"));
    }

    /**
     * An identifier names the entity whose newest statement declares it, as the graph holds it once the import is
     * written: one that only a superseded statement declares — older than the graph's statement of its record, or
     * than another statement of it in the import — names no entity of the import. (Until 2026-12-05 a reference by it
     * named that entity, so a company in China became the holder that the graph's identifier gave to another.)
     */
    @Test
    void anIdentifierThatOnlyASupersededStatementDeclaresNamesNoEntityOfTheImport() throws IOException {
        String cn = "\"jurisdiction\": {\"name\": \"China\", \"code\": \"CN\"}";
        String gb = "\"jurisdiction\": {\"name\": \"United Kingdom\", \"code\": \"GB\"}";
        assertTrue(importer.importFiles(List.of(write("current.jsonl",
                entity("11111111-1111-4111-8111-111111111111", "ww", "WW", "2023-01-01", "new").replace(gb, cn),
                entity("22222222-2222-4222-8222-222222222222", "xx", "XX", "2023-01-01", "new")
                        .replace("\"name\": \"XX\"", "\"name\": \"XX\", " + identifier("0321")),
                entity("33333333-3333-4333-8333-333333333333", "w", "W", "2023-01-01", "new"),
                relationship("44444444-4444-4444-8444-444444444444", "rv1", "v1", "GB-COH:0999"),
                entity("55555555-5555-4555-8555-555555555555", "v1", "V1", "2023-01-01", "new"))), store,
                new NullProgressMonitor()).valid());

        SubTasks older = new SubTasks();
        ImportReport report = importer.importFiles(List.of(write("older.jsonl",
                // named before the superseded statement that declares it: it resolved in the graph when read
                relationship("14141414-1414-4141-8141-141414141414", "rv8", "v8", "GB-COH:0321"),
                entity("15151515-1515-4151-8151-151515151515", "v8", "V8", "2023-06-01", "new"),
                entity("66666666-6666-4666-8666-666666666666", "ww", "WW", "2020-01-01", "new").replace(gb, cn)
                        .replace("\"name\": \"WW\"", "\"name\": \"WW\", " + identifier("0321").replace("}]",
                                "}, {\"scheme\": \"GB-COH\", \"id\": \"0322\"}]")),
                entity("12121212-1212-4121-8121-121212121212", "uu", "UU", "2023-06-01", "new")
                        .replace("\"name\": \"UU\"", "\"name\": \"UU\", " + identifier("0322")),
                relationship("13131313-1313-4131-8131-131313131313", "rv7", "v3", "GB-COH:0322"),
                entity("77777777-7777-4777-8777-777777777777", "w", "W", "2020-01-01", "new")
                        .replace("\"name\": \"W\"", "\"name\": \"W\", " + identifier("0999")),
                entity("88888888-8888-4888-8888-888888888888", "v3", "V3", "2023-06-01", "new"),
                relationship("99999999-9999-4999-8999-999999999999", "rv3", "v3", "GB-COH:0321"))), store, older);
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(2, report.files().get(0).superseded(), "the statements of ww and w are older than the graph's");
        assertTrue(older.secondPass(), "rv3 was written naming ww in the first: " + older.seen);
        assertEquals(List.of("uu", "xx"), holders("v3"), "the graph's entity that declares GB-COH:0321, and the "
                + "import's other entity that declares GB-COH:0322");
        assertEquals(List.of("xx"), holders("v8"));
        assertEquals(List.of("GB-COH:0999"), holders("v1"), "the stub is not handed over to w");

        // within one import: the newer statement of yy leaves its identifier out, the same statement of zz is given twice
        String zz = entity("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "zz", "ZZ", "2024-01-01", "new")
                .replace("\"name\": \"ZZ\"", "\"name\": \"ZZ\", " + identifier("0888"));
        ImportReport inImport = importer.importFiles(List.of(write("restated.jsonl",
                entity("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb", "yy", "YY", "2024-01-01", "new")
                        .replace("\"name\": \"YY\"", "\"name\": \"YY\", " + identifier("0777")),
                zz,
                entity("cccccccc-cccc-4ccc-8ccc-cccccccccccc", "v4", "V4", "2024-01-01", "new"),
                relationship("dddddddd-dddd-4ddd-8ddd-dddddddddddd", "rv4", "v4", "GB-COH:0777"),
                relationship("eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee", "rv5", "v4", "GB-COH:0888"),
                entity("ffffffff-ffff-4fff-8fff-ffffffffffff", "yy", "YY", "2024-06-01", "updated"), zz)), store,
                new NullProgressMonitor());
        assertTrue(inImport.valid(), inImport.problems().toString());
        assertEquals(List.of("GB-COH:0777", "zz"), holders("v4"));
        assertEquals(Map.of("GB-COH:0888", "zz"), store.view().entityKeys(List.of("GB-COH:0777", "GB-COH:0888")));
    }

    private static String identifier(String id) {
        return "\"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"" + id + "\"}]";
    }

    private List<String> holders(String subject) {
        return store.view().interestsOf(subject, org.longarm.core.graph.GraphView.Direction.HOLDERS, 10).stream()
                .map(i -> i.holderKey()).sorted().toList();
    }

    @Test
    void entitiesStoredByAnEarlierImportAreFoundByRecordIdAndIdentifier() throws IOException {
        String holder = entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new")
                .replace("\"name\": \"A\"", "\"name\": \"A\", \"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"0001\"}]");
        assertTrue(importer.importFiles(List.of(write("entities.jsonl", holder,
                entity("22222222-2222-4222-8222-222222222222", "b", "B", "2024-01-01", "new"),
                entity("33333333-3333-4333-8333-333333333333", "c", "C", "2024-01-01", "new"))), store,
                new NullProgressMonitor()).valid());

        // the BODS reader announces the parties of the statements it reads ahead, and they are looked up together
        Path relationships = write("relationships.jsonl",
                relationship("44444444-4444-4444-8444-444444444444", "r1", "b", "GB-COH:0001"),
                relationship("55555555-5555-4555-8555-555555555555", "r2", "c", "b"),
                relationship("66666666-6666-4666-8666-666666666666", "r3", "c", "GB-COH:9999"));
        SubTasks progress = new SubTasks();
        ImportReport report = importer.importFiles(List.of(relationships), store, progress);
        assertTrue(report.valid(), report.problems().toString());
        assertFalse(progress.secondPass(), progress.seen.toString());
        var view = store.view();
        assertEquals(List.of("a"), view.interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10)
                .stream().map(i -> i.holderKey()).toList(), "an identifier names the stored entity that has it");
        assertEquals(List.of("GB-COH:9999", "b"), view.interestsOf("c", org.longarm.core.graph.GraphView.Direction.HOLDERS,
                10).stream().map(i -> i.holderKey()).sorted().toList(), "a reference naming nothing stored stays itself");
        assertEquals(java.util.Map.of("b", "b", "GB-COH:0001", "a"),
                view.entityKeys(List.of("b", "GB-COH:0001", "GB-COH:9999", "nobody")));

        // a product file that names a stored manufacturer on several lines, by identifier
        Path products = write("products.csv", "brand,model,brand_owner,manufacturer,relation",
                "Alpha,A1,b,GB-COH:0001,OEM", "Alpha,A2,b,GB-COH:0001,OEM", "Beta,*,c,c,own");
        ImportReport productReport = importer.importFiles(List.of(products), store, new NullProgressMonitor());
        assertTrue(productReport.valid(), productReport.problems().toString());
        List<String> lines = new java.util.ArrayList<>();
        store.view().productLines(l -> lines.add(l.model() + " " + l.brandOwnerKey() + " " + l.manufacturerKey()), null);
        assertEquals(List.of("* c c", "A1 b a", "A2 b a"), lines.stream().sorted().toList());
        ImportReport unknown = importer.importFiles(List.of(write("unknown.csv",
                "brand,model,brand_owner,manufacturer,relation", "Gamma,*,b,GB-COH:9999,OEM")), store,
                new NullProgressMonitor());
        assertFalse(unknown.valid());
        assertTrue(unknown.problems().get(0).toString().contains("names no known entity"), unknown.problems().toString());
    }

    /** A file of relationships read before the file of their parties leaves no party unresolved; a missing one is. */
    @Test
    void onlyPartiesThatNeitherTheFilesNorTheGraphHoldAreUnresolved() throws IOException {
        ImportReport report = importer.importFiles(List.of(
                write("relationships.jsonl", relationship("a1111111-1111-4111-8111-111111111111", "r1", "x", "y"),
                        relationship("a2222222-2222-4222-8222-222222222222", "r2", "x", "z")),
                write("entities.jsonl", entity("a3333333-3333-4333-8333-333333333333", "x", "X", "2024-01-01", "new"),
                        entity("a4444444-4444-4444-8444-444444444444", "y", "Y", "2024-01-01", "new"))),
                store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(List.of("z"), report.unresolvedReferences());
        assertFalse(report.moreUnresolvedReferences());
    }

    /**
     * A party that only a superseded statement names is not written, so it leaves no stub and is not reported as
     * unresolved: neither when the newer statement is stored already nor when it comes later in the same import.
     */
    @Test
    void aPartyNamedOnlyByASupersededStatementIsNotUnresolved() throws IOException {
        ImportReport stored = importer.importFiles(List.of(write("current.jsonl",
                entity("c1111111-1111-4111-8111-111111111111", "x", "X", "2024-01-01", "new"),
                entity("c2222222-2222-4222-8222-222222222222", "y", "Y", "2024-01-01", "new"),
                relationship("c3333333-3333-4333-8333-333333333333", "r1", "x", "y"))), store,
                new NullProgressMonitor());
        assertTrue(stored.valid(), stored.problems().toString());

        ImportReport older = importer.importFiles(List.of(write("older.jsonl",
                relationship("c4444444-4444-4444-8444-444444444444", "r1", "x", "ghost").replace("2024-02-01",
                        "2023-02-01"))), store, new NullProgressMonitor());
        assertTrue(older.valid(), older.problems().toString());
        assertEquals(1, older.files().get(0).superseded(), "the stored statement is newer");
        assertEquals(List.of(), older.unresolvedReferences(), "the superseded statement is not written");
        assertEquals("y", interestedParty("r1"), "the stored statement stands");

        // the first file is written in one pass before the second one repeats r2: the import starts over in two
        SubTasks progress = new SubTasks();
        ImportReport history = importer.importFiles(List.of(
                write("history-1.jsonl", relationship("c5555555-5555-4555-8555-555555555555", "r2", "x", "phantom")
                        .replace("2024-02-01", "2024-03-01")),
                write("history-2.jsonl", relationship("c6666666-6666-4666-8666-666666666666", "r2", "x", "y")
                        .replace("2024-02-01", "2024-04-01"),
                        relationship("c7777777-7777-4777-8777-777777777777", "r3", "y", "missing"))), store, progress);
        assertTrue(history.valid(), history.problems().toString());
        assertTrue(progress.secondPass(), progress.seen.toString());
        assertEquals(List.of("missing"), history.unresolvedReferences(),
                "the newer statement of r2 names y; r3's party is found nowhere");
        assertEquals("y", interestedParty("r2"));
    }

    private String interestedParty(String relationshipKey) {
        return ((org.longarm.model.Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, relationshipKey)
                .orElseThrow()).getInterestedParty().getId();
    }

    /** A report lists the first thousand unresolved references and says when there were more. */
    @Test
    void aReportSaysWhenMoreReferencesAreUnresolvedThanItLists() throws IOException {
        String[] lines = new String[1_002];
        lines[0] = entity("b0000000-1111-4111-8111-111111111111", "x", "X", "2024-01-01", "new");
        for (int i = 1; i < lines.length; i++) {
            lines[i] = relationship("%08d-2222-4222-8222-222222222222".formatted(i), "r" + i, "x", "u" + i);
        }
        ImportReport report = importer.importFiles(List.of(write("many.jsonl", lines)), store,
                new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(1_000, report.unresolvedReferences().size());
        assertEquals("u1", report.unresolvedReferences().get(0));
        assertTrue(report.moreUnresolvedReferences());
        assertEquals(1, report.unlistedUnresolvedReferences(), "u1001 is counted, not named");
        assertEquals(1_001, report.unresolvedReferenceCount());
    }

    /** A file whose relationships come before their parties lists only the parties that no record defines. */
    @Test
    void aFileWhoseRelationshipsComeBeforeTheirPartiesListsOnlyThePartiesNoRecordDefines() throws IOException {
        ImportReport report = importer.importFiles(List.of(write("relationships-first.jsonl",
                relationshipsBeforeParties(1_003))), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(List.of("u1002", "u1003"), report.unresolvedReferences());
        assertEquals(0, report.unlistedUnresolvedReferences());
        assertEquals(2, report.unresolvedReferenceCount());
    }

    /**
     * When the relationships are far enough ahead of their parties, the list of unresolved references fills with
     * parties that the file brings later: those that no record defines must still be counted, those it defines not.
     */
    @Test
    void referencesMetAfterTheListIsFullAreCountedUnlessTheImportDefinesThem() throws IOException {
        ImportReport report = importer.importFiles(List.of(write("relationships-far-ahead.jsonl",
                relationshipsBeforeParties(12_003))), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(List.of(), report.unresolvedReferences(), "the import defines every party of the list");
        assertEquals(2, report.unlistedUnresolvedReferences(), "u12002 and u12003 stay stubs");
        assertEquals(2, report.unresolvedReferenceCount());
    }

    /** {@code count} relationships of {@code x} held by {@code u1, u2, ...}, then {@code x} and every party but the last two. */
    private static String[] relationshipsBeforeParties(int count) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(relationship("%08d-2222-4222-8222-222222222222".formatted(i), "r" + i, "x",
                    "u" + i));
        }
        lines.add(entity("b0000000-1111-4111-8111-111111111111", "x", "X", "2024-01-01", "new"));
        for (int i = 1; i <= count - 2; i++) {
            lines.add(entity("%08d-3333-4333-8333-333333333333".formatted(i), "u" + i, "U" + i, "2024-01-01",
                    "new"));
        }
        return lines.toArray(String[]::new);
    }

    /**
     * A party named by an identifier that nothing stored declares is kept as a stub keyed by the identifier. When a
     * later import brings the entity that declares it, what was stored about the stub must follow to that entity, as
     * it would had the files come the other way round: otherwise the verdict depends on the order of the imports.
     */
    @Test
    void anEntityImportedAfterARelationshipThatNamedItByIdentifierTakesThatRelationshipOver() throws IOException {
        var holders = org.longarm.core.graph.GraphView.Direction.HOLDERS;
        var holdings = org.longarm.core.graph.GraphView.Direction.HOLDINGS;
        String late = "44444444-4444-4444-8444-444444444444", restated = "55555555-5555-4555-8555-555555555555";
        ImportReport first = importer.importFiles(List.of(write("relationships.jsonl",
                entity("22222222-2222-4222-8222-222222222222", "b", "B", "2024-01-01", "new"),
                entity("33333333-3333-4333-8333-333333333333", "c", "C", "2024-01-01", "new"),
                relationship(late, "r1", "b", "GB-COH:0001"),
                relationship(restated, "r2", "c", "GB-COH:0001"),
                relationship("88888888-8888-4888-8888-888888888888", "r4", "a", "GB-COH:0001"))), store,
                new NullProgressMonitor());
        assertTrue(first.valid(), first.problems().toString());
        assertEquals(java.util.Set.of("GB-COH:0001", "a"), java.util.Set.copyOf(first.unresolvedReferences()),
                "the import names the parties that neither it nor the graph holds");
        assertEquals(2, first.unresolvedReferences().size(), first.unresolvedReferences().toString());
        var view = store.view();
        assertEquals(List.of("GB-COH:0001"), view.interestsOf("b", holders, 10).stream().map(i -> i.holderKey()).toList());
        assertEquals(java.util.Map.of(), view.entityKeys(List.of("GB-COH:0001")), "a stub is no entity");

        // the entity arrives, with a newer statement of r2 that names another party: r2 is the import's to write
        String holder = entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-03-01", "new")
                .replace("\"name\": \"A\"", "\"name\": \"A\", \"identifiers\": [{\"scheme\": \"GB-COH\", \"id\": \"0001\"}]");
        String newerR2 = relationship("66666666-6666-4666-8666-666666666666", "r2", "c", "b")
                .replace("2024-02-01", "2024-03-01");
        ImportReport report = importer.importFiles(List.of(write("entity.jsonl", holder, newerR2)), store,
                new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(List.of(), report.unresolvedReferences(), "every party is in the import or the graph");
        assertEquals(List.of("a"), view.interestsOf("b", holders, 10).stream().map(i -> i.holderKey()).toList(),
                "the relationship stored before its party arrived now links to it");
        assertEquals(List.of("b"), view.interestsOf("c", holders, 10).stream().map(i -> i.holderKey()).toList(),
                "a record that the import restates is written as it says");
        assertEquals(List.of("b"), view.interestsOf("a", holdings, 10).stream().map(i -> i.subjectKey()).toList());
        assertEquals(List.of("r4"), view.interestsOf("GB-COH:0001", holdings, 10).stream()
                .map(i -> i.relationshipKey()).toList(), "a relationship that would make the entity hold itself stays");
        assertEquals(List.of("GB-COH:0001"), view.interestsOf("a", holders, 10).stream().map(i -> i.holderKey())
                .toList());
        assertEquals(List.of(late), view.sourcesOf(LongarmPackage.Literals.RELATIONSHIP, "r1").stream()
                .map(s -> s.id()).toList(), "the relationship keeps its own statement as evidence");
        var r1 = (org.longarm.model.Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "r1").orElseThrow();
        assertEquals(1, r1.getInterests().size());
        assertEquals(60.0, r1.getInterests().get(0).getShareExact());
        assertEquals("a", r1.getInterestedParty().getId());

        // what is imported later resolves the identifier to the entity as well
        ImportReport later = importer.importFiles(List.of(write("more.jsonl",
                relationship("77777777-7777-4777-8777-777777777777", "r3", "c", "GB-COH:0001"))), store,
                new NullProgressMonitor());
        assertTrue(later.valid(), later.problems().toString());
        assertEquals(List.of(), later.unresolvedReferences());
        assertEquals(List.of("a", "b"), view.interestsOf("c", holders, 10).stream().map(i -> i.holderKey()).sorted()
                .toList());
    }

    @Test
    void aClosedRelationshipEndsItsInterests() throws IOException {
        String relationship = """
                {"statementId": "%s", "declarationSubject": "b", "statementDate": "%s", "recordId": "r1",
                 "recordType": "relationship", "recordStatus": "%s",
                 "recordDetails": {"isComponent": false, "subject": "b", "interestedParty": "a",
                   "interests": [{"type": "shareholding", "share": {"exact": 60}, "startDate": "2019-01-01"}]},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4", "publisher": {"name": "Test"}}}""";
        Path open = write("open.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A", "2019-01-01", "new"),
                entity("22222222-2222-4222-8222-222222222222", "b", "B", "2019-01-01", "new"),
                relationship.formatted("33333333-3333-4333-8333-333333333333", "2019-01-01", "new").replace("\n", " "));
        Path closed = write("closed.jsonl",
                relationship.formatted("44444444-4444-4444-8444-444444444444", "2023-05-31", "closed").replace("\n", " "));
        importer.importFiles(List.of(open), store, new NullProgressMonitor());
        importer.importFiles(List.of(closed), store, new NullProgressMonitor());
        var interests = store.view().interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10);
        assertEquals(1, interests.size());
        assertEquals(java.time.LocalDate.of(2023, 5, 31), interests.get(0).endDate());

        // interests are optional in a statement: a closed relationship without any keeps what the record said
        Path closedBare = write("closed-bare.jsonl", bare(relationship.formatted("55555555-5555-4555-8555-555555555555",
                "2024-02-29", "closed")));
        assertFalse(Files.readString(closedBare).contains("interests"), Files.readString(closedBare));
        importer.importFiles(List.of(closedBare), store, new NullProgressMonitor());
        interests = store.view().interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10);
        assertEquals(1, interests.size());
        assertEquals(org.longarm.model.InterestType.SHAREHOLDING, interests.get(0).type());
        assertEquals(60.0, interests.get(0).shareExact());
        assertEquals(java.time.LocalDate.of(2023, 5, 31), interests.get(0).endDate(), "it had ended already");
        assertEquals(List.of("44444444-4444-4444-8444-444444444444", "55555555-5555-4555-8555-555555555555"),
                sourceIds("r1"), "the figures' statement stays evidence beside the closing one");
    }

    /**
     * A closing statement without interests replaces its record's earlier statement, but carries that statement's
     * interests over, ended on the closing date: otherwise a verdict as of a date before the closing would no longer
     * see the holding. The earlier statement may be stored, or read in the same import before or after the closing.
     */
    @Test
    void aClosingWithoutInterestsCarriesTheEarlierInterestsOver() throws IOException {
        String relationship = """
                {"statementId": "%s", "declarationSubject": "b", "statementDate": "%s", "recordId": "%s",
                 "recordType": "relationship", "recordStatus": "%s",
                 "recordDetails": {"isComponent": false, "subject": "b", "interestedParty": "a",
                   "interests": [{"type": "votingRights", "share": {"exclusiveMinimum": 50, "maximum": 75},
                     "startDate": "2019-01-01"}, {"type": "shareholding", "share": {"exact": 20},
                     "startDate": "2025-01-01"}]},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4", "publisher": {"name": "Test"}}}""";
        String entities = entity("11111111-1111-4111-8111-111111111111", "a", "A", "2019-01-01", "new") + "\n"
                + entity("22222222-2222-4222-8222-222222222222", "b", "B", "2019-01-01", "new");
        // one file: the closing read before the statement it closes (two statements of one record: two passes), and
        // read again at the end, which has no interests to carry over
        String closingR1 = bare(relationship.formatted("33333333-3333-4333-8333-333333333333", "2024-02-29", "r1",
                "closed"));
        Path oneFile = write("history.jsonl", entities, closingR1,
                relationship.formatted("44444444-4444-4444-8444-444444444444", "2019-01-01", "r1", "new")
                        .replace("\n", " "), closingR1);
        ImportReport report = importer.importFiles(List.of(oneFile), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        var interests = store.view().interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10);
        assertEquals(1, interests.size(), "the interest that starts after the closing is left out: " + interests);
        var carried = interests.get(0);
        assertEquals(org.longarm.model.InterestType.VOTING_RIGHTS, carried.type());
        assertEquals(50.0, carried.shareMinimum());
        assertTrue(carried.exclusiveMinimum());
        assertEquals(75.0, carried.shareMaximum());
        assertEquals(java.time.LocalDate.of(2019, 1, 1), carried.startDate());
        assertEquals(java.time.LocalDate.of(2024, 2, 29), carried.endDate());
        assertEquals(List.of("33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"),
                sourceIds("r1"));

        // a later import: the stored statement is the earlier one (one pass)
        Path open = write("open.jsonl", relationship.formatted("55555555-5555-4555-8555-555555555555", "2020-06-30",
                "r2", "new").replace("\n", " "));
        assertTrue(importer.importFiles(List.of(open), store, new NullProgressMonitor()).valid());
        Path closing = write("closing.jsonl", bare(relationship.formatted("66666666-6666-4666-8666-666666666666",
                "2023-03-01", "r2", "closed")));
        assertTrue(importer.importFiles(List.of(closing), store, new NullProgressMonitor()).valid());
        var r2 = interestsOfRelationship("r2");
        assertEquals(1, r2.size(), r2.toString());
        assertEquals(org.longarm.model.InterestType.VOTING_RIGHTS, r2.get(0).type());
        assertEquals(java.time.LocalDate.of(2023, 3, 1), r2.get(0).endDate());
        // the same closing again, in another file: the stored statement is that closing, with the interests it took
        Path again = write("closing-again.jsonl", entities, bare(relationship.formatted(
                "66666666-6666-4666-8666-666666666666", "2023-03-01", "r2", "closed")));
        assertTrue(importer.importFiles(List.of(again), store, new NullProgressMonitor()).valid());
        r2 = interestsOfRelationship("r2");
        assertEquals(List.of(org.longarm.model.InterestType.VOTING_RIGHTS), r2.stream().map(i -> i.type()).toList());
        assertEquals(List.of("55555555-5555-4555-8555-555555555555", "66666666-6666-4666-8666-666666666666"),
                sourceIds("r2"));

        // a stored statement newer than the import's earlier one is the one carried over; an end after the closing
        // is brought back to it
        Path stored = write("stored.jsonl", relationship.formatted("88888888-8888-4888-8888-888888888888",
                "2022-01-01", "r4", "new").replace("\n", " ").replace("\"maximum\": 75", "\"maximum\": 90")
                .replace("\"startDate\": \"2019-01-01\"}", "\"startDate\": \"2019-01-01\", \"endDate\": \"2030-01-01\"}"));
        assertTrue(Files.readString(stored).contains("2030-01-01"));
        assertTrue(importer.importFiles(List.of(stored), store, new NullProgressMonitor()).valid());
        Path staleAndClosing = write("stale-and-closing.jsonl",
                relationship.formatted("99999999-9999-4999-8999-999999999999", "2019-01-01", "r4", "new")
                        .replace("\n", " "),
                bare(relationship.formatted("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "2024-02-29", "r4", "closed")));
        assertTrue(importer.importFiles(List.of(staleAndClosing), store, new NullProgressMonitor()).valid());
        var r4 = interestsOfRelationship("r4");
        assertEquals(1, r4.size(), r4.toString());
        assertEquals(90.0, r4.get(0).shareMaximum(), "the stored statement's figure");
        assertEquals(java.time.LocalDate.of(2024, 2, 29), r4.get(0).endDate());
        assertEquals(List.of("88888888-8888-4888-8888-888888888888", "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"),
                sourceIds("r4"));

        // the import's newest earlier statement wins over an older stored one, also when it has nothing to carry over
        // (every interest starts after the closing); and the earlier statements may come before and after the closing
        String max = "\"maximum\": 75";
        assertTrue(importer.importFiles(List.of(write("stored-r5.jsonl", relationship.formatted(
                "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb", "2020-01-01", "r5", "new").replace("\n", " ")
                .replace(max, "\"maximum\": 90"))), store, new NullProgressMonitor()).valid());
        Path r5AndR6 = write("r5-r6.jsonl",
                relationship.formatted("cccccccc-cccc-4ccc-8ccc-cccccccccccc", "2022-01-01", "r5", "new")
                        .replace("\n", " ").replace("2019-01-01", "2025-06-01"),
                bare(relationship.formatted("dddddddd-dddd-4ddd-8ddd-dddddddddddd", "2023-01-01", "r5", "closed")),
                relationship.formatted("eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee", "2019-01-01", "r6", "new")
                        .replace("\n", " "),
                bare(relationship.formatted("ffffffff-ffff-4fff-8fff-ffffffffffff", "2024-02-29", "r6", "closed")),
                relationship.formatted("12121212-1212-4212-8212-121212121212", "2020-01-01", "r6", "new")
                        .replace("\n", " ").replace(max, "\"maximum\": 80"));
        assertTrue(importer.importFiles(List.of(r5AndR6), store, new NullProgressMonitor()).valid());
        var r5 = interestsOfRelationship("r5");
        assertEquals(1, r5.size(), r5.toString());
        assertEquals(null, r5.get(0).shareMaximum(), "not the older stored statement's figure");
        assertEquals(java.time.LocalDate.of(2023, 1, 1), r5.get(0).endDate());
        var r6 = interestsOfRelationship("r6");
        assertEquals(1, r6.size(), r6.toString());
        assertEquals(80.0, r6.get(0).shareMaximum(), "the newest of the earlier statements");

        // with no earlier statement anywhere, the closing's own interest only ends
        Path alone = write("alone.jsonl", bare(relationship.formatted("77777777-7777-4777-8777-777777777777",
                "2022-01-01", "r3", "closed")));
        assertTrue(importer.importFiles(List.of(alone), store, new NullProgressMonitor()).valid());
        var r3 = interestsOfRelationship("r3");
        assertEquals(1, r3.size(), r3.toString());
        assertEquals(null, r3.get(0).shareExact());
        assertEquals(null, r3.get(0).shareMinimum());
        assertEquals(null, r3.get(0).startDate());
        assertEquals(java.time.LocalDate.of(2022, 1, 1), r3.get(0).endDate());
    }

    /**
     * A closing without interests whose earlier statement is in a later file of the import is written once every file
     * is read; what it writes counts for the file it was read from, not for the last one.
     */
    @Test
    void whatAClosingWrittenAfterTheLastFileWritesCountsForItsOwnFile() throws IOException {
        Path closing = write("closing.jsonl",
                entity("d1111111-1111-4111-8111-111111111111", "a", "A", "2019-01-01", "new"),
                entity("d2222222-2222-4222-8222-222222222222", "b", "B", "2019-01-01", "new"),
                bare(relationship("d3333333-3333-4333-8333-333333333333", "r1", "b", "a")
                        .replace("\"recordStatus\": \"new\"", "\"recordStatus\": \"closed\"")));
        Path earlier = write("earlier.jsonl",
                relationship("d4444444-4444-4444-8444-444444444444", "r1", "b", "a").replace("2024-02-01", "2019-02-01"),
                entity("d5555555-5555-4555-8555-555555555555", "c", "C", "2019-01-01", "new"));
        ImportReport report = importer.importFiles(List.of(closing, earlier), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(1, interestsOfRelationship("r1").size(), "the earlier statement's interest is carried over");
        ImportReport.FileReport closingFile = report.files().get(0), earlierFile = report.files().get(1);
        // a: its source, the jurisdiction and the entity; b: its source and the entity; r1: the closing's source, the
        // earlier statement's source, which joins it, and the relationship
        assertEquals(3 + 2 + 3, closingFile.written(), report.toString());
        assertEquals(0, closingFile.superseded(), report.toString());
        // c: its source and the entity; r1's earlier statement is superseded by the closing
        assertEquals(2, earlierFile.written(), report.toString());
        assertEquals(1, earlierFile.superseded(), report.toString());
    }

    /** The interests of relationship {@code key} (its subject is {@code b}). */
    private List<org.longarm.core.graph.InterestRecord> interestsOfRelationship(String key) {
        return store.view().interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS, 10).stream()
                .filter(i -> i.relationshipKey().equals(key)).toList();
    }

    /**
     * A party left unspecified ({@code {"reason": ...}}) is an entity of its own only while the statement that left it
     * so is its relationship's newest: in one import with a newer statement that names the party, and when that older
     * statement is imported after the newer one, no "unspecified" entity is left behind.
     */
    @Test
    void anUnspecifiedPartyIsWrittenOnlyWithItsRelationshipsNewestStatement() throws IOException {
        String unspecified = "{\"reason\": \"interestedPartyHasNotProvidedInformation\"}";
        String olderR1 = relationship("33333333-3333-4333-8333-333333333333", "r1", "b", "a")
                .replace("\"interestedParty\": \"a\"", "\"interestedParty\": " + unspecified)
                .replace("2024-02-01", "2023-02-01");
        assertTrue(olderR1.contains("2023-02-01") && olderR1.contains("interestedPartyHasNotProvidedInformation"));
        Path history = write("history.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A", "2020-01-01", "new"),
                entity("22222222-2222-4222-8222-222222222222", "b", "B", "2020-01-01", "new"), olderR1,
                relationship("44444444-4444-4444-8444-444444444444", "r1", "b", "a"),
                relationship("55555555-5555-4555-8555-555555555555", "r2", "a",
                        "x").replace("\"interestedParty\": \"x\"", "\"interestedParty\": " + unspecified));
        ImportReport report = importer.importFiles(List.of(history), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertTrue(store.get(LongarmPackage.Literals.ENTITY, "r1#interestedParty").isEmpty(),
                "the superseded statement's unspecified party is not written");
        var r1 = (org.longarm.model.Relationship) store.get(LongarmPackage.Literals.RELATIONSHIP, "r1").orElseThrow();
        assertEquals("a", r1.getInterestedParty().getId());
        var unknown = (Organisation) store.get(LongarmPackage.Literals.ENTITY, "r2#interestedParty").orElseThrow();
        assertEquals(org.longarm.model.EntityType.UNKNOWN_ENTITY, unknown.getEntityType());
        assertEquals("unspecified: interestedPartyHasNotProvidedInformation", unknown.getName());
        assertEquals(List.of("55555555-5555-4555-8555-555555555555"),
                unknown.getSources().stream().map(Source::getId).toList(), "its relationship's statement is its source");
        assertEquals(5, report.files().get(0).records(), "a record per statement; the unspecified parties are none");

        ImportReport older = importer.importFiles(List.of(write("older.jsonl", olderR1.replace(
                "33333333-3333-4333-8333-333333333333", "66666666-6666-4666-8666-666666666666"))), store,
                new NullProgressMonitor());
        assertTrue(older.valid(), older.problems().toString());
        assertEquals(1, older.files().get(0).superseded());
        assertTrue(store.get(LongarmPackage.Literals.ENTITY, "r1#interestedParty").isEmpty(),
                "an older statement imported later leaves no unspecified party either");

        // a later import that names the party stored as unspecified: the unspecified one goes, the stated ones stay
        ImportReport named = importer.importFiles(List.of(write("named.jsonl", relationship(
                "77777777-7777-4777-8777-777777777777", "r2", "a", "b").replace("2024-02-01", "2025-02-01"))), store,
                new NullProgressMonitor());
        assertTrue(named.valid(), named.problems().toString());
        assertTrue(store.get(LongarmPackage.Literals.ENTITY, "r2#interestedParty").isEmpty(),
                "the party that only r2's older statement stated is gone with it");
        assertEquals(2, store.view().counts().entities(), "a and b");
        assertEquals(List.of("b"), store.view().interestsOf("a", org.longarm.core.graph.GraphView.Direction.HOLDERS,
                10).stream().map(i -> i.holderKey()).toList());
        assertTrue(importer.importFiles(List.of(write("c.jsonl", entity("99999999-9999-4999-8999-999999999999", "c",
                "C", "2024-01-01", "new"), relationship("88888888-8888-4888-8888-888888888888", "r3", "a", "c"))), store,
                new NullProgressMonitor()).valid());
        ImportReport moved = importer.importFiles(List.of(write("moved.jsonl", relationship(
                "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "r3", "a", "b").replace("2024-02-01", "2025-03-01"))), store,
                new NullProgressMonitor());
        assertTrue(moved.valid(), moved.problems().toString());
        assertEquals("C", name("c"), "a party stated by a statement of its own stays, though no relationship is left");
    }

    /** Spaces around a record id are not part of it: a relationship that names the id with them finds its entity. */
    @Test
    void spacesAroundARecordIdAreNotPartOfIt() throws IOException {
        Path file = write("spaced.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A", "2020-01-01", "new"),
                entity("22222222-2222-4222-8222-222222222222", "b ", "B", "2020-01-01", "new"),
                relationship("33333333-3333-4333-8333-333333333333", "r1", "b ", "a"));
        ImportReport report = importer.importFiles(List.of(file), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(List.of(), report.unresolvedReferences());
        assertEquals("B", name("b"));
        assertTrue(store.get(LongarmPackage.Literals.ENTITY, "b ").isEmpty());
        assertEquals(List.of("a"), store.view().interestsOf("b", org.longarm.core.graph.GraphView.Direction.HOLDERS,
                10).stream().map(i -> i.holderKey()).toList());
    }

    /** The ids of the statements that relationship {@code key} cites, sorted. */
    private List<String> sourceIds(String key) {
        return store.view().sourcesOf(LongarmPackage.Literals.RELATIONSHIP, key).stream().map(s -> s.id()).sorted()
                .toList();
    }

    /** {@code statement} on one line, without its interests. */
    private static String bare(String statement) {
        return statement.replace("\n", " ").replaceAll(",\\s*\"interests\": \\[.*?\\]}", "}");
    }

    /**
     * A party named by a record id too long to index would become a stub the store cannot write once the import is
     * past its commit point; it is an input problem instead, named by statement.
     */
    @Test
    void aPartyKeyTooLongToIndexIsAProblemOfItsStatement() throws IOException {
        String relationship = """
                {"statementId": "33333333-3333-4333-8333-333333333333", "declarationSubject": "a",
                 "statementDate": "2019-01-01", "recordId": "r1", "recordType": "relationship", "recordStatus": "new",
                 "recordDetails": {"isComponent": false, "subject": "%s", "interestedParty": "a",
                   "interests": [{"type": "shareholding", "share": {"exact": 60}}]},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4", "publisher": {"name": "Test"}}}"""
                .formatted("long-subject ".repeat(400)).replace("\n", " ");
        Path file = write("long.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "A", "2019-01-01", "new"),
                relationship);
        for (ImportReport report : List.of(importer.validate(List.of(file), null, new NullProgressMonitor()),
                importer.importFiles(List.of(file), store, new NullProgressMonitor()))) {
            assertFalse(report.valid());
            assertEquals(1, report.problems().size(), report.problems().toString());
            String problem = report.problems().get(0).toString();
            assertTrue(problem.startsWith(file + ":2:1: statement 33333333-3333-4333-8333-333333333333: Relationship 'r1': "
                    + "its subject 'long-subject long-subject long-subject l...' (5199 bytes) is longer than the "
                    + "4000 bytes a key may have"), problem);
        }
        assertEquals(new GraphCounts(0, 0, 0, 0), store.view().counts());
    }

    @Test
    void theLastNameGivenForAJurisdictionCodeWinsAndRepeatsAreNotRewritten() throws IOException {
        Path file = write("names.jsonl",
                entity("11111111-1111-4111-8111-111111111111", "a", "A", "2024-01-01", "new"),
                entity("22222222-2222-4222-8222-222222222222", "b", "B", "2024-01-01", "new"),
                entity("33333333-3333-4333-8333-333333333333", "c", "C", "2024-01-01", "new")
                        .replace("\"United Kingdom\"", "\"UK\""),
                entity("44444444-4444-4444-8444-444444444444", "d", "D", "2024-01-01", "new")
                        .replace("\"United Kingdom\"", "\"UK\""));
        ImportReport report = importer.importFiles(List.of(file), store, new NullProgressMonitor());
        assertTrue(report.valid(), report.problems().toString());
        var gb = (org.longarm.model.Jurisdiction) store.get(LongarmPackage.Literals.JURISDICTION, "GB").orElseThrow();
        assertEquals("UK", gb.getName());
        // four entities and their sources, and GB only when its name changes (United Kingdom, then UK)
        assertEquals(4 * 2 + 2, report.files().get(0).written());
    }

    /**
     * Two imports into one database, the second started while the first is being applied, each with its own store
     * as two processes would have: the second waits, and then checks its statements against what the first wrote.
     */
    @Test
    void anImportStartedWhileAnotherIsAppliedWaitsForItAndThenSeesWhatItWrote() throws Exception {
        Path newer = write("newer.jsonl", entity("22222222-2222-4222-8222-222222222222", "a", "New name", "2021-06-01", "new"));
        Path older = write("older.jsonl", entity("11111111-1111-4111-8111-111111111111", "a", "Old name", "2020-01-01", "new"));
        ImportReport second = whileAnImportIsApplied(newer, older);
        assertEquals(1, second.files().get(0).superseded(), "the older statement lost to the one written meanwhile");
        assertEquals("New name", name("a"));

        Path same = write("same.jsonl", entity("33333333-3333-4333-8333-333333333333", "b", "B", "2024-01-01", "new"));
        ImportReport again = whileAnImportIsApplied(same, same);
        assertTrue(again.valid(), again.problems().toString());
        assertTrue(again.files().get(0).alreadyImported(), "the same file, imported meanwhile, is not written twice");
        assertEquals(0, again.files().get(0).written());
    }

    /**
     * An import that reads its files twice keeps the store's turn from its first pass to the end of its second: another
     * import of one of its files, started during the first pass, waits and then finds that file imported. (Had it come
     * between the passes, the second pass would have dropped that file and lost track of the other's statements.)
     */
    @Test
    void noImportComesBetweenTheTwoPassesOfAnother() throws Exception {
        Path twice = write("twice.jsonl", entity("44444444-4444-4444-8444-444444444444", "c", "Newer", "2022-01-01", "updated"),
                entity("33333333-3333-4333-8333-333333333333", "c", "Older", "2021-01-01", "new"));
        Path other = write("other.jsonl", entity("55555555-5555-4555-8555-555555555555", "d", "D", "2021-01-01", "new"));
        SubTasks firstProgress = new SubTasks();
        ImportReport[] reports = whileAnImportIsHeld(List.of(twice, other), "Checking and writing " + other,
                firstProgress, twice);
        assertTrue(firstProgress.secondPass(), firstProgress.seen.toString());
        assertTrue(reports[0].files().stream().noneMatch(ImportReport.FileReport::alreadyImported), reports[0].toString());
        assertEquals("Newer", name("c"));
        assertEquals("D", name("d"));
        assertTrue(reports[1].files().get(0).alreadyImported(), reports[1].toString());
    }

    /** Imports {@code first}, holds it at its first applied batch, imports {@code second} meanwhile, and lets both end. */
    private ImportReport whileAnImportIsApplied(Path first, Path second) throws Exception {
        return whileAnImportIsHeld(List.of(first), "Applying batch", new SubTasks(), second)[1];
    }

    /**
     * Imports {@code first}, holds it where its progress first shows {@code heldAt}, imports {@code second} meanwhile
     * through another store, and lets both end: the second must have waited for the first, which must be valid.
     * Returns both reports.
     */
    private ImportReport[] whileAnImportIsHeld(List<Path> first, String heldAt, SubTasks firstProgress, Path second)
            throws Exception {
        try (ModelStore otherProcess = Neo4jStore.open(TestNeo4j.settings(), List.of(LongarmPackage.eINSTANCE), null)) {
            var outcome = WhileHeld.run(holding -> importQuietly(first, store, holding), heldAt, firstProgress,
                    waiting -> importQuietly(List.of(second), otherProcess, waiting), "Waiting for another import");
            assertTrue(outcome.first().valid(), outcome.first().problems().toString());
            assertTrue(outcome.secondWaited(), "the second import waited for the first one");
            return new ImportReport[] { outcome.first(), outcome.second() };
        }
    }

    private ImportReport importQuietly(List<Path> files, ModelStore into, IProgressMonitor monitor) {
        try {
            return importer.importFiles(files, into, monitor);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
