package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.session.SnippetResult.Status;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A cell's output is capped, background output never holds up a result, and Ctrl-C on a flood is quick. */
@Timeout(90)
class SessionOutputTest {

    /** A session of its own for each test: a stopped flood in one test must not print into the next one's cell. */
    Session session;

    @BeforeEach
    void start() {
        session = Session.start(SessionOptions.defaults().spare(false).heap("256m"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsTheFirstAndLastLinesOfAHugeOutputWithACountOfTheRest() {
        StringBuilder streamed = new StringBuilder();
        CellResult cell = session.run("for (int i = 0; i < 2_000_000; i++) System.out.println(i);", Origin.INPUT,
                (text, error) -> streamed.append(text));
        assertTrue(cell.ok(), cell.message());
        var lines = streamed.toString().lines().toList();
        assertEquals(OutputCap.HEAD_LINES + 1 + OutputCap.TAIL_LINES, lines.size());
        assertEquals("0", lines.get(0));
        assertTrue(lines.get(100).startsWith("… (1,999,800 lines not shown"), lines.get(100));
        assertEquals("1999999", lines.get(lines.size() - 1));
        assertEquals(streamed.toString(), cell.output());
    }

    @Test
    void aThreadPrintingForeverDoesNotHoldUpTheNextCell() throws Exception {
        assertTrue(session.run("Thread flood = new Thread(() -> { while (!Thread.currentThread().isInterrupted())"
                + " System.out.println(\"x\"); }); flood.setDaemon(true); flood.start();", Origin.INPUT).ok());
        try {
            CompletableFuture<CellResult> next = CompletableFuture.supplyAsync(
                    () -> session.run("6 * 8", Origin.INPUT));
            CellResult cell = next.get(20, TimeUnit.SECONDS);
            assertEquals("48", cell.lastValue(), cell.message());
            assertTrue(cell.output().lines().count() <= OutputCap.HEAD_LINES + 1 + OutputCap.TAIL_LINES,
                    cell.output().lines().count() + " lines");
        } finally {
            session.run("flood.interrupt(); flood.join();", Origin.INPUT);
        }
    }

    @Test
    void ctrlCStopsALoopThatPrintsWithoutEndingTheSession() throws Exception {
        CountDownLatch printing = new CountDownLatch(1);
        CompletableFuture<CellResult> running = CompletableFuture.supplyAsync(
                () -> session.run("long n = 0; while (true) System.out.println(n++);", Origin.INPUT,
                        (text, error) -> printing.countDown()));
        assertTrue(printing.await(30, TimeUnit.SECONDS), "the loop should print");
        Thread.sleep(500);
        long pressed = System.nanoTime();
        session.stop();
        CellResult cell = running.get(20, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - pressed) / 1_000_000;
        assertEquals(Status.STOPPED, cell.failure().orElseThrow().status(), cell.message());
        assertFalse(cell.message().contains("JVM was ended"), "stopped, not killed: " + cell.message());
        assertTrue(millis < StopControl.KILL_MILLIS, "returned " + millis + " ms after Ctrl-C");
        assertEquals("2", session.run("1 + 1", Origin.INPUT).lastValue());
    }

    @Test
    void ctrlCLeavesNoInterruptThatWouldBreakTheNextCellsSleep() throws Exception {
        CountDownLatch printing = new CountDownLatch(1);
        CompletableFuture<CellResult> running = CompletableFuture.supplyAsync(
                () -> session.run("long n = 0; while (true) { if (n++ == 0) System.out.println(\"tick\"); }",
                        Origin.INPUT, (text, error) -> printing.countDown()));
        assertTrue(printing.await(30, TimeUnit.SECONDS), "the loop should print");
        session.stop();
        assertEquals(Status.STOPPED, running.get(20, TimeUnit.SECONDS).failure().orElseThrow().status());
        CellResult next = session.run("Thread.sleep(20); Thread.currentThread().isInterrupted()", Origin.INPUT);
        assertTrue(next.ok(), next.message());
        assertEquals("false", next.lastValue());
    }
}
