package org.longarm.ui.internal.parts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.longarm.core.analysis.DeviceVerdict;
import org.longarm.core.analysis.Verdict;
import org.longarm.ui.internal.WorkbenchSession;
import org.longarm.ui.internal.graph.GraphLayout;
import org.longarm.ui.internal.graph.GraphRenderer;
import org.longarm.ui.internal.graph.OwnershipGraph;
import org.longarm.ui.internal.graph.SvgWriter;
import org.longarm.ui.internal.graph.VerdictColours;

/**
 * The ownership graph of the entity in focus (for a device: of the entity that decides its verdict), laid out with
 * ELK Layered, drawn on a canvas, coloured by verdict. Double-click a node to expand or collapse its neighbours; a
 * click shows its verdict. The as-of date recomputes every verdict.
 */
public final class GraphPart {

    public static final int MAX_NODES = 250;

    @Inject
    WorkbenchSession session;

    @Inject
    ESelectionService selection;

    private Canvas canvas;
    private DateTime date;
    private Label info;
    private Display display;
    /** Measured on first use ({@link #metrics()}), not when the part is created: see there. */
    private GraphLayout.TextMetrics metrics;
    private volatile GraphLayout.Result layout;
    private String root;
    private final Set<String> expanded = new HashSet<>();
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean drawing;
    private boolean ownFocus;
    private double scale = 1;
    private boolean fit = true;
    private static final int LEGEND = 30;
    private double offsetX;
    private double offsetY;
    private final Consumer<WorkbenchSession.Change> listener = this::changed;

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(9, false));
        new Label(bar, SWT.NONE).setText("As of:");
        date = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
        date.setToolTipText("The date facts must be valid at; changing it recomputes every verdict");
        showDate(session.asOf());
        date.addListener(SWT.Selection, e -> session.setAsOf(selectedDate()));
        Button png = new Button(bar, SWT.PUSH);
        png.setText("Export PNG\u2026");
        png.addListener(SWT.Selection, e -> export("png"));
        Button svg = new Button(bar, SWT.PUSH);
        svg.setText("Export SVG\u2026");
        svg.addListener(SWT.Selection, e -> export("svg"));
        Button fitButton = new Button(bar, SWT.PUSH);
        fitButton.setText("Fit");
        fitButton.setToolTipText("Fit the graph into the view (not below 75%)");
        fitButton.addListener(SWT.Selection, e -> {
            fit = true;
            updateView();
        });
        Button smaller = new Button(bar, SWT.PUSH);
        smaller.setText("\u2212");
        smaller.setToolTipText("Zoom out");
        smaller.addListener(SWT.Selection, e -> zoom(1 / 1.25));
        Button larger = new Button(bar, SWT.PUSH);
        larger.setText("+");
        larger.setToolTipText("Zoom in");
        larger.addListener(SWT.Selection, e -> zoom(1.25));
        info = new Label(bar, SWT.NONE);
        info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> updateView());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> updateView());
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> updateView());
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseDown, this::click);
        session.addListener(listener);
        info.setText("Select an entity or a device to see its ownership chain.");
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }

    @Focus
    void focus() {
        canvas.setFocus();
    }

    /** Measures the canvas font once, so that layouts can size boxes off the UI thread. */
    private static GraphLayout.TextMetrics measure(Canvas canvas) {
        GC gc = new GC(canvas);
        try {
            Font font = canvas.getFont();
            gc.setFont(font);
            int[] widths = new int[0x2200];
            for (char c = 32; c < widths.length; c++) {
                widths[c] = gc.stringExtent(String.valueOf(c)).x;
            }
            int average = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
            int lineHeight = gc.getFontMetrics().getHeight() + 1;
            return new GraphLayout.TextMetrics() {
                @Override
                public int width(String text) {
                    int w = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        w += c < widths.length && widths[c] > 0 ? widths[c] : average;
                    }
                    return w;
                }

                @Override
                public int lineHeight() {
                    return lineHeight;
                }
            };
        } finally {
            gc.dispose();
        }
    }

    private void changed(WorkbenchSession.Change change) {
        switch (change) {
            case FOCUS -> {
                if (ownFocus) {
                    return;
                }
                String key = rootFor(session.focus());
                if (key != null && !key.equals(root)) {
                    root = key;
                    expanded.clear();
                    redrawGraph();
                }
            }
            case VERDICTS -> {
                showDate(session.asOf());
                canvas.redraw();
                if (!session.computing() && root != null) {
                    redrawGraph();
                }
            }
            case GRAPH -> {
                if (root != null) {
                    redrawGraph();
                }
            }
            case DATABASE -> canvas.redraw();
            default -> {
            }
        }
    }

    private String rootFor(WorkbenchSession.Focus focus) {
        if (focus instanceof WorkbenchSession.EntityFocus entity) {
            return entity.key();
        }
        if (focus instanceof WorkbenchSession.DeviceFocus device && session.snapshot() != null) {
            DeviceVerdict verdict = session.snapshot().device(device.assetId());
            if (verdict == null) {
                return null;
            }
            boolean byManufacturer = verdict.reasons().contains("MANUFACTURED_BY");
            String key = byManufacturer ? verdict.manufacturerKey() : verdict.brandOwnerKey();
            return key != null ? key : verdict.brandOwnerKey() != null ? verdict.brandOwnerKey() : verdict.manufacturerKey();
        }
        return null;
    }

    /** Shows the graph around {@code key} (tests and the explorer). */
    public void show(String key) {
        root = key;
        expanded.clear();
        redrawGraph();
    }

    /** Reads the graph around the root, lays it out (both in a job) and repaints. */
    public void redrawGraph() {
        if (root == null || !session.isOpen()) {
            return;
        }
        int run = generation.incrementAndGet();
        String key = root;
        Set<String> open = Set.copyOf(expanded);
        LocalDate asOf = session.asOf();
        WorkbenchSession.Snapshot snapshot = session.snapshot();
        java.util.function.Function<String, org.longarm.core.analysis.EntityVerdict> verdicts = snapshot == null
                ? entityKey -> null : snapshot::entity;
        GraphLayout.TextMetrics textMetrics = metrics();
        drawing = true;
        info.setText("Laying out the graph of " + key + "\u2026");
        Job job = Job.create("Drawing the ownership graph", monitor -> {
            monitor.beginTask("Drawing the ownership graph of " + key, 2);
            try {
                OwnershipGraph graph = OwnershipGraph.build(session.graph(), key, open, asOf, verdicts, MAX_NODES);
                monitor.worked(1);
                GraphLayout.Result result = GraphLayout.layout(graph, textMetrics);
                monitor.worked(1);
                display.asyncExec(() -> {
                    if (run == generation.get() && !canvas.isDisposed()) {
                        layout = result;
                        drawing = false;
                        canvas.getHorizontalBar().setSelection(0);
                        canvas.getVerticalBar().setSelection(0);
                        updateView();
                        info.setText(result.nodes().size() + " entities, " + result.edges().size()
                                + " links as of " + asOf + (result.graph().truncated() ? " (truncated)" : "")
                                + "  \u2022  double-click a node to expand or collapse it");
                        canvas.redraw();
                    }
                });
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (run == generation.get() && !info.isDisposed()) {
                        drawing = false;
                        info.setText("Cannot draw the graph: " + e.getMessage());
                    }
                });
                return Status.error("Cannot draw the ownership graph of " + key, e);
            }
        });
        job.schedule();
    }

    /** The layout on screen (null before the first). */
    public GraphLayout.Result layout() {
        return layout;
    }

    /** Whether a layout is being computed. */
    public boolean drawing() {
        return drawing;
    }

    public Canvas canvas() {
        return canvas;
    }

    private void zoom(double factor) {
        fit = false;
        scale = Math.max(0.2, Math.min(3, scale * factor));
        updateView();
    }

    /** Works out scale, scroll bars and offsets for the current layout and view size, then repaints. */
    private void updateView() {
        GraphLayout.Result current = layout;
        Rectangle area = canvas.getClientArea();
        org.eclipse.swt.widgets.ScrollBar h = canvas.getHorizontalBar();
        org.eclipse.swt.widgets.ScrollBar v = canvas.getVerticalBar();
        if (current == null || area.width <= 0 || area.height <= 0) {
            h.setVisible(false);
            v.setVisible(false);
            canvas.redraw();
            return;
        }
        if (fit) {
            double fitScale = Math.min((area.width - 20) / current.width(), (area.height - LEGEND - 10) / current.height());
            scale = Math.max(0.75, Math.min(1.25, fitScale));
        }
        int contentWidth = (int) Math.ceil(current.width() * scale) + 20;
        int contentHeight = (int) Math.ceil(current.height() * scale) + LEGEND + 10;
        h.setMaximum(contentWidth);
        h.setThumb(Math.min(area.width, contentWidth));
        h.setPageIncrement(Math.max(1, area.width - 40));
        h.setIncrement(20);
        h.setVisible(contentWidth > area.width);
        v.setMaximum(contentHeight);
        v.setThumb(Math.min(area.height, contentHeight));
        v.setPageIncrement(Math.max(1, area.height - 40));
        v.setIncrement(20);
        v.setVisible(contentHeight > area.height);
        offsetX = contentWidth <= area.width ? (area.width - current.width() * scale) / 2 : 10 - h.getSelection();
        offsetY = LEGEND - (contentHeight > area.height ? v.getSelection() : 0);
        canvas.redraw();
    }

    private void paint(Event e) {
        GraphLayout.Result current = layout;
        Rectangle area = canvas.getClientArea();
        if (current == null) {
            e.gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            e.gc.drawText(session.failure() != null ? "The database is not available."
                    : session.isOpen() ? "Select an entity or a device (Explorer, Inventory) to draw its ownership chain."
                            : "Opening the database\u2026", 20, 20, true);
            return;
        }
        Transform transform = new Transform(display);
        try {
            transform.translate((float) offsetX, (float) offsetY);
            transform.scale((float) scale, (float) scale);
            e.gc.setTransform(transform);
            GraphRenderer.paint(e.gc, current, metrics().lineHeight(),
                    new double[] { -offsetX / scale, -offsetY / scale, area.width / scale, area.height / scale });
            e.gc.setTransform(null);
        } finally {
            transform.dispose();
        }
        e.gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        e.gc.fillRectangle(0, 0, area.width, LEGEND - 4);
        legend(e.gc);
        e.gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        String zoomText = Math.round(scale * 100) + "%";
        e.gc.drawText(zoomText, area.width - e.gc.stringExtent(zoomText).x - 8, 6, true);
    }

    private void legend(GC gc) {
        int x = 8;
        for (Verdict v : Verdict.values()) {
            gc.setBackground(VerdictColours.strongColor(v));
            gc.fillRectangle(x, 8, 12, 12);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(v.name(), x + 16, 6, true);
            x += 16 + gc.stringExtent(v.name()).x + 14;
        }
    }

    private GraphLayout.PlacedNode nodeAt(int x, int y) {
        GraphLayout.Result current = layout;
        return current == null ? null : current.nodeAt((x - offsetX) / scale, (y - offsetY) / scale);
    }

    private void click(Event e) {
        GraphLayout.PlacedNode node = nodeAt(e.x, e.y);
        if (node == null && e.button == 1) {
            GraphLayout.Result current = layout;
            GraphLayout.PlacedEdge edge = current == null ? null
                    : current.edgeAt((e.x - offsetX) / scale, (e.y - offsetY) / scale);
            if (edge != null) {
                selectEdge(edge.edge());
            }
        }
        if (node != null && e.button == 1) {
            selection.setSelection(node.node());
            ownFocus = true;
            try {
                session.setFocus(new WorkbenchSession.EntityFocus(node.node().key()));
            } finally {
                ownFocus = false;
            }
        }
    }

    /**
     * Shows the relationship behind an edge in the Properties part, where it can be changed or ended (an edge that
     * several relationships make up shows the first; the others are reached from their hops in the Verdict part).
     */
    public void selectEdge(OwnershipGraph.Edge edge) {
        if (!edge.relationshipKeys().isEmpty()) {
            session.inspect(org.longarm.model.LongarmPackage.Literals.RELATIONSHIP, edge.relationshipKeys().get(0));
        }
    }

    private void doubleClick(Event e) {
        GraphLayout.PlacedNode node = nodeAt(e.x, e.y);
        if (node != null) {
            toggle(node.node().key());
        }
    }

    /** Expands or collapses the neighbours of {@code key}. */
    public void toggle(String key) {
        if (!expanded.remove(key)) {
            expanded.add(key);
        }
        redrawGraph();
    }

    private void showDate(LocalDate value) {
        if (date != null && !date.isDisposed()) {
            date.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
        }
    }

    private LocalDate selectedDate() {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    private void export(String format) {
        GraphLayout.Result current = layout;
        if (current == null) {
            MessageDialog.openInformation(canvas.getShell(), "Export", "There is no graph to export yet.");
            return;
        }
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName("ownership-" + current.graph().root() + "." + format);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            if (format.equals("png")) {
                writePng(current, Path.of(file));
            } else {
                writeSvg(current, Path.of(file));
            }
        } catch (Exception ex) {
            MessageDialog.openError(canvas.getShell(), "Export", "Cannot write " + file + ": " + ex.getMessage());
        }
    }

    /** Largest PNG written, in pixels (larger graphs are scaled down: an image costs 4 bytes a pixel, twice). */
    public static final double MAX_PNG_PIXELS = 24e6;

    /** Writes the whole graph as a PNG, at 100% unless it would be huge (must run on the UI thread). */
    public void writePng(GraphLayout.Result current, Path file) {
        double pngScale = Math.min(1, Math.min(Math.sqrt(MAX_PNG_PIXELS / (current.width() * current.height())),
                Math.min(16000 / current.width(), 16000 / current.height())));
        Point size = new Point((int) Math.ceil(current.width() * pngScale), (int) Math.ceil(current.height() * pngScale));
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        Transform transform = new Transform(display);
        try {
            gc.setFont(canvas.getFont());
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, size.x, size.y);
            if (pngScale < 1) {
                transform.scale((float) pngScale, (float) pngScale);
                gc.setTransform(transform);
            }
            GraphRenderer.paint(gc, current, metrics().lineHeight());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            transform.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    /** Writes the graph as SVG from the laid-out coordinates. */
    public void writeSvg(GraphLayout.Result current, Path file) throws java.io.IOException {
        Files.writeString(file, SvgWriter.svg(current, metrics().lineHeight(),
                "Ownership of " + current.graph().nodes().get(current.graph().root()).name() + " as of "
                        + session.asOf()),
                StandardCharsets.UTF_8);
    }

    /**
     * The canvas font's text metrics, measured on the UI thread the first time a layout, a paint or an export needs
     * them. Measuring every character up to U+2200 costs about half a second of CPU, which used to be spent while the
     * window was being built although nothing can be laid out before the database has opened after the first paint.
     */
    public GraphLayout.TextMetrics metrics() {
        if (metrics == null) {
            metrics = measure(canvas);
        }
        return metrics;
    }
}
