package dev.shellbook.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one lesson cost: wall-clock and CPU seconds (all processes of the tree), the largest resident memory of the
 * whole tree at one moment ({@code peakTreeKb}, sampled every 100 ms), each process's own high-water mark, and the
 * machine's 1-minute load average (the larger of before and after), which says how far the times are to be trusted.
 */
public record LessonTiming(String lesson, boolean ran, double wallSeconds, double cpuSeconds, long peakTreeKb,
                           List<Jvm> jvms, double load) {

    /** One process of the tree: its role, pid, memory high-water mark (VmHWM, KiB) and CPU seconds in the lesson. */
    public record Jvm(String role, long pid, long hwmKb, double cpuSeconds) {}

    public LessonTiming {
        jvms = List.copyOf(jvms);
    }

    /** The largest high-water mark among the processes of {@code role}, in KiB (0 when none ran). */
    public long hwmKb(String role) {
        return jvms.stream().filter(j -> j.role().equals(role)).mapToLong(Jvm::hwmKb).max().orElse(0);
    }

    /** The sum of every process's high-water mark: an upper bound of the tree's peak, as the peaks may not meet. */
    public long hwmSumKb() {
        return jvms.stream().mapToLong(Jvm::hwmKb).sum();
    }

    /** "01-data: 11.2 s wall, 14.0 s CPU, tree peak 812 MiB (shell JVM 250, execution JVM 560), load 3.2". */
    public String summary() {
        String each = jvms.stream().map(j -> j.role() + " " + Math.round(j.hwmKb() / 1024.0))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s%s: %.1f s wall, %.1f s CPU, tree peak %d MiB (high-water marks, MiB: %s),"
                + " load %.1f", lesson, ran ? "" : " (failed)", wallSeconds, cpuSeconds,
                Math.round(peakTreeKb / 1024.0), each, load);
    }
}
