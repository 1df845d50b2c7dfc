package org.longarm.io.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.longarm.core.io.InputFormat;

/** Where the shared fixtures and the repository are, and reading helpers. */
final class Fixtures {

    private Fixtures() {
    }

    /** The repository root: -Dlongarm.repo (set by the root pom for every test runtime), else found upwards. */
    static Path repo() {
        String property = System.getProperty("longarm.repo");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/uk-estate"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "cannot find the repository: set -Dlongarm.repo");
        return dir;
    }

    /** The BODS 0.4 reference copy: {@code <repo>/../shared/standards/bods-0.4}. */
    static Path bods() {
        Path dir = repo().resolve("../shared/standards/bods-0.4").normalize();
        assertTrue(Files.isDirectory(dir), "BODS fixtures not found at " + dir);
        return dir;
    }

    static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static MemoryTarget read(InputFormat format, Path file) throws IOException {
        return read(format, file, new MemoryTarget());
    }

    static MemoryTarget read(InputFormat format, Path file, MemoryTarget target) throws IOException {
        target.file(file.getFileName().toString());
        format.read(file, target, new NullProgressMonitor());
        return target;
    }
}
