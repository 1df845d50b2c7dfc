package org.longarm.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.core.io.InputProblem;
import org.longarm.io.csv.internal.InventoryCsvFormat;
import org.longarm.io.csv.internal.ProductCsvFormat;
import org.longarm.model.Device;
import org.longarm.model.LongarmFactory;
import org.longarm.model.Organisation;
import org.longarm.model.ProductLine;
import org.longarm.model.SiteSensitivity;
import org.longarm.model.SupplyRelation;

/** Product and inventory CSV. */
class CsvFormatsTest {

    static final String INVENTORY_HEADER =
            "asset_id,site_id,site_name,site_sensitivity,connected_to_core_network,brand,model,installed\n";

    private final ProductCsvFormat products = new ProductCsvFormat();
    private final InventoryCsvFormat inventory = new InventoryCsvFormat();

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** A target that knows two entities, as if a BODS file had been read before. */
    static MemoryTarget withEntities() {
        MemoryTarget target = new MemoryTarget();
        for (String id : new String[] {"hik", "lorex-co"}) {
            Organisation o = LongarmFactory.eINSTANCE.createOrganisation();
            o.setId(id);
            if (id.equals("hik")) {
                var identifier = LongarmFactory.eINSTANCE.createIdentifier();
                identifier.setScheme("CN-SAMR");
                identifier.setId("913300007");
                o.getIdentifiers().add(identifier);
            }
            target.add(o);
        }
        return target;
    }

    @Test
    void productColumnsMayComeInAnyOrderAndAnyCase() throws IOException {
        Path file = write("products.csv", " Relation ,SOURCE,model,Brand,manufacturer,valid_to,brand_owner,valid_from\n"
                + "oem,https://example.org/a,DS-1,Hikvision ,CN-SAMR:913300007,,lorex-co,2020-01-01\n"
                + "own,,*,Lorex,lorex-co,2022-12-31,lorex-co,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals("", target.problemText());
        ProductLine line = target.productLines.get("hikvision|ds-1|2020-01-01");
        assertEquals("hikvision", line.getBrand().getId());
        assertEquals("Hikvision", target.brands.get("hikvision").getName());
        assertEquals("DS-1", line.getModel());
        assertEquals("hik", line.getManufacturer().getId());
        assertEquals("lorex-co", line.getBrandOwner().getId());
        assertEquals(SupplyRelation.OEM, line.getRelation());
        assertEquals(LocalDate.of(2020, 1, 1), line.getValidFrom());
        assertNull(line.getValidTo());
        assertEquals("https://example.org/a", line.getSources().get(0).getUrl());
        assertEquals("products.csv#2@import-1", line.getSources().get(0).getId());
        assertEquals(LocalDate.of(2022, 12, 31), target.productLines.get("lorex|*|").getValidTo());

        MemoryTarget pipes = Fixtures.read(products, write("pipes.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "X|A,B,hik,hik,own\nX,A|B,lorex-co,lorex-co,own\n"), withEntities());
        assertEquals("", pipes.problemText());
        assertEquals(java.util.List.of("x\\|a|b|", "x|a\\|b|"), java.util.List.copyOf(pipes.productLines.keySet()),
                "a | within a brand or model does not make two lines one");
    }

    @Test
    void badDateIsReportedAtFileLineAndColumn() throws IOException {
        Path file = write("products.csv", "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n"
                + "\n" + "Lorex,*,lorex-co,lorex-co,own,2020-13-01,,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals(1, target.problems.size(), target.problemText());
        InputProblem problem = target.problems.get(0);
        assertEquals("products.csv", problem.file());
        assertEquals(3, problem.line());
        assertEquals(6, problem.column());
        assertTrue(problem.toString().startsWith("products.csv:3:6: valid_from '2020-13-01'"), problem.toString());
        assertTrue(target.productLines.isEmpty());
    }

    /** ISO 8601 years with a sign or five digits parse as dates, but are no date of a register or an estate. */
    @Test
    void aDateHasAYearOfFourDigits() throws IOException {
        Path file = write("products.csv", "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n"
                + "Lorex,*,lorex-co,lorex-co,own,-2020-01-01,+10000-01-01,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals("products.csv:2:6: valid_from '-2020-01-01' is not a date (YYYY-MM-DD)\n"
                + "products.csv:2:7: valid_to '+10000-01-01' is not a date (YYYY-MM-DD)\n", target.problemText());
    }

    /**
     * Two rows for one product line (brand and model as matched, same first day) with other facts: the last one would
     * replace the first unseen, so a verdict would rest on the order of the rows. A row repeated as it is, is taken.
     */
    @Test
    void aProductLineGivenTwiceWithOtherFactsIsAProblem() throws IOException {
        Path file = write("products.csv", "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n"
                + "Lorex,*,lorex-co,hik,OEM,,,\n" + "Lorex,*,lorex-co,hik,OEM,,,\n"
                + "lorex ,*,lorex-co,lorex-co,own,,,\n"
                + "Lorex,L1,lorex-co,hik,OEM,2020-01-01,,\n" + "Lorex,l1,lorex-co,hik,OEM,2020-01-01,2021-01-01,\n"
                + "Lorex,L1,lorex-co,lorex-co,own,2021-01-02,,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals("products.csv:4:2: line 2 gives this brand and model another brand owner, manufacturer, "
                + "relation or valid_to (which row counts would be a guess)\n"
                + "products.csv:6:2: line 5 gives this brand and model, valid from 2020-01-01, another brand owner, "
                + "manufacturer, relation or valid_to (which row counts would be a guess)\n", target.problemText());
    }

    @Test
    void aRowWithMoreOrFewerValuesThanTheHeaderHasColumnsIsAProblem() throws IOException {
        Path file = write("products.csv", "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n"
                + "Lorex,*,lorex-co,lorex-co,own,,,,2019-01-01\n" + "Lorex,*,lorex-co\n"
                + "Lorex,*,lorex-co,lorex-co,own,,,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals("products.csv:2: this row has 9 values where the header has 8 columns\n"
                + "products.csv:3: this row has 3 values where the header has 8 columns\n", target.problemText());
    }

    /**
     * A spreadsheet's export keeps columns without a name and rows without values; they hold nothing, so they are no
     * problem, but a value under a column without a name is one: it would be lost.
     */
    @Test
    void aSpreadsheetsEmptyColumnsAndRowsAreNotProblems() throws IOException {
        Path file = write("products.csv", "brand,model,brand_owner,manufacturer,relation,,\n"
                + "Lorex,*,lorex-co,lorex-co,own,,\n" + ",,,,,,\n" + " ,\t,,,,,\n" + "Hikvision,*,hik,hik,own,,note\n"
                + ",,,,,,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals("products.csv:5:7: a value in column 7, which has no name in the header: name the column or "
                + "remove the value\n", target.problemText());
        assertEquals(java.util.List.of("lorex|*|"), java.util.List.copyOf(target.productLines.keySet()));
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemAtItsFirstBadByte() throws IOException {
        Path file = dir.resolve("inventory.csv");
        byte[] head = (INVENTORY_HEADER + "A-1,S1,Annex,sensitive,no,Hikvision,X,\n").getBytes();
        byte[] bad = "A-2,S1,Caf\u00e9 Site,sensitive,no,Hikvision,X,\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, java.nio.ByteBuffer.allocate(head.length + bad.length).put(head).put(bad).array());
        MemoryTarget target = Fixtures.read(inventory, file, withEntities());
        assertEquals("inventory.csv:3:11: not UTF-8 text (save the file as UTF-8); the rest of the file is not read",
                target.problems.get(target.problems.size() - 1).toString(), target.problemText());

        // Excel for Mac's "CSV (Macintosh)": lines ended by a carriage return alone, after a byte-order mark; a
        // character beyond U+FFFF before the bad byte is one column
        byte[] mac = ("\uFEFF" + INVENTORY_HEADER.replace("\n", "\r") + "A-1,S1,Annex,sensitive,no,Hikvision,X,\r"
                + "A-2,S1,\uD83D\uDCF7").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] macBad = "Caf\u00e9,sensitive,no,Hikvision,X,\r".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path macFile = dir.resolve("mac.csv");
        Files.write(macFile, java.nio.ByteBuffer.allocate(mac.length + macBad.length).put(mac).put(macBad).array());
        MemoryTarget macTarget = Fixtures.read(inventory, macFile, withEntities());
        assertEquals("mac.csv:3:12: not UTF-8 text (save the file as UTF-8); the rest of the file is not read",
                macTarget.problems.get(macTarget.problems.size() - 1).toString(), macTarget.problemText());
    }

    /**
     * The rows before the first bad byte are read, and their problems listed, also those that share the bad byte's
     * buffer of a few thousand bytes: the JDK's reader refused that buffer whole.
     */
    @Test
    void theRowsBeforeABadByteAreRead() throws IOException {
        StringBuilder rows = new StringBuilder("brand,model,brand_owner,manufacturer,relation,valid_from\n")
                .append("Lorex,M1,lorex-co,lorex-co,own,1.1.2020\n");
        for (int i = 2; i < 100; i++) {
            rows.append("Lorex,M").append(i).append(",lorex-co,lorex-co,own,\n");
        }
        byte[] head = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = "Caf\u00e9,M100,lorex-co,lorex-co,own,\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("products.csv");
        Files.write(file, java.nio.ByteBuffer.allocate(head.length + bad.length).put(head).put(bad).array());
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals("products.csv:2:6: valid_from '1.1.2020' is not a date (YYYY-MM-DD)\n"
                + "products.csv:101:4: not UTF-8 text (save the file as UTF-8);"
                        + " the rest of the file is not read\n", target.problemText());
        assertEquals(98, target.productLines.size(), "the rows between the two are read");

        // lines ended by a carriage return alone: the parser looks past it for a line feed, and meets the bad byte
        byte[] mac = "brand,model,brand_owner,manufacturer,relation,valid_from\rLorex,M1,lorex-co,lorex-co,own,1.1.2020\r"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] macBad = "Caf\u00e9,M2,lorex-co,lorex-co,own,\r".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path macFile = dir.resolve("mac.csv");
        Files.write(macFile, java.nio.ByteBuffer.allocate(mac.length + macBad.length).put(mac).put(macBad).array());
        assertEquals("mac.csv:2:6: valid_from '1.1.2020' is not a date (YYYY-MM-DD)\n"
                + "mac.csv:3:4: not UTF-8 text (save the file as UTF-8); the rest of the file is not read\n",
                Fixtures.read(products, macFile, withEntities()).problemText());
        // ... also within a quoted value, where the end of the text would be a quote never closed
        byte[] quoted = "brand,model,brand_owner,manufacturer,relation,source\rLorex,M1,lorex-co,lorex-co,own,\"a\r"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path quotedFile = dir.resolve("quoted.csv");
        Files.write(quotedFile, java.nio.ByteBuffer.allocate(quoted.length + macBad.length).put(quoted).put(macBad)
                .array());
        assertEquals("quoted.csv:3:4: not UTF-8 text (save the file as UTF-8); the rest of the file is not read\n",
                Fixtures.read(products, quotedFile, withEntities()).problemText());
    }

    @Test
    void anUnterminatedQuoteIsAProblemAtItsRow() throws IOException {
        Path file = write("products.csv", "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n"
                + "\"Lorex,*,lorex-co,lorex-co,own,,,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals("products.csv:2: unreadable CSV: a quote that opens a value here is never closed; the rest of the"
                + " file is not read\n", target.problemText());
    }

    /**
     * The brand owners and manufacturers of the rows read ahead are announced together (a graph of millions of
     * entities answered a round trip per reference: 30,000 rows took a minute), and the rows read ahead of a place
     * where the file cannot be read are still read, in order, before that problem.
     */
    @Test
    void referencesAreAnnouncedForTheRowsReadAhead() throws IOException {
        StringBuilder rows = new StringBuilder("manufacturer,brand,model,brand_owner,relation\n");
        for (int i = 0; i < 2_500; i++) {
            rows.append(i == 1_200 ? "hik,Bad,*,hik,made\n" : "lorex-co,B" + i + ",*,hik,own\n");
        }
        rows.append("hik,\"Open,*,hik,own\n");
        MemoryTarget target = withEntities();
        Fixtures.read(products, write("products.csv", rows.toString()), target);
        assertEquals(List.of(List.of("hik", "lorex-co"), List.of("hik", "lorex-co"), List.of("hik", "lorex-co")),
                target.announced, "the owners, then the manufacturers, of each thousand rows");
        assertEquals(2, target.problems.size(), target.problemText());
        assertTrue(target.problems.get(0).toString().startsWith("products.csv:1202:5: relation 'made'"),
                target.problemText());
        assertTrue(target.problems.get(1).toString().startsWith("products.csv:2502: unreadable CSV"),
                target.problemText());
        assertEquals(2_499, target.productLines.size());
    }

    @Test
    void aQuoteWithinAnUnquotedValueSaysHowToWriteIt() throws IOException {
        Path file = write("inventory.csv", INVENTORY_HEADER
                + "A-1,S1,\"Annex\" old,sensitive,no,Hikvision,X,\n");
        MemoryTarget target = Fixtures.read(inventory, file, withEntities());
        assertEquals("inventory.csv:2: unreadable CSV: a quoted value is followed by more text before the next comma"
                + " (to keep a quote inside a value, quote the whole value and double the quote: \"\"\"Annex\"\" old\");"
                + " the rest of the file is not read\n", target.problemText());
    }

    @Test
    void theExactModelMatchesAsWrittenByAnotherSystem() throws IOException {
        MemoryTarget target = withEntities();
        Fixtures.read(products, write("products.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Société Optique,Caméra-1,hik,hik,ODM\n"), target);
        // a no-break space, a zero-width space, a byte order mark, a decomposed letter, full-width letters
        Path file = write("inventory.csv", INVENTORY_HEADER
                + "A-1,S1,Annex,sensitive,no,Société Optique,Caméra-1\u00a0,\n"
                + "A-2,S1,Annex,sensitive,no,\u200bSociété Optique,Caméra-1,\n"
                + "A-3,S1,Annex,sensitive,no,Société Optique\ufeff,Came\u0301ra-1,\n"
                + "A-4,S1,Annex,sensitive,no,Société Optique,\uff23\uff41\uff4d\u00e9\uff52\uff41\uff0d\uff11,\n"
                + "A-5,S1,Annex,sensitive,no,Société Optique,Caméra\u200b-2,\n"
                + "A-6,S1,Annex,sensitive,no,Société Optique,\u00a0\u200b,\n");
        Fixtures.read(inventory, file, target);
        assertEquals(java.util.List.of("inventory.csv:6:7: model 'Caméra\u200b-2' of brand 'Société Optique' matches"
                + " no product line; the brand's known models: Caméra-1",
                "inventory.csv:7:7: model is empty"),
                target.problems.stream().map(InputProblem::toString).toList());
        assertEquals(java.util.List.of("A-1", "A-2", "A-3", "A-4"), java.util.List.copyOf(target.devices.keySet()));
        assertEquals("société optique", target.devices.get("A-2").getBrand().getId(), "one brand, however written");
    }

    @Test
    void aBrandsManyModelsAreNamedByTheNearest() throws IOException {
        MemoryTarget target = withEntities();
        StringBuilder rows = new StringBuilder("brand,model,brand_owner,manufacturer,relation\n");
        for (int i = 100; i < 400; i++) {
            rows.append("Zeta,Z-").append(i).append(",hik,hik,own\n");
        }
        Fixtures.read(products, write("products.csv", rows.toString()), target);
        Fixtures.read(inventory, write("inventory.csv", INVENTORY_HEADER + "A-1,S1,Annex,sensitive,no,Zeta,Z-1234,\n"),
                target);
        assertEquals("inventory.csv:2:7: model 'Z-1234' of brand 'Zeta' matches no product line; the brand's nearest"
                + " of its 300 known models: Z-123, Z-124, Z-134, Z-234, Z-103\n", target.problemText());
    }

    @Test
    void emptyLinesBeforeTheHeaderDoNotHideTheFormat() {
        assertTrue(products.recognises(Path.of("p.csv"),
                "\n\r\nbrand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n"));
        // lines that end in CR alone (Excel for Mac's "CSV (Macintosh)"), the header ending in a column of the
        // signature: it ran into the first row ("relation\rHikvision") and the file was not recognised
        assertTrue(products.recognises(Path.of("p.csv"), "brand,model,brand_owner,manufacturer,relation\r"
                + "Hikvision,*,hikvision,hikvision,own\r"));
        assertTrue(inventory.recognises(Path.of("i.csv"), ",,\rasset_id,brand,model,site_id\rA1,Hik,X,S1\r"));
        assertTrue(products.recognises(Path.of("p.csv"), "brand,model,brand_owner,manufacturer,relation\r\n"
                + "Hikvision,*,hikvision,hikvision,own\r\n"));
    }

    @Test
    void badRelationAndUnresolvedBrandOwnerAreReported() throws IOException {
        Path file = write("products.csv", "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n"
                + "Lorex,*,no-such-owner,lorex-co,made,,,\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        assertEquals(2, target.problems.size(), target.problemText());
        assertEquals(3, target.problems.get(0).column());
        assertTrue(target.problems.get(0).message().contains("'no-such-owner' names no known entity"));
        assertEquals(5, target.problems.get(1).column());
        assertTrue(target.problems.get(1).message().contains("own, OEM, ODM"));

        // the key of a relationship's unspecified party, stored or not: a gap in the data, not a maker
        MemoryTarget gap = withEntities();
        Organisation party = LongarmFactory.eINSTANCE.createOrganisation();
        party.setId("rel-1#interestedParty");
        gap.add(party);
        Path unspecified = write("unspecified.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Lorex,*,rel-1#interestedParty,lorex-co,own\n");
        assertEquals("unspecified.csv:2:3: brand_owner 'rel-1#interestedParty' names the unspecified party of a "
                + "relationship, not an entity: name the brand owner or manufacturer by its record id or SCHEME:ID "
                + "identifier\n", Fixtures.read(products, unspecified, gap).problemText());
        // an identifier that happens to end so names its entity
        Organisation department = LongarmFactory.eINSTANCE.createOrganisation();
        department.setId("hq");
        var identifier = LongarmFactory.eINSTANCE.createIdentifier();
        identifier.setScheme("XX-DEPT");
        identifier.setId("HQ#subject");
        department.getIdentifiers().add(identifier);
        MemoryTarget withDepartment = withEntities();
        withDepartment.add(department);
        Path byIdentifier = write("by-identifier.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Lorex,*,XX-DEPT:HQ#subject,lorex-co,own\n");
        MemoryTarget taken = Fixtures.read(products, byIdentifier, withDepartment);
        assertEquals("", taken.problemText());
    }

    @Test
    void unknownAndMissingColumnsAreNamed() throws IOException {
        Path file = write("products.csv", "brand,model,owner,manufacturer\nLorex,*,x,y\n");
        MemoryTarget target = Fixtures.read(products, file, withEntities());
        String text = target.problemText();
        assertTrue(text.contains("products.csv:1:3: unknown column 'owner'"), text);
        assertTrue(text.contains("missing required columns brand_owner, relation"), text);
        assertTrue(target.productLines.isEmpty());
    }

    @Test
    void inventoryReadsDevicesAndSites() throws IOException {
        MemoryTarget target = withEntities();
        Fixtures.read(products, write("products.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Hikvision,*,hik,hik,own\nAxis,P3265,lorex-co,lorex-co,own\n"), target);
        Path file = write("inventory.csv", "site_id,asset_id,brand,model,installed,connected_to_core_network,"
                + "site_sensitivity,site_name\n"
                + "S1,A-1,hikvision,DS-9,2019-03-14,YES,sensitive,Annex\n"
                + "S1,A-2,AXIS,p3265 ,,no,sensitive,Annex\n");
        Fixtures.read(inventory, file, target);
        assertEquals("", target.problemText());
        Device a1 = target.devices.get("A-1");
        assertEquals("S1", a1.getSite().getId());
        assertEquals("hikvision", a1.getBrand().getId());
        assertEquals(LocalDate.of(2019, 3, 14), a1.getInstalled());
        assertTrue(a1.isConnectedToCoreNetwork());
        Device a2 = target.devices.get("A-2");
        assertNull(a2.getInstalled(), "empty installed = planned");
        assertFalse(a2.isConnectedToCoreNetwork());
        assertEquals("Annex", target.sites.get("S1").getName());
        assertEquals(SiteSensitivity.SENSITIVE, target.sites.get("S1").getSensitivity());
    }

    /**
     * The policy reads a site's sensitivity and whether a device is installed and connected: an inventory must say
     * them. Without the columns, or with empty values where the format gives no meaning to empty, every device would
     * silently get the milder actions of a standard, planned, unconnected device.
     */
    @Test
    void theColumnsThePolicyReadsMustBeGiven() throws IOException {
        MemoryTarget target = withEntities();
        Fixtures.read(products, write("products.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Hikvision,*,hik,hik,own\n"), target);
        Fixtures.read(inventory, write("inventory.csv", "asset_id,site_id,site_name,brand,model\n"
                + "A-1,S1,Annex,Hikvision,DS-1\n"), target);
        assertEquals("inventory.csv:1: missing required columns site_sensitivity, connected_to_core_network, "
                + "installed\n", target.problemText());
        assertTrue(target.devices.isEmpty());

        MemoryTarget empty = withEntities();
        Fixtures.read(products, write("products.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Hikvision,*,hik,hik,own\n"), empty);
        Fixtures.read(inventory, write("inventory.csv", INVENTORY_HEADER
                + "A-1,S1,Annex,,,Hikvision,DS-1,\n" + "A-2,S1,Annex,sensitive,no,Hikvision,DS-1,\n"), empty);
        assertEquals("inventory.csv:2:4: site_sensitivity is empty: give sensitive or standard\n"
                + "inventory.csv:2:5: connected_to_core_network is empty: give yes or no\n", empty.problemText(),
                "the site is defined by its first row without a problem");
        assertEquals(java.util.List.of("A-2"), java.util.List.copyOf(empty.devices.keySet()));
    }

    @Test
    void unmatchedInventoryBrandListsTheNearestBrands() throws IOException {
        MemoryTarget target = withEntities();
        Fixtures.read(products, write("products.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Hikvision,*,hik,hik,own\nHiLook,*,hik,hik,own\nLorex,*,lorex-co,lorex-co,own\n"

                + "Axis,P1,lorex-co,lorex-co,own\nZeta,*,hik,hik,own\n"), target);
        Path file = write("inventory.csv", INVENTORY_HEADER
                + "A-1,S1,Annex,sensitive,no,Hikvsion,DS-1,2020-01-01\n"
                + "A-2,S1,Annex,sensitive,maybe,Axis,P2,2020-01-01\n"
                + ",S1,Annex,sensitive,no,Axis,P1,2020-01-01\n"
                + "A-2,S1,Annex,sensitive,no,Axis,P1,2020-01-01\n"
                + "A-3,S1,Annex,sensitive,no,Hik,DS-1,2020-01-01\n"
                + "A-4,S1,Annex,sensitive,no,HIKVSION ,DS-1,2020-01-01\n"
                + "A-5,S1,Annex,sensitive,no,Axis,p2,2020-01-01\n"
                + "A-6,S1,Annex,sensitive,no,Axis|P9,X,2020-01-01\n"
                + "A-7,S1,Annex,sensitive,no,Axis,P9,2020-01-01\n"
                + "A-8,S1,Annex,sensitive,no,Axis Communications,P1,2020-01-01\n"
                + "A-9,S1,Annex,sensitive,no,Vision,DS-1,2020-01-01\n");
        Fixtures.read(inventory, file, target);
        String text = target.problemText();
        // a brand written with more than its name, and part of a brand's name
        assertTrue(text.contains("inventory.csv:11:6: brand 'Axis Communications' matches no product line; nearest "
                + "known brands: Axis, "), text);
        assertTrue(text.contains("inventory.csv:12:6: brand 'Vision' matches no product line; nearest known brands: "
                + "Hikvision, "), text);
        assertTrue(text.contains("inventory.csv:7:6: brand 'HIKVSION' matches no product line; nearest known brands: "
                + "Hikvision, HiLook, "), "a brand misspelt again is told the same, as written: " + text);
        assertTrue(text.contains("inventory.csv:8:7: model 'p2' of brand 'Axis' matches no product line; the brand's "
                + "known models: P1"), text);
        assertTrue(text.contains("inventory.csv:10:7: model 'P9' of brand 'Axis' matches no product line; the brand's "
                + "known models: P1"), "not what was said of brand 'Axis|P9': " + text);
        assertTrue(text.contains("inventory.csv:2:6: brand 'Hikvsion' matches no product line; nearest known brands: "
                + "Hikvision, HiLook, "), text);
        assertTrue(text.contains("inventory.csv:6:6: brand 'Hik' matches no product line; nearest known brands: "
                + "Hikvision, "), text);
        assertTrue(text.contains("inventory.csv:3:5: connected_to_core_network 'maybe'"), text);
        assertTrue(text.contains("inventory.csv:3:7: model 'P2' of brand 'Axis' matches no product line"), text);
        assertTrue(text.contains("inventory.csv:4:1: asset_id is empty"), text);
        assertTrue(text.contains("inventory.csv:5:1: asset_id 'A-2' appears on an earlier row"), text);
        assertTrue(target.devices.isEmpty(), target.devices.toString());
    }

    /** Reads {@code inventoryCsv} as inventory.csv after a product CSV whose brand Axis has one line, of every model. */
    private MemoryTarget axisInventory(String inventoryCsv) throws IOException {
        MemoryTarget target = withEntities();
        Fixtures.read(products, write("products.csv", "brand,model,brand_owner,manufacturer,relation\n"
                + "Axis,*,lorex-co,lorex-co,own\n"), target);
        Fixtures.read(inventory, write("inventory.csv", inventoryCsv), target);
        return target;
    }

    /** Two rows that define one site otherwise: the problem is at the column that differs and says the first. */
    @Test
    void aSiteDefinedOtherwiseOnALaterRowIsAProblemAtWhatDiffers() throws IOException {
        MemoryTarget target = axisInventory(INVENTORY_HEADER
                + "A-1,S1,Annex,sensitive,no,Axis,P1,2020-01-01\n"
                + "A-2,S1,Annex,standard,no,Axis,P1,2020-01-01\n"
                + "A-3,S1,Annex B,sensitive,no,Axis,P1,2020-01-01\n"
                + "A-4,S1,Annex,sensitive,no,Axis,P1,2020-01-01\n");
        assertEquals("inventory.csv:3:4: site 'S1' has another name or sensitivity on line 2 ('Annex', sensitive)\n"
                + "inventory.csv:4:3: site 'S1' has another name or sensitivity on line 2 ('Annex', sensitive)\n",
                target.problemText());
    }

    /** A no-break space or a zero-width space at a value's end is trimmed like a space: "HQ" is one site. */
    @Test
    void invisibleCharactersAtAValuesEndsAreTrimmed() throws IOException {
        MemoryTarget target = axisInventory(INVENTORY_HEADER
                + "A-1\u00A0,HQ,Annex,sensitive,yes\u202F,Axis,P1,2020-01-01\u200B\n"
                + "A-2,HQ\u00A0,Annex,sensitive\u2007,no,Axis,P1,2020-01-01\n");
        assertEquals("", target.problemText());
        assertEquals(java.util.List.of("A-1", "A-2"), java.util.List.copyOf(target.devices.keySet()));
        assertEquals(java.util.List.of("HQ"), java.util.List.copyOf(target.sites.keySet()));
        assertTrue(target.devices.get("A-1").isConnectedToCoreNetwork());
    }

    /** A spreadsheet's cleared title row (",,,,") before the header is skipped when recognising, as when reading. */
    @Test
    void rowsOfEmptyValuesBeforeTheHeaderDoNotHideIt() throws IOException {
        String head = ",,,,,,,\r\n\" \", ,\r\n\u00A0,\u200B,\n" + INVENTORY_HEADER;
        assertTrue(inventory.recognises(Path.of("i.csv"), head));
        assertFalse(products.recognises(Path.of("i.csv"), head));
        assertFalse(inventory.recognises(Path.of("i.csv"), ",,,,\n"));
    }

    @Test
    void recognisesByHeader() {
        assertTrue(products.recognises(Path.of("p.csv"), "Brand,model,brand_owner,Manufacturer,relation\nx"));
        assertFalse(products.recognises(Path.of("i.csv"), "asset_id,site_id,brand,model\n"));
        assertTrue(inventory.recognises(Path.of("i.csv"), "asset_id,site_id,brand,model\n"));
        // a header that the reading takes (a byte order mark, a no-break space, full-width letters) is recognised
        assertTrue(inventory.recognises(Path.of("i.csv"), "\uFEFFasset_id,site_id\u00A0,\"ＢＲＡＮＤ\",model\r\n"));
        assertFalse(inventory.recognises(Path.of("i.json"), "asset_id,site_id,brand,model\n"));
        assertEquals(20, products.rank());
        assertEquals(30, inventory.rank());
    }
}
