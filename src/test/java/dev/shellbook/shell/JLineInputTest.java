package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shellbook.session.Completions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The line editor on a terminal over pipes: what reaches the learner's line, and what never does. */
@Timeout(30)
class JLineInputTest {
    @TempDir
    Path work;

    private OutputStream typing;

    private JLineInput input() throws IOException {
        PipedInputStream keys = new PipedInputStream(1 << 16);
        typing = new PipedOutputStream(keys);
        Terminal terminal = new ExternalTerminal("test", "xterm", keys, new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(100, 40));
        return JLineInput.over(terminal, work.resolve("history"), JavaLineParser::balanced,
                (b, c) -> new Completions(List.of(), c));
    }

    private void type(String keys) throws IOException {
        typing.write(keys.getBytes(StandardCharsets.UTF_8));
        typing.flush();
    }

    @Test
    void aLateAnswerAboutImagesNeverLandsInTheLineAndKeysAroundItAreKept() throws Exception {
        try (JLineInput input = input()) {
            type("6*\u001B[?63;1;2;4;6;9;15;16;22;28c7\u001B[?1;0;1024S\r");
            assertEquals("6*7", input.read("> "));
            type("\u001B[?64;1;2;6;22c/quit\r");
            assertEquals("/quit", input.read("> "), "an answer at the start of a line, before any key");
        }
    }

    @Test
    void otherEscapeSequencesStillEditTheLine() throws Exception {
        try (JLineInput input = input()) {
            type("1+3\u001BOD\u001BOD2\r"); // two left arrows (xterm's, once JLine set the keypad), then 2
            assertEquals("12+3", input.read("> "));
        }
    }
}
