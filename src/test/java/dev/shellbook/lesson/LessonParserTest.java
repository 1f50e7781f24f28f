package dev.shellbook.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonParserTest {
    private static final Path FILE = Path.of("lessons/99-test.jsh");

    private static final String GOOD = String.join("\n",
            "//LESSON Softmax from scratch",         // 1
            "// We build **softmax**.",               // 2
            "",                                       // 3
            "//STEP Imports",                         // 4
            "// Everything we need.",                 // 5
            "//",                                     // 6
            "// Second paragraph.",                   // 7
            "import java.util.*;",                    // 8
            "int x = 1; int y = 2;",                  // 9
            "",                                       // 10
            "// a code comment",                      // 11
            "x + y",                                  // 12
            "",                                       // 13
            "//EXERCISE twice: Double a number",      // 14
            "// Write `twice`.",                      // 15
            "//TODO return 2 * n",                    // 16
            "//HINT Multiply.",                       // 17
            "//HINT Use `2 * n`.",                    // 18
            "int twice(int n) {",                     // 19
            "    //SOLUTION",                         // 20
            "    return 2 * n;",                      // 21
            "    //END",                              // 22
            "}",                                      // 23
            "//CHECK",                                // 24
            "assert twice(3) == 6;",                  // 25
            "assert twice(0) == 0;",                  // 26
            "");

    @Test
    void readsTitleIntroAndSteps() {
        Lesson lesson = LessonParser.parse(FILE, GOOD);
        assertEquals("99-test", lesson.id());
        assertEquals(99, lesson.number());
        assertEquals("Softmax from scratch", lesson.title());
        assertEquals("We build **softmax**.", lesson.intro());
        assertEquals(2, lesson.steps().size());
        Step imports = lesson.step(1);
        assertEquals("Imports", imports.title());
        assertEquals("Everything we need.\n\nSecond paragraph.", imports.prose());
        assertNull(imports.exercise());
    }

    @Test
    void splitsCodeIntoSnippetsWithTheirFileLines() {
        List<Snippet> snippets = LessonParser.parse(FILE, GOOD).step(1).snippets();
        assertEquals(List.of(8, 9, 9, 12), snippets.stream().map(Snippet::line).toList());
        assertEquals("int y = 2;", snippets.get(2).source());
        assertEquals(8, LessonParser.parse(FILE, GOOD).step(1).codeLine());
    }

    @Test
    void readsAnExerciseWithHintsTodoAndChecks() {
        Exercise ex = LessonParser.parse(FILE, GOOD).step(2).exercise();
        assertEquals("twice", ex.id());
        assertEquals("Double a number", ex.title());
        assertEquals("return 2 * n", ex.todo());
        assertEquals(List.of("Multiply.", "Use `2 * n`."), ex.hints());
        assertEquals(19, ex.codeLine());
        assertTrue(ex.referenceCode().contains("return 2 * n;"));
        assertEquals(2, ex.checks().size());
        assertEquals(26, ex.checks().get(1).line());
        assertEquals(1, ex.solutions());
    }

    @Test
    void blankReplacesTheSolutionWithATodoAndAThrow() {
        String blank = LessonParser.parse(FILE, GOOD).step(2).exercise().blankCode();
        assertEquals(String.join("\n", "int twice(int n) {", "    // TODO: return 2 * n",
                "    throw new UnsupportedOperationException(\"TODO: twice\");", "}"), blank);
        assertFalse(blank.contains("return 2 * n;"));
    }

    @Test
    void blankDirectiveGivesTheBlankCode() {
        String text = GOOD.replace("    //SOLUTION\n", "    //SOLUTION\n    //BLANK return 0;\n");
        String blank = LessonParser.parse(FILE, text).step(2).exercise().blankCode();
        assertTrue(blank.contains("    return 0;"), blank);
        assertFalse(blank.contains("Unsupported"), blank);
    }

    @Test
    void missingEndIsReportedAtTheSolutionLine() {
        String text = GOOD.replace("    //END\n", "");
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse(FILE, text));
        assertEquals(20, e.line());
        assertTrue(e.getMessage().startsWith("lessons/99-test.jsh:20: //SOLUTION has no //END"), e.getMessage());
    }

    @Test
    void incompleteCodeIsReportedWhereTheSnippetStarts() {
        String text = GOOD.replace("x + y", "int f() { return 1;");
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse(FILE, text));
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("missing '}'"), e.getMessage());
    }

    @Test
    void codeBeforeTheFirstStepIsAnError() {
        String text = GOOD.replace("\n\n//STEP Imports", "\nint early = 0;\n//STEP Imports");
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse(FILE, text));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("before the first //STEP"), e.getMessage());
    }

    @Test
    void badExerciseHeaderSaysWhatIsExpected() {
        String text = GOOD.replace("//EXERCISE twice: Double a number", "//EXERCISE Double a number");
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse(FILE, text));
        assertEquals(14, e.line());
        assertTrue(e.getMessage().contains("expected '//EXERCISE <id>: <title>'"), e.getMessage());
    }

    @Test
    void hintInAPlainStepIsAnError() {
        String text = GOOD.replace("// Everything we need.", "//HINT nope");
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse(FILE, text));
        assertEquals(5, e.line());
    }

    @Test
    void missingLessonLineIsReported() {
        LessonFormatException e = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse(FILE, "//STEP A\nint a = 1;\n"));
        assertEquals(1, e.line());
    }

    @Test
    void theExampleInTheFormatGuideParses() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(Path.of("lessons/README.md"));
        String example = guide.substring(guide.indexOf("```java\n") + 8, guide.lastIndexOf("```"));
        Lesson lesson = LessonParser.parse(Path.of("lessons/README.md"), example);
        assertEquals("Softmax from scratch", lesson.title());
        Exercise ex = lesson.step(2).exercise();
        assertEquals("softmax", ex.id());
        assertEquals(2, ex.hints().size());
        assertTrue(ex.blankCode().contains("throw new UnsupportedOperationException(\"TODO: softmax\");"));
        assertEquals(1, ex.checks().size());
    }

    @Test
    void upperCaseCommentsThatAreNotDirectivesStayCode() {
        String text = GOOD.replace("// a code comment", "//P = softmax(XW + b)");
        assertEquals(4, LessonParser.parse(FILE, text).step(1).snippets().size());
    }
}
