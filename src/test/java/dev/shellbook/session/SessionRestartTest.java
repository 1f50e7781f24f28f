package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.session.SnippetResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The session survives the death of its execution JVM and keeps the learner's state. */
@Timeout(90)
class SessionRestartTest {

    @Test
    void survivesSystemExitAndReplaysTheCellsThatRan() {
        try (Session session = Session.start(SessionOptions.defaults().heap("256m"))) {
            assertTrue(session.run("int kept = 42;\nString word = \"x\";", Origin.of("l.jsh", 3)).ok());
            session.run("int broken = nope;", Origin.of("l.jsh", 5));
            CellResult exit = session.run("System.exit(0);", Origin.of("l.jsh", 7));
            assertEquals(Status.SESSION_RESTARTED, exit.failure().orElseThrow().status());
            assertEquals("The session's JVM exited with System.exit(0); started a new one and replayed 1 cell.",
                    exit.message());
            assertEquals("42", session.run("kept", Origin.INPUT).lastValue());
        }
    }

    @Test
    void survivesAnOutOfMemoryError() {
        try (Session session = Session.start(SessionOptions.defaults().spare(false).heap("64m"))) {
            assertTrue(session.run("int before = 7;", Origin.INPUT).ok());
            CellResult oom = session.run("double[] huge = new double[50_000_000];", Origin.of("l.jsh", 9));
            SnippetResult failed = oom.failure().orElseThrow();
            assertTrue(failed.status() == Status.EXCEPTION || failed.status() == Status.SESSION_RESTARTED,
                    failed.status() + ": " + oom.message());
            assertTrue(oom.message().contains("OutOfMemoryError") || oom.message().contains("out of memory"),
                    oom.message());
            assertEquals("8", session.run("before + 1", Origin.INPUT).lastValue());
        }
    }

    @Test
    void resetGivesAnEmptySession() {
        try (Session session = Session.start(SessionOptions.defaults().spare(false).heap("128m"))) {
            session.run("int gone = 1;", Origin.INPUT);
            session.reset();
            assertEquals(Status.COMPILE_ERROR, session.run("gone", Origin.INPUT).failure().orElseThrow().status());
            assertEquals(List.of(), session.history());
        }
    }
}
