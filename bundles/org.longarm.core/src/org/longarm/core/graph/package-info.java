/**
 * The read-only view of the graph that analyses, law packs and policies work on. It streams the facts an analysis
 * needs as small immutable records (so an analysis can build its own compact projection without holding model
 * objects), and answers the few lookups that explanations and the workbench need.
 */
package org.longarm.core.graph;
