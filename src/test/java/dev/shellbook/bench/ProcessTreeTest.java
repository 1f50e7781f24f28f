package dev.shellbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process-tree reader behind {@code run --timing}: /proc's status fields, this JVM, and a child it starts. */
class ProcessTreeTest {
    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 4712256 kB
            VmHWM:\t  812340 kB
            VmRSS:\t  640012 kB
            Threads:\t27
            """;

    @Test
    void readsAKilobyteFieldOfAStatusFile() {
        assertEquals(812_340, ProcessTree.kilobytes(STATUS, "VmHWM"));
        assertEquals(640_012, ProcessTree.kilobytes(STATUS, "VmRSS"));
    }

    @Test
    void aMissingFieldReadsAsZeroNotAsAFieldWithThatPrefix() {
        assertEquals(0, ProcessTree.kilobytes(STATUS, "VmSwap"));
        assertEquals(0, ProcessTree.kilobytes(STATUS, "Vm"));
    }

    @Test
    void listsThisJvmFirstAsTheShellWithItsResidentMemory() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        List<ProcessTree.Process> tree = ProcessTree.now();
        ProcessTree.Process self = tree.get(0);
        assertEquals(ProcessHandle.current().pid(), self.pid());
        assertEquals("shell JVM", self.role());
        assertTrue(self.rssKb() > 10_000, "a JVM holds more than 10 MB: " + self);
        assertTrue(self.hwmKb() >= self.rssKb(), "the high-water mark is at least the resident size: " + self);
    }

    @Test
    void aWatchCountsAChildThatStartedAndEndedDuringIt() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TreeWatch watch = TreeWatch.start("child");
        Process child = new ProcessBuilder("sleep", "0.4").start();
        Thread.sleep(250);
        LessonTiming timing = watch.stop(true);
        child.waitFor();
        assertTrue(timing.jvms().stream().anyMatch(j -> j.pid() == child.pid() && j.role().equals("sleep")),
                timing.toString());
        assertTrue(timing.peakTreeKb() >= timing.hwmKb("shell JVM") / 2, timing.toString());
        assertTrue(timing.wallSeconds() >= 0.25, timing.toString());
    }
}
