/**
 * Reading input files into Longarm's model. An {@link org.longarm.core.io.InputFormat} is contributed as an OSGi
 * service (BODS, product CSV and inventory CSV are built in); it turns one file into model objects and problems,
 * delivered to a {@link org.longarm.core.io.ReadTarget}. {@link org.longarm.core.io.Importer} runs the formats over
 * a set of files and writes the result to a store all at once, or not at all.
 */
package org.longarm.core.io;
