/**
 * Longarm's graph store on Neo4j: {@link org.longarm.store.neo4j.LongarmDatabase} opens the database a user
 * configured (a server or cluster by URI, or by default a local Neo4j that Longarm starts itself, see
 * {@link org.longarm.store.neo4j.EmbeddedNeo4j}) and gives a {@link org.longarm.core.store.ModelStore} on it.
 * The mapping from EMF to the graph is described in {@code docs/graph-mapping.md}.
 */
package org.longarm.store.neo4j;
