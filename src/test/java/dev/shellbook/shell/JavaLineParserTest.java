package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** While the session is busy starting, a line is finished Java when its brackets are. */
class JavaLineParserTest {

    @Test
    void aLineIsFinishedWhenEveryBracketOpenedIsClosed() {
        assertTrue(JavaLineParser.balanced("int a = Math.max(1, 2)"));
        assertTrue(JavaLineParser.balanced("int twice(int n) {\n    return 2 * n;\n}"));
        assertFalse(JavaLineParser.balanced("int b = Math.max("));
        assertFalse(JavaLineParser.balanced("void f() {\n    int[] xs = {1, 2};"));
    }

    @Test
    void bracketsInStringsCharactersAndCommentsDoNotCount() {
        assertTrue(JavaLineParser.balanced("String s = \"(\" + ')' // {"));
        assertTrue(JavaLineParser.balanced("String t = \"a \\\" ( b\""));
        assertFalse(JavaLineParser.balanced("int c = 1; /* a comment not closed"));
    }
}
