package org.longarm.core.graph;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import org.longarm.model.SupplyRelation;

/**
 * Who owns and who makes a brand's products.
 *
 * @param key the product line's key
 * @param brandKey the brand's key (its name's {@link #matchKey(String) match key})
 * @param brandName the brand as written
 * @param model a model, or {@code *} for every model of the brand
 * @param brandOwnerKey the entity that owns the brand, or null
 * @param manufacturerKey the entity that makes the products, or null
 * @param relation how the manufacturer makes them
 * @param validFrom first day the line holds, or null (open)
 * @param validTo last day the line holds, or null (open)
 */
public record ProductLineRecord(String key, String brandKey, String brandName, String model, String brandOwnerKey,
        String manufacturerKey, SupplyRelation relation, LocalDate validFrom, LocalDate validTo) {

    /**
     * The form in which brands and models are compared: two texts name the same brand (or model) when their match
     * keys are equal. Compatibility forms count as their plain letters ({@code NFKC}: a full-width or decomposed
     * letter, a no-break space), invisible format characters are left out (a zero-width space, a byte order mark, a
     * soft hyphen, a direction mark), surrounding white space is trimmed and letters are in lower case. An inventory
     * exported from another system often carries such characters, which look the same as the product file's text:
     * were they compared as written, a device would silently lose its exact-model row.
     *
     * @param text a brand name or a model, or null
     * @return its match key; empty for null
     * @since 1.2
     */
    public static String matchKey(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder visible = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT).forEach(visible::appendCodePoint);
        return visible.toString().strip().toLowerCase(Locale.ROOT);
    }
}
