package org.longarm.ui.internal.graph;

import java.util.List;
import java.util.Locale;

/** Writes a laid-out ownership graph as a standalone SVG document, from the same coordinates the canvas uses. */
public final class SvgWriter {

    private SvgWriter() {
    }

    public static String svg(GraphLayout.Result layout, int lineHeight, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                        + " font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n",
                layout.width(), layout.height(), layout.width(), layout.height()));
        s.append("  <title>").append(escape(title)).append("</title>\n");
        s.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                + " fill=\"#606a78\"/></marker></defs>\n");
        s.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (GraphLayout.PlacedEdge edge : layout.edges()) {
            s.append("  <polyline fill=\"none\" stroke=\"#606a78\" stroke-width=\"1\" marker-end=\"url(#arrow)\" points=\"");
            List<double[]> points = edge.points();
            for (int i = 0; i < points.size(); i++) {
                s.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", points.get(i)[0], points.get(i)[1]));
            }
            s.append("\"/>\n");
            s.append(String.format(Locale.ROOT,
                    "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#ffffff\"/>\n",
                    edge.labelX() - 1, edge.labelY(), edge.labelWidth() + 2, edge.labelHeight()));
            double y = edge.labelY() + lineHeight - 3;
            for (String line : edge.labelLines()) {
                s.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" fill=\"#37474f\">%s</text>\n",
                        edge.labelX() + 2, y, escape(line)));
                y += lineHeight;
            }
        }
        for (GraphLayout.PlacedNode node : layout.nodes()) {
            String strong = VerdictColours.hex(VerdictColours.strong(node.verdict()));
            String tint = VerdictColours.hex(VerdictColours.tint(node.verdict()));
            s.append(String.format(Locale.ROOT, "  <g id=\"%s\">\n", escape(node.node().key())));
            s.append(String.format(Locale.ROOT,
                    "    <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\" fill=\"%s\" stroke=\"%s\""
                            + " stroke-width=\"%d\"/>\n",
                    node.x(), node.y(), node.width(), node.height(), tint, strong, node.root() ? 3 : 1));
            s.append(String.format(Locale.ROOT,
                    "    <rect x=\"%.1f\" y=\"%.1f\" width=\"5\" height=\"%.1f\" fill=\"%s\"/>\n", node.x() + 1,
                    node.y() + 3, node.height() - 6, strong));
            double y = node.y() + 6 + lineHeight - 3;
            for (int i = 0; i < node.lines().size(); i++) {
                boolean last = i == node.lines().size() - 1;
                s.append(String.format(Locale.ROOT, "    <text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>\n",
                        node.x() + 10, y, last ? strong : "#1f2328", escape(node.lines().get(i))));
                y += lineHeight;
            }
            s.append("  </g>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
