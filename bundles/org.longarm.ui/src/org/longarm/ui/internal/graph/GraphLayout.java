package org.longarm.ui.internal.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.longarm.core.analysis.Verdict;

/**
 * Lays an {@link OwnershipGraph} out with ELK Layered (holders above what they hold) and keeps the coordinates for
 * drawing on a canvas, into a PNG, or as SVG.
 */
public final class GraphLayout {

    /** Font metrics the layout sizes boxes with (measured once on the UI thread). */
    public interface TextMetrics {
        int width(String text);

        int lineHeight();
    }

    public record PlacedNode(OwnershipGraph.Node node, List<String> lines, double x, double y, double width,
            double height, boolean root) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        public Verdict verdict() {
            return node.verdict();
        }
    }

    public record PlacedEdge(OwnershipGraph.Edge edge, List<double[]> points, List<String> labelLines, double labelX,
            double labelY, double labelWidth, double labelHeight) {
    }

    public record Result(OwnershipGraph graph, List<PlacedNode> nodes, List<PlacedEdge> edges, double width,
            double height, long layoutMillis) {
        public PlacedNode nodeAt(double x, double y) {
            for (PlacedNode node : nodes) {
                if (node.contains(x, y)) {
                    return node;
                }
            }
            return null;
        }

        /** The edge whose label is at {@code (x, y)}, or null (labels are the edges' click targets). */
        public PlacedEdge edgeAt(double x, double y) {
            for (PlacedEdge edge : edges) {
                if (x >= edge.labelX() && x <= edge.labelX() + edge.labelWidth() && y >= edge.labelY()
                        && y <= edge.labelY() + edge.labelHeight()) {
                    return edge;
                }
            }
            return null;
        }
    }

    private static volatile boolean registered;

    private GraphLayout() {
    }

    /**
     * ELK finds its algorithms with ServiceLoader, which does not see across OSGi bundles: register the layered
     * provider explicitly.
     */
    public static synchronized void registerProviders() {
        if (!registered) {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            registered = true;
        }
    }

    public static final int MAX_NAME_CHARS = 30;
    private static final int PAD = 8;

    /** The lines written in a node's box: its name wrapped, then jurisdiction and verdict. */
    public static List<String> lines(OwnershipGraph.Node node) {
        List<String> lines = new ArrayList<>(wrap(node.name(), MAX_NAME_CHARS, 3));
        String kind = node.person() ? "person" : "organisation";
        lines.add((node.jurisdiction() == null ? "?" : node.jurisdiction()) + " \u00b7 " + kind + " \u00b7 "
                + node.verdict());
        return lines;
    }

    static List<String> wrap(String text, int max, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + "\u2026");
            return cut;
        }
        return lines;
    }

    public static Result layout(OwnershipGraph graph, TextMetrics metrics) {
        registerProviders();
        long start = System.nanoTime();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        Map<String, ElkNode> elkNodes = new HashMap<>();
        Map<ElkNode, List<String>> nodeLines = new HashMap<>();
        for (OwnershipGraph.Node node : graph.nodes().values()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            List<String> lines = lines(node);
            int width = lines.stream().mapToInt(metrics::width).max().orElse(40) + 2 * PAD;
            elk.setDimensions(Math.max(90, width), lines.size() * metrics.lineHeight() + 2 * PAD - 2);
            elk.setIdentifier(node.key());
            elkNodes.put(node.key(), elk);
            nodeLines.put(elk, lines);
        }
        Map<ElkEdge, OwnershipGraph.Edge> elkEdges = new HashMap<>();
        for (OwnershipGraph.Edge edge : graph.edges()) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.holder()), elkNodes.get(edge.subject()));
            ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
            label.setDimensions(edge.interests().stream().mapToInt(metrics::width).max().orElse(10) + 4,
                    edge.interests().size() * metrics.lineHeight());
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            elkEdges.put(elk, edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        List<PlacedNode> nodes = new ArrayList<>();
        for (OwnershipGraph.Node node : graph.nodes().values()) {
            ElkNode elk = elkNodes.get(node.key());
            nodes.add(new PlacedNode(node, nodeLines.get(elk), elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight(),
                    node.key().equals(graph.root())));
        }
        List<PlacedEdge> edges = new ArrayList<>();
        for (ElkEdge elk : root.getContainedEdges()) {
            OwnershipGraph.Edge edge = elkEdges.get(elk);
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection section : elk.getSections()) {
                points.add(new double[] { section.getStartX(), section.getStartY() });
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new double[] { bend.getX(), bend.getY() });
                }
                points.add(new double[] { section.getEndX(), section.getEndY() });
            }
            ElkLabel label = elk.getLabels().get(0);
            edges.add(new PlacedEdge(edge, points, edge.interests(), label.getX(), label.getY(), label.getWidth(),
                    label.getHeight()));
        }
        return new Result(graph, nodes, edges, root.getWidth(), root.getHeight(), (System.nanoTime() - start) / 1_000_000);
    }
}
