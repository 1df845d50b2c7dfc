package org.longarm.ui.internal.graph;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.longarm.core.analysis.Verdict;

/** Draws a laid-out ownership graph with a GC (on screen and into PNG images). */
public final class GraphRenderer {

    private static final Color EDGE = new Color(0x60, 0x6a, 0x78);
    private static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    private static final Color LABEL_BACKGROUND = new Color(0xff, 0xff, 0xff);
    private static final Color LABEL_TEXT = new Color(0x37, 0x47, 0x4f);

    private GraphRenderer() {
    }

    /** Paints {@code layout} with its origin at the GC's origin (callers set a transform for zoom and scroll). */
    public static void paint(GC gc, GraphLayout.Result layout, int lineHeight) {
        paint(gc, layout, lineHeight, null);
    }

    /**
     * Paints what lies in {@code visible} (x, y, width, height in layout coordinates; null for everything): on a
     * canvas, only the part in view is drawn.
     */
    public static void paint(GC gc, GraphLayout.Result layout, int lineHeight, double[] visible) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineWidth(1);
        for (GraphLayout.PlacedEdge edge : layout.edges()) {
            if (visible != null && !edgeVisible(edge, visible)) {
                continue;
            }
            gc.setForeground(EDGE);
            gc.setBackground(EDGE);
            List<double[]> points = edge.points();
            int[] polyline = new int[points.size() * 2];
            for (int i = 0; i < points.size(); i++) {
                polyline[2 * i] = (int) Math.round(points.get(i)[0]);
                polyline[2 * i + 1] = (int) Math.round(points.get(i)[1]);
            }
            gc.drawPolyline(polyline);
            if (points.size() >= 2) {
                arrow(gc, points.get(points.size() - 2), points.get(points.size() - 1));
            }
            gc.setBackground(LABEL_BACKGROUND);
            gc.fillRectangle((int) edge.labelX() - 1, (int) edge.labelY(), (int) edge.labelWidth() + 2,
                    (int) edge.labelHeight());
            gc.setForeground(LABEL_TEXT);
            int y = (int) edge.labelY();
            for (String line : edge.labelLines()) {
                gc.drawText(line, (int) edge.labelX() + 2, y, true);
                y += lineHeight;
            }
        }
        for (GraphLayout.PlacedNode node : layout.nodes()) {
            if (visible != null && !intersects(node.x(), node.y(), node.width(), node.height(), visible)) {
                continue;
            }
            Verdict verdict = node.verdict();
            int x = (int) Math.round(node.x());
            int y = (int) Math.round(node.y());
            int w = (int) Math.round(node.width());
            int h = (int) Math.round(node.height());
            gc.setBackground(VerdictColours.tintColor(verdict));
            gc.fillRoundRectangle(x, y, w, h, 10, 10);
            gc.setBackground(VerdictColours.strongColor(verdict));
            gc.fillRectangle(x + 1, y + 3, 5, h - 6);
            gc.setForeground(VerdictColours.strongColor(verdict));
            gc.setLineWidth(node.root() ? 3 : 1);
            gc.drawRoundRectangle(x, y, w, h, 10, 10);
            gc.setLineWidth(1);
            gc.setForeground(TEXT);
            int ty = y + 6;
            for (int i = 0; i < node.lines().size(); i++) {
                if (i == node.lines().size() - 1) {
                    gc.setForeground(VerdictColours.strongColor(verdict));
                }
                gc.drawText(node.lines().get(i), x + 10, ty, true);
                ty += lineHeight;
            }
            if (node.node().expanded()) {
                gc.setForeground(TEXT);
                gc.drawText("\u2212", x + w - 12, y + 2, true);
            }
        }
    }

    private static boolean edgeVisible(GraphLayout.PlacedEdge edge, double[] visible) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : edge.points()) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        minX = Math.min(minX, edge.labelX());
        minY = Math.min(minY, edge.labelY());
        maxX = Math.max(maxX, edge.labelX() + edge.labelWidth());
        maxY = Math.max(maxY, edge.labelY() + edge.labelHeight());
        return intersects(minX, minY, maxX - minX, maxY - minY, visible);
    }

    private static boolean intersects(double x, double y, double w, double h, double[] r) {
        return x + w >= r[0] && y + h >= r[1] && x <= r[0] + r[2] && y <= r[1] + r[3];
    }

    private static void arrow(GC gc, double[] from, double[] to) {
        double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
        double size = 8;
        int[] head = { (int) Math.round(to[0]), (int) Math.round(to[1]),
                (int) Math.round(to[0] - size * Math.cos(angle - Math.PI / 7)),
                (int) Math.round(to[1] - size * Math.sin(angle - Math.PI / 7)),
                (int) Math.round(to[0] - size * Math.cos(angle + Math.PI / 7)),
                (int) Math.round(to[1] - size * Math.sin(angle + Math.PI / 7)) };
        gc.fillPolygon(head);
    }
}
