package org.longarm.batch.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the materialised headless product as a separate process, the way {@code ./longarm} does, and collects
 * its exit code and output.
 */
public final class HeadlessProduct {

    /** What one run of the product printed and returned. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private final Path home;
    private final List<Path> folders = new ArrayList<>();

    public HeadlessProduct() {
        String location = System.getProperty("longarm.headless.product");
        if (location == null) {
            throw new IllegalStateException("system property longarm.headless.product is not set");
        }
        home = Path.of(location);
        if (!Files.isDirectory(home.resolve("plugins"))) {
            throw new IllegalStateException("no headless product at " + home + ": build releng/org.longarm.product first");
        }
    }

    public Path home() {
        return home;
    }

    /**
     * A new temporary folder for a test's data; {@link #cleanUp} stops the server of its data folder and deletes it
     * (hundreds of MB a run would otherwise stay behind).
     */
    public Path newFolder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        folders.add(folder);
        return folder;
    }

    /**
     * Stops the server that each folder of {@link #newFolder} holds the data of (as {@code dataFolder} makes it of
     * the folder), if one runs, and deletes the folder. Quietly: what stays behind is no failure of a test.
     */
    public void cleanUp(java.util.function.Function<Path, Map<String, String>> environment)
            throws InterruptedException {
        for (Path folder : folders) {
            try {
                run(Duration.ofMinutes(2), environment.apply(folder), "server", "stop");
            } catch (IOException e) {
                System.err.println("could not stop the server of " + folder + ": " + e);
            }
            deleteQuietly(folder);
        }
        folders.clear();
    }

    /** Deletes {@code folder} and what it holds; reports what it cannot delete instead of failing. */
    public static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("could not delete " + folder + ": " + e);
        }
    }

    /** Deletes {@code folder} and what it holds. */
    public static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public Run run(Duration timeout, String... args) throws IOException, InterruptedException {
        return run(timeout, Map.of(), args);
    }

    public Run run(Duration timeout, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = command(args);
        Path out = Files.createTempFile("longarm-out", ".txt");
        Path err = Files.createTempFile("longarm-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("longarm " + String.join(" ", args) + " did not finish within " + timeout
                        + "\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Starts the product without waiting; stdout and stderr go to the given files. */
    public Process start(Map<String, String> environment, Path out, Path err, String... args) throws IOException {
        return start(environment, out, err, false, args);
    }

    /**
     * Starts the product without waiting, as the leader of a process group of its own when {@code ownGroup} (as a
     * shell runs a command in a terminal, which Ctrl-C signals as a group), with Ctrl-C's signal handled as by
     * default; stdout and stderr go to the given files.
     */
    public Process start(Map<String, String> environment, Path out, Path err, boolean ownGroup, String... args)
            throws IOException {
        List<String> command = command(args);
        if (ownGroup) {
            // setsid and perl exec the command, which keeps their pid: the group's id. A build started in the
            // background by a script ignores SIGINT, and so would the product, which inherits that; perl (Debian's
            // perl-base, always installed) restores the default first.
            command.addAll(0, List.of("setsid", "perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"$!\""));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private List<String> command(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // as ./longarm starts it
        command.add("-Djava.util.logging.config.file="
                + Path.of(System.getProperty("longarm.repo", "."), "releng/scripts/logging.properties").toAbsolutePath());
        command.add("-jar");
        command.add(launcherJar().toString());
        command.addAll(List.of(args));
        return command;
    }

    private Path launcherJar() throws IOException {
        try (var files = Files.list(home.resolve("plugins"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Equinox launcher in " + home));
        }
    }
}
