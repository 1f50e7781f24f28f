package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.session.Completions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a step running behind the prompt prints, as the learner sees it above the line being typed. */
@Timeout(30)
class AboveWriterTest {
    @TempDir
    Path work;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private OutputStream typing;

    private JLineInput input() throws IOException {
        PipedInputStream keys = new PipedInputStream(1 << 16);
        typing = new PipedOutputStream(keys);
        Terminal terminal = new ExternalTerminal("test", "xterm", keys, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(100, 40));
        return JLineInput.over(terminal, work.resolve("history"), JavaLineParser::balanced,
                (b, c) -> new Completions(List.of(), c));
    }

    /** The screen's text without escape sequences and carriage returns. */
    private String shown() {
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "")
                .replace("\r", "");
    }

    /** Reads a line on another thread, and waits until its prompt is on the screen. */
    private CompletableFuture<String> reading(JLineInput input) throws InterruptedException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return input.read("> ");
            } catch (LineInput.Interrupted e) {
                return null;
            }
        });
        while (!shown().contains("> ")) {
            Thread.sleep(10);
        }
        Thread.sleep(50); // the reader is waiting for keys now
        return line;
    }

    @Test
    void outputThatArrivesInPiecesIsShownAsWholeLinesAboveThePrompt() throws Exception {
        try (JLineInput input = input()) {
            CompletableFuture<String> line = reading(input);
            Notebook notebook = new Notebook(input.writer(), Style.plain(), 100);
            for (String piece : List.of("train ", "Dataset[60000 rows]", ", test ", "Dataset[10000 rows]", "\n")) {
                notebook.sink().write(piece, false);
            }
            typing.write("6*7\r".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            assertEquals("6*7", line.get());
            assertTrue(shown().contains("train Dataset[60000 rows], test Dataset[10000 rows]\n"), shown());
        }
    }

    @Test
    void aStatusLineShowsAtOnceAndAnUnfinishedLineIsShownWhenTheReadEnds() throws Exception {
        try (JLineInput input = input()) {
            CompletableFuture<String> line = reading(input);
            Notebook notebook = new Notebook(input.writer(), Style.forTerminal("xterm-256color", true), 100);
            notebook.status("replaying 7 of 11: Train once");
            assertTrue(shown().contains("replaying 7 of 11: Train once"), shown());
            notebook.sink().write("epoch 1 …", false);
            assertTrue(!shown().contains("epoch 1"), "an unfinished line waits while the prompt reads: " + shown());
            typing.write("\r".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            line.get();
            notebook.sink().write(" done\n", false);
            assertTrue(shown().contains("epoch 1 … done\n"), shown());
        }
    }

    @Test
    void aStatusLinePrintedBeforeThePromptCameUpStaysOnItsOwnLineAndIsReplacedLater() throws Exception {
        try (JLineInput input = input()) {
            Notebook notebook = new Notebook(input.writer(), Style.forTerminal("xterm-256color", true), 100);
            notebook.status("restoring your session from its checkpoint…");
            CompletableFuture<String> line = reading(input);
            assertTrue(!shown().contains("checkpoint…> "), "the prompt starts a line of its own: " + shown());
            notebook.line("(your session is back)");
            typing.write("\r".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            line.get();
            String raw = screen.toString(StandardCharsets.UTF_8);
            assertTrue(raw.contains("\u001B[1A\u001B[2K(your session is back)"), "it goes over the status line: " + raw);
        }
    }
}
