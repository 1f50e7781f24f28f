package dev.shellbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * This JVM and every process it started (execution JVMs, a warm spare, the mistakes' background JVM), as Linux's
 * {@code /proc/<pid>/status} shows them now: resident memory (VmRSS), its high-water mark (VmHWM) and CPU time.
 * Where there is no {@code /proc} (not Linux) the memory reads as 0.
 */
final class ProcessTree {
    private static final Path PROC = Path.of("/proc");
    /** The execution JVMs seen so far: a JVM that is ending no longer shows its command line. */
    private static final Map<Long, String> ROLES = new ConcurrentHashMap<>();
    private static final String EXECUTION = "execution JVM";
    /** The main class of every execution JVM (a session's, its spare's, the mistakes' background one). */
    private static final String AGENT = dev.shellbook.session.Agent.class.getName();

    /** One process of the tree at one moment; memory in KiB, as {@code /proc} gives it. */
    record Process(long pid, String role, long rssKb, long hwmKb, Duration cpu) {}

    private ProcessTree() {}

    /** This JVM first, then its descendants that are still alive. */
    static List<Process> now() {
        List<Process> all = new ArrayList<>();
        ProcessHandle self = ProcessHandle.current();
        try (Stream<ProcessHandle> below = self.descendants()) {
            Stream.concat(Stream.of(self), below).forEach(h -> read(h).ifPresent(all::add));
        }
        return all;
    }

    /** A process's figures, or empty when it ended while we looked. */
    static Optional<Process> read(ProcessHandle h) {
        Optional<String> status = status(h.pid());
        if (!h.isAlive() || status.isEmpty() && PROC.toFile().isDirectory()) {
            return Optional.empty();
        }
        String text = status.orElse("");
        ProcessHandle.Info info = h.info();
        return Optional.of(new Process(h.pid(), role(h, info), kilobytes(text, "VmRSS"), kilobytes(text, "VmHWM"),
                info.totalCpuDuration().orElse(Duration.ZERO)));
    }

    /** "shell JVM" for this one, "execution JVM" for a session's agent, else the command's file name. */
    static String role(ProcessHandle h, ProcessHandle.Info info) {
        if (h.pid() == ProcessHandle.current().pid()) {
            return "shell JVM";
        }
        String known = ROLES.get(h.pid());
        if (known != null) {
            return known;
        }
        if (commandLine(h.pid()).contains(AGENT)) {
            ROLES.put(h.pid(), EXECUTION);
            return EXECUTION;
        }
        // not yet known for sure: a JVM being started shows its spawn helper first
        return info.command().map(c -> Path.of(c).getFileName().toString()).orElse("process");
    }

    /** The process's command line as /proc has it, NULs between the words; empty when it cannot be read. */
    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The value of a {@code Name:   1234 kB} line of a status file, in KiB; 0 when it has no such line. */
    static long kilobytes(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        return 0;
    }

    /** The 1-minute load average, or -1 where {@code /proc/loadavg} cannot be read. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(PROC.resolve("loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Optional<String> status(long pid) {
        try {
            return Optional.of(Files.readString(PROC.resolve(Long.toString(pid)).resolve("status")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
