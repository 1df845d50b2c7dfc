package org.longarm.io.csv.internal;

import static org.longarm.core.graph.ProductLineRecord.matchKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.longarm.model.Brand;
import org.longarm.model.Device;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Site;
import org.longarm.model.SiteSensitivity;
import org.longarm.model.Source;

/**
 * Device inventory CSV: {@code asset_id, site_id, site_name, site_sensitivity, connected_to_core_network, brand,
 * model, installed}. Every device's brand and model must match a product line (its model, or {@code *}) known to this
 * import or the store. Registered as an OSGi service (OSGI-INF/org.longarm.io.csv.inventory.xml).
 */
public final class InventoryCsvFormat extends CsvFormat {

    static final String ASSET_ID = "asset_id";
    static final String SITE_ID = "site_id";
    static final String SITE_NAME = "site_name";
    static final String SITE_SENSITIVITY = "site_sensitivity";
    static final String CONNECTED = "connected_to_core_network";
    static final String BRAND = "brand";
    static final String MODEL = "model";
    static final String INSTALLED = "installed";

    /** How many of a brand's models a problem names at most: a brand may have hundreds. */
    private static final int NEAREST_MODELS = 5;

    private static final List<String> COLUMNS = List.of(ASSET_ID, SITE_ID, SITE_NAME, SITE_SENSITIVITY, CONNECTED,
            BRAND, MODEL, INSTALLED);
    /**
     * Every column but the site's name. The policy reads a device's site sensitivity, whether it is installed and
     * whether it is connected to the core network: a file without one of those columns would make every device of
     * unknown sensitivity, planned or unconnected, which weakens the actions silently (and a later file would reset
     * what an earlier one said).
     */
    private static final Set<String> REQUIRED = Set.of(ASSET_ID, SITE_ID, SITE_SENSITIVITY, CONNECTED, BRAND, MODEL,
            INSTALLED);

    @Override
    public String id() {
        return "inventory";
    }

    @Override
    public String label() {
        return "Device inventory CSV";
    }

    @Override
    public int rank() {
        return 30;
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
    List<String> signature() {
        return List.of(ASSET_ID, SITE_ID);
    }

    @SuppressWarnings("unchecked")
    @Override
    void row(Row row) {
        Map<String, Object> state = row.reading.state;
        Set<String> assets = (Set<String>) state.computeIfAbsent("assets", k -> new HashSet<String>());
        Map<String, SiteRow> sites = (Map<String, SiteRow>) state.computeIfAbsent("sites", k -> new HashMap<String, SiteRow>());

        String assetId = row.required(ASSET_ID);
        if (!assetId.isEmpty() && !assets.add(assetId)) {
            row.problem(ASSET_ID, "asset_id '" + assetId + "' appears on an earlier row");
        }
        String siteId = row.required(SITE_ID);
        String siteName = row.get(SITE_NAME);
        SiteSensitivity sensitivity = sensitivity(row);
        Boolean connected = yesNo(row, CONNECTED);
        String brandName = row.required(BRAND);
        String model = row.required(MODEL);
        LocalDate installed = row.date(INSTALLED);
        if (!brandName.isEmpty() && !model.isEmpty()) {
            checkProductLine(row, brandName, model);
        }
        boolean newSite = false;
        // a row whose sensitivity is a problem does not define its site, or every later row of it would be another
        if (!siteId.isEmpty() && sensitivity != null) {
            SiteRow earlier = sites.putIfAbsent(siteId, new SiteRow(siteName, sensitivity, row.line));
            newSite = earlier == null;
            if (earlier != null && (!earlier.name().equals(siteName) || earlier.sensitivity() != sensitivity)) {
                row.problem(earlier.name().equals(siteName) ? SITE_SENSITIVITY : SITE_NAME, "site '" + siteId
                        + "' has another name or sensitivity on line " + earlier.line() + " ("
                        + (earlier.name().isEmpty() ? "no name" : "'" + earlier.name() + "'") + ", "
                        + earlier.sensitivity() + ")");
            }
        }
        if (row.failed) {
            return;
        }
        Source source = row.source(null);
        if (newSite) {
            Site site = FACTORY.createSite();
            site.setId(siteId);
            site.setName(siteName.isEmpty() ? null : siteName);
            site.setSensitivity(sensitivity);
            site.getSources().add(source);
            row.target().add(site);
        }
        Device device = FACTORY.createDevice();
        device.setAssetId(assetId);
        Site siteRef = FACTORY.createSite();
        siteRef.setId(siteId);
        device.setSite(siteRef);
        Brand brandRef = FACTORY.createBrand();
        brandRef.setId(matchKey(brandName));
        device.setBrand(brandRef);
        device.setModel(model);
        device.setInstalled(installed);
        device.setConnectedToCoreNetwork(Boolean.TRUE.equals(connected));
        device.getSources().add(source);
        row.target().add(device);
    }

    /** The site that a row of the file defined first, and that row's line. */
    private record SiteRow(String name, SiteSensitivity sensitivity, long line) {
    }

    /**
     * Checks that a product line covers the row's brand and model. What a brand's lines hold, and the nearest names a
     * problem suggests, are kept for the file's later rows: an inventory names a few brands on many rows, and a
     * misspelt brand computes its distance to every known brand.
     */
    @SuppressWarnings("unchecked")
    private static void checkProductLine(Row row, String brandName, String model) {
        Map<String, Object> state = row.reading.state;
        Map<String, Set<String>> modelsOfBrands = (Map<String, Set<String>>) state.computeIfAbsent("models",
                k -> new HashMap<String, Set<String>>());
        Map<String, String> brandSuggestions = (Map<String, String>) state.computeIfAbsent("brandSuggestions",
                k -> new HashMap<String, String>());
        // by brand and model key: keys may hold any character, so a joined string could name two pairs
        Map<List<String>, String> modelSuggestions = (Map<List<String>, String>) state.computeIfAbsent(
                "modelSuggestions", k -> new HashMap<List<String>, String>());
        String brandKey = matchKey(brandName);
        Set<String> models = modelsOfBrands.computeIfAbsent(brandKey, key -> {
            Set<String> keys = new HashSet<>();
            row.target().productLines(key).forEach(line -> keys.add(matchKey(line.model())));
            return keys;
        });
        if (models.isEmpty() && row.target().wasRefused(LongarmPackage.Literals.BRAND, brandKey)) {
            row.problem(BRAND, "brand '" + brandName + "' matches no product line: the product file's rows of this "
                    + "brand were refused (see their problems)");
            return;
        }
        if (models.isEmpty()) {
            String nearest = brandSuggestions.computeIfAbsent(brandKey, key -> {
                List<String> names = nearest(brandName, row.target().brandNames(), 3);
                return names.isEmpty() ? " (no brands are known)" : "; nearest known brands: " + String.join(", ", names);
            });
            row.problem(BRAND, "brand '" + brandName + "' matches no product line" + nearest);
            return;
        }
        String modelKey = matchKey(model);
        if (models.contains("*") || models.contains(modelKey)) {
            return;
        }
        for (String refused : List.of(model, "*")) {
            if (row.target().wasRefused(LongarmPackage.Literals.PRODUCT_LINE,
                    ProductCsvFormat.refusedLineKey(brandKey, refused))) {
                row.problem(MODEL, "model '" + model + "' of brand '" + brandName + "' matches no product line: the "
                        + "product file's row of this brand and " + (refused.equals("*") ? "every model (*)" : "model")
                        + " was refused (see its problems)");
                return;
            }
        }
        String known = modelSuggestions.computeIfAbsent(List.of(brandKey, modelKey), key -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            row.target().productLines(brandKey).forEach(line -> byKey.putIfAbsent(matchKey(line.model()), line.model()));
            List<String> nearest = nearest(model, List.copyOf(byKey.values()), NEAREST_MODELS);
            return (nearest.size() < byKey.size() ? "nearest of its " + byKey.size() + " known models: "
                    : "known models: ") + String.join(", ", nearest);
        });
        row.problem(MODEL, "model '" + model + "' of brand '" + brandName + "' matches no product line; the brand's "
                + known);
    }

    /**
     * Up to {@code limit} names nearest to {@code name} (ignoring case): those it begins (a brand written short), then
     * those that begin it (a brand written with more: "Axis Communications" for Axis), then those that hold it or that
     * it holds ("Vision" in Hikvision), then the others by edit distance.
     */
    static List<String> nearest(String name, List<String> names, int limit) {
        String wanted = matchKey(name);
        // one name per brand: names that differ only in case or surrounding spaces are one brand
        Map<String, String> byKey = new HashMap<>();
        for (String candidate : names) {
            byKey.putIfAbsent(matchKey(candidate), candidate);
        }
        Map<String, Integer> distances = new HashMap<>();
        byKey.forEach((known, candidate) -> distances.put(candidate, closeness(wanted, known)));
        List<String> sorted = new ArrayList<>(distances.keySet());
        sorted.sort(Comparator.comparingInt((String n) -> distances.get(n)).thenComparing(n -> n.toLowerCase(Locale.ROOT)));
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    /** How far {@code known} is from {@code wanted}: below zero when one holds the other, else the edit distance. */
    private static int closeness(String wanted, String known) {
        if (wanted.isEmpty()) {
            return levenshtein(wanted, known);
        }
        if (known.startsWith(wanted)) {
            return -3;
        }
        // a name of one or two characters is in too many others to say anything
        if (known.length() > 2 && wanted.startsWith(known)) {
            return -2;
        }
        if (wanted.length() > 2 && known.contains(wanted) || known.length() > 2 && wanted.contains(known)) {
            return -1;
        }
        return levenshtein(wanted, known);
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static SiteSensitivity sensitivity(Row row) {
        String value = row.get(SITE_SENSITIVITY);
        if (value.isEmpty()) {
            row.problem(SITE_SENSITIVITY, "site_sensitivity is empty: give sensitive or standard");
            return null;
        }
        for (SiteSensitivity sensitivity : SiteSensitivity.VALUES) {
            if (sensitivity.getLiteral().equalsIgnoreCase(value)) {
                return sensitivity;
            }
        }
        row.problem(SITE_SENSITIVITY, "site_sensitivity '" + value + "' is neither sensitive nor standard");
        return null;
    }

    private static Boolean yesNo(Row row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        switch (value) {
            case "":
                row.problem(column, column + " is empty: give yes or no");
                return null;
            case "yes": return Boolean.TRUE;
            case "no": return Boolean.FALSE;
            default:
                row.problem(column, column + " '" + row.get(column) + "' is neither yes nor no");
                return null;
        }
    }
}
