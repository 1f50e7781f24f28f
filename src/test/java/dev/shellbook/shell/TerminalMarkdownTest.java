package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalMarkdownTest {
    private static final String BOLD = "\u001B[1m";
    private static final String CYAN = "\u001B[36m";
    private static final String RESET = "\u001B[0m";

    private static String plain(String md, int width) {
        return new TerminalMarkdown(Style.plain(), width).render(md);
    }

    private static String color(String md) {
        return new TerminalMarkdown(Style.color(), 80).render(md);
    }

    @Test
    void headingIsBoldInColour() {
        String out = color("# Softmax");
        assertTrue(out.contains("Softmax") && out.startsWith("\u001B[1;34m"), out);
    }

    @Test
    void inlineCodeIsHighlightedInColourAndBacktickedInPlain() {
        assertTrue(color("call `softmax(z)` now").contains(CYAN + "softmax(z)" + RESET));
        assertEquals("call `softmax(z)` now", plain("call `softmax(z)` now", 80));
    }

    @Test
    void strongTextIsBold() {
        assertTrue(color("a **big** deal").contains(BOLD + "big" + RESET));
    }

    @Test
    void paragraphsWrapToTheWidth() {
        String text = "The softmax turns a row of scores into probabilities that are positive and sum to one, "
                + "which is exactly what a classifier over ten classes needs.";
        String out = plain(text, 40);
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 40, "too long: '" + line + "'");
        }
        assertEquals(text, out.replace("\n", " "));
    }

    @Test
    void wrappingCountsVisibleCharactersOnly() {
        String out = new TerminalMarkdown(Style.color(), 20).render("`aaaa` `bbbb` `cccc` `dddd` `eeee`");
        for (String line : out.split("\n")) {
            assertTrue(Style.visibleLength(line) <= 20, "too long: '" + Style.strip(line) + "'");
        }
    }

    @Test
    void inlineCodeIsNeverSplitAcrossLines() {
        String out = plain("word word word `a b c d` word", 16);
        assertTrue(out.contains("`a b c d`"), out);
    }

    @Test
    void bulletListsGetBulletsAndHangingIndent() {
        String out = plain("- first item that is long enough to wrap around\n- second", 24);
        assertEquals("- first item that is\n  long enough to wrap\n  around\n- second", out);
    }

    @Test
    void orderedListsKeepTheirNumbers() {
        assertEquals("3. three\n4. four", plain("3. three\n4. four", 80));
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertEquals("One.\n\nTwo.", plain("One.\n\nTwo.", 80));
    }

    @Test
    void softLineBreaksJoinLines() {
        assertEquals("one line here", plain("one\nline\nhere", 80));
    }

    @Test
    void codeBlocksAreIndentedAndKeptAsIs() {
        assertEquals("Try:\n\n    int x = 1;\n    x + 1", plain("Try:\n\n```java\nint x = 1;\nx + 1\n```", 80));
    }

    @Test
    void tablesAreAligned() {
        String out = plain("| class | count |\n|---|---|\n| Coat | 6000 |\n| T-shirt/top | 7 |", 80);
        assertEquals("class       | count\n------------+------\nCoat        | 6000\nT-shirt/top | 7", out);
    }

    @Test
    void linksShowTheirAddress() {
        assertEquals("see the docs (https://ejml.org)", plain("see [the docs](https://ejml.org)", 80));
    }

    @Test
    void plainStyleWritesNoEscapeCodes() {
        String out = plain("# Title\n\n**bold** and *it* and `code`\n\n> quoted", 80);
        assertTrue(!out.contains("\u001B"), out);
        assertEquals("Title\n\nbold and it and `code`\n\n> quoted", out);
    }
}
