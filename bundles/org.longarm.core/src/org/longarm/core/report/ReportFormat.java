package org.longarm.core.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Report} in one format. Registered as an OSGi service. */
public interface ReportFormat {

    /** The format's name on the command line, e.g. {@code json}. */
    String id();

    /** The file extension that selects it, without the dot, e.g. {@code json}. */
    String extension();

    /** Writes {@code report} to {@code out} (UTF-8 for text formats); does not close {@code out}. */
    void write(Report report, OutputStream out) throws IOException;
}
