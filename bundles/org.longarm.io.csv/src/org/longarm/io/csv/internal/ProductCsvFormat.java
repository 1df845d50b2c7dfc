package org.longarm.io.csv.internal;

import static org.longarm.core.graph.EntityRecord.isUnspecifiedPartyKey;
import static org.longarm.core.graph.ProductLineRecord.matchKey;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.longarm.model.Brand;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Organisation;
import org.longarm.model.ProductLine;
import org.longarm.model.Source;
import org.longarm.model.SupplyRelation;

/**
 * Product / supply CSV: {@code brand, model, brand_owner, manufacturer, relation, valid_from, valid_to, source}.
 * {@code brand_owner} and {@code manufacturer} name entities by record id or {@code SCHEME:ID} and must resolve to
 * an entity of this import or of the store. Registered as an OSGi service
 * (OSGI-INF/org.longarm.io.csv.products.xml).
 */
public final class ProductCsvFormat extends CsvFormat {

    static final String BRAND = "brand";
    static final String MODEL = "model";
    static final String BRAND_OWNER = "brand_owner";
    static final String MANUFACTURER = "manufacturer";
    static final String RELATION = "relation";
    static final String VALID_FROM = "valid_from";
    static final String VALID_TO = "valid_to";
    static final String SOURCE = "source";

    private static final List<String> COLUMNS = List.of(BRAND, MODEL, BRAND_OWNER, MANUFACTURER, RELATION,
            VALID_FROM, VALID_TO, SOURCE);
    private static final Set<String> REQUIRED = Set.of(BRAND, MODEL, BRAND_OWNER, MANUFACTURER, RELATION);

    @Override
    public String id() {
        return "products";
    }

    @Override
    public String label() {
        return "Product / supply CSV";
    }

    @Override
    public int rank() {
        return 20;
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    Set<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    List<String> referenceColumns() {
        return List.of(BRAND_OWNER, MANUFACTURER);
    }

    @Override
    List<String> signature() {
        return List.of(BRAND, MANUFACTURER, RELATION);
    }

    /**
     * The key of a product line: brand key, model's match key
     * ({@link org.longarm.core.graph.ProductLineRecord#matchKey}), first valid day (empty if open), joined by {@code |}.
     * A {@code |} (or {@code \}) within the brand or model is escaped with {@code \}, so that brand {@code X|A} with
     * model {@code B} and brand {@code X} with model {@code A|B} are two lines.
     */
    static String productLineKey(String brandKey, String model, LocalDate validFrom) {
        return escaped(brandKey) + "|" + escaped(matchKey(model)) + "|"
                + (validFrom == null ? "" : validFrom);
    }

    /**
     * The key under which a refused row's product line is told refused: that of the brand and model's line without a
     * first day, whatever day the row gave, since an inventory row names a brand and model only.
     */
    static String refusedLineKey(String brandKey, String model) {
        return productLineKey(brandKey, model, null);
    }

    private static String escaped(String part) {
        return part.indexOf('|') < 0 && part.indexOf('\\') < 0 ? part
                : part.replace("\\", "\\\\").replace("|", "\\|");
    }

    @Override
    void row(Row row) {
        String brandName = row.required(BRAND);
        String model = row.required(MODEL);
        String owner = entity(row, BRAND_OWNER);
        String manufacturer = entity(row, MANUFACTURER);
        SupplyRelation relation = relation(row);
        LocalDate validFrom = row.date(VALID_FROM);
        LocalDate validTo = row.date(VALID_TO);
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            row.problem(VALID_TO, "valid_to " + validTo + " is before valid_from " + validFrom);
        }
        if (row.failed) {
            // an inventory's rows of the brand, or of the model, then say why they match no line
            if (!brandName.isEmpty()) {
                Brand brand = FACTORY.createBrand();
                brand.setId(matchKey(brandName));
                row.target().refused(brand);
                if (!model.isEmpty()) {
                    ProductLine line = FACTORY.createProductLine();
                    line.setId(refusedLineKey(brand.getId(), model));
                    row.target().refused(line);
                }
            }
            return;
        }
        String key = productLineKey(matchKey(brandName), model, validFrom);
        if (givenOtherwiseEarlier(row, key, owner + "|" + manufacturer + "|" + relation + "|" + validTo)) {
            return;
        }
        Source source = row.source(row.get(SOURCE));
        Brand brand = FACTORY.createBrand();
        brand.setId(matchKey(brandName));
        brand.setName(brandName);
        brand.getSources().add(source);
        row.target().add(brand);

        ProductLine line = FACTORY.createProductLine();
        line.setId(key);
        Brand brandRef = FACTORY.createBrand();
        brandRef.setId(brand.getId());
        line.setBrand(brandRef);
        line.setModel(model);
        line.setBrandOwner(stub(owner));
        line.setManufacturer(stub(manufacturer));
        if (relation != null) { // left unset when empty: set to null, it would be the enumeration's default, own
            line.setRelation(relation);
        }
        line.setValidFrom(validFrom);
        line.setValidTo(validTo);
        line.getSources().add(source);
        row.target().add(line);
    }

    /**
     * Whether an earlier row of the file gives the same product line (brand, model and first day) other facts: one of
     * them would replace the other, and which one counts would be a guess. A row repeated as it is, is taken.
     */
    @SuppressWarnings("unchecked")
    private static boolean givenOtherwiseEarlier(Row row, String key, String facts) {
        Map<String, Object[]> lines = (Map<String, Object[]>) row.reading.state.computeIfAbsent("lines",
                k -> new HashMap<String, Object[]>());
        Object[] earlier = lines.putIfAbsent(key, new Object[] {row.line, facts});
        if (earlier == null || earlier[1].equals(facts)) {
            return false;
        }
        row.problem(MODEL, "line " + earlier[0] + " gives this brand and model" + (row.get(VALID_FROM).isEmpty() ? ""
                : ", valid from " + row.get(VALID_FROM) + ",") + " another brand owner, manufacturer, relation or "
                + "valid_to (which row counts would be a guess)");
        return true;
    }

    private static String entity(Row row, String column) {
        String reference = row.get(column);
        if (reference.isEmpty()) {
            return null;
        }
        Optional<String> key = row.target().entityKey(reference);
        if (key.isPresent() && key.get().equals(reference) && isUnspecifiedPartyKey(reference)) {
            // the key Longarm gives a relationship's unspecified party, named by that key (an identifier that ends
            // so names its entity): a gap in the ownership data, not a company; it names a stored one only, so
            // the files' order decided whether it was taken
            row.problem(column, column + " '" + reference + "' names the unspecified party of a relationship, not an "
                    + "entity: name the brand owner or manufacturer by its record id or SCHEME:ID identifier");
            return null;
        }
        if (key.isEmpty() && row.target().wasRefused(LongarmPackage.Literals.ENTITY, reference)) {
            row.problem(column, column + " '" + reference + "' names an entity whose statement was refused (see its "
                    + "problems)");
            return null;
        }
        if (key.isEmpty()) {
            row.problem(column, column + " '" + reference
                    + "' names no known entity (neither a record id nor a SCHEME:ID identifier of the files read or of the graph)");
            return null;
        }
        return key.get();
    }

    private static SupplyRelation relation(Row row) {
        String value = row.get(RELATION);
        if (value.isEmpty()) {
            return null;
        }
        for (SupplyRelation relation : SupplyRelation.VALUES) {
            if (relation.getLiteral().equalsIgnoreCase(value)) {
                return relation;
            }
        }
        row.problem(RELATION, "relation '" + value + "' is not one of own, OEM, ODM");
        return null;
    }

    private static Organisation stub(String key) {
        if (key == null) {
            return null;
        }
        Organisation organisation = FACTORY.createOrganisation();
        organisation.setId(key);
        return organisation;
    }
}
