/**
 * Test support: a real Neo4j, started once per test JVM through Longarm's own embedded-server code, and stores on it
 * that start from an empty graph.
 */
package org.longarm.testing;
