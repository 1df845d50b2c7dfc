/**
 * Finding what plug-ins contribute: law packs, policies, analyses, input formats and report formats are OSGi
 * services; {@link org.longarm.core.plugins.Contributions} lists them in a stable order, with the bundle and version
 * that contributed each.
 */
package org.longarm.core.plugins;
