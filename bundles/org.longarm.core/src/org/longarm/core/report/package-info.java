/**
 * Reports of a run: the {@link org.longarm.core.report.Report} that batch runs and the workbench export, and the
 * {@link org.longarm.core.report.ReportFormat}s (JSON, CSV, HTML built in; more as OSGi services) that write it.
 */
package org.longarm.core.report;
