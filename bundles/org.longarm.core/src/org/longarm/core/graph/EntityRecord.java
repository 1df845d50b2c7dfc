package org.longarm.core.graph;

import java.util.List;

import org.longarm.model.EntityType;

/**
 * An organisation or person as an analysis sees it.
 *
 * @param key the record id (BODS recordId) the entity is stored under
 * @param name its name
 * @param person true for a person, false for an organisation
 * @param entityType for organisations, the BODS entity type (null if not given); null for persons
 * @param jurisdiction ISO code of the jurisdiction of registration (persons: residence), or null if unknown
 * @param nationalities ISO codes of a person's nationalities (empty if unknown or for organisations)
 * @param publicListing whether an organisation has a public listing
 * @param identifiers identifiers as SCHEME:ID
 */
public record EntityRecord(String key, String name, boolean person, EntityType entityType, String jurisdiction,
        List<String> nationalities, boolean publicListing, List<String> identifiers) {

    public EntityRecord {
        nationalities = List.copyOf(nationalities);
        identifiers = List.copyOf(identifiers);
    }
}
