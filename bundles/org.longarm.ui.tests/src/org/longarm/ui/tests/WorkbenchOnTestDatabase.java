package org.longarm.ui.tests;

import java.time.Duration;

import org.longarm.testing.TestNeo4j;
import org.longarm.ui.internal.WorkbenchSession;

/** Starts the workbench on the test Neo4j (empty graph), importing the example estate without asking. */
final class WorkbenchOnTestDatabase {

    static final String AS_OF = "2026-11-29";

    private WorkbenchOnTestDatabase() {
    }

    static WorkbenchHarness start() throws Exception {
        prepare();
        return WorkbenchHarness.start(Duration.ofSeconds(90));
    }

    /** Starts the test Neo4j (once per JVM), empties it and points the workbench at it. */
    static void prepare() {
        TestNeo4j.wipe();
        System.setProperty("longarm.dataDir", TestNeo4j.dataDir().toString());
        System.setProperty("longarm.workbench.importExample", "accept");
        System.setProperty("longarm.workbench.asOf", AS_OF);
    }

    /** Waits until the example estate is imported and verdicts are computed. */
    static WorkbenchSession awaitVerdicts(WorkbenchHarness workbench) throws Exception {
        WorkbenchSession session = workbench.ui(() -> WorkbenchParts.session(workbench.application()));
        workbench.waitUntil(() -> session.snapshot() != null && !session.computing()
                && !session.snapshot().verdicts().devices().isEmpty(), Duration.ofMinutes(4));
        return session;
    }
}
