package org.longarm.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed generated code is exactly what the EMF generator makes of the committed genmodel. */
class GeneratedCodeIsUpToDateTest {

    @Test
    void regeneratingTheModelChangesNoFile(@TempDir Path temp) throws IOException {
        Path modelDir = Path.of(System.getProperty("longarm.model.dir"));
        Path editDir = Path.of(System.getProperty("longarm.edit.dir"));
        Path freshModel = temp.resolve(GenerateModelCode.MODEL_PROJECT);
        Path freshEdit = temp.resolve(GenerateModelCode.EDIT_PROJECT);

        Diagnostic result = GenerateModelCode.generate(freshModel, freshEdit, modelDir);
        assertTrue(result.getSeverity() < Diagnostic.ERROR, result::toString);

        List<String> differences = new ArrayList<>();
        compare(modelDir.resolve("src-gen"), freshModel.resolve("src-gen"), differences);
        compare(editDir.resolve("src-gen"), freshEdit.resolve("src-gen"), differences);
        assertEquals(List.of(), differences,
                "generated code differs from the genmodel; regenerate with: ./mvnw -q -f releng/org.longarm.codegen/pom.xml compile exec:java");
    }

    private static void compare(Path committed, Path fresh, List<String> differences) throws IOException {
        Map<String, String> expected = read(fresh);
        Map<String, String> actual = read(committed);
        assertTrue(expected.size() > 10, "the generator produced files under " + fresh);
        for (var entry : expected.entrySet()) {
            String have = actual.get(entry.getKey());
            if (have == null) {
                differences.add("missing: " + committed.resolve(entry.getKey()));
            } else if (!have.equals(entry.getValue())) {
                differences.add("changed: " + committed.resolve(entry.getKey()));
            }
        }
        for (String path : actual.keySet()) {
            if (!expected.containsKey(path)) {
                differences.add("not generated (hand-written file in src-gen?): " + committed.resolve(path));
            }
        }
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
