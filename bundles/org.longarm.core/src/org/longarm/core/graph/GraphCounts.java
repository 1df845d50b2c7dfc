package org.longarm.core.graph;

/** Sizes of the graph, as counted by the store. */
public record GraphCounts(long entities, long interests, long productLines, long devices) {
}
