package dev.shellbook.bench;

import java.util.List;
import java.util.Locale;

/**
 * The cost of running lessons one after another ({@code shellbook run --all --timing}): each lesson's
 * {@link LessonTiming}, the course's total wall and CPU seconds, and its peak memory, the largest of the lessons'
 * peaks (each lesson runs in a fresh execution JVM, so peaks do not add up across lessons).
 */
public record CourseTiming(boolean quick, List<LessonTiming> lessons) {
    private static final String ROW = "%-24s %8s %8s %12s %12s %12s %6s%n";

    public CourseTiming {
        lessons = List.copyOf(lessons);
    }

    public double wallSeconds() {
        return lessons.stream().mapToDouble(LessonTiming::wallSeconds).sum();
    }

    public double cpuSeconds() {
        return lessons.stream().mapToDouble(LessonTiming::cpuSeconds).sum();
    }

    /** The largest resident memory the tree had at one moment, over all lessons, in KiB. */
    public long peakTreeKb() {
        return lessons.stream().mapToLong(LessonTiming::peakTreeKb).max().orElse(0);
    }

    /** The largest high-water mark of one role's processes over all lessons, in KiB. */
    public long hwmKb(String role) {
        return lessons.stream().mapToLong(l -> l.hwmKb(role)).max().orElse(0);
    }

    /** The table: one row per lesson, then the course (sums of times, largest of memories). */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "course timing (%s mode): times in seconds, memory in MiB (resident;"
                + " tree = every JVM at one moment, sampled every 100 ms)%n", quick ? "quick" : "full"));
        s.append(String.format(Locale.ROOT, ROW, "lesson", "wall", "CPU", "peak tree", "shell JVM", "exec JVM",
                "load"));
        for (LessonTiming l : lessons) {
            s.append(String.format(Locale.ROOT, ROW, l.lesson() + (l.ran() ? "" : " (failed)"), seconds(l.wallSeconds()),
                    seconds(l.cpuSeconds()), mb(l.peakTreeKb()), mb(l.hwmKb("shell JVM")),
                    mb(l.hwmKb("execution JVM")), String.format(Locale.ROOT, "%.1f", l.load())));
        }
        s.append(String.format(Locale.ROOT, ROW, "course", seconds(wallSeconds()), seconds(cpuSeconds()),
                mb(peakTreeKb()), mb(hwmKb("shell JVM")), mb(hwmKb("execution JVM")), ""));
        s.append(String.format(Locale.ROOT, "the %s course took %.1f minutes (wall), peak resident memory %s MiB%n",
                quick ? "quick" : "full", wallSeconds() / 60, mb(peakTreeKb())));
        return s.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }

    private static String mb(long kb) {
        return String.format(Locale.ROOT, "%,d", Math.round(kb / 1024.0));
    }
}
