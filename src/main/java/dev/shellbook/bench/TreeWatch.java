package dev.shellbook.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the process tree ({@link ProcessTree}) while one lesson runs: every 100 ms it reads every process, and
 * keeps per process its CPU time (less what it had used when the watch began) and its memory high-water mark, and
 * for the tree the largest sum of resident memory seen at one moment. {@link #stop} reads once more, so call it
 * before the lesson's session closes: a JVM that has ended can no longer be read.
 */
public final class TreeWatch implements AutoCloseable {
    private static final long PERIOD_MS = 100;

    private final String lesson;
    private final long start = System.nanoTime();
    private final double loadBefore = ProcessTree.loadAverage();
    private final Map<Long, ProcessTree.Process> first = new LinkedHashMap<>();
    private final Map<Long, ProcessTree.Process> last = new LinkedHashMap<>();
    private final Map<Long, Long> highWater = new LinkedHashMap<>();
    private long peakTreeKb;
    private final Thread sampler;

    private TreeWatch(String lesson) {
        this.lesson = lesson;
        for (ProcessTree.Process p : ProcessTree.now()) {
            first.put(p.pid(), p);
        }
        sample();
        sampler = new Thread(this::loop, "shellbook-tree-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching; the processes alive now count only the CPU time they use from now on. */
    public static TreeWatch start(String lesson) {
        return new TreeWatch(lesson);
    }

    /** Reads the tree a last time, stops the sampler and sums up. */
    public LessonTiming stop(boolean ran) {
        close();
        sample();
        double wall = (System.nanoTime() - start) / 1e9;
        List<LessonTiming.Jvm> jvms = last.values().stream().map(this::jvm).toList();
        double cpu = jvms.stream().mapToDouble(LessonTiming.Jvm::cpuSeconds).sum();
        double load = Math.max(loadBefore, ProcessTree.loadAverage());
        return new LessonTiming(lesson, ran, wall, cpu, peakTreeKb, jvms, load);
    }

    @Override
    public void close() {
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    /** One reading: the tree's resident sum now, and each process's latest figures and high-water mark. */
    private synchronized void sample() {
        long sum = 0;
        for (ProcessTree.Process p : ProcessTree.now()) {
            sum += p.rssKb();
            last.put(p.pid(), p);
            highWater.merge(p.pid(), Math.max(p.hwmKb(), p.rssKb()), Math::max);
        }
        peakTreeKb = Math.max(peakTreeKb, sum);
    }

    private LessonTiming.Jvm jvm(ProcessTree.Process p) {
        Duration before = first.containsKey(p.pid()) ? first.get(p.pid()).cpu() : Duration.ZERO;
        return new LessonTiming.Jvm(p.role(), p.pid(), highWater.get(p.pid()), p.cpu().minus(before).toMillis() / 1e3);
    }
}
