package org.longarm.ui.internal.graph;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeMap;

import org.longarm.core.analysis.EntityVerdict;
import org.longarm.core.analysis.Percentages;
import org.longarm.core.analysis.Verdict;
import org.longarm.core.graph.EntityRecord;
import org.longarm.core.graph.GraphView;
import org.longarm.core.graph.InterestRecord;

/**
 * The part of the ownership graph drawn around one entity: its holders up to the top of every chain (bounded), its
 * direct holdings, and the direct holders and holdings of every node the user expanded. Only interests valid at the
 * as-of date count.
 *
 * @param root the entity in focus
 * @param nodes the entities, by key
 * @param edges one edge per holder and subject, with every valid interest between them
 * @param truncated true when the bound on nodes stopped the walk
 */
public record OwnershipGraph(String root, Map<String, Node> nodes, List<Edge> edges, boolean truncated) {

    /** How far up the chains the walk goes. */
    public static final int MAX_DEPTH_UP = 12;
    /** At most this many interests are read per entity and direction. */
    public static final int MAX_INTERESTS = 60;

    /** An entity as drawn. */
    public record Node(String key, String name, String jurisdiction, boolean person, Verdict verdict,
            boolean expanded) {
    }

    /**
     * {@code holder} holds {@code interests} in {@code subject}, recorded in the relationships
     * {@code relationshipKeys} (what a click on the edge opens for editing).
     */
    public record Edge(String holder, String subject, List<String> interests, List<String> relationshipKeys) {

        /** An edge whose relationships are not known (synthetic graphs). */
        public Edge(String holder, String subject, List<String> interests) {
            this(holder, subject, interests, List.of());
        }

        public String label() {
            return String.join("\n", interests);
        }
    }

    /** Reads the graph around {@code root}; {@code verdicts} gives names and colours (may answer null). */
    public static OwnershipGraph build(GraphView graph, String root, Set<String> expanded, LocalDate asOf,
            Function<String, EntityVerdict> verdicts, int maxNodes) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Map<String, EdgeFacts>> edges = new LinkedHashMap<>(); // holder -> subject -> interests
        boolean[] truncated = { false };
        add(graph, root, verdicts, expanded, nodes);
        Deque<String[]> up = new ArrayDeque<>();
        up.add(new String[] { root, "0" });
        java.util.HashSet<String> walkedUp = new java.util.HashSet<>();
        while (!up.isEmpty()) {
            String[] item = up.poll();
            String key = item[0];
            int depth = Integer.parseInt(item[1]);
            if (!walkedUp.add(key) || depth >= MAX_DEPTH_UP) {
                continue;
            }
            for (InterestRecord interest : valid(graph.interestsOf(key, GraphView.Direction.HOLDERS, MAX_INTERESTS), asOf)) {
                if (!nodes.containsKey(interest.holderKey())) {
                    if (nodes.size() >= maxNodes) {
                        truncated[0] = true;
                        continue;
                    }
                    add(graph, interest.holderKey(), verdicts, expanded, nodes);
                }
                edge(edges, interest);
                up.add(new String[] { interest.holderKey(), String.valueOf(depth + 1) });
            }
        }
        List<String> around = new ArrayList<>();
        around.add(root);
        expanded.stream().filter(nodes::containsKey).filter(k -> !k.equals(root)).forEach(around::add);
        for (String key : around) {
            List<InterestRecord> near = new ArrayList<>(
                    valid(graph.interestsOf(key, GraphView.Direction.HOLDINGS, MAX_INTERESTS), asOf));
            if (!key.equals(root)) {
                near.addAll(valid(graph.interestsOf(key, GraphView.Direction.HOLDERS, MAX_INTERESTS), asOf));
            }
            for (InterestRecord interest : near) {
                String other = interest.holderKey().equals(key) ? interest.subjectKey() : interest.holderKey();
                if (!nodes.containsKey(other)) {
                    if (nodes.size() >= maxNodes) {
                        truncated[0] = true;
                        continue;
                    }
                    add(graph, other, verdicts, expanded, nodes);
                }
                edge(edges, interest);
            }
        }
        List<Edge> edgeList = new ArrayList<>();
        edges.forEach((holder, bySubject) -> bySubject.forEach((subject, facts) -> {
            if (nodes.containsKey(holder) && nodes.containsKey(subject)) {
                edgeList.add(new Edge(holder, subject, List.copyOf(facts.labels), List.copyOf(facts.relationshipKeys)));
            }
        }));
        return new OwnershipGraph(root, nodes, edgeList, truncated[0]);
    }

    private static List<InterestRecord> valid(List<InterestRecord> interests, LocalDate asOf) {
        return interests.stream().filter(i -> (i.startDate() == null || !i.startDate().isAfter(asOf))
                && (i.endDate() == null || !i.endDate().isBefore(asOf))).toList();
    }

    /** The interest labels and relationship keys of one holder-subject pair. */
    private static final class EdgeFacts {
        final List<String> labels = new ArrayList<>();
        final java.util.Set<String> relationshipKeys = new java.util.LinkedHashSet<>();
    }

    private static void edge(Map<String, Map<String, EdgeFacts>> edges, InterestRecord interest) {
        EdgeFacts facts = edges.computeIfAbsent(interest.holderKey(), k -> new TreeMap<>())
                .computeIfAbsent(interest.subjectKey(), k -> new EdgeFacts());
        String label = describe(interest);
        if (!facts.labels.contains(label)) {
            facts.labels.add(label);
        }
        if (interest.relationshipKey() != null) {
            facts.relationshipKeys.add(interest.relationshipKey());
        }
    }

    /**
     * An interest as an edge label: its type and share, e.g. {@code shareholding 41.88%}, or {@code shareholding
     * >50–75%} for a range whose minimum is exclusive.
     */
    public static String describe(InterestRecord interest) {
        String type = interest.type() == null ? "interest" : interest.type().getLiteral();
        String share = "";
        if (interest.shareExact() != null) {
            share = " " + Percentages.text(interest.shareExact());
        } else if (interest.shareMinimum() != null || interest.shareMaximum() != null) {
            share = " " + (interest.shareMinimum() == null ? "?"
                    : (interest.exclusiveMinimum() ? ">" : "") + Percentages.number(interest.shareMinimum())) + "\u2013"
                    + (interest.shareMaximum() == null ? "?" : Percentages.text(interest.shareMaximum()));
        }
        return type + share;
    }


    private static void add(GraphView graph, String key, Function<String, EntityVerdict> verdicts, Set<String> expanded,
            Map<String, Node> nodes) {
        EntityVerdict verdict = verdicts.apply(key);
        if (verdict != null) {
            nodes.put(key, new Node(key, verdict.name(), verdict.jurisdiction(), verdict.person(), verdict.verdict(),
                    expanded.contains(key)));
            return;
        }
        EntityRecord record = graph.entity(key).orElse(null);
        nodes.put(key, record == null ? new Node(key, key, null, false, Verdict.UNKNOWN, expanded.contains(key))
                : new Node(key, record.name(), record.jurisdiction(), record.person(), Verdict.UNKNOWN,
                        expanded.contains(key)));
    }
}
