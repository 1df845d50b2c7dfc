package org.longarm.core.graph;

import java.time.LocalDate;

import org.longarm.model.SupplyRelation;

/**
 * Who owns and who makes a brand's products.
 *
 * @param key the product line's key
 * @param brandKey the brand's key (its name in lower case, trimmed)
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
}
