package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.session.Completions;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell on a terminal (JLine over pipes) takes input at once, while its session starts and catches up behind
 * the prompt: lines typed meanwhile run in order once it is ready (a late answer from the terminal among them is
 * dropped), and Ctrl-C stops the catching up.
 */
@Timeout(120)
class ShellStartTest {
    static final Path LESSONS = Path.of("src/test/resources/lessons");
    private static final String LATE_DA1 = "\u001B[?63;1;2;4;6;9;15;16;22;28c";

    @TempDir
    Path work;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @Test
    void linesTypedBeforeTheSessionIsReadyRunInOrderOnceItIs() throws Exception {
        try (Session session = Session.start(SessionOptions.defaults().heap("256m").spare(false))) {
            Running shell = start(session, 2);
            // the terminal's answer about images comes late (a slow link), in the middle of the typing
            shell.type("int a = 1000\r" + "int b = Math.max(\r" + LATE_DA1 + "a, 3000)\r" + "a + b + 1\r");
            String shown = shell.until("4001");
            shell.type("/quit\r");
            shell.thread.join(20_000);
            assertTrue(shown.contains("(kept: it runs as soon as the session is ready)"), shown);
            assertTrue(shown.indexOf("DMatrixRMaj 2×2") < shown.indexOf("a ==> 1000"), "the step ran first: " + shown);
            assertTrue(shown.indexOf("a ==> 1000") < shown.indexOf("b ==> 3000"), shown);
            assertTrue(shown.indexOf("b ==> 3000") < shown.indexOf("4001"), shown);
            assertEquals(1, count(shown, "(kept:"), "said once: " + shown);
            assertTrue(!shown.contains("63;1;2"), "the late answer never reached a line: " + shown);
        }
    }

    @Test
    void ctrlCAtThePromptStopsTheCatchingUpAndLeavesAUsableSession() throws Exception {
        try (Session session = Session.start(SessionOptions.defaults().heap("256m").spare(false))) {
            Running shell = start(session, 4);
            shell.until("01 warmup 4/4> ");
            shell.type("\u0003");
            String stopped = shell.until("Ctrl-C stopped the catching up");
            shell.type("6 * 7 + 1\r");
            String shown = shell.until("\n43");
            shell.type("/quit\r");
            shell.thread.join(20_000);
            // how many of steps 1–3 ran before the Ctrl-C arrived depends on the machine's speed
            java.util.regex.Matcher said = java.util.regex.Pattern.compile("(steps ([123])–3|step (3)) did not run,"
                    + " nor this step\\. The session is yours: /goto ([123]) runs them from there, /run runs only this"
                    + " step\\.").matcher(stopped);
            assertTrue(said.find(), stopped);
            assertEquals(said.group(2) != null ? said.group(2) : said.group(3), said.group(4), "goto the first not run");
            assertTrue(!shown.contains("twice x is 84"), "step 4 did not run: " + shown);
        }
    }

    /** A shell at {@code step} of the warm-up lesson, reading from a terminal over pipes, on its own thread. */
    private Running start(Session session, int step) throws IOException {
        PipedInputStream keys = new PipedInputStream(1 << 16);
        OutputStream typing = new PipedOutputStream(keys);
        // JLine's own terminal over streams: it turns a typed Ctrl-C into SIGINT, as a real terminal does
        Terminal terminal = new ExternalTerminal("test", "xterm", keys, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(100, 40));
        AtomicReference<Shell> shell = new AtomicReference<>();
        JLineInput input = JLineInput.over(terminal, work.resolve("history"), code -> shell.get() == null
                ? JavaLineParser.balanced(code) : shell.get().isComplete(code), (b, c) -> new Completions(List.of(), c));
        shell.set(new Shell(session, input, Setup.of(LESSONS, work), Progress.load(work)));
        Lesson warmup = LessonParser.parse(LESSONS.resolve("01-warmup.jsh"));
        Thread thread = new Thread(() -> {
            try (input) {
                shell.get().run(warmup, step);
            }
        }, "shell-under-test");
        thread.start();
        return new Running(thread, typing);
    }

    /** A shell running on {@code thread}, and the keys it reads. */
    private final class Running {
        final Thread thread;
        final OutputStream typing;

        Running(Thread thread, OutputStream typing) {
            this.thread = thread;
            this.typing = typing;
        }

        void type(String keys) throws IOException {
            typing.write(keys.getBytes(StandardCharsets.UTF_8));
            typing.flush();
        }

        /** The screen so far, escape sequences removed, once it shows {@code text} (fails after 60 s). */
        String until(String text) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                String shown = plain();
                if (shown.contains(text)) {
                    return shown;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("never showed " + text + ":\n" + plain());
        }
    }

    private String plain() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[?0-9;]*[A-Za-z=>]|\u001B[=>]", "")
                    .replace("\r\n", "\n").replace("\r", "");
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
