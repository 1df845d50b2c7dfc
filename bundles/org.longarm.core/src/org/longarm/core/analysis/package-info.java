/**
 * Verdicts and the extension points that produce them.
 *
 * <p>A {@link org.longarm.core.analysis.LawPack} says who is in scope of a state's law and which articles a verdict
 * cites; a {@link org.longarm.core.analysis.Policy} turns a device's verdict and its site into actions; an
 * {@link org.longarm.core.analysis.Analysis} adds findings of its own. All three are contributed as OSGi services
 * (the built-in PRC law pack and UK policy too). {@link org.longarm.core.analysis.VerdictEngine} computes the
 * {@link org.longarm.core.analysis.Verdicts} of every entity and device of a graph as of a date, with their evidence.
 */
package org.longarm.core.analysis;
