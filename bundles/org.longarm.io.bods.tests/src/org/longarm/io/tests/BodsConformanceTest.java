package org.longarm.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.longarm.core.io.InputProblem;
import org.longarm.io.bods.internal.BodsFormat;

/**
 * The standard's own test: every valid fixture and worked example reads without a problem; every invalid fixture
 * is rejected with a problem that names the statement, the JSON path and the schema keyword of
 * conformance/invalid/expected_errors.csv.
 */
class BodsConformanceTest {

    private final BodsFormat format = new BodsFormat();

    static Stream<Path> validFiles() {
        List<Path> files = new ArrayList<>(Fixtures.jsonFiles(Fixtures.bods().resolve("conformance/valid")));
        files.addAll(Fixtures.jsonFiles(Fixtures.bods().resolve("examples")));
        assertFalse(files.isEmpty());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validFileReadsWithoutProblems(Path file) throws IOException {
        MemoryTarget target = Fixtures.read(format, file);
        assertEquals("", target.problemText());
        assertTrue(target.added > 0, "nothing read from " + file);
    }

    static Stream<Arguments> invalidFiles() throws IOException {
        Path dir = Fixtures.bods().resolve("conformance/invalid");
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected_errors.csv"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Path file = dir.resolve(cells[0]);
            if (Files.exists(file)) { // the CSV names one fixture that the copy does not hold
                cases.add(Arguments.of(cells[0], cells[1], cells[2], cells[3]));
            }
        }
        assertTrue(cases.size() > 90, "expected the invalid fixtures, found " + cases.size());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void invalidFileIsRejectedAtTheExpectedPath(String name, String keyword, String path, String property)
            throws IOException {
        Path file = Fixtures.bods().resolve("conformance/invalid").resolve(name);
        MemoryTarget target = Fixtures.read(format, file);
        assertFalse(target.problems.isEmpty(), name + " was not rejected");
        String statementPath = path.startsWith("$[0]") ? "$" + path.substring(4) : path;
        String statement = path.startsWith("$[0]") ? statementName(file) : null;
        boolean found = false;
        for (InputProblem problem : target.problems) {
            assertEquals(name, problem.file());
            found |= statementPath.equals(problem.jsonPath()) && java.util.Objects.equals(statement, problem.statement())
                    && problem.message().contains("(" + keyword + ")")
                    && (!keyword.equals("required") || problem.message().contains("'" + property + "'"));
        }
        assertTrue(found, "expected " + keyword + " at " + statementPath + " of statement " + statement + ", got:\n"
                + target.problemText());
        assertTrue(target.problems.get(0).line() > 0, "no line: " + target.problems.get(0));
    }

    private static final Pattern STATEMENT_ID = Pattern.compile("\"statementId\"\\s*:\\s*\"([^\"]*)\"");

    /** The first statement's id, or #0 when it has none. */
    private static String statementName(Path file) throws IOException {
        Matcher m = STATEMENT_ID.matcher(Files.readString(file));
        return m.find() ? m.group(1) : "#0";
    }
}
