package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How an execution JVM's death is put in words. */
@Timeout(90)
class DeathReasonTest {

    @Test
    void tellsRuntimeHaltFromSystemExit() {
        try (Session session = Session.start(SessionOptions.defaults().heap("128m"))) {
            assertTrue(session.run("int kept = 1;", Origin.INPUT).ok());
            assertTrue(session.run("Runtime.getRuntime().halt(1);", Origin.INPUT).message().startsWith(
                    "The session's JVM exited with Runtime.halt(1);"), "halt");
            assertTrue(session.run("System.exit(3);", Origin.INPUT).message().startsWith(
                    "The session's JVM exited with System.exit(3);"), "exit");
            assertEquals("2", session.run("kept + 1", Origin.INPUT).lastValue());
        }
    }

    @Test
    void namesSignalsAndMemory() {
        assertEquals("The session's JVM was killed (signal 15)", DeathReason.fromExit(143, "", "2g"));
        assertEquals("The session's JVM ran out of memory (its heap is -Xmx2g)",
                DeathReason.fromExit(3, "Terminating due to java.lang.OutOfMemoryError: Java heap space", "2g"));
        assertEquals("The session's JVM exited with Runtime.halt(4)", DeathReason.fromExit(4, "", "2g"));
        assertEquals("The session's JVM exited with System.exit(4)",
                DeathReason.fromExit(4, Agent.EXIT_MARK + "\n", "2g"));
    }
}
