/**
 * Test support: a real Neo4j, started once per test JVM through Longarm's own embedded-server code, and stores on it
 * that start from an empty graph; BODS statements to import ({@link org.longarm.testing.BodsStatements}); and one
 * operation held at a step while another runs ({@link org.longarm.testing.WhileHeld}).
 */
package org.longarm.testing;
