package org.longarm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Hop;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.analysis.VerdictEngine;
import org.longarm.core.analysis.Verdicts;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.plugins.Contributions;
import org.longarm.core.report.ReportFormat;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.graph.GraphLayout;
import org.longarm.ui.internal.graph.VerdictColours;
import org.longarm.ui.internal.handlers.ExportReportHandler;
import org.longarm.ui.internal.parts.ExplorerPart;
import org.longarm.ui.internal.parts.GraphPart;
import org.longarm.ui.internal.parts.InventoryPart;
import org.longarm.ui.internal.parts.PropertiesPart;
import org.longarm.ui.internal.parts.VerdictPart;
import org.longarm.ui.internal.handlers.EditInterestHandler;
import org.longarm.ui.internal.handlers.InterestDialog;
import org.longarm.model.LongarmPackage;
import org.longarm.model.Relationship;

/**
 * The analyst's path through the example estate in the real workbench window (Xvfb, test Neo4j): the estate is
 * imported on first start, Hikvision UK is found by search, its ownership graph, verdict and the inventory show
 * what the verdict engine computes. SWT/GTK cannot start a second workbench in one JVM: every workbench test lives
 * in this class, which starts the workbench once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleEstateWorkbenchTest {

    private static final String VENDOR = "hikvision-uk";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private WorkbenchHarness workbench;
    private MApplication app;
    private WorkbenchSession session;
    private Verdicts expected;

    @BeforeAll
    void start() throws Exception {
        workbench = WorkbenchOnTestDatabase.start();
        app = workbench.application();
        session = WorkbenchOnTestDatabase.awaitVerdicts(workbench);
        expected = VerdictEngine.compute(session.graph(), LocalDate.parse(WorkbenchOnTestDatabase.AS_OF),
                session.lawPack(), session.settings(), session.policy(), new NullProgressMonitor());
    }

    @AfterAll
    void stop() throws Exception {
        if (workbench != null) {
            workbench.close();
        }
    }

    /** The window test of the first workbench (one workbench per test JVM: SWT/GTK cannot start a second). */
    @Test
    @Order(0)
    void theWorkbenchOpensItsMainWindow() throws Exception {
        Shell shell = workbench.mainShell();
        assertEquals("Longarm", workbench.ui(shell::getText));
        assertTrue(workbench.ui(() -> shell.getSize().x >= 800 && shell.getSize().y >= 500),
                "the window has a usable size");
        Path png = workbench.screenshot(shell, "workbench-window");
        assertTrue(Files.size(png) > 1000, "a screenshot of the window was written");
    }

    @Test
    @Order(1)
    void theExampleEstateIsImportedAndAnalysedOnFirstStart() {
        assertEquals(LocalDate.parse(WorkbenchOnTestDatabase.AS_OF), session.snapshot().verdicts().asOf());
        assertEquals(expected.entities().size(), session.snapshot().verdicts().entities().size());
        assertEquals(expected.devices().size(), session.snapshot().verdicts().devices().size());
        assertEquals(52, expected.devices().size(), "the example inventory has 52 devices");
    }

    @Test
    @Order(2)
    void searchFindsTheVendorAndSelectingItDrawsItsOwnershipChain() throws Exception {
        ExplorerPart explorer = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.EXPLORER, ExplorerPart.class));
        workbench.ui(() -> {
            explorer.searchBox().setText("Hikvision UK");
            return null;
        });
        workbench.waitUntil(() -> explorer.results() != null
                && explorer.results().stream().anyMatch(r -> r.key().equals(VENDOR)), WAIT);
        EntityRecord vendor = workbench.ui(() -> explorer.results().stream().filter(r -> r.key().equals(VENDOR))
                .findFirst().orElseThrow());
        assertEquals("Hikvision UK Limited", vendor.name());
        workbench.ui(() -> {
            explorer.viewer().setSelection(new StructuredSelection(vendor), true);
            return null;
        });
        assertEquals(new WorkbenchSession.EntityFocus(VENDOR), session.focus());

        GraphPart graph = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.GRAPH, GraphPart.class));
        workbench.waitUntil(() -> graph.layout() != null && graph.layout().graph().root().equals(VENDOR)
                && !graph.drawing(), WAIT);
        GraphLayout.Result layout = graph.layout();
        Set<String> drawn = layout.nodes().stream().map(n -> n.node().key()).collect(Collectors.toSet());
        EntityVerdict engine = expected.entity(VENDOR).orElseThrow();
        List<Hop> path = engine.path();
        assertFalse(path.isEmpty(), "the engine gives an evidence path for " + VENDOR);
        for (Hop hop : path) {
            assertTrue(drawn.contains(hop.holderKey()), "the graph shows " + hop.holderName());
            assertTrue(drawn.contains(hop.subjectKey()), "the graph shows " + hop.subjectName());
        }
        assertTrue(drawn.stream().map(k -> expected.entity(k).orElseThrow())
                .anyMatch(v -> v.reasons().contains("SCOPE_STATE") && "CN".equals(v.jurisdiction())),
                "the chain is drawn up to the PRC state: " + drawn);
        for (GraphLayout.PlacedNode node : layout.nodes()) {
            Verdict engineVerdict = expected.entity(node.node().key()).map(EntityVerdict::verdict).orElse(Verdict.UNKNOWN);
            assertEquals(engineVerdict, node.verdict(), "colour of " + node.node().key());
        }
        assertEquals(Verdict.SUBJECT, layout.nodes().stream().filter(n -> n.node().key().equals(VENDOR)).findFirst()
                .orElseThrow().verdict());
        assertTrue(layout.edges().stream().anyMatch(e -> e.labelLines().stream().anyMatch(l -> l.contains("%"))),
                "edges are labelled with interest type and share");

        // a verdict refresh may start another drawing right after the first: wait until the canvas is settled
        for (int settled = 0; settled < 3;) {
            Thread.sleep(300);
            settled = graph.drawing() || graph.layout() == null ? 0 : settled + 1;
        }
        Path png = workbench.screenshot(WorkbenchParts.widget(workbenchApp(), WorkbenchParts.GRAPH), "graph-part");
        assertTrue(countPixels(png, VerdictColours.strong(Verdict.SUBJECT)) > 200,
                "SUBJECT nodes are drawn in red on the canvas");

        Path out = Path.of(System.getProperty("longarm.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        workbench.ui(() -> {
            graph.writePng(layout, out.resolve("ownership-hikvision-uk.png"));
            graph.writeSvg(layout, out.resolve("ownership-hikvision-uk.svg"));
            return null;
        });
        assertTrue(Files.size(out.resolve("ownership-hikvision-uk.png")) > 2000);
        String svg = Files.readString(out.resolve("ownership-hikvision-uk.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("id=\"" + VENDOR + "\"") && svg.contains("#c62828"));
    }

    @Test
    @Order(3)
    void theVerdictPartShowsTheEnginesVerdictAndEvidence() throws Exception {
        workbench.ui(() -> {
            session.setFocus(new WorkbenchSession.EntityFocus(VENDOR));
            return null;
        });
        VerdictPart verdict = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.VERDICT, VerdictPart.class));
        EntityVerdict engine = expected.entity(VENDOR).orElseThrow();
        assertEquals(Verdict.SUBJECT, engine.verdict());
        assertTrue(engine.reasons().contains("CONTROLLED_BY"), engine.reasons().toString());
        workbench.waitUntil(() -> engine.verdict().name().equals(verdict.shownVerdict()), WAIT);
        String text = workbench.ui(verdict::shownText);
        for (String reason : engine.reasons()) {
            assertTrue(text.contains(reason), "reason " + reason + " is shown");
        }
        for (Hop hop : engine.path()) {
            assertTrue(text.contains(hop.holderName()), "hop from " + hop.holderName() + " is shown");
            hop.sources().forEach(s -> assertTrue(text.contains(s.id()), "source " + s.id() + " is shown"));
        }
        session.lawPack().citations().forEach(c -> assertTrue(text.contains(c.code()), c.code()));
        workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.VERDICT), "verdict-part");
        workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.EXPLORER), "explorer-part");
        Shell shell = workbench.mainShell();
        workbench.screenshot(shell, "workbench-hikvision-uk");
    }

    @Test
    @Order(4)
    void theInventoryListsEveryDeviceWithTheEnginesActions() throws Exception {
        InventoryPart inventory = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.INVENTORY, InventoryPart.class));
        assertEquals(expected.devices().size(), (int) workbench.ui(() -> inventory.viewer().getTable().getItemCount()));
        DeviceVerdict wha002 = expected.device("WHA-002").orElseThrow();
        assertTrue(wha002.actions().containsAll(List.of("REMOVE", "DISCONNECT_FROM_CORE_NETWORK")), wha002.actions().toString());
        for (DeviceVerdict device : expected.devices()) {
            String shown = workbench.ui(() -> {
                for (TableItem item : inventory.viewer().getTable().getItems()) {
                    if (item.getText(0).equals(device.device().assetId())) {
                        return item.getText(7) + "|" + item.getText(8);
                    }
                }
                return null;
            });
            assertEquals(device.verdict() + "|" + String.join(", ", device.actions()), shown, device.device().assetId());
        }
        workbench.ui(() -> {
            inventory.filter().setText("WHA-");
            return null;
        });
        int filtered = workbench.ui(() -> inventory.viewer().getTable().getItemCount());
        assertEquals(expected.devices().stream().filter(d -> d.device().assetId().contains("WHA-")).count(), filtered);
        workbench.ui(() -> {
            DeviceVerdict row = session.snapshot().device("WHA-002");
            inventory.viewer().setSelection(new StructuredSelection(row), true);
            return null;
        });
        assertEquals(new WorkbenchSession.DeviceFocus("WHA-002"), session.focus());
        VerdictPart verdict = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.VERDICT, VerdictPart.class));
        workbench.waitUntil(() -> verdict.shownText().contains("Device WHA-002"), WAIT);
        String text = workbench.ui(verdict::shownText);
        assertTrue(text.contains("REMOVE") && text.contains("DISCONNECT_FROM_CORE_NETWORK"), text);
        workbench.ui(() -> {
            inventory.filter().setText("");
            return null;
        });
        GraphPart graph = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.GRAPH, GraphPart.class));
        workbench.waitUntil(() -> !graph.drawing() && graph.layout() != null
                && (graph.layout().graph().root().equals(wha002.manufacturerKey())
                        || graph.layout().graph().root().equals(wha002.brandOwnerKey())), WAIT);
        workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.INVENTORY), "inventory-part");
        workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.VERDICT), "verdict-part-device");
        workbench.screenshot(workbench.mainShell(), "workbench-window-device");
    }

    @Test
    @Order(5)
    void anEarlierAsOfDateRecomputesTheVerdicts() throws Exception {
        workbench.ui(() -> {
            session.setAsOf(LocalDate.of(2010, 1, 1));
            return null;
        });
        workbench.waitUntil(() -> !session.computing() && session.snapshot() != null
                && session.snapshot().verdicts().asOf().equals(LocalDate.of(2010, 1, 1)), WAIT);
        Verdicts then = VerdictEngine.compute(session.graph(), LocalDate.of(2010, 1, 1), session.lawPack(),
                session.settings(), session.policy(), new NullProgressMonitor());
        assertEquals(then.entity(VENDOR).map(EntityVerdict::verdict),
                java.util.Optional.ofNullable(session.snapshot().entity(VENDOR)).map(EntityVerdict::verdict));
        workbench.ui(() -> {
            session.setAsOf(LocalDate.parse(WorkbenchOnTestDatabase.AS_OF));
            return null;
        });
        workbench.waitUntil(() -> !session.computing() && session.snapshot().verdicts().asOf()
                .equals(LocalDate.parse(WorkbenchOnTestDatabase.AS_OF)), WAIT);
    }

    @Test
    @Order(6)
    void exportReportWritesTheBatchFormats() throws Exception {
        Path out = Path.of(System.getProperty("longarm.screenshots", "target/screenshots")).getParent()
                .resolve("report-from-workbench.json");
        // the built-in report formats come with the report bundles; a test format exercises the same handler path
        var registration = org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(ReportFormat.class, new LinesFormat(), null);
        List<ReportFormat> formats;
        try {
            formats = Contributions.reportFormats();
        } finally {
            registration.unregister();
        }
        out = out.resolveSibling("report-from-workbench.lines");
        ReportFormat json = ExportReportHandler.formatFor(out, formats);
        assertNotNull(json, "a report format for .lines is installed: " + formats);
        Job job = ExportReportHandler.export(session, out, json, null);
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains(VENDOR) && report.contains("WHA-002"), "the report covers the estate");
    }

    @Test
    @Order(7)
    void anInterestAddedInTheWorkbenchIsStoredWithItsSourceAndChangesTheVerdict() throws Throwable {
        EntityVerdict clear = expected.entities().stream()
                .filter(e -> e.verdict() == Verdict.CLEAR && !e.person()).findFirst().orElseThrow();
        EntityVerdict state = expected.entities().stream()
                .filter(e -> e.reasons().contains("SCOPE_STATE")).findFirst().orElseThrow();
        Job job = org.longarm.ui.internal.handlers.AddInterestHandler.write(session,
                new org.longarm.ui.internal.editing.GraphEdits.NewInterest(state.key(), clear.key(),
                        org.longarm.model.InterestType.SHAREHOLDING, 60.0, null, null, "UI test: a made-up holding",
                        "https://example.org/made-up"));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        workbench.waitUntil(() -> !session.computing() && session.snapshot().entity(clear.key()).verdict()
                == Verdict.SUBJECT, WAIT);
        Verdicts now = VerdictEngine.compute(session.graph(), LocalDate.parse(WorkbenchOnTestDatabase.AS_OF),
                session.lawPack(), session.settings(), session.policy(), new NullProgressMonitor());
        EntityVerdict changed = now.entity(clear.key()).orElseThrow();
        assertEquals(changed.verdict(), session.snapshot().entity(clear.key()).verdict());
        assertTrue(changed.reasons().contains("CONTROLLED_BY"), changed.reasons().toString());
        assertEquals(clear.name(), changed.name(), "writing the relationship leaves the stored entity as it was");
        assertEquals(clear.jurisdiction(), changed.jurisdiction());
        assertTrue(changed.path().stream().flatMap(h -> h.sources().stream())
                .anyMatch(src -> "Longarm workbench (analyst entry)".equals(src.publisherName())
                        && "https://example.org/made-up".equals(src.url())),
                "the new fact carries its source: " + changed.path());

        // undo of an add deletes the relationship and its source from the store; redo stores them again
        org.longarm.ui.internal.editing.StoreCommand add = (org.longarm.ui.internal.editing.StoreCommand) session
                .commandStack().getUndoCommand();
        assertEquals("Add shareholding of " + state.key() + " in " + clear.key(), add.getLabel());
        String relationshipKey = org.eclipse.emf.ecore.util.EcoreUtil.getID(add.created().get(1));
        String sourceKey = org.eclipse.emf.ecore.util.EcoreUtil.getID(add.created().get(0));
        whileAnImportRuns(() -> {
            Job refused = session.undo();
            refused.join();
            assertFalse(refused.getResult().isOK(), "the undo of an add is refused while an import runs");
            assertTrue(errorDialogText("Edit not saved").contains("is running"));
            assertTrue(session.store().get(LongarmPackage.Literals.RELATIONSHIP, relationshipKey).isPresent()
                    && session.store().get(LongarmPackage.Literals.SOURCE, sourceKey).isPresent(), "nothing deleted");
            assertTrue(workbench.ui(() -> session.commandStack().getUndoCommand() == add), "it can be tried again");
        });
        awaitEdit(session.undo());
        assertTrue(session.store().get(LongarmPackage.Literals.RELATIONSHIP, relationshipKey).isEmpty(), "undo deleted the relationship");
        assertTrue(session.store().get(LongarmPackage.Literals.SOURCE, sourceKey).isEmpty(), "undo deleted its source");
        assertEquals(clear.verdict(), session.snapshot().entity(clear.key()).verdict());
        awaitEdit(session.redo());
        assertTrue(session.store().get(LongarmPackage.Literals.RELATIONSHIP, relationshipKey).isPresent(), "redo stored it again");
        assertEquals(changed.verdict(), session.snapshot().entity(clear.key()).verdict());

        // the added relationship is the copy that later edits work on, with its parties whole, so that an undo of the
        // add after a change of it and that change's undo meets the version they left
        Relationship added = (Relationship) session.editable(LongarmPackage.Literals.RELATIONSHIP, relationshipKey)
                .orElseThrow();
        assertSame(add.created().get(1), added);
        assertEquals(clear.name(), added.getSubject().getName());
        var values = org.longarm.ui.internal.editing.GraphEdits.InterestValues.of(added.getInterests().get(0));
        awaitEdit(session.execute(org.longarm.ui.internal.editing.GraphEdits.changeInterest(session, added, 0,
                clear.key(), new org.longarm.ui.internal.editing.GraphEdits.InterestValues(values.type(), 30.0, null,
                        null, values.start(), values.end()), "UI test: a change of the added holding", null)));
        assertEquals(30.0, stored(relationshipKey).getInterests().get(0).getShareExact());
        awaitEdit(session.undo());
        assertEquals(60.0, stored(relationshipKey).getInterests().get(0).getShareExact(), "the change undone");
        Job undoAdd = session.undo(); // leave the graph as the other tests expect it
        awaitEdit(undoAdd);
        assertTrue(undoAdd.getResult().isOK(), undoAdd.getResult().toString());
        assertTrue(session.store().get(LongarmPackage.Literals.RELATIONSHIP, relationshipKey).isEmpty());
        assertEquals(clear.verdict(), session.snapshot().entity(clear.key()).verdict());
    }

    /** Runs an edit's job to its end and waits for the verdicts it triggers. */
    private void awaitEdit(Job job) throws Exception {
        job.join();
        workbench.waitUntil(() -> !session.busy(), WAIT);
    }

    private static final String HOLDING = "rel-hikvision-hikvision-uk";

    private Relationship stored(String key) {
        return (Relationship) session.store().get(LongarmPackage.Literals.RELATIONSHIP, key).orElseThrow();
    }

    /** Opens the interest dialog as the Verdict part's hop links do, and returns its shell once it shows. */
    private Shell openInterestDialog(InterestDialog.Mode mode, String title) throws Exception {
        Shell main = workbench.mainShell();
        workbench.ui(() -> EditInterestHandler.open(main, session, HOLDING, "shareholding", mode));
        workbench.waitUntil(() -> java.util.Arrays.stream(workbench.display().getShells())
                .anyMatch(s -> !s.isDisposed() && s.isVisible() && s.getText().equals(title)), WAIT);
        return workbench.ui(() -> java.util.Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.getText().equals(title)).findFirst().orElseThrow());
    }

    /** Presses a button from the UI thread's queue, so that the test thread goes on while a dialog it opens waits. */
    private void pressLater(Shell shell, String buttonText) throws Exception {
        org.eclipse.swt.widgets.Button button = workbench.ui(() -> find(shell, org.eclipse.swt.widgets.Button.class)
                .stream().filter(b -> b.getText().replace("&", "").equals(buttonText)).findFirst().orElseThrow());
        workbench.display().asyncExec(() -> button.notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event()));
    }

    private void press(Shell shell, String buttonText) throws Exception {
        workbench.ui(() -> {
            org.eclipse.swt.widgets.Button button = find(shell, org.eclipse.swt.widgets.Button.class).stream()
                    .filter(b -> b.getText().replace("&", "").equals(buttonText)).findFirst().orElseThrow();
            button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
    }

    /** The text of the error dialog titled {@code title} once it shows; closes it. */
    private String errorDialogText(String title) throws Exception {
        workbench.waitUntil(() -> java.util.Arrays.stream(workbench.display().getShells())
                .anyMatch(s -> !s.isDisposed() && s.isVisible() && s.getText().equals(title)), WAIT);
        return workbench.ui(() -> {
            Shell dialog = java.util.Arrays.stream(workbench.display().getShells())
                    .filter(s -> !s.isDisposed() && s.getText().equals(title)).findFirst().orElseThrow();
            String text = find(dialog, org.eclipse.swt.widgets.Label.class).stream()
                    .map(org.eclipse.swt.widgets.Label::getText).collect(Collectors.joining("\n"));
            dialog.close();
            return text;
        });
    }

    private Verdicts engineNow() {
        return VerdictEngine.compute(session.graph(), LocalDate.parse(WorkbenchOnTestDatabase.AS_OF),
                session.lawPack(), session.settings(), session.policy(), new NullProgressMonitor());
    }

    private String undoMenuLabel() throws Exception {
        return workbench.ui(() -> {
            org.eclipse.e4.ui.workbench.modeling.EModelService models = app.getContext()
                    .get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
            return models.findElements(app, org.longarm.ui.internal.SessionAddon.UNDO_ITEM,
                    org.eclipse.e4.ui.model.application.ui.menu.MMenuItem.class, null,
                    org.eclipse.e4.ui.workbench.modeling.EModelService.ANYWHERE
                            | org.eclipse.e4.ui.workbench.modeling.EModelService.IN_MAIN_MENU)
                    .get(0).getLabel();
        });
    }

    @Test
    @Order(9)
    void changingAShareInTheDialogChangesTheVerdictAndUndoAndRedoFollowInTheStore() throws Exception {
        Verdict before = session.snapshot().entity(VENDOR).verdict();
        assertEquals(expected.entity(VENDOR).orElseThrow().verdict(), before);
        assertEquals(100.0, stored(HOLDING).getInterests().get(0).getShareExact());
        workbench.ui(() -> {
            session.setFocus(new WorkbenchSession.EntityFocus(VENDOR));
            return null;
        });
        Shell dialog = openInterestDialog(InterestDialog.Mode.CHANGE, "Change an interest in " + VENDOR);
        workbench.ui(() -> {
            InterestDialog interest = (InterestDialog) dialog.getData();
            assertEquals("100", interest.field("share").getText(), "the dialog shows the stored share");
            interest.field("share").setText("10");
            interest.field("source").setText("UI test: the holding was cut to 10 %");
            interest.field("url").setText("https://example.org/cut");
            return null;
        });
        Thread.sleep(500); // let GTK paint the typed text before the screen is read back
        Path png = workbench.screenshot(dialog, "edit-interest-dialog");
        assertTrue(Files.size(png) > 1000);
        press(dialog, "OK");
        workbench.waitUntil(() -> dialog.isDisposed(), WAIT);
        workbench.waitUntil(() -> !session.busy(), WAIT);

        Relationship changed = stored(HOLDING);
        assertEquals(10.0, changed.getInterests().get(0).getShareExact(), "the new share is in Neo4j");
        org.longarm.model.Source source = changed.getSources().stream()
                .filter(s -> org.longarm.ui.internal.editing.GraphEdits.PUBLISHER.equals(s.getPublisherName()))
                .findFirst().orElseThrow(() -> new AssertionError("the change carries the analyst's source"));
        assertEquals("UI test: the holding was cut to 10 %", source.getDescription());
        assertEquals("https://example.org/cut", source.getUrl());
        assertEquals(LocalDate.now(), source.getStatementDate());
        String sourceKey = source.getId();

        EntityVerdict engine = engineNow().entity(VENDOR).orElseThrow();
        assertFalse(engine.verdict() == before, "cutting the holding to 10 % changes the engine's verdict on " + VENDOR);
        assertEquals(engine.verdict(), session.snapshot().entity(VENDOR).verdict());
        VerdictPart verdict = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.VERDICT, VerdictPart.class));
        workbench.waitUntil(() -> engine.verdict().name().equals(verdict.shownVerdict()), WAIT);
        assertTrue(undoMenuLabel().contains("Undo Change interest in " + VENDOR), undoMenuLabel());

        awaitEdit(session.undo());
        assertEquals(100.0, stored(HOLDING).getInterests().get(0).getShareExact(), "undo restored the share in Neo4j");
        assertTrue(stored(HOLDING).getSources().stream().noneMatch(s -> s != null && sourceKey.equals(s.getId())));
        assertTrue(session.store().get(LongarmPackage.Literals.SOURCE, sourceKey).isEmpty(), "undo deleted the source");
        assertEquals(before, session.snapshot().entity(VENDOR).verdict());
        assertEquals(before, engineNow().entity(VENDOR).orElseThrow().verdict());
        workbench.waitUntil(() -> before.name().equals(verdict.shownVerdict()), WAIT);
        assertTrue(workbench.ui(() -> session.commandStack().canRedo()));

        awaitEdit(session.redo());
        assertEquals(10.0, stored(HOLDING).getInterests().get(0).getShareExact(), "redo applied the share again");
        assertTrue(session.store().get(LongarmPackage.Literals.SOURCE, sourceKey).isPresent(), "redo stored the source");
        assertEquals(engine.verdict(), session.snapshot().entity(VENDOR).verdict());

        awaitEdit(session.undo()); // leave the graph as imported
        assertEquals(100.0, stored(HOLDING).getInterests().get(0).getShareExact());
        assertEquals(before, session.snapshot().entity(VENDOR).verdict());
    }

    @Test
    @Order(10)
    void endingAnInterestSetsItsEndDateWithItsSource() throws Exception {
        Verdict before = session.snapshot().entity(VENDOR).verdict();
        Shell dialog = openInterestDialog(InterestDialog.Mode.END, "End an interest in " + VENDOR);
        workbench.ui(() -> {
            InterestDialog interest = (InterestDialog) dialog.getData();
            assertFalse(interest.field("share").isEnabled(), "ending changes only the end date");
            interest.field("end").setText("2020-12-31");
            interest.field("source").setText("UI test: sold at the end of 2020");
            return null;
        });
        press(dialog, "OK");
        workbench.waitUntil(() -> dialog.isDisposed(), WAIT);
        workbench.waitUntil(() -> !session.busy(), WAIT);
        assertEquals(LocalDate.of(2020, 12, 31), stored(HOLDING).getInterests().get(0).getEndDate());
        assertEquals(100.0, stored(HOLDING).getInterests().get(0).getShareExact(), "the share is kept");
        assertTrue(undoMenuLabel().contains("Undo End interest in " + VENDOR), undoMenuLabel());
        EntityVerdict engine = engineNow().entity(VENDOR).orElseThrow();
        assertEquals(engine.verdict(), session.snapshot().entity(VENDOR).verdict());
        assertFalse(engine.verdict() == before, "an ended holding no longer decides the verdict");

        awaitEdit(session.undo());
        assertEquals(null, stored(HOLDING).getInterests().get(0).getEndDate(), "undo reopened the interest");
        assertEquals(before, session.snapshot().entity(VENDOR).verdict());
    }

    @Test
    @Order(11)
    void aPropertyEditedInThePropertiesPartIsSavedAndUndone() throws Exception {
        workbench.ui(() -> {
            session.setFocus(new WorkbenchSession.EntityFocus(VENDOR));
            return null;
        });
        PropertiesPart properties = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.PROPERTIES,
                PropertiesPart.class));
        workbench.waitUntil(() -> properties.shown() != null && VENDOR.equals(EcoreUtilID(properties.shown()))
                && !properties.loading(), WAIT);
        PropertiesPart.PropertyRow name = workbench.ui(() -> properties.rows().stream()
                .filter(r -> r instanceof PropertiesPart.PropertyRow p && p.name().equals("Name"))
                .map(PropertiesPart.PropertyRow.class::cast).findFirst().orElseThrow());
        assertEquals("Hikvision UK Limited", name.value(), "the value label comes from the item provider");
        assertTrue(name.editable());
        assertTrue(workbench.ui(() -> properties.rows().stream().anyMatch(r -> r instanceof PropertiesPart.PropertyRow p
                && p.name().equals("Id") && !p.editable())), "the key is shown, not editable");
        workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.PROPERTIES), "properties-part");

        awaitEdit(workbench.ui(() -> properties.apply(name, "Hikvision UK Limited (renamed in a test)")));
        org.longarm.model.Organisation fresh = (org.longarm.model.Organisation) session.store()
                .get(LongarmPackage.Literals.ENTITY, VENDOR).orElseThrow();
        assertEquals("Hikvision UK Limited (renamed in a test)", fresh.getName(), "the edit is in Neo4j");
        assertEquals(expected.entity(VENDOR).orElseThrow().jurisdiction(),
                fresh.getJurisdiction() == null ? null : fresh.getJurisdiction().getCode(), "the rest is kept");
        workbench.waitUntil(() -> !properties.loading() && properties.rows().stream().anyMatch(
                r -> r instanceof PropertiesPart.PropertyRow p && p.value().endsWith("(renamed in a test)")), WAIT);
        assertTrue(undoMenuLabel().contains("Undo Set Name of " + VENDOR), undoMenuLabel());

        awaitEdit(session.undo());
        assertEquals("Hikvision UK Limited", ((org.longarm.model.Organisation) session.store()
                .get(LongarmPackage.Literals.ENTITY, VENDOR).orElseThrow()).getName(), "undo restored the name");

        // a click on an edge's label in the ownership graph shows its relationship, interests as branches
        GraphPart graph = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.GRAPH, GraphPart.class));
        workbench.waitUntil(() -> !graph.drawing() && graph.layout() != null
                && graph.layout().graph().root().equals(VENDOR), WAIT);
        GraphLayout.PlacedEdge holding = graph.layout().edges().stream()
                .filter(e -> e.edge().subject().equals(VENDOR) && e.edge().relationshipKeys().contains(HOLDING))
                .findFirst().orElseThrow(() -> new AssertionError("the graph's edge knows its relationship"));
        assertEquals(holding, graph.layout().edgeAt(holding.labelX() + holding.labelWidth() / 2,
                holding.labelY() + holding.labelHeight() / 2), "the edge's label is its click target");
        workbench.ui(() -> {
            graph.selectEdge(holding.edge());
            return null;
        });
        assertEquals(new WorkbenchSession.Inspected(LongarmPackage.Literals.RELATIONSHIP, HOLDING), session.inspected());
        workbench.waitUntil(() -> properties.shown() instanceof Relationship && !properties.loading(), WAIT);
        assertTrue(workbench.ui(() -> properties.rows().stream().anyMatch(r -> r instanceof PropertiesPart.ChildRow c
                && c.properties().stream().anyMatch(p -> p.name().equals("Share Exact") && p.value().equals("100.0")))),
                "the interest's share is shown: " + workbench.ui(properties::rows));
        workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.PROPERTIES), "properties-part-relationship");
    }

    private static String EcoreUtilID(org.eclipse.emf.ecore.EObject object) {
        return org.eclipse.emf.ecore.util.EcoreUtil.getID(object);
    }

    @Test
    @Order(12)
    void aConcurrentChangeIsRefusedWithAMessageNamingTheRelationship() throws Exception {
        Relationship mine = (Relationship) session.editable(LongarmPackage.Literals.RELATIONSHIP, HOLDING).orElseThrow();
        Relationship theirs = stored(HOLDING);
        theirs.getInterests().get(0).setDetails("changed by another analyst");
        session.store().update(theirs);

        var values = org.longarm.ui.internal.editing.GraphEdits.InterestValues.of(mine.getInterests().get(0));
        Job job = session.execute(org.longarm.ui.internal.editing.GraphEdits.changeInterest(session, mine, 0, VENDOR,
                new org.longarm.ui.internal.editing.GraphEdits.InterestValues(values.type(), 20.0, null, null,
                        values.start(), values.end()), "UI test: a stale edit", null));
        job.join();
        assertFalse(job.getResult().isOK(), "the stale edit is refused");
        String message = errorDialogText("Edit not saved");
        assertTrue(message.contains(HOLDING) && message.contains("changed by someone else"), message);
        Relationship now = stored(HOLDING);
        assertEquals(100.0, now.getInterests().get(0).getShareExact(), "nothing was overwritten");
        assertEquals("changed by another analyst", now.getInterests().get(0).getDetails());
        assertFalse(workbench.ui(() -> session.commandStack().canUndo() && session.commandStack().getUndoCommand()
                .getLabel().contains("stale")), "a refused edit is not on the undo stack");

        now.getInterests().get(0).setDetails(null); // leave the graph as imported
        session.store().update(now);
        workbench.waitUntil(() -> !session.busy(), WAIT);
    }

    @Test
    @Order(13)
    void anUndoOrRedoRefusedWhileAnImportRunsChangesNothingAndCanBeTriedAgainAfterIt() throws Throwable {
        org.longarm.model.Organisation vendor = (org.longarm.model.Organisation) session
                .editable(LongarmPackage.Literals.ENTITY, VENDOR).orElseThrow();
        String imported = vendor.getName(), renamed = imported + " (an undo refused in a test)";
        String label = "Set Name of " + VENDOR;
        awaitEdit(session.execute(org.longarm.ui.internal.editing.GraphEdits.setProperty(session, vendor,
                LongarmPackage.Literals.ENTITY__NAME, renamed, "Name")));
        assertEquals(renamed, storedName(VENDOR));

        whileAnImportRuns(() -> {
            Job undo = session.undo();
            undo.join();
            assertFalse(undo.getResult().isOK(), "the undo is refused while the import runs");
            String message = errorDialogText("Edit not saved");
            assertTrue(message.contains("Undo " + label) && message.contains("is running"), message);
            assertEquals(renamed, storedName(VENDOR), "the refused undo changed nothing in the store");
            assertEquals(renamed, vendor.getName(), "nor in memory");
            assertTrue(workbench.ui(() -> session.commandStack().canUndo()
                    && session.commandStack().getUndoCommand().getLabel().equals(label)), "the undo can be tried again");
        });
        awaitEdit(session.undo());
        assertEquals(imported, storedName(VENDOR), "tried again after the import, the undo is saved");

        whileAnImportRuns(() -> {
            Job redo = session.redo();
            redo.join();
            assertFalse(redo.getResult().isOK(), "the redo is refused while the import runs");
            assertTrue(errorDialogText("Edit not saved").contains("is running"));
            assertEquals(imported, storedName(VENDOR), "the refused redo changed nothing in the store");
            assertEquals(imported, vendor.getName(), "nor in memory");
            assertTrue(workbench.ui(() -> session.commandStack().canRedo()
                    && session.commandStack().getRedoCommand().getLabel().equals(label)), "the redo can be tried again");
        });
        awaitEdit(session.redo());
        assertEquals(renamed, storedName(VENDOR), "tried again after the import, the redo is saved");
        awaitEdit(session.undo()); // the graph as imported, for the tests after this one
        assertEquals(imported, storedName(VENDOR));
    }

    /** Runs {@code check} while a staged write through the session's store holds the database's write lock. */
    private void whileAnImportRuns(org.junit.jupiter.api.function.Executable check) throws Throwable {
        java.util.concurrent.CountDownLatch staged = new java.util.concurrent.CountDownLatch(1),
                release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> importing = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> session.store().writeStaged(writer -> {
                    staged.countDown(); // a staged write's work runs while it holds the lock
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }, new NullProgressMonitor()));
        try {
            assertTrue(staged.await(1, java.util.concurrent.TimeUnit.MINUTES), "the import started");
            check.execute();
        } finally {
            release.countDown();
        }
        importing.get(2, java.util.concurrent.TimeUnit.MINUTES);
        workbench.waitUntil(() -> !session.busy(), WAIT);
    }

    @Test
    @Order(14)
    void changingTheDatabaseReconnectsAtOnceAndKeepsTheConnectionWhenTheNewOneFails() throws Exception {
        String uri = org.longarm.testing.TestNeo4j.settings().uri();
        org.longarm.core.store.ModelStore storeBefore = session.store();
        Job job = session.reconnect(org.longarm.testing.TestNeo4j.options(), "the test server at " + uri);
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        workbench.waitUntil(() -> !session.busy(), WAIT);
        assertTrue(session.store() != storeBefore, "a new connection replaced the previous one");
        assertTrue(session.describeStore().contains(uri), "connected by URI: " + session.describeStore());
        assertTrue(session.statusMessage().startsWith("Connected to"), session.statusMessage());
        assertEquals(expected.entities().size(), session.snapshot().verdicts().entities().size());
        assertEquals(expected.entity(VENDOR).orElseThrow().verdict(), session.snapshot().entity(VENDOR).verdict());
        assertFalse(workbench.ui(() -> session.commandStack().canUndo()), "the undo history belongs to the old connection");

        // OK in the preferences with another database setting reconnects at once (embedded, in the test server's
        // data folder: the running server is found there, so no secure storage is involved)
        org.longarm.core.store.ModelStore beforeDialog = session.store();
        Shell main = workbench.mainShell();
        workbench.display().asyncExec(() -> new org.longarm.ui.internal.handlers.PreferencesDialog(main, session).open());
        workbench.waitUntil(() -> java.util.Arrays.stream(workbench.display().getShells())
                .anyMatch(sh -> !sh.isDisposed() && sh.isVisible() && sh.getText().equals("Longarm preferences")), WAIT);
        Shell preferences = workbench.ui(() -> java.util.Arrays.stream(workbench.display().getShells())
                .filter(sh -> !sh.isDisposed() && sh.getText().equals("Longarm preferences")).findFirst().orElseThrow());
        workbench.ui(() -> {
            ((org.longarm.ui.internal.handlers.PreferencesDialog) preferences.getData()).dataDirField()
                    .setText(org.longarm.testing.TestNeo4j.dataDir().toString());
            return null;
        });
        press(preferences, "OK");
        try {
            workbench.waitUntil(() -> preferences.isDisposed() && session.store() != beforeDialog && !session.busy(), WAIT);
            assertEquals(expected.entity(VENDOR).orElseThrow().verdict(),
                    session.snapshot().entity(VENDOR).verdict(), "verdicts recomputed on the new connection");
        } finally {
            var node = new org.longarm.ui.internal.WorkbenchPreferences(System.getenv()).node();
            node.remove(org.longarm.ui.internal.WorkbenchPreferences.DATA_DIR);
            node.flush();
        }

        Job failing = session.reconnect(new org.longarm.store.neo4j.LongarmDatabase.Options(
                org.longarm.testing.TestNeo4j.dataDir(), new org.longarm.store.neo4j.Neo4jSettings("bolt://127.0.0.1:1",
                        "neo4j", "wrong".toCharArray(), null), org.longarm.testing.TestNeo4j.RESOURCES), "nothing on port 1");
        failing.join();
        assertFalse(failing.getResult().isOK());
        String message = errorDialogText("Database not changed");
        assertTrue(message.contains("nothing on port 1") && message.contains(uri), message);
        org.longarm.core.store.ModelStore kept = session.store();
        assertTrue(session.describeStore().contains(uri), "the previous connection is kept");
        assertEquals(expected.entities().size(), kept.view().counts().entities(), "and it still works");
    }

    @Test
    @Order(8)
    void aRejectedImportListsItsProblemsWithTheirLocationsAndChangesNothing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path bad = Files.createTempFile(dir, "bad-inventory", ".csv");
        Files.writeString(bad, "asset_id,site_id,site_name,site_sensitivity,connected_to_core_network,brand,model,installed\n"
                + "BAD-1,X,Somewhere,sensitive,maybe,Hikvision,DS-2CD2143G2-I,2020-13-45\n", StandardCharsets.UTF_8);
        long devices = session.graph().counts().devices();
        workbench.ui(() -> {
            org.longarm.ui.internal.handlers.ImportHandler.importWithFeedback(session, List.of(bad), workbench.display());
            return null;
        });
        Shell dialog = dialogTitled("Import rejected");
        workbench.screenshot(dialog, "import-problems-dialog");
        List<String> problems = listedAndClosed(dialog);
        assertFalse(problems.isEmpty());
        for (String problem : problems) {
            assertTrue(problem.matches(".*bad-inventory.*\\.csv:2(:\\d+)?: .+"), "file:line:column: message, not " + problem);
        }
        assertEquals(devices, session.graph().counts().devices(), "nothing was imported");
    }

    /**
     * A written import that left references as stubs (records neither its files nor the graph hold) says so on the
     * status line and lists them in a dialog. The report is built here: importing such a file into the shared test
     * database would add stubs to the verdicts that later tests count.
     */
    @Test
    @Order(8)
    void aWrittenImportListsTheReferencesItLeftAsStubs() throws Exception {
        org.longarm.core.io.ImportReport report = new org.longarm.core.io.ImportReport(
                List.of(new org.longarm.core.io.ImportReport.FileReport("relationships.jsonl", "BODS 0.4", "ab12",
                        3, 3, 0, false)),
                List.of(), 0, List.of("GB-COH:01234567", "ghost-holder"), 1_203);
        workbench.display().asyncExec(() -> org.longarm.ui.internal.handlers.ImportHandler.reportWritten(session,
                workbench.display(), report, "Imported 1 file(s): 3 facts written"));
        Shell dialog = dialogTitled("Imported:");
        assertEquals("Imported: 1,205 references left as stubs", workbench.ui(dialog::getText));
        workbench.screenshot(dialog, "import-unresolved-references-dialog");
        List<String> listed = listedAndClosed(dialog);
        assertEquals(List.of("GB-COH:01234567", "ghost-holder",
                "... and 1,203 more, met after a thousand others: counted, not named"), listed);
        assertEquals("Imported 1 file(s): 3 facts written; 1,205 references left as stubs",
                workbench.ui(session::statusMessage));
    }

    /**
     * A written import's warnings (here a product line that a stored one outranks, as the importer words it) come
     * first in the same dialog, at their file and line, and the status line counts them.
     */
    @Test
    @Order(8)
    void aWrittenImportListsItsWarningsBeforeTheReferencesItLeftAsStubs() throws Exception {
        String warning = "product line 'lorex|*|2019-01-01' is outranked from 2020-01-01 by 'lorex|*|2020-01-01'"
                + " (products.csv#2@3f1c0a9d27b4e685), stored before this import, which does not restate it";
        org.longarm.core.io.ImportReport report = new org.longarm.core.io.ImportReport(
                List.of(new org.longarm.core.io.ImportReport.FileReport("products-2.csv", "products", "cd34",
                        1, 3, 0, false)),
                List.of(), 0, List.of("GB-COH:01234567"), 0,
                List.of(new org.longarm.core.io.InputProblem("products-2.csv", 2, 0, null, null, warning)), 0);
        workbench.display().asyncExec(() -> org.longarm.ui.internal.handlers.ImportHandler.reportWritten(session,
                workbench.display(), report, "Imported 1 file(s): 3 facts written"));
        Shell dialog = dialogTitled("Imported:");
        assertEquals("Imported: 1 warning; 1 reference left as stubs", workbench.ui(dialog::getText));
        workbench.screenshot(dialog, "import-warnings-dialog");
        assertEquals(List.of("products-2.csv:2: " + warning, "GB-COH:01234567"), listedAndClosed(dialog));
        assertEquals("Imported 1 file(s): 3 facts written; 1 warning; 1 reference left as stubs",
                workbench.ui(session::statusMessage));
    }

    /**
     * File &gt; Imported files... lists every file imported into the database with the warnings its import found, read
     * back from the import records: here a product file whose corrected {@code valid_from} a stored line outranks,
     * imported through the workbench. Its brand has no devices, so no verdict changes; it runs last, on the test
     * database the tests before it leave.
     */
    @Test
    @Order(20)
    void theImportedFilesListEachFileWithTheWarningsItsImportFound(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String header = "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n";
        Path first = Files.writeString(dir.resolve("warncam-1.csv"),
                header + "Warncam,*,hikvision,hikvision,own,2020-01-01,,\n", StandardCharsets.UTF_8);
        Path corrected = Files.writeString(dir.resolve("warncam-2.csv"),
                header + "Warncam,*,hikvision,hikvision,OEM,2019-01-01,,\n", StandardCharsets.UTF_8);
        awaitImport(session.importFiles(List.of(first), r -> { }, e -> { }));
        workbench.display().asyncExec(() -> org.longarm.ui.internal.handlers.ImportHandler.importWithFeedback(session,
                List.of(corrected), workbench.display()));
        Shell written = dialogTitled("Imported:");
        List<String> warned = listedAndClosed(written);
        assertEquals(1, warned.size(), warned::toString);
        assertTrue(warned.get(0).startsWith(corrected + ":2: product line 'warncam|*|2019-01-01' is outranked"),
                warned::toString);
        workbench.waitUntil(() -> !session.busy(), WAIT);

        int recorded = session.graph().importedFiles().size();
        Shell window = workbench.mainShell();
        workbench.display().asyncExec(() -> org.longarm.ui.internal.handlers.ImportedFilesHandler.show(session,
                window));
        Shell dialog = dialogTitled("Imported files:");
        assertEquals("Imported files: %,d (1 warning)".formatted(recorded), workbench.ui(dialog::getText));
        org.eclipse.swt.widgets.Table table = workbench.ui(() -> find(dialog, org.eclipse.swt.widgets.Table.class)
                .get(0));
        org.eclipse.swt.widgets.Text details = workbench.ui(() -> find(dialog, org.eclipse.swt.widgets.Text.class)
                .get(0));
        int row = workbench.ui(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(6).equals(corrected.toString())) {
                    return i;
                }
            }
            throw new AssertionError("no row for " + corrected);
        });
        assertEquals(0, row, "the newest import first");
        assertEquals(List.of("products", "1", "1"), workbench.ui(() -> List.of(table.getItem(row).getText(1),
                table.getItem(row).getText(2), table.getItem(row).getText(5))));
        assertTrue(workbench.ui(() -> java.util.Arrays.stream(table.getItems()).anyMatch(i -> i.getText(6)
                .endsWith("ownership.json") && i.getText(1).equals("bods") && i.getText(5).equals("0"))),
                "the example's BODS file, imported on first start, without warnings");
        String shown = workbench.ui(details::getText);
        assertTrue(shown.contains("Warnings:\n" + warned.get(0)), shown);
        workbench.screenshot(dialog, "imported-files-dialog");
        workbench.ui(() -> {
            dialog.close();
            return null;
        });
    }

    /**
     * File &gt; Check import (dry run)... lists what an import of the files would report, and writes nothing: each
     * file's counts, then a product line that the stored lines (of the test before) outrank; and a row with an
     * impossible date as the problem that would refuse the import.
     */
    @Test
    @Order(21)
    void aDryRunListsWhatTheImportWouldReportAndWritesNothing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String command = workbench.ui(() -> {
            org.eclipse.e4.ui.workbench.modeling.EModelService models = app.getContext()
                    .get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
            return models.findElements(app, "org.longarm.ui.menuitem.checkImport",
                    org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem.class, null,
                    org.eclipse.e4.ui.workbench.modeling.EModelService.ANYWHERE
                            | org.eclipse.e4.ui.workbench.modeling.EModelService.IN_MAIN_MENU)
                    .get(0).getCommand().getElementId();
        });
        assertTrue(workbench.ui(() -> app.getHandlers().stream().anyMatch(h -> h.getCommand().getElementId().equals(
                command) && h.getContributionURI().endsWith(".CheckImportHandler"))), "the menu item has its handler");

        String header = "brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source\n";
        Path corrected = Files.writeString(dir.resolve("warncam-3.csv"),
                header + "Warncam,*,hikvision,hikvision,ODM,2018-01-01,,\n", StandardCharsets.UTF_8);
        org.longarm.core.graph.GraphCounts before = session.graph().counts();
        int recorded = session.graph().importedFiles().size();
        Shell window = workbench.mainShell();
        workbench.display().asyncExec(() -> org.longarm.ui.internal.handlers.CheckImportHandler.check(session,
                List.of(corrected), window));
        Shell dialog = dialogTitled("Dry run:");
        assertEquals("Dry run: 3 facts to write; 1 warning", workbench.ui(dialog::getText));
        workbench.screenshot(dialog, "check-import-dialog");
        String shown = workbench.ui(() -> find(dialog, org.eclipse.swt.widgets.Text.class).get(0).getText());
        List<String> lines = listedAndClosed(dialog);
        assertEquals(lines.get(1), shown, "the warning, the first thing to check, is selected and shown whole");
        assertEquals(2, lines.size(), lines::toString);
        assertEquals(corrected + ": products, 1 record, 3 facts to write, 0 superseded by newer statements",
                lines.get(0));
        assertTrue(lines.get(1).startsWith(corrected + ":2: product line 'warncam|*|2018-01-01' is outranked"),
                lines::toString);
        assertEquals(before, session.graph().counts(), "nothing written");
        assertEquals(recorded, session.graph().importedFiles().size(), "no import recorded");

        Path invalid = Files.writeString(dir.resolve("warncam-bad.csv"),
                header + "Warncam,*,hikvision,hikvision,own,2018-13-01,,\n", StandardCharsets.UTF_8);
        workbench.display().asyncExec(() -> org.longarm.ui.internal.handlers.CheckImportHandler.check(session,
                List.of(invalid), window));
        List<String> problems = listedAndClosed(dialogTitled("Dry run: the import would be refused: 1 problem(s)"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(invalid + ":2:"), problems::toString);
        assertEquals(before, session.graph().counts());
    }

    /** Waits for an import job and fails unless it succeeded. */
    private void awaitImport(Job job) throws Exception {
        workbench.waitUntil(() -> job.getResult() != null, WAIT);
        assertTrue(job.getResult().isOK(), job.getResult()::toString);
        workbench.waitUntil(() -> !session.busy(), WAIT);
    }

    /** Waits for the visible dialog whose title starts with {@code prefix}. */
    private Shell dialogTitled(String prefix) throws Exception {
        workbench.waitUntil(() -> java.util.Arrays.stream(workbench.display().getShells())
                .anyMatch(s -> !s.isDisposed() && s.isVisible() && s.getText().startsWith(prefix)), WAIT);
        return workbench.ui(() -> java.util.Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.getText().startsWith(prefix)).findFirst().orElseThrow());
    }

    /** The lines of {@code dialog}'s lists; the dialog is closed. */
    private List<String> listedAndClosed(Shell dialog) throws Exception {
        return workbench.ui(() -> {
            List<String> items = find(dialog, org.eclipse.swt.widgets.List.class).stream()
                    .flatMap(l -> java.util.Arrays.stream(l.getItems())).toList();
            dialog.close();
            return items;
        });
    }

    private static <T> List<T> find(org.eclipse.swt.widgets.Composite parent, Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }

    /** A minimal report format: one line per verdict. */
    private static final class LinesFormat implements ReportFormat {
        @Override
        public String id() {
            return "lines";
        }

        @Override
        public String extension() {
            return "lines";
        }

        @Override
        public void write(org.longarm.core.report.Report report, java.io.OutputStream out) throws java.io.IOException {
            StringBuilder text = new StringBuilder("as of " + report.verdicts().asOf() + "\n");
            report.verdicts().entities().forEach(e -> text.append(e.key()).append(' ').append(e.verdict()).append('\n'));
            report.verdicts().devices().forEach(d -> text.append(d.device().assetId()).append(' ').append(d.verdict())
                    .append(' ').append(d.actions()).append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private MApplication workbenchApp() {
        return app;
    }

    /** How many pixels of a PNG have exactly colour {@code rgb}. */
    static int countPixels(Path png, RGB rgb) {
        ImageData data = new ImageLoader().load(png.toString())[0];
        int count = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB pixel = data.palette.getRGB(data.getPixel(x, y));
                if (Math.abs(pixel.red - rgb.red) < 8 && Math.abs(pixel.green - rgb.green) < 8
                        && Math.abs(pixel.blue - rgb.blue) < 8) {
                    count++;
                }
            }
        }
        return count;
    }


    @Test
    @Order(15)
    void undoAndRedoKeysTakeBackAndReapplyAnEditInTheStore() throws Exception {
        workbench.ui(() -> {
            session.setFocus(new WorkbenchSession.EntityFocus(VENDOR));
            // the Properties part may still show a relationship an earlier test inspected, with the focus unchanged
            session.inspect(LongarmPackage.Literals.ENTITY, VENDOR);
            return null;
        });
        PropertiesPart properties = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.PROPERTIES,
                PropertiesPart.class));
        workbench.waitUntil(() -> properties.shown() != null && VENDOR.equals(EcoreUtilID(properties.shown()))
                && !properties.loading(), WAIT);
        String original = storedName(VENDOR);
        String renamed = original + " (renamed for the key test)";
        PropertiesPart.PropertyRow name = workbench.ui(() -> properties.rows().stream()
                .filter(r -> r instanceof PropertiesPart.PropertyRow p && p.name().equals("Name"))
                .map(PropertiesPart.PropertyRow.class::cast).findFirst().orElseThrow());
        awaitEdit(workbench.ui(() -> properties.apply(name, renamed)));
        assertEquals(renamed, storedName(VENDOR));

        // the keys go to the focused widget of the main window, as when the analyst works in the Explorer
        ExplorerPart explorer = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.EXPLORER, ExplorerPart.class));
        org.eclipse.swt.widgets.Tree tree = workbench.ui(() -> explorer.viewer().getTree());
        workbench.focus(tree);
        // what the display receives, for the failure message: a key that arrives but runs nothing is a binding fault
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.eclipse.swt.widgets.Listener recorder = e -> received.add(String.format("keyCode=%d character=%d state=%d in %s",
                e.keyCode, (int) e.character, e.stateMask, e.widget));
        workbench.ui(() -> {
            workbench.display().addFilter(org.eclipse.swt.SWT.KeyDown, recorder);
            return null;
        });
        keyDiagnostics = () -> {
            var bindings = app.getChildren().get(0).getContext().get(org.eclipse.e4.ui.bindings.EBindingService.class);
            return "keys received: " + received + "; Ctrl+Y is bound to "
                    + bindings.getPerfectMatch(bindings.createSequence("M1+Y")) + "; Ctrl+Shift+Z to "
                    + bindings.getPerfectMatch(bindings.createSequence("M1+M2+Z")) + "; can redo: "
                    + session.commandStack().canRedo() + "; focus: " + workbench.display().getFocusControl();
        };
        workbench.typeKey(org.eclipse.swt.SWT.CTRL, 'z');
        awaitStoredName(VENDOR, original, "Ctrl+Z undid the rename in Neo4j");
        workbench.typeKey(org.eclipse.swt.SWT.CTRL | org.eclipse.swt.SWT.SHIFT, 'z');
        awaitStoredName(VENDOR, renamed, "Ctrl+Shift+Z redid it");
        workbench.typeKey(org.eclipse.swt.SWT.CTRL, 'z');
        awaitStoredName(VENDOR, original, "Ctrl+Z undid it again");
        workbench.typeKey(org.eclipse.swt.SWT.CTRL, 'y');
        awaitStoredName(VENDOR, renamed, "Ctrl+Y redid it");
        workbench.typeKey(org.eclipse.swt.SWT.CTRL, 'z'); // leave the graph as imported
        awaitStoredName(VENDOR, original, "a last Ctrl+Z restored the name");
        assertFalse(workbench.ui(() -> session.commandStack().canUndo()), "the rename was the only edit on the stack");
        assertTrue(workbench.ui(() -> session.commandStack().canRedo()), "and it can be redone");
        workbench.ui(() -> {
            workbench.display().removeFilter(org.eclipse.swt.SWT.KeyDown, recorder);
            return null;
        });
    }

    private java.util.concurrent.Callable<String> keyDiagnostics = () -> "";

    private String storedName(String key) {
        return ((org.longarm.model.Entity) session.store().get(LongarmPackage.Literals.ENTITY, key).orElseThrow()).getName();
    }

    /** Waits until the edit job a key started has written {@code expected} and the verdicts are settled. */
    private void awaitStoredName(String key, String expected, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(expected.equals(storedName(key)) && !session.busy())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": the stored name is still \u201c" + storedName(key) + "\u201d; "
                        + workbench.ui(keyDiagnostics));
            }
            Thread.sleep(100);
        }
    }

    @Test
    @Order(16)
    void serverCredentialsFromThePreferencesAreKeptInSecureStorageOnlyAndCanBeForgotten() throws Exception {
        org.longarm.store.neo4j.Neo4jSettings server = org.longarm.testing.TestNeo4j.settings();
        String password = new String(server.password());
        assertTrue(password.length() >= 8, "the test server's generated password is distinctive enough to search for");
        org.longarm.core.store.ModelStore before = session.store();
        Shell preferences = openPreferences();
        workbench.ui(() -> {
            var dialog = (org.longarm.ui.internal.handlers.PreferencesDialog) preferences.getData();
            dialog.chooseServer(true);
            dialog.serverField("uri").setText(server.uri());
            dialog.serverField("user").setText(server.user());
            dialog.serverField("password").setText(password);
            return null;
        });
        pressLater(preferences, "OK"); // OK may open an error dialog, which waits for the user on the UI thread
        Shell error = workbench.ui(() -> java.util.Arrays.stream(workbench.display().getShells()).filter(sh -> !sh.isDisposed()
                && sh.isVisible() && sh.getText().equals("Preferences")).findFirst().orElse(null));
        for (long deadline = System.nanoTime() + WAIT.toNanos(); error == null
                && !(workbench.ui(preferences::isDisposed) && session.store() != before && !session.busy());) {
            assertTrue(System.nanoTime() < deadline, "the preferences were neither saved nor refused");
            Thread.sleep(100);
            error = workbench.ui(() -> java.util.Arrays.stream(workbench.display().getShells()).filter(sh -> !sh.isDisposed()
                    && sh.isVisible() && sh.getText().equals("Preferences")).findFirst().orElse(null));
        }
        if (error != null) {
            workbench.screenshot(error, "preferences-credentials-refused");
            String message = errorDialogText("Preferences");
            workbench.ui(() -> {
                preferences.close();
                return null;
            });
            resetDatabasePreferences();
            throw new AssertionError("saving the credentials failed: " + message);
        }
        try {
            assertTrue(session.describeStore().contains(server.uri()), session.describeStore());
            assertEquals(expected.entity(VENDOR).orElseThrow().verdict(), session.snapshot().entity(VENDOR).verdict(),
                    "connected with the credentials read back from secure storage");

            var secure = org.eclipse.equinox.security.storage.SecurePreferencesFactory.getDefault()
                    .node("org.longarm.ui/database");
            assertEquals(server.user(), secure.get("user", null));
            assertEquals(password, secure.get("password", null), "the password is readable through ISecurePreferences");
            assertTrue(secure.isEncrypted("password"), "and stored encrypted");

            Path keyring = Path.of(System.getProperty("longarm.test.keyring"));
            assertTrue(Files.isRegularFile(keyring), "the test's secure storage file was written: " + keyring);
            List<Path> plainFiles = new java.util.ArrayList<>();
            for (org.eclipse.osgi.service.datalocation.Location location : List.of(
                    org.eclipse.core.runtime.Platform.getInstanceLocation(),
                    org.eclipse.core.runtime.Platform.getConfigurationLocation())) {
                try (var files = Files.walk(Path.of(location.getURL().toURI()))) {
                    files.filter(Files::isRegularFile).forEach(plainFiles::add);
                }
            }
            Path key = org.longarm.ui.internal.KeyFilePasswordProvider.keyFileOf(keyring);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)),
                    "the storage's key file is its owner's only");
            plainFiles.add(keyring);
            plainFiles.add(key);
            Path uiPreferences = plainFiles.stream()
                    .filter(f -> f.getFileName().toString().equals(org.longarm.ui.internal.WorkbenchPreferences.NODE + ".prefs"))
                    .findFirst().orElseThrow(() -> new AssertionError("the workbench's preference file is among " + plainFiles));
            assertTrue(Files.readString(uiPreferences).contains(org.longarm.ui.internal.WorkbenchPreferences.URI),
                    "the plain preferences hold the server choice");
            byte[] secret = password.getBytes(StandardCharsets.UTF_8);
            for (Path file : plainFiles) {
                assertFalse(contains(Files.readAllBytes(file), secret), "the password is in plain text in " + file);
            }

            Shell again = openPreferences();
            workbench.ui(() -> {
                var dialog = (org.longarm.ui.internal.handlers.PreferencesDialog) again.getData();
                assertTrue(find(again, org.eclipse.swt.widgets.Button.class).stream().anyMatch(b -> b.getText()
                        .equals("Neo4j server or cluster:") && b.getSelection()), "the server choice is shown");
                assertEquals(server.user(), dialog.serverField("user").getText(), "the stored user is shown");
                assertEquals("", dialog.serverField("password").getText(), "the password is never shown");
                assertEquals("(stored; leave empty to keep)", dialog.serverField("password").getMessage());
                return null;
            });
            workbench.screenshot(again, "preferences-server-credentials");
            press(again, "Forget stored credentials");
            assertFalse(org.eclipse.equinox.security.storage.SecurePreferencesFactory.getDefault()
                    .nodeExists("org.longarm.ui/database"), "forgetting removes the credentials from secure storage");
            var credentials = new org.longarm.ui.internal.WorkbenchPreferences(System.getenv()).credentials();
            assertEquals(null, credentials.user());
            assertEquals(null, credentials.password());
            assertFalse(contains(Files.readAllBytes(keyring), server.user().getBytes(StandardCharsets.UTF_8))
                    && contains(Files.readAllBytes(keyring), "org.longarm.ui".getBytes(StandardCharsets.UTF_8)),
                    "and from its file");
            workbench.ui(() -> {
                again.close();
                return null;
            });
        } finally {
            resetDatabasePreferences();
        }
    }

    private Shell openPreferences() throws Exception {
        Shell main = workbench.mainShell();
        workbench.display().asyncExec(() -> new org.longarm.ui.internal.handlers.PreferencesDialog(main, session).open());
        workbench.waitUntil(() -> java.util.Arrays.stream(workbench.display().getShells())
                .anyMatch(sh -> !sh.isDisposed() && sh.isVisible() && sh.getText().equals("Longarm preferences")), WAIT);
        return workbench.ui(() -> java.util.Arrays.stream(workbench.display().getShells())
                .filter(sh -> !sh.isDisposed() && sh.getText().equals("Longarm preferences")).findFirst().orElseThrow());
    }

    @Test
    @Order(18)
    void aNewDatabaseIsCreatedFromFilesByTheBulkImporterAndSwitchedTo(@org.junit.jupiter.api.io.TempDir Path dataDir,
            @org.junit.jupiter.api.io.TempDir Path inputs) throws Exception {
        Path bad = Files.createTempFile(inputs, "bad-inventory", ".csv");
        Files.writeString(bad, "asset_id,site_id,site_name,site_sensitivity,connected_to_core_network,brand,model,installed\n"
                + "BAD-1,X,Somewhere,sensitive,maybe,Hikvision,DS-2CD2143G2-I,2020-13-45\n", StandardCharsets.UTF_8);
        org.longarm.core.store.ModelStore before = session.store();
        List<Path> files = org.longarm.ui.internal.ExampleEstate.files();
        List<Job> jobs = new java.util.ArrayList<>();
        try {
            // invalid files: their problems are listed and no database is made
            List<Path> withBad = new java.util.ArrayList<>(files);
            withBad.add(bad);
            jobs.add(workbench.ui(() -> org.longarm.ui.internal.handlers.NewDatabaseHandler.createWithFeedback(
                    session, dataDir, withBad, workbench.display())));
            workbench.waitUntil(() -> java.util.Arrays.stream(workbench.display().getShells())
                    .anyMatch(s -> !s.isDisposed() && s.isVisible() && s.getText().startsWith("Import rejected")), WAIT);
            workbench.waitUntil(() -> !session.busy(), WAIT);
            List<String> problems = workbench.ui(() -> {
                Shell dialog = java.util.Arrays.stream(workbench.display().getShells())
                        .filter(s -> !s.isDisposed() && s.getText().startsWith("Import rejected")).findFirst().orElseThrow();
                List<String> items = find(dialog, org.eclipse.swt.widgets.List.class).stream()
                        .flatMap(l -> java.util.Arrays.stream(l.getItems())).toList();
                dialog.close();
                return items;
            });
            assertFalse(problems.isEmpty());
            assertTrue(problems.stream().allMatch(p -> p.matches(".*bad-inventory.*\\.csv:2(:\\d+)?: .+")), problems.toString());
            assertFalse(org.longarm.store.neo4j.EmbeddedNeo4j.hasDatabase(dataDir), "no database was created");
            assertTrue(session.store() == before, "the workbench stays on its database");

            // valid files: the database is made with neo4j-admin, named in the preferences and switched to
            jobs.add(workbench.ui(() -> org.longarm.ui.internal.handlers.NewDatabaseHandler.createWithFeedback(
                    session, dataDir, files, workbench.display())));
            workbench.waitUntil(() -> session.isOpen() && session.store() != before && !session.busy(),
                    Duration.ofMinutes(5));
            assertTrue(org.longarm.store.neo4j.EmbeddedNeo4j.hasDatabase(dataDir), "the database was created");
            assertTrue(Files.exists(dataDir.resolve("neo4j/logs/admin-import.log")), "by neo4j-admin's bulk importer");
            var node = new org.longarm.ui.internal.WorkbenchPreferences(System.getenv()).node();
            assertEquals(dataDir.toString(), node.get(org.longarm.ui.internal.WorkbenchPreferences.DATA_DIR, ""),
                    "the preferences name it");
            assertEquals(org.longarm.ui.internal.WorkbenchPreferences.MODE_EMBEDDED,
                    node.get(org.longarm.ui.internal.WorkbenchPreferences.MODE, ""));
            assertTrue(session.statusMessage().startsWith("Connected to"), session.statusMessage());
            assertEquals(expected.entities().size(), session.snapshot().verdicts().entities().size(),
                    "the example estate as it was imported on first start, without the edits made since");
            assertEquals(expected.entity(VENDOR).orElseThrow().verdict(), session.snapshot().entity(VENDOR).verdict());
            workbench.screenshot(workbench.mainShell(), "workbench-new-database");

            // a folder that holds a database already is refused, and the workbench stays on the current one
            org.longarm.core.store.ModelStore created = session.store();
            jobs.add(workbench.ui(() -> org.longarm.ui.internal.handlers.NewDatabaseHandler.createWithFeedback(
                    session, dataDir, files, workbench.display())));
            String message = errorDialogText("Database not created");
            assertTrue(message.contains("is running") || message.contains("holds a database already"), message);
            workbench.waitUntil(() -> !session.busy(), WAIT);
            assertTrue(session.store() == created, "still on the database just created");
        } finally {
            for (Job job : jobs) { // one still running would switch to the new database after the reset below
                job.cancel();
                job.join();
            }
            workbench.waitUntil(() -> !session.busy(), Duration.ofMinutes(5));
            // back to the test server's database; closing the new one stops the server this workbench started for it
            resetDatabasePreferences();
        }
    }

    @Test
    @Order(19)
    void aCancelThatComesWhileTheNewDatabaseFirstStartsKeepsItAndSwitchesToIt(@org.junit.jupiter.api.io.TempDir Path dataDir)
            throws Exception {
        org.longarm.core.store.ModelStore before = session.store();
        java.util.concurrent.atomic.AtomicReference<WorkbenchSession.Creation> creation =
                new java.util.concurrent.atomic.AtomicReference<>();
        Job job = session.createDatabase(dataDir, org.longarm.ui.internal.ExampleEstate.files(), creation::set,
                error -> { });
        try {
            // the server of the new database is up: neo4j-admin has built it, and its first start (Longarm's
            // constraints and indexes, then a stop) is under way, which a cancel cannot interrupt
            Path ready = dataDir.resolve("neo4j/run/ready");
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!Files.exists(ready) && job.getState() != Job.NONE && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(Files.exists(ready), "the new database first started while the job ran");
            job.cancel();
            job.join();
            workbench.waitUntil(() -> creation.get() != null && session.isOpen() && session.store() != before
                    && !session.busy(), Duration.ofMinutes(3), () -> "creation " + creation.get() + ", status "
                            + session.statusMessage());
            assertTrue(creation.get().created(), "the database is kept: " + creation.get());
            assertTrue(creation.get().cancelledLate(), "the cancel came while it first started");
            var node = new org.longarm.ui.internal.WorkbenchPreferences(System.getenv()).node();
            assertEquals(dataDir.toString(), node.get(org.longarm.ui.internal.WorkbenchPreferences.DATA_DIR, ""),
                    "the preferences name it");
            assertTrue(session.statusMessage().startsWith("Connected to"), session.statusMessage());
            assertEquals(expected.entities().size(), session.snapshot().verdicts().entities().size());
        } finally {
            job.cancel();
            job.join();
            workbench.waitUntil(() -> !session.busy(), Duration.ofMinutes(5));
            resetDatabasePreferences();
        }
    }

    /** Back to the test server's data folder (embedded mode) for the tests that follow. */
    private void resetDatabasePreferences() throws Exception {
        var node = new org.longarm.ui.internal.WorkbenchPreferences(System.getenv()).node();
        for (String key : List.of(org.longarm.ui.internal.WorkbenchPreferences.MODE,
                org.longarm.ui.internal.WorkbenchPreferences.URI, org.longarm.ui.internal.WorkbenchPreferences.DATA_DIR,
                org.longarm.ui.internal.WorkbenchPreferences.DATABASE)) {
            node.remove(key);
        }
        node.flush();
        new org.longarm.ui.internal.WorkbenchPreferences(System.getenv()).forgetCredentials();
        Job reconnect = session.reconnect();
        reconnect.join();
        assertTrue(reconnect.getResult().isOK(), "back on the test server's data folder: " + reconnect.getResult());
        workbench.waitUntil(() -> !session.busy(), WAIT);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    @Order(17)
    void theExplorerPagesAFolderOfMoreThanTwoHundredEntitiesInNameOrderThroughItsMoreNode(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String code = "IS";
        assertFalse(session.graph().entityCountsByJurisdiction().containsKey(code), "no entity of " + code + " yet");
        int total = 2 * ExplorerPart.PAGE + 50;
        // names from few words, so that some repeat (their order then comes from the key) and sort unlike the keys
        String[] first = { "Alder", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Geyser", "Harbour", "Iceberg",
                "Juniper", "Krona", "Lava", "Moss", "Nordic", "Orca", "Puffin", "Quartz", "Reykja", "Saga", "Tundra" };
        String[] second = { "Capital", "Energy", "Fisheries", "Holdings", "Logistics", "Systems", "Trading",
                "Ventures", "Works", "Group", "Partners", "Labs", "Networks", "Optics", "Security", "Vision",
                "Devices", "Imaging", "Media", "Digital" };
        java.util.Random random = new java.util.Random(20261129);
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        StringBuilder bods = new StringBuilder();
        for (int i = 0; i < total; i++) {
            String key = String.format("paging-test-%03d", i);
            String name = first[random.nextInt(first.length)] + " " + second[random.nextInt(second.length)] + " ehf.";
            names.put(key, name);
            bods.append(String.format("""
                    {"statementId":"%s","declarationSubject":"%s","statementDate":"2026-11-01","recordId":"%s",                    "recordType":"entity","recordStatus":"new","recordDetails":{"isComponent":false,                    "entityType":{"type":"registeredEntity"},"name":"%s","jurisdiction":{"name":"Iceland","code":"%s"}},                    "publicationDetails":{"publicationDate":"2026-11-28","bodsVersion":"0.4",                    "publisher":{"name":"Longarm UI test"}}}
                    """, java.util.UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)), key, key, name, code));
        }
        assertTrue(names.values().stream().distinct().count() < total, "some names repeat");
        List<String> inNameOrder = names.keySet().stream()
                .sorted(java.util.Comparator.comparing((String k) -> names.get(k)).thenComparing(k -> k)).toList();
        assertFalse(inNameOrder.equals(List.copyOf(names.keySet())), "name order is not the order of writing");

        Path file = Files.createTempFile(dir, "paging-test", ".jsonl");
        Files.writeString(file, bods, StandardCharsets.UTF_8);
        workbench.ui(() -> {
            org.longarm.ui.internal.handlers.ImportHandler.importWithFeedback(session, List.of(file), workbench.display());
            return null;
        });
        ExplorerPart explorer = workbench.ui(() -> WorkbenchParts.object(app, WorkbenchParts.EXPLORER, ExplorerPart.class));
        workbench.waitUntil(() -> jurisdictionFolder(explorer, code) != null && !session.busy(), Duration.ofMinutes(3));
        ExplorerPart.Group folder = workbench.ui(() -> jurisdictionFolder(explorer, code));
        assertEquals(total, folder.count(), "the folder is counted by the database");

        org.eclipse.swt.widgets.Tree tree = workbench.ui(() -> explorer.viewer().getTree());
        workbench.ui(() -> {
            // the folders open as the tree's expand arrow opens them (JFace creates the children, which fetches a page)
            explorer.viewer().setExpandedState(byLabel(explorer, "Entities by jurisdiction"), true);
            explorer.viewer().setExpandedState(folder, true);
            return null;
        });
        assertEquals(code + " (" + total + ")", workbench.ui(() -> itemOf(tree, folder).getText()), "the count label");
        for (int page = 1; ; page++) {
            int shown = Math.min(page * ExplorerPart.PAGE, total);
            workbench.waitUntil(() -> folder.loaded().size() == shown && childItems(tree, folder).stream()
                    .noneMatch(i -> i.getData() instanceof ExplorerPart.Loading), WAIT,
                    () -> folder.loaded().size() + " loaded, " + childItems(tree, folder).size() + " rows, selected: "
                            + explorer.viewer().getStructuredSelection().getFirstElement());
            List<org.eclipse.swt.widgets.TreeItem> items = workbench.ui(() -> childItems(tree, folder));
            List<String> keys = workbench.ui(() -> items.stream().filter(i -> i.getData() instanceof EntityRecord)
                    .map(i -> ((EntityRecord) i.getData()).key()).toList());
            assertEquals(inNameOrder.subList(0, shown), keys, "pages 1 to " + page + " in name order, no duplicates");
            for (org.eclipse.swt.widgets.TreeItem item : items.subList(0, shown)) {
                EntityRecord entity = workbench.ui(() -> (EntityRecord) item.getData());
                String text = workbench.ui(item::getText);
                assertTrue(text.startsWith(names.get(entity.key()) + " (" + code + ")"), "the row shows " + text);
            }
            if (shown == total) {
                assertEquals(total, items.size(), "the last page has no more\u2026 node");
                workbench.ui(() -> {
                    tree.showItem(items.get(total - 1));
                    return null;
                });
                break;
            }
            assertEquals(shown + 1, items.size());
            org.eclipse.swt.widgets.TreeItem more = items.get(shown);
            assertTrue(workbench.ui(() -> more.getData() instanceof ExplorerPart.More), "the last row is more\u2026");
            assertEquals("more\u2026 (" + String.format("%,d", total - shown) + " not shown)", workbench.ui(more::getText));
            if (page == 1) {
                workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.EXPLORER), "explorer-first-page");
            }
            // the analyst scrolls down to more... and clicks it
            workbench.ui(() -> {
                tree.setTopItem(more);
                return null;
            });
            // GTK scrolls when it next lays out, and animates it; its overlay scroll bar covers the bottom row while
            // the pointer is near it: click once the row has stopped moving, clear of the bottom edge
            Rectangle bounds = workbench.waitUntilStill(more::getBounds, b -> {
                Rectangle area = tree.getClientArea();
                int margin = Math.max(b.height, tree.getHorizontalBar().getSize().y);
                return b.y >= area.y && b.y + b.height <= area.y + area.height - margin;
            }, Duration.ofMillis(300), WAIT);
            workbench.click(workbench.ui(() -> tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 40),
                    bounds.y + bounds.height / 2)));
        }
        workbench.screenshot(WorkbenchParts.widget(app, WorkbenchParts.EXPLORER), "explorer-last-page");
    }

    private static Object byLabel(ExplorerPart explorer, String label) {
        return ((List<?>) explorer.viewer().getInput()).stream()
                .filter(r -> r instanceof ExplorerPart.Group g && g.label().equals(label)).findFirst().orElseThrow();
    }

    /** The Explorer's folder of a jurisdiction (on the UI thread), null while it is not listed. */
    private static ExplorerPart.Group jurisdictionFolder(ExplorerPart explorer, String code) {
        if (!(explorer.viewer().getInput() instanceof List<?> roots)) {
            return null;
        }
        return roots.stream().filter(r -> r instanceof ExplorerPart.Group g && g.label().equals("Entities by jurisdiction"))
                .flatMap(r -> ((ExplorerPart.Group) r).loaded().stream())
                .filter(g -> g instanceof ExplorerPart.Group j && j.label().equals(code))
                .map(ExplorerPart.Group.class::cast).findFirst().orElse(null);
    }

    private static org.eclipse.swt.widgets.TreeItem itemOf(org.eclipse.swt.widgets.Tree tree, Object element) {
        java.util.ArrayDeque<org.eclipse.swt.widgets.TreeItem> todo = new java.util.ArrayDeque<>(List.of(tree.getItems()));
        while (!todo.isEmpty()) {
            org.eclipse.swt.widgets.TreeItem item = todo.pop();
            if (item.getData() == element) {
                return item;
            }
            todo.addAll(List.of(item.getItems()));
        }
        throw new AssertionError("no tree item shows " + element);
    }

    private static List<org.eclipse.swt.widgets.TreeItem> childItems(org.eclipse.swt.widgets.Tree tree, Object element) {
        return List.of(itemOf(tree, element).getItems());
    }

}
