package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An execution JVM whose shell was killed (kill -9) ends by itself, even while user code spins. */
@Timeout(90)
class SessionOrphanTest {

    @Test
    void anExecutionJvmEndsWithinSecondsOfItsShellBeingKilled() throws Exception {
        Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ClassPath.join(ClassPath.current()), OrphanHost.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Optional<ProcessHandle> child;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(host.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("child "), "the host said: " + line);
            child = ProcessHandle.of(Long.parseLong(line.substring(6).strip()));
            assertTrue(child.isPresent() && child.get().isAlive());
            assertTrue("spinning".equals(out.readLine()), "the cell should be running");
            Thread.sleep(500);
            host.destroyForcibly().waitFor();
        }
        long killed = System.nanoTime();
        boolean ended = child.get().onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).get() != null;
        long millis = (System.nanoTime() - killed) / 1_000_000;
        if (!ended) {
            child.get().destroyForcibly();
        }
        assertTrue(ended, "the execution JVM was still running 5 s after its shell was killed");
        assertFalse(child.get().isAlive());
        System.out.println("orphan ended " + millis + " ms after its shell was killed");
    }
}
