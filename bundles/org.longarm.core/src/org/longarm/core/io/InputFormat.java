package org.longarm.core.io;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One kind of input file. Implementations are registered as OSGi services; they must be stateless (one instance
 * reads many files, possibly at once).
 */
public interface InputFormat {

    /** A short stable name, such as {@code bods}, {@code products} or {@code inventory}. */
    String id();

    /** A name for people, such as "BODS 0.4 statements". */
    String label();

    /**
     * Files of different formats given together are read in ascending rank, so that a format can refer to what an
     * earlier one defines (ownership before products, products before the inventory).
     */
    int rank();

    /**
     * Whether this format reads {@code file}, judging by its name and its first characters ({@code head}: its first
     * 4096 bytes decoded as UTF-8, without its byte-order mark, so fewer characters where they take several bytes, and
     * a character cut off at the end reads as U+FFFD).
     */
    boolean recognises(Path file, String head);

    /**
     * Reads {@code file}, handing every model object it defines to {@link ReadTarget#add} and every problem to
     * {@link ReadTarget#problem}. Problems in the content are reported, not thrown; reading goes on after a problem
     * so that a user sees all of them at once.
     *
     * @throws IOException when the file cannot be read at all
     */
    void read(Path file, ReadTarget target, IProgressMonitor monitor) throws IOException;
}
