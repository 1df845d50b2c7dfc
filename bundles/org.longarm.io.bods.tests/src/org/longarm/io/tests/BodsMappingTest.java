package org.longarm.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.core.io.ClosingInterest;
import org.longarm.core.io.InputProblem;
import org.longarm.io.bods.internal.BodsFormat;
import org.longarm.model.DirectOrIndirect;
import org.longarm.model.EntityType;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.Organisation;
import org.longarm.model.Person;
import org.longarm.model.PersonType;
import org.longarm.model.Relationship;
import org.longarm.model.Source;

/** BODS statements map to the expected model objects; JSON Lines; syntax errors; streaming. */
class BodsMappingTest {

    private final BodsFormat format = new BodsFormat();

    @TempDir
    Path dir;

    static final String PUBLICATION = "\"publicationDetails\":{\"publicationDate\":\"2024-01-01\",\"bodsVersion\":\"0.4\","
            + "\"publisher\":{\"name\":\"Test publisher\",\"url\":\"https://example.org/pub\"}}";

    static String id(int n) {
        return String.format("%032d", n);
    }

    static String state() {
        return "{\"statementId\":\"" + id(1) + "\",\"declarationSubject\":\"prc\",\"statementDate\":\"2020-01-02\","
                + "\"recordId\":\"prc\",\"recordType\":\"entity\",\"recordStatus\":\"new\",\"recordDetails\":{"
                + "\"isComponent\":false,\"entityType\":{\"type\":\"state\"},\"name\":\"People's Republic of China\","
                + "\"jurisdiction\":{\"name\":\"China\",\"code\":\"CN\"}}," + PUBLICATION + ","
                + "\"source\":{\"type\":[\"officialRegister\"],\"description\":\"A register\",\"url\":\"https://example.org/reg\"}}";
    }

    static String company() {
        return "{\"statementId\":\"" + id(2) + "\",\"declarationSubject\":\"acme\",\"statementDate\":\"2020-01-02\","
                + "\"recordId\":\"acme\",\"recordType\":\"entity\",\"recordDetails\":{"
                + "\"isComponent\":false,\"entityType\":{\"type\":\"registeredEntity\"},\"name\":\"Acme Ltd\","
                + "\"alternateNames\":[\"Acme\"],\"foundingDate\":\"2001-02-03\","
                + "\"identifiers\":[{\"scheme\":\"GB-COH\",\"id\":\"01234567\"}],"
                + "\"publicListing\":{\"hasPublicListing\":true,\"securitiesListings\":[{\"marketIdentifierCode\":\"XLON\","
                + "\"stockExchangeName\":\"London\",\"stockExchangeJurisdiction\":\"GB\",\"security\":{\"ticker\":\"ACM\"}}]}," + "\"jurisdiction\":{\"name\":\"United Kingdom\",\"code\":\"GB\"}}," + PUBLICATION + "}";
    }

    static String person() {
        return "{\"statementId\":\"" + id(3) + "\",\"declarationSubject\":\"acme\",\"statementDate\":\"2020-01-02\","
                + "\"recordId\":\"wang\",\"recordType\":\"person\",\"recordDetails\":{"
                + "\"isComponent\":false,\"personType\":\"knownPerson\",\"names\":[{\"type\":\"legal\",\"fullName\":\"Wang Wei\",\"givenName\":\"Wei\","
                + "\"familyName\":\"Wang\"},{\"type\":\"transliteration\",\"fullName\":\"\u738b\u4f1f\"}],\"nationalities\":[{\"name\":\"China\",\"code\":\"CN\"}]}," + PUBLICATION + "}";
    }

    static String relationship(int n, String record, String status, String date, String subject, String party,
            String share) {
        return "{\"statementId\":\"" + id(n) + "\",\"declarationSubject\":\"acme\",\"statementDate\":\"" + date + "\","
                + "\"recordId\":\"" + record + "\",\"recordType\":\"relationship\""
                + (status == null ? "" : ",\"recordStatus\":\"" + status + "\"") + ",\"recordDetails\":{"
                + "\"isComponent\":false,\"subject\":\"" + subject + "\",\"interestedParty\":" + party + ","
                + "\"interests\":[{\"type\":\"shareholding\",\"directOrIndirect\":\"direct\","
                + "\"beneficialOwnershipOrControl\":true,\"startDate\":\"2015-05-01\",\"share\":" + share + "}]},"
                + PUBLICATION + "}";
    }

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void smallFileMapsToTheExpectedObjects() throws IOException {
        Path file = write("small.json", "[" + String.join(",\n", state(), company(), person(),
                relationship(4, "rel-1", "new", "2020-01-02", "acme", "\"wang\"", "{\"minimum\":25,\"exclusiveMaximum\":50}"),
                relationship(5, "rel-2", "closed", "2021-06-30", "acme", "\"prc\"", "{\"exact\":10.5}"),
                relationship(6, "rel-3", null, "2020-01-02", "acme", "{\"reason\":\"interestedPartyHasNotProvidedInformation\"}",
                        "{\"exact\":5}"))
                + "]");
        MemoryTarget target = Fixtures.read(format, file);
        assertEquals("", target.problemText());

        Organisation prc = (Organisation) target.entities.get("prc");
        assertEquals(EntityType.STATE, prc.getEntityType());
        assertEquals("CN", prc.getJurisdiction().getCode());
        assertEquals("China", prc.getJurisdiction().getName());
        Source source = prc.getSources().get(0);
        assertEquals(id(1), source.getId());
        assertEquals("Test publisher", source.getPublisherName());
        assertEquals("https://example.org/pub", source.getPublisherUrl());
        assertEquals("https://example.org/reg", source.getUrl());
        assertEquals("A register", source.getDescription());
        assertEquals(List.of("officialRegister"), source.getSourceTypes());
        assertEquals(LocalDate.of(2020, 1, 2), source.getStatementDate());
        assertNull(source.getFile(), "the file's name is kept once, on its import record");
        assertEquals("import-1", source.getImportId());
        assertTrue(target.sources.containsKey(id(1)), "the Source is added as an object of its own");

        Organisation acme = (Organisation) target.entities.get("acme");
        assertEquals("Acme Ltd", acme.getName());
        assertEquals(List.of("Acme"), acme.getAlternateNames());
        assertEquals("GB-COH", acme.getIdentifiers().get(0).getScheme());
        assertEquals("01234567", acme.getIdentifiers().get(0).getId());
        assertTrue(acme.isPublicListing());
        assertEquals(List.of("XLON:ACM"), acme.getListings());
        assertEquals(LocalDate.of(2001, 2, 3), acme.getFoundingDate());

        Person wang = (Person) target.entities.get("wang");
        assertEquals("Wang Wei", wang.getName());
        assertEquals(List.of("\u738b\u4f1f"), wang.getAlternateNames());
        assertEquals(PersonType.KNOWN_PERSON, wang.getPersonType());
        assertEquals("CN", wang.getNationalities().get(0).getCode());

        Relationship range = target.relationships.get("rel-1");
        assertEquals("acme", range.getSubject().getId());
        assertTrue(range.getInterestedParty() instanceof Person, "a person of this file is referenced as a person");
        assertEquals("wang", range.getInterestedParty().getId());
        Interest ranged = range.getInterests().get(0);
        assertEquals(InterestType.SHAREHOLDING, ranged.getType());
        assertEquals(DirectOrIndirect.DIRECT, ranged.getDirectOrIndirect());
        assertEquals(Boolean.TRUE, ranged.getBeneficialOwnershipOrControl());
        assertNull(ranged.getShareExact());
        assertEquals(25.0, ranged.getShareMinimum());
        assertFalse(ranged.isExclusiveMinimum());
        assertEquals(50.0, ranged.getShareMaximum());
        assertTrue(ranged.isExclusiveMaximum());
        assertEquals(LocalDate.of(2015, 5, 1), ranged.getStartDate());
        assertNull(ranged.getEndDate());

        Relationship closed = target.relationships.get("rel-2");
        assertEquals(10.5, closed.getInterests().get(0).getShareExact());
        assertEquals(LocalDate.of(2021, 6, 30), closed.getInterests().get(0).getEndDate(),
                "a closed relationship ends on its statement date");

        Relationship unspecified = target.relationships.get("rel-3");
        Organisation unknown = (Organisation) unspecified.getInterestedParty();
        assertEquals("rel-3#interestedParty", unknown.getId());
        assertEquals(EntityType.UNKNOWN_ENTITY, unknown.getEntityType());
        assertEquals(unspecified.getSources(), unknown.getSources(), "the relationship's statement carries it");
        assertFalse(target.entities.containsKey("rel-3#interestedParty"),
                "the unknown party is written with its relationship, not added as a record of its own");
    }

    /**
     * A closed relationship statement without interests gets one that only ends, marked so that the import can carry
     * the record's earlier interests over; an interest that a statement gives with an end date alone is not marked.
     */
    @Test
    void aClosingWithoutInterestsIsToldFromAnInterestWithAnEndDateAlone() throws IOException {
        String interests = ",\"interests\":\\[\\{\"type\":\"shareholding\".*?}]}";
        String bare = relationship(4, "rel-bare", "closed", "2021-06-30", "acme", "\"prc\"", "{\"exact\":10}")
                .replaceAll(interests, "}");
        String endOnly = relationship(5, "rel-end", "updated", "2021-06-30", "acme", "\"prc\"", "{\"exact\":10}")
                .replaceAll(interests, ",\"interests\":[{\"endDate\":\"2021-06-30\"}]}");
        MemoryTarget target = Fixtures.read(format, write("closings.json", "[" + String.join(",\n", company(), bare,
                endOnly) + "]"));
        assertEquals("", target.problemText());
        Relationship closing = target.relationships.get("rel-bare");
        assertEquals(1, closing.getInterests().size());
        assertNull(closing.getInterests().get(0).getShareExact());
        assertEquals(LocalDate.of(2021, 6, 30), closing.getInterests().get(0).getEndDate());
        assertTrue(ClosingInterest.closesWithoutInterests(closing));
        Relationship ended = target.relationships.get("rel-end");
        assertEquals(LocalDate.of(2021, 6, 30), ended.getInterests().get(0).getEndDate());
        assertNull(ended.getInterests().get(0).getShareExact());
        assertFalse(ClosingInterest.closesWithoutInterests(ended), "a statement's own interest is not the mark");
    }

    @Test
    void aPrimaryIndirectRelationshipKeepsItsComponents() throws IOException {
        MemoryTarget target = Fixtures.read(format, Fixtures.bods().resolve("examples/indirect-ownership.json"));
        assertEquals("", target.problemText());
        Relationship primary = target.relationships.get("d8d75ccf40e4");
        assertEquals(List.of("d4ab89ea169a", "4cf2837bd01f", "05e81af035e4"), primary.getComponentRecords());
        assertEquals(DirectOrIndirect.INDIRECT, primary.getInterests().get(0).getDirectOrIndirect());
        assertEquals(List.of(), target.relationships.get("4cf2837bd01f").getComponentRecords());

        // a component named with spaces around its record id names it as its record id is read: stripped (kept as
        // given, the primary did not cover its component, and the holding counted twice)
        String spaced = Files.readString(Fixtures.bods().resolve("examples/indirect-ownership.json"))
                .replace("\"d4ab89ea169a\",\n        \"4cf2837bd01f\",",
                        "\"d4ab89ea169a\",\n        \" 4cf2837bd01f\\t\",");
        MemoryTarget stripped = Fixtures.read(format, write("spaced.json", spaced));
        assertEquals("", stripped.problemText());
        assertTrue(spaced.contains("\" 4cf2837bd01f\\t\""), "the fixture's component list is as expected");
        assertEquals(primary.getComponentRecords(), stripped.relationships.get("d8d75ccf40e4").getComponentRecords());
    }

    @Test
    void closedEntityIsDissolvedOnItsStatementDate() throws IOException {
        String closed = company().replace("\"recordType\":\"entity\"", "\"recordType\":\"entity\",\"recordStatus\":\"closed\"")
                .replace("\"statementDate\":\"2020-01-02\"", "\"statementDate\":\"2023-03-04\"");
        MemoryTarget target = Fixtures.read(format, write("closed.json", "[" + closed + "]"));
        assertEquals("", target.problemText());
        assertEquals(LocalDate.of(2023, 3, 4), ((Organisation) target.entities.get("acme")).getDissolutionDate());
    }

    @Test
    void unresolvedReferencesBecomeStubs() throws IOException {
        MemoryTarget target = Fixtures.read(format, write("refs.json", "[" + relationship(7, "rel-9", null,
                "2020-01-02", "nowhere-co", "\"nobody\"", "{\"exact\":1}") + "]"));
        assertEquals("", target.problemText());
        Relationship r = target.relationships.get("rel-9");
        assertEquals("nowhere-co", r.getSubject().getId());
        assertEquals("nobody", r.getInterestedParty().getId());
        assertFalse(target.entities.containsKey("nobody"), "a stub is a reference only, not an added object");
    }

    @Test
    void jsonLinesWork() throws IOException {
        Path file = write("lines.jsonl", state() + "\n" + company() + "\n\n" + person() + "\n");
        MemoryTarget target = Fixtures.read(format, file);
        assertEquals("", target.problemText());
        assertEquals(3, target.entities.size());
    }

    @Test
    void invalidStatementInJsonLinesNamesItsLine() throws IOException {
        Path file = write("lines.jsonl", state() + "\n" + company().replace("\"Acme Ltd\"", "42") + "\n");
        MemoryTarget target = Fixtures.read(format, file);
        assertEquals(1, target.problems.size(), target.problemText());
        InputProblem problem = target.problems.get(0);
        assertEquals(2, problem.line());
        assertEquals(1, problem.column());
        assertEquals(id(2), problem.statement());
        assertEquals("$.recordDetails.name", problem.jsonPath());
        assertEquals(1, target.entities.size(), "the invalid statement is not mapped");
    }

    /** A file of an older BODS (as most registers still publish) gets one problem that says so, not five a statement. */
    @Test
    void anOlderBodsIsNamedOnceAndNotReadFurther() throws IOException {
        String old = "{\"statementID\":\"s-%d\",\"statementType\":\"entityStatement\",\"statementDate\":\"2017-11-18\","
                + "\"entityType\":\"registeredEntity\",\"name\":\"Old %d\",\"publicationDetails\":{\"publicationDate\":"
                + "\"2018-02-01\",\"bodsVersion\":\"0.2\",\"publisher\":{\"name\":\"Test\"}}}";
        Path file = write("old.jsonl", state() + "\n" + old.formatted(1, 1) + "\n" + old.formatted(2, 2) + "\n");
        MemoryTarget target = Fixtures.read(format, file);
        assertEquals(1, target.problems.size(), target.problemText());
        InputProblem problem = target.problems.get(0);
        assertEquals(2, problem.line());
        assertEquals("#1", problem.statement());
        assertEquals("$", problem.jsonPath());
        assertEquals("a statement in the form of BODS 0.2 (statementType entityStatement); Longarm reads BODS 0.4, whose "
                + "statements have recordId, recordType and recordDetails: convert the file to BODS 0.4 first (the rest "
                + "of the file is not read)", problem.message());
    }

    /**
     * Statements are validated on several threads, a window ahead of the one being mapped: problems still come in file
     * order with their own line and statement, far beyond the window, and the valid statements between them are all
     * mapped.
     */
    @Test
    void problemsOfManyStatementsComeInFileOrder() throws IOException {
        int count = 5_000;
        StringBuilder lines = new StringBuilder();
        List<Integer> invalid = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String statement = "{\"statementId\":\"" + id(i) + "\",\"declarationSubject\":\"e" + i
                    + "\",\"statementDate\":\"2020-01-02\",\"recordId\":\"e" + i
                    + "\",\"recordType\":\"entity\",\"recordDetails\":{\"isComponent\":false,"
                    + "\"entityType\":{\"type\":\"registeredEntity\"},\"name\":\"Company " + i + "\"}," + PUBLICATION + "}";
            if (i % 7 == 3 || i == count - 1) {
                invalid.add(i);
                statement = statement.replace("\"2020-01-02\"", "\"2020-13-45\"");
            }
            lines.append(statement).append('\n');
        }
        MemoryTarget target = Fixtures.read(format, write("many.jsonl", lines.toString()));
        assertEquals(invalid.size(), target.problems.size(), target.problemText());
        for (int k = 0; k < invalid.size(); k++) {
            InputProblem problem = target.problems.get(k);
            assertEquals(id(invalid.get(k)), problem.statement());
            assertEquals(invalid.get(k) + 1, problem.line());
            assertEquals("$.statementDate", problem.jsonPath());
        }
        assertEquals("matches none of the allowed forms (anyOf): must be a valid RFC 3339 full-date (format); or must"
                + " be a valid RFC 3339 date-time (format)", target.problems.get(0).message());
        assertEquals(count - invalid.size(), target.entities.size());
    }

    @Test
    void syntaxErrorReportsLineAndColumn() throws IOException {
        Path file = write("broken.json", "[\n" + state() + ",\n  {\"statementId\": oops}\n]");
        MemoryTarget target = Fixtures.read(format, file);
        assertEquals(1, target.problems.size(), target.problemText());
        InputProblem problem = target.problems.get(0);
        assertEquals(3, problem.line());
        assertEquals(19, problem.column(), problem.toString());
        assertTrue(problem.message().startsWith("JSON syntax error"), problem.message());

        Path truncated = write("truncated.json", "[\n" + state() + ",\n");
        MemoryTarget cut = Fixtures.read(format, truncated);
        assertEquals(1, cut.problems.size(), cut.problemText());
        assertTrue(cut.problemText().startsWith("truncated.json:3:1: JSON syntax error: Unexpected end-of-input"),
                cut.problemText());
        assertFalse(cut.problemText().contains("Source:"), "no account of the parser's input: " + cut.problemText());

        String unclosed = state().substring(0, state().length() - 1);
        Path lines = write("unclosed.jsonl", company() + "\n" + unclosed + "\n" + company() + "\n");
        MemoryTarget open = Fixtures.read(format, lines);
        assertEquals(1, open.problems.size(), open.problemText());
        assertTrue(open.problemText().startsWith("unclosed.jsonl:3:1: JSON syntax error: "), open.problemText());
        assertTrue(open.problemText().contains("Object entries (in the statement that begins on line 2)"),
                open.problemText());

        // two files joined with cat: the second one's byte-order mark is in the middle
        Path joined = write("joined.jsonl", "\uFEFF" + state() + "\n\uFEFF" + company() + "\n");
        MemoryTarget bom = Fixtures.read(format, joined);
        assertEquals(1, bom.problems.size(), bom.problemText());
        assertTrue(bom.problemText().startsWith("joined.jsonl:2:"), bom.problemText());
        assertTrue(bom.problemText().endsWith("; a byte-order mark (U+FEFF) is there, as when files are joined: keep "
                + "one at the start of the file at most\n"), bom.problemText());
        assertFalse(problem.message().contains("byte-order mark"), "only where there is one: " + problem.message());
    }

    /**
     * Bytes that are not well-formed UTF-8 (an overlong form, a code point beyond U+10FFFF, a character cut short at the
     * end) are a problem at their line and character column, as in a CSV file: the parser would let them through as
     * other characters than the file shows. Statements before them are read.
     */
    @Test
    void bytesThatAreNotUtf8AreAProblemWhereTheyAre() throws IOException {
        byte[][] notUtf8 = { { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xC1, (byte) 0xBF },
                { (byte) 0xE0, (byte) 0x80, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                { (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
                { (byte) 0xFF } };
        String before = company().substring(0, company().indexOf("Acme Ltd")) + "Acmé ";
        for (byte[] bytes : notUtf8) {
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            content.writeBytes(("\uFEFF" + state() + "\r\n").getBytes(StandardCharsets.UTF_8));
            content.writeBytes(before.getBytes(StandardCharsets.UTF_8));
            content.writeBytes(bytes);
            content.writeBytes(company().substring(company().indexOf("Acme Ltd") + 4).getBytes(StandardCharsets.UTF_8));
            Path file = dir.resolve("bytes.jsonl");
            Files.write(file, content.toByteArray());
            MemoryTarget target = Fixtures.read(format, file);
            assertEquals("bytes.jsonl:2:" + (before.length() + 1) + ": not UTF-8 text (save the file as UTF-8);"
                    + " the rest of the file is not read\n",
                    target.problemText(), java.util.HexFormat.of().formatHex(bytes));
            assertEquals(1, target.entities.size(), "the statement before them is read");
        }
        // where the parser tells the encoding from the first four bytes, also after a byte-order mark
        Path atStart = dir.resolve("start.json");
        Files.write(atStart, new byte[] { (byte) 0xFF, '[', ']' });
        assertEquals("start.json:1:1: not UTF-8 text (save the file as UTF-8); the rest of the file is not read\n",
                Fixtures.read(format, atStart).problemText());
        Files.write(atStart, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC0, (byte) 0x80, '[', ']' });
        assertEquals("start.json:1:1: not UTF-8 text (save the file as UTF-8); the rest of the file is not read\n",
                Fixtures.read(format, atStart).problemText());
        Path cutShort = dir.resolve("cut.json");
        Files.write(cutShort, new byte[] { '[', ']', ' ', (byte) 0xE4, (byte) 0xB8 });
        assertEquals("cut.json:1:4: not UTF-8 text (save the file as UTF-8); the rest of the file is not read\n",
                Fixtures.read(format, cutShort).problemText());
    }

    /**
     * A character cut short by the next byte is the same problem wherever the parser's reads of the file end: also when
     * one ends between its first byte and the next.
     */
    @Test
    void aCharacterCutShortIsAProblemAcrossTheParsersReads() throws IOException {
        String head = company().substring(0, company().indexOf("Acme Ltd"));
        String tail = company().substring(company().indexOf("Acme Ltd") + 4);
        byte[][] cutShort = { { (byte) 0xC3, 'x' }, { (byte) 0xE4, (byte) 0xB8, 'x' },
                { (byte) 0xF0, (byte) 0x9F, (byte) 0x98, 'x' } };
        for (int at : new int[] { 7996, 7997, 7998, 7999, 8000, 8001, 8189, 8190, 8191, 8192, 8193 }) {
            for (byte[] bytes : cutShort) {
                java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
                content.writeBytes((head + "A".repeat(at - head.length())).getBytes(StandardCharsets.UTF_8));
                content.writeBytes(bytes);
                content.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
                Path file = dir.resolve("cut.jsonl");
                Files.write(file, content.toByteArray());
                assertEquals("cut.jsonl:1:" + (at + 1) + ": not UTF-8 text (save the file as UTF-8);"
                        + " the rest of the file is not read\n",
                        Fixtures.read(format, file).problemText(), at + ": " + java.util.HexFormat.of().formatHex(bytes));
            }
        }
    }

    /** The characters at the edges of each length of UTF-8 sequence are read, in UTF-8 and in UTF-16 (with its mark). */
    @Test
    void theFirstAndLastCharactersOfEachLengthOfUtf8AreRead() throws IOException {
        String edges = "\u00A1 \u07FF \u0800 \uD7FF \uE000 \uFFFD \uD800\uDC00 \uDBFF\uDFFF";
        String statement = company().replace("Acme Ltd", "Acme " + edges);
        Path utf8 = write("edges.jsonl", statement + "\n");
        Path utf16 = dir.resolve("edges16.json");
        Files.write(utf16, ("\uFEFF[" + statement + "]").getBytes(StandardCharsets.UTF_16LE));
        for (Path file : List.of(utf8, utf16)) {
            MemoryTarget target = Fixtures.read(format, file);
            assertEquals("", target.problemText(), file.toString());
            assertEquals("Acme " + edges, target.entities.get("acme").getName(), file.toString());
        }
    }

    /**
     * An unspecified party is keyed by its relationship ({@code r1#subject}): an organisation or person given such a
     * record id would be that party's node, so it is a problem; a relationship may still name one.
     */
    @Test
    void aRecordIdOfAnUnspecifiedPartysFormIsAProblem() throws IOException {
        Path file = write("parties.jsonl", String.join("\n",
                person().replace("\"recordId\":\"wang\"", "\"recordId\":\"r1#subject\""),
                company().replace("\"recordId\":\"acme\"", "\"recordId\":\" r2#interestedParty\""),
                company().replace("\"recordId\":\"acme\"", "\"recordId\":\"#subject\"").replace(id(2), id(4)),
                company().replace("\"recordId\":\"acme\"", "\"recordId\":\"r3#subjects\"").replace(id(2), id(5))));
        MemoryTarget target = Fixtures.read(format, file);
        assertEquals("parties.jsonl:1:1: statement " + id(3) + " at $.recordId: record ids that end in #subject or"
                + " #interestedParty are the keys of relationships' unspecified parties: this one is that of"
                + " relationship r1's unspecified subject; give the record another id\n"
                + "parties.jsonl:2:1: statement " + id(2) + " at $.recordId: record ids that end in #subject or"
                + " #interestedParty are the keys of relationships' unspecified parties: this one is that of"
                + " relationship r2's unspecified interested party; give the record another id\n",
                target.problemText());
        assertEquals(java.util.Set.of("#subject", "r3#subjects"), target.entities.keySet());
    }

    /**
     * JSON may escape half of a surrogate pair alone ({@code \\uD800}), which is no Unicode character: the database,
     * as UTF-8, would store a question mark for it, so that two record ids differing only there would name one record.
     * Such text is a problem at its JSON path.
     */
    @Test
    void textWithAnUnpairedSurrogateIsAProblemAtItsPath() throws IOException {
        String loneHigh = "x\\uD800", loneLow = "x\\uDC00 y", pair = "\\uD83D\\uDE00";
        Path file = write("surrogates.jsonl", String.join("\n",
                company().replace("\"acme\"", "\"" + loneHigh + "\""),
                company().replace("Acme Ltd", loneLow).replace(id(2), id(3)).replace("\"acme\"", "\"acme3\""),
                company().replace("\"Acme\"", "\"Acme " + pair + "\"").replace(id(2), id(4))
                        .replace("\"acme\"", "\"acme4\""),
                company().replace("01234567", "0123\\uDFFF4567").replace(id(2), id(5))
                        .replace("\"acme\"", "\"acme5\"")));
        MemoryTarget target = Fixtures.read(format, file);
        String unpaired = ": the text holds an unpaired surrogate (a \\uD800 to \\uDFFF escape without its pair), which "
                + "is no Unicode character and could not be stored as given";
        assertEquals("surrogates.jsonl:1:1: statement " + id(2) + " at $.declarationSubject" + unpaired + "\n"
                + "surrogates.jsonl:2:1: statement " + id(3) + " at $.recordDetails.name" + unpaired + "\n"
                + "surrogates.jsonl:4:1: statement " + id(5) + " at $.recordDetails.identifiers[0].id" + unpaired
                + "\n", target.problemText());
        assertEquals(java.util.Set.of("acme4"), target.entities.keySet(),
                "a pair of surrogates is one character");
    }

    /**
     * JSON leaves a property given twice in one object open; the reader does not guess which value counts. What JSON
     * does not allow is reported without the parser's hints at switches that would accept it.
     */
    @Test
    void aPropertyGivenTwiceAndWhatJsonDoesNotAllowAreSyntaxErrors() throws IOException {
        MemoryTarget twice = Fixtures.read(format, write("twice.json",
                "[\n" + state().replace("\"code\":\"CN\"", "\"code\":\"CN\",\"code\":\"GB\"") + "\n]"));
        assertEquals(1, twice.problems.size(), twice.problemText());
        assertTrue(twice.problemText().startsWith("twice.json:2:"), twice.problemText());
        assertTrue(twice.problemText().endsWith(": JSON syntax error: property \"code\" is given twice in one object"
                + " (which value counts would be a guess)\n"), twice.problemText());
        assertTrue(twice.entities.isEmpty(), "nothing of the statement is read");

        for (String notJson : new String[] {"{\"statementId\": NaN}", "{\"statementId\": +1}",
                "{\"statementId\": 1 /* note */}"}) {
            MemoryTarget target = Fixtures.read(format, write("not.json", "[" + notJson + "]"));
            assertFalse(target.problemText().contains("Feature"), target.problemText());
            assertFalse(target.problemText().contains("enable"), target.problemText());
        }
        assertTrue(Fixtures.read(format, write("comment.json", "[1 /* note */]")).problemText()
                .endsWith("maybe a (non-standard) comment? (JSON has no comments)\n"));
    }

    /** The schema allows an empty record id, but such a record could not be stored or named. */
    @Test
    void anEmptyRecordIdIsAProblem() throws IOException {
        String emptyRecord = company().replace("\"recordId\":\"acme\"", "\"recordId\":\"\"");
        String emptyParty = relationship(4, "rel-1", null, "2020-01-02", " ", "\"\"", "{\"exact\":10}");
        MemoryTarget target = Fixtures.read(format, write("empty.json", "[" + emptyRecord + ",\n" + emptyParty + "]"));
        assertEquals("empty.json:1:2: statement " + id(2) + " at $.recordId: the record id is empty\n"
                + "empty.json:2:1: statement " + id(4) + " at $.recordDetails.subject: the record id of the subject is"
                + " empty\n"
                + "empty.json:2:1: statement " + id(4) + " at $.recordDetails.interestedParty: the record id of the"
                + " interested party is empty\n", target.problemText());
        assertTrue(target.entities.isEmpty() && target.relationships.isEmpty(), "nothing of either is read");
    }

    /**
     * A jurisdiction coded otherwise than ISO 3166's two letters or subdivision code passes the schema (two to six
     * characters) but would match no law's scope: a company coded "CHN" came out CLEAR. It is a problem at its path,
     * and the three-letter code's problem names the two letters; lower case, subdivision codes and a code that shows
     * as ISO's (full-width letters, invisible characters) are taken.
     */
    @Test
    void aJurisdictionCodedOtherwiseThanIsoIsAProblem() throws IOException {
        String threeLetters = company().replace("\"code\":\"GB\"", "\"code\":\"chn\"");
        String abbreviation = person().replace("\"code\":\"CN\"", "\"code\":\"C1\"");
        MemoryTarget target = Fixtures.read(format,
                write("codes.json", "[" + threeLetters + ",\n" + abbreviation + "]"));
        assertEquals("codes.json:1:2: statement " + id(2) + " at $.recordDetails.jurisdiction.code: \"CHN\" is ISO "
                + "3166-1's three-letter code for China; BODS gives the two-letter code, \"CN\" (as written, it would "
                + "match no jurisdiction a law names)\n"
                + "codes.json:2:1: statement " + id(3) + " at $.recordDetails.nationalities[0].code: \"C1\" is not a "
                + "jurisdiction code: BODS gives a country's two-letter ISO 3166-1 code (as \"CN\") or an ISO 3166-2 "
                + "subdivision code (as \"CN-BJ\")\n", target.problemText());
        assertTrue(target.entities.isEmpty(), "nothing of either is read");

        // lower case, a no-break and a zero-width space, full-width letters: each shows as CN, and is CN
        String lowerCase = company().replace("\"code\":\"GB\"", "\"code\":\"c\u200bn\u00a0\"");
        String fullWidth = company().replace("\"code\":\"GB\"", "\"code\":\"\uff23\uff2e\"")
                .replace("\"recordId\":\"acme\"", "\"recordId\":\"acme-fw\"").replace(id(2), id(8));
        target = Fixtures.read(format, write("iso.json", "[" + lowerCase + ",\n" + company().replace("\"code\":\"GB\"",
                "\"code\":\"CN-BJ\"").replace("\"recordId\":\"acme\"", "\"recordId\":\"acme-bj\"")
                .replace(id(2), id(9)) + ",\n" + fullWidth + "]"));
        assertEquals("", target.problemText());
        assertEquals(List.of("CN", "CN-BJ", "CN"), target.entities.values().stream()
                .map(e -> ((org.longarm.model.Organisation) e).getJurisdiction().getCode()).toList());
    }

    /**
     * BODS requires a jurisdiction's name and makes its code optional. A name alone that names a country (in English or
     * Chinese, or as registers write it) is linked to its code: dropped, it left a Chinese company without a
     * jurisdiction, and a Chinese national with a second nationality judged by that one alone (CLEAR). A name that
     * names no known country is left out, unless the person has other nationalities: then it is a problem.
     */
    @Test
    void aJurisdictionGivenByNameIsLinkedToItsCode() throws IOException {
        String nationalities = "\"nationalities\":[{\"name\":\"China\",\"code\":\"CN\"}]";
        String byName = company().replace("\"name\":\"United Kingdom\",\"code\":\"GB\"", "\"name\":\"People's "
                + "Republic of China\"");
        String hongKong = company().replace("\"name\":\"United Kingdom\",\"code\":\"GB\"", "\"name\":\"  hong kong "
                + "\"").replace("\"recordId\":\"acme\"", "\"recordId\":\"acme-hk\"").replace(id(2), id(8));
        String unknown = company().replace("\"name\":\"United Kingdom\",\"code\":\"GB\"", "\"name\":\"Ruritania\"")
                .replace("\"recordId\":\"acme\"", "\"recordId\":\"acme-r\"").replace(id(2), id(9));
        String twoByName = person().replace(nationalities, "\"nationalities\":[{\"name\":\"中国\"},"
                + "{\"name\":\"United Kingdom\",\"code\":\"GB\"}]");
        String iraqi = person().replace(nationalities, "\"nationalities\":[{\"name\":\"Iraq\"}]")
                .replace("\"recordId\":\"wang\"", "\"recordId\":\"iraqi\"").replace(id(3), id(10));
        String alone = person().replace(nationalities, "\"nationalities\":[{\"name\":\"Ruritania\"}]")
                .replace("\"recordId\":\"wang\"", "\"recordId\":\"ruritanian\"").replace(id(3), id(11));
        MemoryTarget target = Fixtures.read(format, write("names.json", "[" + String.join(",\n", byName, hongKong,
                unknown, twoByName, iraqi, alone) + "]"));
        assertEquals("", target.problemText());
        java.util.function.Function<String, Object> jurisdiction = key -> {
            org.longarm.model.Jurisdiction j = ((org.longarm.model.Organisation) target.entities.get(key))
                    .getJurisdiction();
            return j == null ? "none" : j.getCode();
        };
        assertEquals(List.of("CN", "HK", "none"), List.of(jurisdiction.apply("acme"), jurisdiction.apply("acme-hk"),
                jurisdiction.apply("acme-r")));
        java.util.function.Function<String, List<String>> nationalityCodes = key -> ((org.longarm.model.Person) target
                .entities.get(key)).getNationalities().stream().map(org.longarm.model.Jurisdiction::getCode).toList();
        assertEquals(List.of("CN", "GB"), nationalityCodes.apply("wang"));
        assertEquals(List.of("IQ"), nationalityCodes.apply("iraqi"));
        assertEquals(List.of(), nationalityCodes.apply("ruritanian"), "left out: the person's nationality is unknown");

        String beside = person().replace(nationalities, "\"nationalities\":[{\"name\":\"United Kingdom\",\"code\":"
                + "\"GB\"},{\"name\":\"Chine\"}]");
        // the names that registers and the UN write, punctuation and all, and an unknown name beside another one only
        String[][] regions = { { "P.R.C.", "CN" }, { "Peoples Republic of China", "CN" }, { "China (PRC)", "CN" },
                { "China, Hong Kong SAR", "HK" }, { "Hong Kong S.A.R.", "HK" }, { "香港特别行政区", "HK" },
                { "澳門特別行政區", "MO" }, { "Taiwan, Province of China", "TW" }, { "Russian Federation", "RU" } };
        StringBuilder regionStatements = new StringBuilder("[");
        for (int i = 0; i < regions.length; i++) {
            regionStatements.append(i == 0 ? "" : ",\n").append(company().replace("\"name\":\"United Kingdom\","
                    + "\"code\":\"GB\"", "\"name\":\"" + regions[i][0] + "\"").replace("\"recordId\":\"acme\"",
                            "\"recordId\":\"region-" + i + "\"").replace(id(2), id(20 + i)));
        }
        MemoryTarget byRegion = Fixtures.read(format, write("regions.json", regionStatements + "]"));
        assertEquals("", byRegion.problemText());
        for (int i = 0; i < regions.length; i++) {
            assertEquals(regions[i][1], jurisdictionOf(byRegion, "region-" + i), regions[i][0]);
        }
        // a code that shows nothing (the schema wants two characters or more) is no code: the name decides
        String invisibleCode = company().replace("\"code\":\"GB\"", "\"code\":\"\u00a0\u200b\"")
                .replace("United Kingdom", "China");
        MemoryTarget byNameBesideNoCode = Fixtures.read(format, write("invisible.json", "[" + invisibleCode + "]"));
        assertEquals("", byNameBesideNoCode.problemText());
        assertEquals("CN", jurisdictionOf(byNameBesideNoCode, "acme"));
        String invisibleNationality = person().replace(nationalities, "\"nationalities\":[{\"name\":\"China\","
                + "\"code\":\"\u200b\u200b\"}]");
        MemoryTarget nationalByName = Fixtures.read(format, write("invisible-nationality.json", "["
                + invisibleNationality + "]"));
        assertEquals("", nationalByName.problemText());
        assertEquals(List.of("CN"), ((org.longarm.model.Person) nationalByName.entities.get("wang")).getNationalities()
                .stream().map(org.longarm.model.Jurisdiction::getCode).toList());
        String twoUnknown = person().replace(nationalities, "\"nationalities\":[{\"name\":\"Chine\"},"
                + "{\"name\":\"Ruritania\"}]");
        MemoryTarget unknownOnly = Fixtures.read(format, write("unknown.json", "[" + twoUnknown + "]"));
        assertEquals("", unknownOnly.problemText(), "no other nationality is known: both are left out");

        MemoryTarget refused = Fixtures.read(format, write("beside.json", "[" + beside + "]"));
        assertEquals("beside.json:1:2: statement " + id(3) + " at $.recordDetails.nationalities[1]: the nationality "
                + "\"Chine\" has no code, and Longarm knows no country of that name; left out, it would leave the person"
                + " judged by the other nationalities alone: give its two-letter ISO 3166-1 code\n", refused.problemText());
        assertTrue(refused.entities.isEmpty(), "nothing of it is read");
    }

    private static String jurisdictionOf(MemoryTarget target, String key) {
        org.longarm.model.Jurisdiction j = ((org.longarm.model.Organisation) target.entities.get(key)).getJurisdiction();
        return j == null ? "none" : j.getCode();
    }

    /**
     * An interest that contradicts itself where the schema cannot see it (a share range with its minimum above its
     * maximum, an exact share outside its range, an end before the start) is a problem, not a figure the analysis
     * would count by its minimum.
     */
    @Test
    void anInterestThatContradictsItselfIsAProblem() throws IOException {
        String interests = "[" + relationship(4, "rel-1", null, "2020-01-02", "acme", "\"prc\"",
                "{\"minimum\":80,\"maximum\":20}") + ",\n"
                + relationship(5, "rel-2", null, "2020-01-02", "acme", "\"prc\"",
                        "{\"exact\":60,\"minimum\":25,\"exclusiveMaximum\":50}")
                + ",\n"
                + relationship(6, "rel-3", null, "2020-01-02", "acme", "\"prc\"", "{\"exact\":10}")
                        .replace("\"startDate\":\"2015-05-01\"",
                                "\"startDate\":\"2015-05-01\",\"endDate\":\"2014-01-01\"")
                + ",\n"
                + relationship(7, "rel-4", null, "2020-01-02", "acme", "\"prc\"",
                        "{\"minimum\":25,\"exclusiveMaximum\":25}")
                + ",\n"
                + relationship(8, "rel-5", null, "2020-01-02", "acme", "\"prc\"", "{\"minimum\":25,\"maximum\":25}")
                + "]";
        MemoryTarget target = Fixtures.read(format, write("contradictions.json", interests));
        assertEquals("contradictions.json:1:2: statement " + id(4) + " at $.recordDetails.interests[0]: the share's "
                + "range is empty: minimum 80 %, maximum 20 %\n"
                + "contradictions.json:2:1: statement " + id(5) + " at $.recordDetails.interests[0]: the exact share "
                + "60 % lies outside the share's range\n"
                + "contradictions.json:3:1: statement " + id(6) + " at $.recordDetails.interests[0]: the interest ends "
                + "(2014-01-01) before it starts (2015-05-01)\n"
                + "contradictions.json:4:1: statement " + id(7) + " at $.recordDetails.interests[0]: the share's "
                + "range is empty: minimum 25 %, maximum 25 %\n", target.problemText());
        assertEquals(1, target.relationships.size(), "only the exact 25 % is kept");
    }

    /**
     * A share may give both forms of a bound; the tighter one holds, and the exclusive one on a tie: a minimum of 25 %
     * with more than 50 % is more than 50 %, not 25 %.
     */
    @Test
    void theTighterOfTwoFormsOfABoundHolds() throws IOException {
        MemoryTarget target = Fixtures.read(format, write("bounds.json", "[" + relationship(4, "rel-1", null,
                "2020-01-02", "acme", "\"prc\"", "{\"minimum\":25,\"exclusiveMinimum\":50,\"maximum\":80,"
                        + "\"exclusiveMaximum\":90}") + ",\n" + relationship(5, "rel-2", null, "2020-01-02", "acme",
                                "\"prc\"", "{\"minimum\":50,\"exclusiveMinimum\":25,\"maximum\":75,"
                                        + "\"exclusiveMaximum\":75}") + "]"));
        assertEquals("", target.problemText());
        Interest higher = target.relationships.get("rel-1").getInterests().get(0);
        assertEquals(50.0, higher.getShareMinimum());
        assertTrue(higher.isExclusiveMinimum());
        assertEquals(80.0, higher.getShareMaximum());
        assertFalse(higher.isExclusiveMaximum());
        Interest tie = target.relationships.get("rel-2").getInterests().get(0);
        assertEquals(50.0, tie.getShareMinimum());
        assertFalse(tie.isExclusiveMinimum());
        assertEquals(75.0, tie.getShareMaximum());
        assertTrue(tie.isExclusiveMaximum(), "on a tie the exclusive bound holds");
    }

    /** A closed relationship's interest ends on the closing date, so one that starts after it contradicts it. */
    @Test
    void aClosedRelationshipsInterestThatStartsAfterTheClosingIsAProblem() throws IOException {
        MemoryTarget target = Fixtures.read(format, write("closed.json", "[" + relationship(4, "rel-1", "closed",
                "2015-01-31", "acme", "\"prc\"", "{\"exact\":10}") + "]"));
        assertEquals("closed.json:1:2: statement " + id(4) + " at $.recordDetails.interests[0]: the relationship is "
                + "closed on 2015-01-31, before this interest starts (2015-05-01)\n", target.problemText());
        assertTrue(target.relationships.isEmpty());
    }

    /**
     * A closed relationship gives no interest after its closing: an interest that a closing statement gives a later end
     * ends on the closing date, one that ended before keeps its end, and one that starts after the closing contradicts
     * it, whatever end it has. (Until 2026-12-05 an end after the closing was kept, and the closed relationship gave
     * control until then.)
     */
    @Test
    void aClosedRelationshipsInterestEndsOnTheClosingAtTheLatest() throws IOException {
        String endsLater = relationship(4, "rel-1", "closed", "2024-01-01", "acme", "\"prc\"", "{\"exact\":60}")
                .replace("\"startDate\":\"2015-05-01\"", "\"startDate\":\"2015-05-01\",\"endDate\":\"2030-12-31\"");
        String endedBefore = relationship(5, "rel-2", "closed", "2024-01-01", "acme", "\"prc\"", "{\"exact\":60}")
                .replace("\"startDate\":\"2015-05-01\"", "\"startDate\":\"2015-05-01\",\"endDate\":\"2020-12-31\"");
        String startsLater = relationship(6, "rel-3", "closed", "2015-01-31", "acme", "\"prc\"", "{\"exact\":60}")
                .replace("\"startDate\":\"2015-05-01\"", "\"startDate\":\"2015-05-01\",\"endDate\":\"2030-12-31\"");
        MemoryTarget target = Fixtures.read(format, write("closed-ends.json", "[" + endsLater + ",\n" + endedBefore
                + ",\n" + startsLater + "]"));
        assertEquals("closed-ends.json:3:1: statement " + id(6) + " at $.recordDetails.interests[0]: the relationship "
                + "is closed on 2015-01-31, before this interest starts (2015-05-01)\n", target.problemText());
        assertEquals(LocalDate.of(2024, 1, 1), target.relationships.get("rel-1").getInterests().get(0).getEndDate());
        assertEquals(LocalDate.of(2020, 12, 31), target.relationships.get("rel-2").getInterests().get(0).getEndDate());
        assertFalse(target.relationships.containsKey("rel-3"));
    }

    /**
     * Each item of an array that matches none of an {@code anyOf}'s forms is a problem of its own, at the item's path,
     * and a message that several forms give is said once.
     */
    @Test
    void anAnyOfThatFailsInTwoItemsIsTwoProblems() throws IOException {
        String company = company().replace("[{\"scheme\":\"GB-COH\",\"id\":\"01234567\"}]",
                "[{\"id\":\"1\"},{\"scheme\":\"GB-COH\",\"id\":\"01234567\"},{\"id\":\"3\"}]");
        assertTrue(company.contains("{\"id\":\"3\"}"), company);
        MemoryTarget target = Fixtures.read(format, write("identifiers.json", "[" + company + "]"));
        String forms = ": matches none of the allowed forms (anyOf): required property 'scheme' not found (required); "
                + "or required property 'schemeName' not found (required)\n";
        assertEquals("identifiers.json:1:2: statement " + id(2) + " at $.recordDetails.identifiers[0]" + forms
                + "identifiers.json:1:2: statement " + id(2) + " at $.recordDetails.identifiers[2]" + forms,
                target.problemText());
    }

    /** A share beyond what a double holds is still a number, checked against the schema's bounds. */
    @Test
    void aShareBeyondADoublesRangeIsAboveTheMaximum() throws IOException {
        MemoryTarget target = Fixtures.read(format, write("huge.json", "[" + relationship(4, "rel-1", null,
                "2020-01-02", "acme", "\"prc\"", "{\"exact\":1e400}") + "]"));
        assertTrue(target.problemText().contains(
                "statement " + id(4) + " at $.recordDetails.interests[0].share.exact: must have a maximum value of 100"),
                target.problemText());
    }

    /**
     * The parser counts columns in bytes; a problem's column counts characters, as an editor shows them, also on one
     * long line holding several statements, after a byte-order mark, and for the second problem of a line.
     */
    @Test
    void columnsCountCharacters() throws IOException {
        String chinese = company().replace("Acme Ltd", "杭州海康威视数字技术股份有限公司");
        String invalid = company().replace(id(2), id(3)).replace("\"Acme Ltd\"", "42");
        String line = "[" + chinese + ", " + invalid + ", {\"statementId\": oops}]";
        MemoryTarget target = Fixtures.read(format, write("one-line.json", "\uFEFF" + line));
        assertEquals(2, target.problems.size(), target.problemText());
        assertEquals(id(3), target.problems.get(0).statement());
        assertEquals(line.indexOf(invalid) + 1, target.problems.get(0).column(), target.problemText());
        assertEquals(line.indexOf("oops") + 1, target.problems.get(1).column(), target.problemText());

        String lines = state() + "\n" + "{\"name\": \"海康威视\", \"x\": tru}\n";
        MemoryTarget second = Fixtures.read(format, write("lines.jsonl", lines));
        assertEquals(1, second.problems.size(), second.problemText());
        assertEquals(2, second.problems.get(0).line());
        assertEquals("{\"name\": \"海康威视\", \"x\": ".length() + 1, second.problems.get(0).column(),
                second.problemText());
    }

    /** JSON nested beyond the parser's limit is reported where it was found, in words a user can act on. */
    @Test
    void tooDeepJsonIsReportedWithItsLine() throws IOException {
        String deep = "[\n" + state() + ",\n" + "[".repeat(3000) + "]".repeat(3000) + "\n]";
        MemoryTarget target = Fixtures.read(format, write("deep.json", deep));
        InputProblem last = target.problems.get(target.problems.size() - 1);
        assertEquals(3, last.line(), target.problemText());
        assertEquals(501, last.column(), target.problemText()); // just after the 500th [ of the line: level 501
        assertTrue(last.message().contains("nesting depth"), last.message());
        assertFalse(last.message().contains("StreamReadConstraints"), last.message());
        // a number too long in a line of its own is reported in that line, not where the parser's buffer ends
        String longNumber = company().replace("\"2001-02-03\"", "1".repeat(1001));
        MemoryTarget number = Fixtures.read(format, write("long.jsonl", state() + "\n" + longNumber + "\n" + state()
                + "\n" + state() + "\n"));
        InputProblem tooLong = number.problems.get(number.problems.size() - 1);
        assertEquals(2, tooLong.line(), number.problemText());
        assertTrue(tooLong.column() > longNumber.indexOf("1111") && tooLong.column() <= longNumber.length() + 1,
                number.problemText());
    }

    /**
     * An empty .json file is not JSON; a JSON Lines file of no lines holds no statements. A byte-order mark alone is
     * as empty.
     */
    @Test
    void anEmptyJsonFileIsAProblemAndAnEmptyJsonLinesFileIsNot() throws IOException {
        for (String empty : List.of(" \n", "\uFEFF")) {
            MemoryTarget json = Fixtures.read(format, write("empty.json", empty));
            assertEquals(1, json.problems.size(), json.problemText());
            assertTrue(json.problemText().startsWith("empty.json: the file is empty"), json.problemText());
            assertEquals("", Fixtures.read(format, write("empty.jsonl", empty)).problemText());
        }
    }

    @Test
    void recognisesBodsFiles() {
        assertTrue(format.recognises(Path.of("a.json"), ""));
        assertTrue(format.recognises(Path.of("a.jsonl"), ""));
        assertTrue(format.recognises(Path.of("a.txt"), "  [{\"statementId\": \"x\"}]"));
        assertFalse(format.recognises(Path.of("a.csv"), "brand,model"));
        assertFalse(format.recognises(Path.of("a.txt"), "[{\"name\": \"x\"}]"), "JSON, not statements");
        assertFalse(format.recognises(Path.of("a.txt"), "[{\"source\": {\"type\": [\"officialRegister\"]}"),
                "a generic first property");
        // the statement cut after 4096 characters (ASCII here, so 4096 bytes as Importer.formatOf reads them), with
        // statementId beyond them
        String longFirst = "[\n  {\n    \"recordDetails\": {\"name\": \"" + "x".repeat(5000) + "\"},\n    \"statementId\": \"s\"}]";
        assertTrue(format.recognises(Path.of("export"), longFirst.substring(0, 4096)));
        assertTrue(format.recognises(Path.of("export"), "{\"recordId\":\"r\",\"recordDetails\":{\"name\":\"" + "y".repeat(4000)));
        assertTrue(format.recognises(Path.of("old"), "[{\"statementType\": \"entityStatement\", \"name\": \"" + "z".repeat(4000)),
                "BODS 0.2, to be told what it is when read");
        assertEquals("bods", format.id());
        assertEquals(10, format.rank());
    }

    @Test
    void cancellingStopsReading() throws IOException {
        Path file = write("cancel.json", "[" + state() + "]");
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> format.read(file, new MemoryTarget(), monitor));
    }

    /**
     * A large array (200 000 statements, about 100 MB) reads through a target that keeps nothing, and the heap in use
     * stays far below the file's size: the reader holds one statement at a time, never the file.
     */
    @Test
    void largeFileIsStreamed() throws IOException {
        int count = 200_000;
        Path file = dir.resolve("large.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.write(",\n");
                }
                out.write("{\"statementId\":\"" + id(i) + "\",\"declarationSubject\":\"e" + i
                        + "\",\"statementDate\":\"2020-01-02\",\"recordId\":\"e" + i
                        + "\",\"recordType\":\"entity\",\"recordDetails\":{\"isComponent\":false,"
                        + "\"entityType\":{\"type\":\"registeredEntity\"},\"name\":\"Company number " + i
                        + " with a fairly long name to make the file bigger\",\"alternateNames\":[\"Alt " + i
                        + "\"],\"jurisdiction\":{\"name\":\"United Kingdom\",\"code\":\"GB\"},"
                        + "\"identifiers\":[{\"scheme\":\"GB-COH\",\"id\":\"" + i + "\"}]}," + PUBLICATION + "}");
            }
            out.write("\n]\n");
        }
        long size = Files.size(file);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long baseline = runtime.totalMemory() - runtime.freeMemory();
        long[] peak = {0};
        long[] seen = {0};
        MemoryTarget counting = new MemoryTarget() {
            @Override
            public void add(org.eclipse.emf.ecore.EObject object) {
                added++;
                if (object instanceof Organisation && ++seen[0] % 25_000 == 0) {
                    System.gc();
                    peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory() - baseline);
                }
            }
        };
        counting.file("large.json");
        format.read(file, counting, new NullProgressMonitor());
        assertEquals("", counting.problemText());
        assertEquals(count, seen[0]);
        assertTrue(peak[0] < size / 4, "heap grew by " + peak[0] + " bytes while reading a file of " + size + " bytes");
    }
}
