package org.longarm.core.graph;

import java.util.List;
import java.util.regex.Pattern;

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

    private static final Pattern UNSPECIFIED_PARTY_KEY = Pattern.compile(".+#(subject|interestedParty)",
            Pattern.DOTALL); // a record id may hold a line break

    public EntityRecord {
        nationalities = List.copyOf(nationalities);
        identifiers = List.copyOf(identifiers);
    }

    /**
     * The key of the unknown entity that stands for a relationship's unspecified party (BODS gives it as
     * {@code {"reason": ...}} instead of a record id), so that the gap stays visible to the analysis.
     *
     * @param relationshipKey the relationship's record id
     * @param role {@code subject} or {@code interestedParty}, as BODS names the parties
     * @return {@code RELATIONSHIP#ROLE}
     * @since 1.8
     */
    public static String unspecifiedPartyKey(String relationshipKey, String role) {
        if (!role.equals("subject") && !role.equals("interestedParty")) {
            throw new IllegalArgumentException("not a party's role: " + role);
        }
        return relationshipKey + "#" + role;
    }

    /**
     * Whether {@code key} has the form of an {@link #unspecifiedPartyKey}, which no organisation or person of the data
     * may take.
     *
     * @param key a record id, or null
     * @return true if it ends in {@code #subject} or {@code #interestedParty} after a relationship's key
     * @since 1.8
     */
    public static boolean isUnspecifiedPartyKey(String key) {
        return key != null && UNSPECIFIED_PARTY_KEY.matcher(key).matches();
    }
}
