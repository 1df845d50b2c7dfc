package org.longarm.benchmarks.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small helpers for timing and memory figures. */
final class Measure {

    private Measure() {
    }

    /** Resident set size of a process in MiB (Linux /proc), or -1. */
    static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /** Peak resident set size of a process in MiB (Linux /proc VmHWM), or -1. */
    static long peakRssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /** CPU seconds a process has used so far (user and system, all its threads), or NaN when it is not known. */
    static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9)
                .orElse(Double.NaN);
    }

    /**
     * The CPU that this JVM and a server used from {@code since} (seconds of each, from {@link #cpuSeconds}) until
     * now, over {@code wallSeconds}: how much of the machine's cores a writer kept busy.
     */
    static String cpuUsed(double[] since, long serverPid, double wallSeconds) {
        double client = cpuSeconds(ProcessHandle.current().pid()) - since[0];
        double server = cpuSeconds(serverPid) - since[1];
        return format("CPU %.0f s (this JVM %.0f s, server %.0f s), %.0f %% of the wall time", client + server, client,
                server, 100 * (client + server) / wallSeconds);
    }

    /** This JVM's and a server's CPU seconds now, for {@link #cpuUsed}. */
    static double[] cpuNow(long serverPid) {
        return new double[] { cpuSeconds(ProcessHandle.current().pid()), cpuSeconds(serverPid) };
    }

    static long usedHeapMiB() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() >> 20;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    static void progress(String message) {
        System.err.println("bench: " + message);
    }

    /** The size of the files in a folder and its subfolders, in MiB. */
    static long sizeMiB(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            long bytes = 0;
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(path);
            }
            return bytes >> 20;
        }
    }

    /** Deletes a folder and everything in it. */
    static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
