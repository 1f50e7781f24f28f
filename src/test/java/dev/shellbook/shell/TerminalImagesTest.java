package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shellbook.chart.ChartPictures;
import dev.shellbook.chart.ImageMode;
import dev.shellbook.session.Completions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal is asked about images in at most two short rounds: DA1 alone, then the sizes only for a terminal
 * that draws sixel. Keys typed while it is asked reach the prompt; the terminal's answers do not.
 */
@Timeout(30)
class TerminalImagesTest {
    private static final String XTERM_VT340 = "\u001B[?63;1;2;4;6;9;15;16;22;28c";
    private static final String XTERM_PLAIN = "\u001B[?64;1;2;6;9;15;16;17;18;21;22;28c";
    private static final Map<String, String> XTERM = Map.of("TERM", "xterm", "COLUMNS", "120", "LINES", "40");

    @TempDir
    Path work;

    @Test
    void keysTypedDuringTheQuestionAreKeptWithoutTheAnswers() {
        String reply = "6*\u001B[6;20;10t7\r\u001B[?1;0;256S/qu\u001B[?62;4;22c";
        assertEquals("6*7\r/qu", TerminalImages.typedAmong(reply));
        assertEquals("", TerminalImages.typedAmong("\u001B[?64;1;2;4;6;9;15;16;17;18;21;22;28c"));
    }

    @Test
    void aTerminalThatNeverAnswersIsAskedOneRoundOfDeviceAttributesAndGetsTextPlots() throws IOException {
        FarEnd silent = new FarEnd(Map.of());
        TerminalImages.Asked asked = TerminalImages.ask(ImageMode.AUTO, XTERM, true, Style.plain(), silent.terminal);
        assertEquals(ImageMode.TEXT, asked.pictures().mode());
        assertEquals(TerminalImages.DA1, silent.sent(), "one round (one wait), DA1 alone: no sizes are asked");
    }

    @Test
    void aTerminalWithoutSixelIsNotAskedItsSizes() throws IOException {
        FarEnd xterm = new FarEnd(Map.of(TerminalImages.DA1, XTERM_PLAIN));
        assertEquals(ImageMode.TEXT, TerminalImages.ask(ImageMode.AUTO, XTERM, true, Style.plain(), xterm.terminal)
                .pictures().mode());
        assertEquals(TerminalImages.DA1, xterm.sent());
    }

    @Test
    void aSixelAnswerBringsRoundTwoWhoseAnswersSetCellSizeAndColours() throws IOException {
        FarEnd vt340 = new FarEnd(Map.of(TerminalImages.DA1, XTERM_VT340, "\u001B[16t", "\u001B[6;17;9t",
                "\u001B[?1;1;0S", "\u001B[?1;0;1024S"));
        ChartPictures shown = TerminalImages.ask(ImageMode.AUTO, XTERM, true, Style.plain(), vt340.terminal)
                .pictures();
        assertEquals(ImageMode.SIXEL, shown.mode());
        assertEquals(TerminalImages.DA1 + TerminalImages.SIZES, vt340.sent(), "DA1 first, then the sizes");
        assertEquals(new ChartPictures.Geometry(120, 40, 9, 17, 256), shown.geometry());
    }

    @Test
    void sixelAskedByNameIsAskedOnlyTheSizes() throws IOException {
        FarEnd vt340 = new FarEnd(Map.of(TerminalImages.DA1, XTERM_VT340, "\u001B[16t", "\u001B[6;20;10t"));
        ChartPictures shown = TerminalImages.ask(ImageMode.SIXEL, XTERM, true, Style.plain(), vt340.terminal)
                .pictures();
        assertEquals(TerminalImages.SIZES, vt340.sent());
        assertEquals(new ChartPictures.Geometry(120, 40, 10, 20, 256), shown.geometry());
    }

    @Test
    void noQuestionWhenTheEnvironmentNamesTheProtocolOrTheInputIsPiped() throws IOException {
        FarEnd kitty = new FarEnd(Map.of(TerminalImages.DA1, XTERM_VT340));
        assertEquals(ImageMode.KITTY, TerminalImages.ask(ImageMode.AUTO, Map.of("TERM", "xterm-kitty"), true,
                Style.plain(), kitty.terminal).pictures().mode());
        FarEnd piped = new FarEnd(Map.of(TerminalImages.DA1, XTERM_VT340));
        assertEquals(ImageMode.OFF, TerminalImages.ask(ImageMode.AUTO, XTERM, false, Style.plain(), piped.terminal)
                .pictures().mode());
        assertEquals("", kitty.sent() + piped.sent());
    }

    @Test
    void keysTypedAroundTheAnswerReachTheFirstPromptInOrder() throws Exception {
        FarEnd typing = new FarEnd(Map.of(TerminalImages.DA1, "6*" + XTERM_PLAIN + "7\r"));
        TerminalImages.Asked asked = TerminalImages.ask(ImageMode.AUTO, XTERM, true, Style.plain(), typing.terminal);
        assertEquals("6*", asked.typed(), "before the answer: read by the probe and handed back");
        try (JLineInput input = JLineInput.over(typing.terminal, work.resolve("history"), code -> true,
                (b, c) -> new Completions(List.of(), c))) {
            input.typeAhead(asked.typed());
            assertEquals("6*7", input.read("> "), "after the answer: left for the line editor");
        }
    }

    /**
     * The far end of a terminal over pipes: it records what the program sent, and answers each query it knows the
     * moment the query is complete, as a terminal does.
     */
    private static final class FarEnd extends OutputStream {
        private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        private final ByteArrayOutputStream queries = new ByteArrayOutputStream();
        private final Map<String, String> answers;
        private final OutputStream keys;
        final Terminal terminal;

        FarEnd(Map<String, String> answers) throws IOException {
            this.answers = answers;
            PipedInputStream in = new PipedInputStream(1 << 16);
            this.keys = new PipedOutputStream(in);
            this.terminal = new ExternalTerminal("test", "xterm", in, this, StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void write(int b) {
            if (b == 0x1B || queries.size() > 0) {
                queries.write(b);
            }
            if (queries.size() > 0 && b >= 0x40 && b <= 0x7E && b != '[') { // a sequence's final byte
                String query = queries.toString(StandardCharsets.UTF_8);
                sent.writeBytes(queries.toByteArray());
                queries.reset();
                answer(answers.getOrDefault(query, ""));
            }
        }

        private void answer(String text) {
            try {
                keys.write(text.getBytes(StandardCharsets.UTF_8));
                keys.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The escape sequences the program sent, in order (what JLine draws for a prompt aside). */
        synchronized String sent() {
            return sent.toString(StandardCharsets.UTF_8);
        }
    }
}
