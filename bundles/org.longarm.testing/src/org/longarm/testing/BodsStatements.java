package org.longarm.testing;

/** BODS 0.4 statements for tests, each on one line, as a JSON Lines file holds them. */
public final class BodsStatements {

    private BodsStatements() {
    }

    /** An entity statement, registered in the United Kingdom ({@code GB}). */
    public static String entity(String statementId, String recordId, String name, String date, String status) {
        return entity(statementId, recordId, name, date, status, "United Kingdom", "GB");
    }

    /** An entity statement, registered in the jurisdiction of that name and code. */
    public static String entity(String statementId, String recordId, String name, String date, String status,
            String jurisdictionName, String jurisdictionCode) {
        return """
                {"statementId": "%s", "declarationSubject": "%s", "statementDate": "%s", "recordId": "%s",
                 "recordType": "entity", "recordStatus": "%s",
                 "recordDetails": {"isComponent": false, "entityType": {"type": "registeredEntity"}, "name": "%s",
                   "jurisdiction": {"name": "%s", "code": "%s"}},
                 "publicationDetails": {"publicationDate": "2024-01-01", "bodsVersion": "0.4", "publisher": {"name": "Test"}}}"""
                .formatted(statementId, recordId, date, recordId, status, name, jurisdictionName, jurisdictionCode)
                .replace("\n", " ");
    }

    /** A relationship statement of 2024-02-01: {@code interestedParty} holds 60 % of the shares of {@code subject}. */
    public static String relationship(String statementId, String recordId, String subject, String interestedParty) {
        return """
                {"statementId": "%s", "declarationSubject": "%s", "statementDate": "2024-02-01",
                 "recordId": "%s", "recordType": "relationship", "recordStatus": "new",
                 "recordDetails": {"isComponent": false, "subject": "%s", "interestedParty": "%s",
                   "interests": [{"type": "shareholding", "share": {"exact": 60}}]},
                 "publicationDetails": {"publicationDate": "2024-02-01", "bodsVersion": "0.4", "publisher": {"name": "Test"}}}"""
                .formatted(statementId, subject, recordId, subject, interestedParty).replace("\n", " ");
    }
}
