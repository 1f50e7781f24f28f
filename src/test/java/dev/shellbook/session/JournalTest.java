package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Replaying the journal into a new JVM: never a silent restart loop, and Ctrl-C ends it at once. */
@Timeout(120)
class JournalTest {

    @TempDir
    Path dir;

    private final List<String> heard = new CopyOnWriteArrayList<>();

    @Test
    void reportsADeathFromABackgroundThreadOnceNamingItsCellAndLeavesThatCellOutOfTheReplay() throws Exception {
        try (Session session = start()) {
            assertTrue(session.run("int kept = 5;", Origin.of("l.jsh", 1)).ok());
            assertTrue(session.run("new Thread(() -> { try { Thread.sleep(1000); } catch (InterruptedException e) {}"
                    + " System.exit(7); }).start();", Origin.of("l.jsh", 2)).ok());
            Thread.sleep(2500);
            assertEquals("2", session.run("1 + 1", Origin.INPUT).lastValue());
            assertEquals(1, heard.size(), heard.toString());
            String message = heard.get(0);
            assertTrue(message.startsWith("The session's JVM exited with System.exit(7) while no cell was running"),
                    message);
            assertTrue(message.contains("replayed 1 cell. Left out `new Thread(() -> { try { Thread.sleep(1…`"
                    + " (l.jsh:2): it started a thread that was still running."), message);
            Thread.sleep(2500);
            assertEquals("6", session.run("kept + 1", Origin.INPUT).lastValue());
            assertEquals(1, heard.size(), "no second death: " + heard);
        }
    }

    @Test
    void dropsACellWhoseReplayKillsTheJvmAgainAndKeepsTheOthers() throws Exception {
        Path flag = dir.resolve("flag");
        try (Session session = start()) {
            assertTrue(session.run("int kept = 5;", Origin.of("l.jsh", 1)).ok());
            assertTrue(session.run("if (java.nio.file.Files.exists(java.nio.file.Path.of(\"" + flag + "\")))"
                    + " System.exit(3);", Origin.of("l.jsh", 2)).ok());
            assertTrue(session.run("int after = 6;", Origin.of("l.jsh", 3)).ok());
            Files.createFile(flag);
            CellResult exit = session.run("System.exit(0);", Origin.of("l.jsh", 4));
            assertTrue(exit.restarted(), exit.message());
            assertTrue(exit.message().contains("replayed 2 cells. Left out `if (java.nio.file.Files.exists(java.nio…`"
                    + " (l.jsh:2): replaying it ended the JVM again."), exit.message());
            assertEquals("11", session.run("kept + after", Origin.INPUT).lastValue());
        }
    }

    @Test
    void ctrlCStopsAReplayWithinASecondAndNamesTheCellsNotReplayed() throws Exception {
        Path flag = dir.resolve("slow");
        try (Session session = start()) {
            assertTrue(session.run("int kept = 5;", Origin.of("l.jsh", 1)).ok());
            assertTrue(session.run("if (java.nio.file.Files.exists(java.nio.file.Path.of(\"" + flag + "\")))"
                    + " { long until = System.nanoTime() + 60_000_000_000L; while (System.nanoTime() < until) { } }",
                    Origin.of("l.jsh", 2)).ok());
            assertTrue(session.run("int after = 6;", Origin.of("l.jsh", 3)).ok());
            Files.createFile(flag);
            long[] stoppedAt = new long[1];
            Thread ctrlC = new Thread(() -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    return;
                }
                stoppedAt[0] = System.nanoTime();
                session.stop();
            });
            ctrlC.start();
            CellResult exit = session.run("System.exit(0);", Origin.of("l.jsh", 4));
            double seconds = (System.nanoTime() - stoppedAt[0]) / 1e9;
            assertTrue(stoppedAt[0] > 0 && seconds < 1.5, "back " + seconds + " s after Ctrl-C");
            assertTrue(exit.message().contains("Ctrl-C stopped the replay after 1 cell; not replayed: `if (java.nio"),
                    exit.message());
            assertTrue(exit.message().contains("`int after = 6;` (l.jsh:3)"), exit.message());
            assertEquals("5", session.run("kept", Origin.INPUT).lastValue());
        }
    }

    private Session start() {
        Session session = Session.start(SessionOptions.defaults().heap("256m"));
        session.addListener(new SessionListener() {
            @Override
            public void restarted(String message) {
                heard.add(message);
            }
        });
        return session;
    }
}
