package org.longarm.analysis.prc.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A random ownership graph written as BODS 0.4: organisations in a few jurisdictions, holdings, some cycles. */
final class RandomGraph {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] JURISDICTIONS = { "CN", "GB", "US", "HK", "DE" };

    private final List<ObjectNode> statements = new ArrayList<>();
    private final int size;
    private int relationships;

    RandomGraph(Random random, int size) {
        this.size = size;
        for (int i = 0; i < size; i++) {
            ObjectNode details = JSON.createObjectNode();
            details.put("isComponent", false);
            details.putObject("entityType").put("type", "registeredEntity");
            details.put("name", "Company " + i);
            String code = JURISDICTIONS[random.nextInt(JURISDICTIONS.length)];
            details.putObject("jurisdiction").put("name", code).put("code", code);
            if (random.nextInt(6) == 0) {
                details.putObject("publicListing").put("hasPublicListing", true);
            }
            statements.add(statement("e" + i, "entity", details));
        }
        for (int k = 0; k < size * 2; k++) {
            int holder = random.nextInt(size), subject = random.nextInt(size);
            if (holder != subject) {
                addHolding("e" + holder, "e" + subject, 5 + random.nextInt(60), random.nextInt(8) == 0);
            }
        }
    }

    void addClearHolder(Random random) {
        ObjectNode details = JSON.createObjectNode();
        details.put("isComponent", false);
        details.putObject("entityType").put("type", "registeredEntity");
        details.put("name", "Listed newcomer");
        details.putObject("jurisdiction").put("name", "GB").put("code", "GB");
        details.putObject("publicListing").put("hasPublicListing", true);
        statements.add(statement("newcomer", "entity", details));
        for (int k = 0; k < 5; k++) {
            addHolding("newcomer", "e" + random.nextInt(size), 5 + random.nextInt(60), false);
        }
    }

    private void addHolding(String holder, String subject, int share, boolean voting) {
        ObjectNode details = JSON.createObjectNode();
        details.put("isComponent", false);
        details.put("subject", subject);
        details.put("interestedParty", holder);
        ObjectNode interest = details.putArray("interests").addObject();
        interest.put("type", voting ? "votingRights" : "shareholding");
        interest.put("directOrIndirect", "direct");
        interest.put("beneficialOwnershipOrControl", false);
        interest.putObject("share").put("exact", share);
        statements.add(statement("r" + relationships++, "relationship", details));
    }

    private ObjectNode statement(String recordId, String type, ObjectNode details) {
        ObjectNode s = JSON.createObjectNode();
        s.put("statementId", "00000000-0000-4000-8000-" + String.format("%012d", statements.size()));
        s.put("declarationSubject", recordId);
        s.put("statementDate", "2024-01-01");
        s.put("recordId", recordId);
        s.put("recordType", type);
        s.put("recordStatus", "new");
        s.set("recordDetails", details);
        ObjectNode publication = s.putObject("publicationDetails");
        publication.put("publicationDate", "2024-01-02").put("bodsVersion", "0.4");
        publication.putObject("publisher").put("name", "Random graph");
        return s;
    }

    void write(Path file) throws IOException {
        ArrayNode array = JSON.createArrayNode();
        statements.forEach(array::add);
        JSON.writeValue(file.toFile(), array);
    }
}
