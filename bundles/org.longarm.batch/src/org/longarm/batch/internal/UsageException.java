package org.longarm.batch.internal;

/** Bad input or usage: reported in one line, exit code 2, nothing changed. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
