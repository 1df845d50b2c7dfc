package org.longarm.io.bods.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.longarm.core.graph.EntityRecord;
import org.longarm.core.io.ClosingInterest;
import org.longarm.core.io.InputProblem;
import org.longarm.core.io.ReadTarget;
import org.longarm.model.DirectOrIndirect;
import org.longarm.model.Entity;
import org.longarm.model.EntityType;
import org.longarm.model.Identifier;
import org.longarm.model.Interest;
import org.longarm.model.InterestType;
import org.longarm.model.Jurisdiction;
import org.longarm.model.LongarmFactory;
import org.longarm.model.Organisation;
import org.longarm.model.Person;
import org.longarm.model.PersonType;
import org.longarm.model.Relationship;
import org.longarm.model.Source;

import tools.jackson.databind.JsonNode;

/**
 * Validates one BODS statement and turns it into model objects for a {@link ReadTarget}. Remembers only the record
 * ids of the persons of the file read so far, to give references to them the right class.
 */
final class StatementMapper {

    private static final LongarmFactory FACTORY = LongarmFactory.eINSTANCE;

    private final ReadTarget target;
    private final String file;
    /** Record ids of this file's person statements (entities are not remembered: a stub is an organisation). */
    private final Set<String> persons = new HashSet<>();

    StatementMapper(ReadTarget target) {
        this.target = target;
        this.file = target.fileName();
    }

    /**
     * Maps one statement, or reports its schema {@code violations} (found by the caller) and maps nothing. Its
     * {@code column} is asked for only to report a problem.
     */
    void statement(JsonNode statement, List<BodsSchema.Violation> violations, int index, long line,
            LongSupplier column) {
        String statementId = text(statement, "statementId");
        String name = statementId != null ? statementId : "#" + index;
        if (!violations.isEmpty()) {
            for (BodsSchema.Violation v : violations) {
                target.problem(new InputProblem(file, line, column.getAsLong(), name, v.path(), v.message()));
            }
            refuse(statement);
            return;
        }
        String brokenText = unpairedSurrogateIn(statement, "$");
        if (brokenText != null) {
            // the database, like UTF-8, would store a question mark for it: two ids that differ only there would be one
            target.problem(new InputProblem(file, line, column.getAsLong(), name, brokenText, "the text holds an"
                    + " unpaired surrogate (a \\uD800 to \\uDFFF escape without its pair), which is no Unicode"
                    + " character and could not be stored as given"));
            refuse(statement);
            return;
        }
        boolean emptyId = namesAnEmptyRecord(statement, name, line, column);
        boolean partysId = takesTheIdOfAnUnspecifiedParty(statement, name, line, column);
        if (namesAJurisdictionByAnotherCode(statement, name, line, column) || emptyId || partysId) {
            refuse(statement);
            return;
        }
        target.readingAt(line, column);
        Source source = source(statement);
        String recordType = text(statement, "recordType");
        // surrounding white space is not part of a record id: references to it are read without it too
        String recordId = text(statement, "recordId").strip();
        JsonNode details = statement.path("recordDetails");
        boolean closed = "closed".equals(text(statement, "recordStatus"));
        switch (recordType) {
            case "entity" -> entity(recordId, details, source, closed);
            case "person" -> person(recordId, details, source);
            case "relationship" -> relationship(recordId, details, source, closed, name, line, column);
            default -> target.problem(new InputProblem(file, line, column.getAsLong(), name, "$.recordType",
                    "unknown record type " + recordType));
        }
    }

    /**
     * Tells the target that the organisation or person of a statement with problems is refused, so that a product row
     * naming it by its record id or an identifier says so (see {@link ReadTarget#refused}).
     */
    private void refuse(JsonNode statement) {
        String recordType = text(statement, "recordType");
        String recordId = text(statement, "recordId");
        if (recordId == null || recordId.isBlank() || !"entity".equals(recordType) && !"person".equals(recordType)) {
            return;
        }
        Entity entity = "person".equals(recordType) ? FACTORY.createPerson() : FACTORY.createOrganisation();
        entity.setId(recordId.strip());
        JsonNode identifiers = statement.path("recordDetails").path("identifiers");
        if (identifiers.isArray()) {
            identifiers(entity, identifiers);
        }
        target.refused(entity);
    }

    /**
     * The JSON path of the first property name or string of {@code node} (at {@code path}) that holds a surrogate
     * without its pair, which JSON's escapes allow and no Unicode text has; or null when there is none.
     */
    static String unpairedSurrogateIn(JsonNode node, String path) {
        if (node.isString()) {
            return hasUnpairedSurrogate(node.asString()) ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = unpairedSurrogateIn(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String at = path + "." + property.getKey();
                String found = hasUnpairedSurrogate(property.getKey()) ? at
                        : unpairedSurrogateIn(property.getValue(), at);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A relationship's parties, as the properties of its {@code recordDetails} name them. */
    private static final List<String> PARTY_ROLES = List.of("subject", "interestedParty");

    /** How a problem names the party of {@code role}. */
    private static String partyName(String role) {
        return role.equals("subject") ? "subject" : "interested party";
    }

    /**
     * Whether the statement gives its record, or a party of its relationship, an id of nothing but white space, which
     * the schema allows: such a record could neither be stored nor named. Each such id is a problem.
     */
    private boolean namesAnEmptyRecord(JsonNode statement, String name, long line, LongSupplier column) {
        boolean empty = false;
        String recordId = text(statement, "recordId");
        if (recordId == null || recordId.isBlank()) {
            target.problem(new InputProblem(file, line, column.getAsLong(), name, "$.recordId",
                    "the record id is empty"));
            empty = true;
        }
        if ("relationship".equals(text(statement, "recordType"))) {
            for (String role : PARTY_ROLES) {
                JsonNode party = statement.path("recordDetails").path(role);
                if (party.isString() && party.asString().isBlank()) {
                    target.problem(new InputProblem(file, line, column.getAsLong(), name, "$.recordDetails." + role,
                            "the record id of the " + partyName(role)
                                    + " is empty"));
                    empty = true;
                }
            }
        }
        return empty;
    }

    /**
     * Whether the statement gives its organisation or person the key of a relationship's unspecified party
     * ({@code RELATIONSHIP#subject} or {@code #interestedParty}, see {@link #party}): that party and the record would
     * be one node, a person could become a relationship's subject, and a stored person an organisation. A problem.
     */
    private boolean takesTheIdOfAnUnspecifiedParty(JsonNode statement, String name, long line, LongSupplier column) {
        String recordType = text(statement, "recordType");
        String recordId = text(statement, "recordId");
        if (recordId == null || !"entity".equals(recordType) && !"person".equals(recordType)) {
            return false;
        }
        String id = recordId.strip();
        if (!EntityRecord.isUnspecifiedPartyKey(id)) {
            return false;
        }
        int hash = id.lastIndexOf('#');
        target.problem(new InputProblem(file, line, column.getAsLong(), name, "$.recordId", "record ids that"
                + " end in #subject or #interestedParty are the keys of relationships' unspecified parties: this one is"
                + " that of relationship " + id.substring(0, hash) + "'s unspecified "
                + partyName(id.substring(hash + 1)) + "; give the record another id"));
        return true;
    }

    /**
     * Whether the statement codes its entity's jurisdiction or its person's nationalities otherwise than ISO 3166
     * (see {@link JurisdictionCodes}), or gives a person, besides a known nationality, one by a name alone that names
     * no country Longarm knows; each is a problem. Left out, such a nationality would leave the person judged by the
     * others alone: a Chinese national with a second nationality would come out CLEAR.
     */
    private boolean namesAJurisdictionByAnotherCode(JsonNode statement, String name, long line, LongSupplier column) {
        JsonNode details = statement.path("recordDetails");
        boolean wrong = wrongCode(details.path("jurisdiction"), "$.recordDetails.jurisdiction.code", name, line,
                column);
        JsonNode nationalities = details.path("nationalities");
        for (int i = 0; i < nationalities.size(); i++) {
            wrong |= wrongCode(nationalities.get(i), "$.recordDetails.nationalities[" + i + "].code", name, line,
                    column);
        }
        String[] codes = new String[nationalities.size()];
        boolean known = false;
        for (int i = 0; i < codes.length; i++) {
            codes[i] = code(nationalities.get(i));
            known |= codes[i] != null;
        }
        for (int i = 0; known && i < codes.length; i++) {
            String country = text(nationalities.get(i), "name");
            if (codes[i] == null && country != null && !country.isBlank()) {
                target.problem(new InputProblem(file, line, column.getAsLong(), name,
                        "$.recordDetails.nationalities[" + i + "]", "the nationality \"" + country + "\" has no code,"
                                + " and Longarm knows no country of that name; left out, it would leave the person "
                                + "judged by the other nationalities alone: give its two-letter ISO 3166-1 code"));
                wrong = true;
            }
        }
        return wrong;
    }

    private boolean wrongCode(JsonNode jurisdiction, String path, String name, long line, LongSupplier column) {
        String code = givenCode(jurisdiction);
        String problem = code.isEmpty() ? null : JurisdictionCodes.problem(code);
        if (problem != null) {
            target.problem(new InputProblem(file, line, column.getAsLong(), name, path, problem));
        }
        return problem != null;
    }

    /** Adds the references to records that mapping {@code statement} will resolve: its parties named by record id. */
    static void references(JsonNode statement, java.util.Collection<String> sink) {
        if ("relationship".equals(text(statement, "recordType"))) {
            for (String role : PARTY_ROLES) {
                JsonNode party = statement.path("recordDetails").path(role);
                if (party.isString()) {
                    sink.add(party.asString().strip());
                }
            }
        }
    }

    /** The record that {@code statement} describes if it is an entity or a person, else null. */
    static String partyRecord(JsonNode statement) {
        String recordType = text(statement, "recordType");
        String recordId = text(statement, "recordId");
        return recordId != null && ("entity".equals(recordType) || "person".equals(recordType)) ? recordId.strip()
                : null;
    }

    /** Called when the file has been read. Nothing is pending: references to unknown records became stubs. */
    void finish() {
        persons.clear();
    }

    // ------------------------------------------------------------------ records

    private void entity(String recordId, JsonNode details, Source source, boolean closed) {
        Organisation organisation = FACTORY.createOrganisation();
        organisation.setId(recordId);
        JsonNode type = details.path("entityType");
        organisation.setEntityType(EntityType.get(text(type, "type")));
        organisation.setEntitySubtype(text(type, "subtype"));
        organisation.setName(text(details, "name"));
        for (JsonNode alternate : details.path("alternateNames")) {
            organisation.getAlternateNames().add(alternate.asString());
        }
        organisation.setJurisdiction(jurisdiction(details.path("jurisdiction")));
        identifiers(organisation, details.path("identifiers"));
        organisation.setFoundingDate(date(text(details, "foundingDate")));
        organisation.setDissolutionDate(date(text(details, "dissolutionDate")));
        JsonNode listing = details.path("publicListing");
        organisation.setPublicListing(listing.path("hasPublicListing").asBoolean(false));
        for (JsonNode security : listing.path("securitiesListings")) {
            String market = firstText(security, "marketIdentifierCode", "operatingMarketIdentifierCode",
                    "stockExchangeName");
            String ticker = text(security.path("security"), "ticker");
            if (ticker != null) {
                organisation.getListings().add(market == null ? ticker : market + ":" + ticker);
            }
        }
        if (organisation.getName() == null) {
            organisation.setName(text(details.path("unspecifiedEntityDetails"), "description"));
        }
        if (closed && organisation.getDissolutionDate() == null) {
            organisation.setDissolutionDate(source.getStatementDate());
        }
        add(organisation, source);
    }

    private void person(String recordId, JsonNode details, Source source) {
        Person person = FACTORY.createPerson();
        person.setId(recordId);
        person.setPersonType(PersonType.get(text(details, "personType")));
        List<String> names = new ArrayList<>();
        for (JsonNode name : details.path("names")) {
            String full = text(name, "fullName");
            if (full == null) {
                List<String> parts = new ArrayList<>();
                for (String part : new String[] {"givenName", "patronymicName", "familyName"}) {
                    String value = text(name, part);
                    if (value != null && !value.isBlank()) {
                        parts.add(value.strip());
                    }
                }
                full = parts.isEmpty() ? null : String.join(" ", parts);
            }
            if (full != null && !full.isBlank() && !names.contains(full)) {
                names.add(full);
            }
        }
        if (!names.isEmpty()) {
            person.setName(names.get(0));
            person.getAlternateNames().addAll(names.subList(1, names.size()));
        } else {
            person.setName(text(details.path("unspecifiedPersonDetails"), "description"));
        }
        for (JsonNode nationality : details.path("nationalities")) {
            Jurisdiction jurisdiction = jurisdiction(nationality);
            if (jurisdiction != null) {
                person.getNationalities().add(jurisdiction);
            }
        }
        identifiers(person, details.path("identifiers"));
        persons.add(recordId);
        add(person, source);
    }

    private void relationship(String recordId, JsonNode details, Source source, boolean closed, String statement,
            long line, LongSupplier column) {
        Relationship relationship = FACTORY.createRelationship();
        relationship.setId(recordId);
        relationship.setSubject(party(recordId, "subject", details.path("subject"), source));
        relationship.setInterestedParty(
                party(recordId, "interestedParty", details.path("interestedParty"), source));
        String subjectKey = relationship.getSubject().getId();
        if (subjectKey.equals(relationship.getInterestedParty().getId())) {
            target.problem(new InputProblem(file, line, column.getAsLong(), statement,
                    "$.recordDetails.interestedParty",
                    "the interested party is the subject itself (" + subjectKey + ")"));
            return;
        }
        boolean consistent = true;
        int index = 0;
        for (JsonNode node : details.path("interests")) {
            Interest interest = FACTORY.createInterest();
            interest.setType(InterestType.get(text(node, "type")));
            interest.setDirectOrIndirect(DirectOrIndirect.get(text(node, "directOrIndirect")));
            JsonNode bo = node.get("beneficialOwnershipOrControl");
            interest.setBeneficialOwnershipOrControl(bo != null && bo.isBoolean() ? bo.asBoolean() : null);
            interest.setDetails(text(node, "details"));
            JsonNode share = node.path("share");
            interest.setShareExact(number(share, "exact"));
            // both forms of a bound may be given: the tighter one holds (on a tie, the exclusive one)
            Double minimum = number(share, "minimum");
            Double exclusiveMinimum = number(share, "exclusiveMinimum");
            boolean lowExclusive = exclusiveMinimum != null && (minimum == null || exclusiveMinimum >= minimum);
            interest.setShareMinimum(lowExclusive ? exclusiveMinimum : minimum);
            interest.setExclusiveMinimum(lowExclusive);
            Double maximum = number(share, "maximum");
            Double exclusiveMaximum = number(share, "exclusiveMaximum");
            boolean highExclusive = exclusiveMaximum != null && (maximum == null || exclusiveMaximum <= maximum);
            interest.setShareMaximum(highExclusive ? exclusiveMaximum : maximum);
            interest.setExclusiveMaximum(highExclusive);
            interest.setStartDate(date(text(node, "startDate")));
            interest.setEndDate(date(text(node, "endDate")));
            String inconsistency = inconsistency(interest);
            LocalDate closedOn = closed ? source.getStatementDate() : null;
            if (closedOn != null && (interest.getEndDate() == null || interest.getEndDate().isAfter(closedOn))) {
                // a closed record gives no interest after its closing, whatever end the interest was given
                if (inconsistency == null && interest.getStartDate() != null
                        && interest.getStartDate().isAfter(closedOn)) {
                    inconsistency = "the relationship is closed on " + closedOn + ", before this interest starts ("
                            + interest.getStartDate() + ")";
                }
                interest.setEndDate(closedOn);
            }
            if (inconsistency != null) {
                target.problem(new InputProblem(file, line, column.getAsLong(), statement,
                        "$.recordDetails.interests[" + index + "]", inconsistency));
                consistent = false;
            }
            relationship.getInterests().add(interest);
            index++;
        }
        if (!consistent) {
            return;
        }
        if (closed && relationship.getInterests().isEmpty()) {
            // interests are optional: without one to carry the end, the closed relationship would stay current
            relationship.getInterests().add(ClosingInterest.endingOn(source.getStatementDate()));
        }
        for (JsonNode component : details.path("componentRecords")) {
            if (component.isString() && !component.asString().isBlank()) {
                // stripped as record ids are, which it names
                relationship.getComponentRecords().add(component.asString().strip());
            }
        }
        add(relationship, source);
    }

    /**
     * What makes an interest contradict itself, which the schema cannot say: a share whose range is empty or does not
     * hold its exact figure (the analysis counts a range by its minimum), or an end before the start (it would never
     * count). Null when nothing does.
     */
    private static String inconsistency(Interest interest) {
        Double low = interest.getShareMinimum();
        Double high = interest.getShareMaximum();
        Double exact = interest.getShareExact();
        if (low != null && high != null && (low > high
                || low.equals(high) && (interest.isExclusiveMinimum() || interest.isExclusiveMaximum()))) {
            return "the share's range is empty: minimum " + percent(low) + ", maximum " + percent(high);
        }
        if (exact != null && (low != null && (exact < low || exact.equals(low) && interest.isExclusiveMinimum())
                || high != null && (exact > high || exact.equals(high) && interest.isExclusiveMaximum()))) {
            return "the exact share " + percent(exact) + " lies outside the share's range";
        }
        if (interest.getStartDate() != null && interest.getEndDate() != null
                && interest.getEndDate().isBefore(interest.getStartDate())) {
            return "the interest ends (" + interest.getEndDate() + ") before it starts (" + interest.getStartDate()
                    + ")";
        }
        return null;
    }

    private static String percent(double share) {
        return java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString() + " %";
    }

    /**
     * The subject or interested party of a relationship. A record id becomes an object carrying only its key: a
     * person if this file's statement for that record is a person statement, otherwise an organisation (entities
     * share one key space, so the store links by key whatever the class). References to records that are neither in
     * this import nor in the store are allowed (the standard's own conformance fixtures have them): they stay stubs.
     * An unspecified party ({@code {"reason": ...}}) becomes an unknown entity of its own, keyed by the relationship,
     * so that the gap stays visible to the analysis. It carries the relationship's statement as its source, and the
     * import writes it with the relationship (see {@link org.longarm.core.io.ReadTarget#add}): not when a newer
     * statement of the relationship supersedes the one that left the party unspecified.
     */
    private Entity party(String relationshipId, String role, JsonNode node, Source source) {
        if (node.isString()) {
            String reference = node.asString().strip();
            boolean person = persons.contains(reference);
            String key = person ? reference : target.entityKey(reference).orElse(reference);
            Entity stub = person ? FACTORY.createPerson() : FACTORY.createOrganisation();
            stub.setId(key);
            return stub;
        }
        String reason = text(node, "reason");
        String description = text(node, "description");
        String label = description != null ? description : reason != null ? "unspecified: " + reason : "unspecified";
        Organisation unknown = FACTORY.createOrganisation();
        unknown.setId(EntityRecord.unspecifiedPartyKey(relationshipId, role));
        unknown.setEntityType(EntityType.UNKNOWN_ENTITY);
        unknown.setEntitySubtype(reason);
        unknown.setName(label);
        // carried by the relationship's statement, not added as a record: written only if that statement is
        unknown.getSources().add(source);
        return unknown;
    }

    // ------------------------------------------------------------------ parts

    private Source source(JsonNode statement) {
        Source source = FACTORY.createSource();
        source.setId(text(statement, "statementId"));
        JsonNode publisher = statement.path("publicationDetails").path("publisher");
        source.setPublisherName(text(publisher, "name"));
        source.setPublisherUrl(text(publisher, "url"));
        source.setStatementDate(date(text(statement, "statementDate")));
        source.setStatementTime(instant(text(statement, "statementDate")));
        JsonNode from = statement.path("source");
        source.setUrl(text(from, "url"));
        source.setDescription(text(from, "description"));
        for (JsonNode type : from.path("type")) {
            source.getSourceTypes().add(type.asString());
        }
        source.setImportId(target.importId());
        target.add(source);
        return source;
    }

    private void add(org.longarm.model.Sourced object, Source source) {
        object.getSources().add(source);
        target.add(object);
    }

    private static Jurisdiction jurisdiction(JsonNode node) {
        String code = code(node);
        if (code == null) {
            return null; // a jurisdiction is keyed by its code: a name of no known country cannot be linked
        }
        Jurisdiction jurisdiction = FACTORY.createJurisdiction();
        jurisdiction.setCode(code);
        jurisdiction.setName(text(node, "name"));
        return jurisdiction;
    }

    /**
     * The jurisdiction's ISO code, as given or, when none shows (absent, or only spaces and invisible characters), found
     * by its name; null when neither names a known country.
     */
    private static String code(JsonNode jurisdiction) {
        String code = givenCode(jurisdiction);
        return code.isEmpty() ? JurisdictionCodes.ofName(text(jurisdiction, "name")) : code;
    }

    /** The jurisdiction's code as given, {@link JurisdictionCodes#normalised}; empty when none is given or shows. */
    private static String givenCode(JsonNode jurisdiction) {
        String code = text(jurisdiction, "code");
        return code == null ? "" : JurisdictionCodes.normalised(code);
    }

    private static void identifiers(Entity entity, JsonNode identifiers) {
        for (JsonNode node : identifiers) {
            Identifier identifier = FACTORY.createIdentifier();
            identifier.setScheme(text(node, "scheme"));
            identifier.setId(text(node, "id"));
            identifier.setSchemeName(text(node, "schemeName"));
            identifier.setUri(text(node, "uri"));
            entity.getIdentifiers().add(identifier);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    /** RFC 3339's date-time (the schema's format; 't' and 'z' in either case), or null for a date or none. */
    private static final java.time.format.DateTimeFormatter DATE_TIME = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().append(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME).toFormatter();

    /** The seconds of a leap second in an RFC 3339 date-time, which java.time does not parse. */
    private static final java.util.regex.Pattern LEAP_SECOND = java.util.regex.Pattern
            .compile("(?i)(\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2}:)60(?:\\.\\d+)?");

    /**
     * The instant of a date-time, its offset applied ({@code 2024-05-02T01:00:00+09:00} is 16:00 UTC on 1 May), or
     * null for a date or none: of two statements of one day, the later instant is the newer. A statement made in a
     * leap second ({@code 23:59:60Z}) is taken as made at the last instant of the second before, so that it comes
     * after the day's other statements instead of at its start.
     */
    private static java.time.Instant instant(String text) {
        if (text == null || text.length() <= 10) {
            return null;
        }
        try {
            java.util.regex.Matcher leap = LEAP_SECOND.matcher(text);
            if (leap.lookingAt()) {
                String lastInstant = leap.group(1) + "59.999999999" + text.substring(leap.end());
                return java.time.OffsetDateTime.parse(lastInstant, DATE_TIME).toInstant();
            }
            return java.time.OffsetDateTime.parse(text, DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null; // the schema's format check reports it
        }
    }

    /** A full date, or the date part of a date-time; null for partial dates (year or year-month) or none. */
    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
