package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Keys typed while the terminal is asked about images reach the prompt; the terminal's answers do not. */
class TerminalImagesTest {

    @Test
    void keysTypedDuringTheQuestionAreKeptWithoutTheAnswers() {
        String reply = "6*\u001B[6;20;10t7\r\u001B[?1;0;256S/qu\u001B[?62;4;22c";
        assertEquals("6*7\r/qu", TerminalImages.typedAmong(reply));
        assertEquals("", TerminalImages.typedAmong("\u001B[?64;1;2;4;6;9;15;16;17;18;21;22;28c"));
    }
}
