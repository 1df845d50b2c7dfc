package org.longarm.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessProductStartsTest {

    private final HeadlessProduct longarm = new HeadlessProduct();

    @Test
    void helpListsTheCommandsAndExitsWithZero() throws Exception {
        HeadlessProduct.Run run = longarm.run(Duration.ofMinutes(2), "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Usage: longarm"), run::toString);
    }

    @Test
    void versionNamesTheBuiltBundle() throws Exception {
        HeadlessProduct.Run run = longarm.run(Duration.ofMinutes(2), "--version");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().matches("(?s)Longarm 0\\.1\\.0\\.\\d{12}\\s*"), run::toString);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() throws Exception {
        HeadlessProduct.Run run = longarm.run(Duration.ofMinutes(2), "--no-such-option");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run::toString);
    }

    /** Standard input, a pipe or a device cannot be read more than once, as a file is: that is said, not "no such file". */
    @Test
    void aPipeOrDeviceIsNotTakenForAMissingFile() throws Exception {
        HeadlessProduct.Run run = longarm.run(Duration.ofMinutes(2), "validate", "/dev/stdin");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("/dev/stdin: is not a regular file (a pipe or a device)"), run::toString);
        HeadlessProduct.Run dash = longarm.run(Duration.ofMinutes(2), "validate", "-");
        assertEquals(2, dash.exitCode(), dash::toString);
        assertTrue(dash.err().contains("-: standard input cannot be read"), dash::toString);
    }

    /** A command that only reads does not create a database in a mistyped data folder and show it empty. */
    @Test
    void aReadingCommandRefusesADataFolderWithoutADatabase(@TempDir Path folder) throws Exception {
        Path typo = folder.resolve("longram");
        for (String[] command : new String[][] { { "imports" }, { "explain", "GB-COH:123" }, { "analyze" } }) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--data-dir", typo.toString())).toArray(String[]::new);
            HeadlessProduct.Run run = longarm.run(Duration.ofMinutes(2), args);
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("no Longarm database in " + typo + ": import files into it first"),
                    run::toString);
            assertFalse(Files.exists(typo), "nothing is created by " + command[0]);
        }
    }

    /** A mistyped command with --help is not the general help: the script that runs it must not take it as done. */
    @Test
    void anUnknownCommandIsAUsageErrorAlsoWithHelp() throws Exception {
        HeadlessProduct.Run run = longarm.run(Duration.ofMinutes(2), "imprt", "--help");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("'imprt'") && run.err().contains("Try 'longarm --help'"), run::toString);
    }
}
