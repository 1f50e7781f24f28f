package dev.shellbook.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void keepsAStepsCodeAsWrittenWithItsFileLine() {
        Step step = LessonParser.parse(FILE, GOOD).step(1);
        assertEquals("import java.util.*;\nint x = 1; int y = 2;\n\n// a code comment\nx + y", step.code());
        assertEquals(8, step.codeLine());
        assertEquals(List.of(new Cell(Cell.Kind.CODE, step.code(), FILE, 8)), step.cells());
    }

    @Test
    void anExerciseRunsItsReferenceThenItsChecks() {
        Step step = LessonParser.parse(FILE, GOOD).step(2);
        List<Cell> cells = step.cells();
        assertEquals(List.of(Cell.Kind.SOLUTION, Cell.Kind.CHECK), cells.stream().map(Cell::kind).toList());
        assertEquals(step.exercise().referenceCode(), cells.get(0).code());
        assertEquals(List.of(19, 25), cells.stream().map(Cell::line).toList());
        assertEquals("assert twice(3) == 6;\nassert twice(0) == 0;", cells.get(1).code());
    }

    @Test
    void aStepWithOnlyProseRunsNothing() {
        Lesson lesson = LessonParser.parse(FILE, "//LESSON L\n//STEP Read\n// Just prose.\n");
        assertFalse(lesson.step(1).hasCode());
        assertEquals(List.of(), lesson.step(1).cells());
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
        assertEquals(25, ex.checkLine());
        assertTrue(ex.hasChecks());
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
        assertTrue(ex.checkCode().startsWith("Check.rowsSumTo(softmax("), ex.checkCode());
    }

    @Test
    void upperCaseCommentsThatAreNotDirectivesStayCode() {
        String text = GOOD.replace("// a code comment", "//P = softmax(XW + b)");
        Step step = LessonParser.parse(FILE, text).step(1);
        assertTrue(step.code().contains("//P = softmax(XW + b)\nx + y"), step.code());
        assertEquals("Everything we need.\n\nSecond paragraph.", step.prose());
    }

    private static LessonFormatException fails(String text) {
        return assertThrows(LessonFormatException.class, () -> LessonParser.parse(FILE, text));
    }

    @Test
    void unfinishedStringsCommentsAndTextBlocksAreReportedWhereTheSnippetStarts() {
        assertEquals(12, fails(GOOD.replace("x + y", "String s = \"\"\"\n  open")).line());
        assertEquals(11, fails(GOOD.replace("// a code comment", "/* a comment")).line());
        LessonFormatException e = fails(GOOD.replace("assert twice(0) == 0;", "assert (twice(0) == 0;"));
        assertEquals(26, e.line());
    }

    @Test
    void bracketsInsideStringsCommentsAndCharsDoNotCount() {
        String text = GOOD.replace("x + y", "String s = \"{(\" + '[' + \"\\\"\"; // )}\n/* { */ s");
        assertEquals(8, LessonParser.parse(FILE, text).step(1).codeLine());
    }

    @Test
    void rejectsAMisspelledDirectiveWithASuggestion() {
        LessonFormatException step = fails(GOOD.replace("//STEP Imports", "//STPE Imports"));
        assertEquals(4, step.line());
        assertTrue(step.getMessage().contains("did you mean //STEP?"), step.getMessage());
        assertTrue(fails(GOOD.replace("//HINT Multiply.", "//HNT Multiply.")).getMessage()
                .contains("did you mean //HINT?"));
        assertEquals(24, fails(GOOD.replace("//CHECK", "//CHEK")).line());
        assertTrue(fails(GOOD.replace("    //SOLUTION", "    //SOLUTON")).getMessage()
                .contains("lessons/99-test.jsh:20: '//SOLUTON' is not a directive: did you mean //SOLUTION?"));
    }

    @Test
    void duplicateExerciseIdsAreAnErrorNamingBothLines() {
        String text = GOOD + String.join("\n", "//EXERCISE twice: Again", "// p", "//TODO t", "//HINT h",
                "int again() { return 1; }", "//CHECK", "assert again() == 1;", "");
        LessonFormatException e = fails(text);
        assertEquals(27, e.line());
        assertTrue(e.getMessage().contains("'twice' (the first is at line 14)"), e.getMessage());
    }

    @Test
    void acceptsAByteOrderMark() {
        assertEquals("Softmax from scratch", LessonParser.parse(FILE, "\uFEFF" + GOOD).title());
    }

    @Test
    void reportsAFileThatIsNotUtf8AtItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("04-latin1.jsh");
        byte[] text = GOOD.replace("// a code comment", "// caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, text);
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse(file));
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("04-latin1.jsh:11: this file is not UTF-8 (byte 0xE9"), e.getMessage());
    }

    private static final String MISTAKES = String.join("\n",
            "//LESSON Mistakes",                                    // 1
            "//EXERCISE twice: Double a number",                    // 2
            "// Write `twice`.",                                    // 3
            "//TODO return 2 * n",                                  // 4
            "//HINT Multiply.",                                     // 5
            "int twice(int n) {",                                   // 6
            "    //SOLUTION",                                       // 7
            "    //BLANK return 0;",                                // 8
            "    int m = 2;",                                       // 9
            "    return m * n;",                                    // 10
            "    //MISTAKE adds: adds instead of multiplying",      // 11
            "    // return n + 2;",                                 // 12
            "    //MISTAKE squares: multiplies n by itself",        // 13
            "    // int m = n;",                                    // 14
            "    //",                                               // 15
            "    //return m * n;",                                  // 16
            "    //END",                                            // 17
            "}",                                                    // 18
            "//CHECK",                                              // 19
            "assert twice(3) == 6;",                                // 20
            "");

    @Test
    void readsMistakesInOrderWithTheirLines() {
        Exercise ex = LessonParser.parse(FILE, MISTAKES).step(1).exercise();
        assertEquals(List.of(new Mistake("adds", "adds instead of multiplying", 11),
                new Mistake("squares", "multiplies n by itself", 13)), ex.mistakes());
    }

    @Test
    void codeWithAMistakeKeepsEveryLineWhereItIsInTheFile() {
        Exercise ex = LessonParser.parse(FILE, MISTAKES).step(1).exercise();
        List<String> adds = ex.codeWith(ex.mistakes().get(0)).lines().toList();
        List<String> squares = ex.codeWith(ex.mistakes().get(1)).lines().toList();
        assertEquals(ex.referenceCode().lines().count(), adds.size());
        assertEquals(6, ex.codeLine());
        assertEquals("    return n + 2;", adds.get(12 - 6));
        assertEquals(List.of("int twice(int n) {", "", "", "", "", "", "    return n + 2;", "", "", "", "", "",
                "}"), adds.stream().map(l -> l.isBlank() ? "" : l).toList());
        assertEquals(List.of("    int m = n;", "", "    return m * n;"), squares.subList(14 - 6, 17 - 6));
        assertTrue(squares.subList(0, 14 - 6).stream().skip(1).allMatch(String::isEmpty), squares.toString());
    }

    @Test
    void blankAndShownSolutionHaveNoMarkersAndNoMistakes() {
        Exercise ex = LessonParser.parse(FILE, MISTAKES).step(1).exercise();
        assertEquals("int twice(int n) {\n    int m = 2;\n    return m * n;\n}", ex.solutionCode());
        assertEquals("int twice(int n) {\n    // TODO: return 2 * n\n    return 0;\n}", ex.blankCode());
        for (String code : List.of(ex.solutionCode(), ex.blankCode())) {
            assertFalse(code.matches("(?s).*//(SOLUTION|END|BLANK|MISTAKE).*|.*n \\+ 2.*"), code);
        }
    }

    @Test
    void aMistakeOutsideASolutionOrWithCodeNotCommentedIsAnError() {
        LessonFormatException outside = fails(MISTAKES.replace("    //SOLUTION\n    //BLANK return 0;\n", "")
                .replace("    //END\n", ""));
        assertEquals(7, fails(MISTAKES.replace("    //SOLUTION\n", "    //MISTAKE x: y\n    //SOLUTION\n"))
                .line());
        assertTrue(outside.getMessage().contains("//MISTAKE outside a //SOLUTION region"), outside.getMessage());
        LessonFormatException code = fails(MISTAKES.replace("    // return n + 2;", "    return n + 2;"));
        assertEquals(12, code.line());
        assertTrue(code.getMessage().contains("as comment lines, '// <code>'"), code.getMessage());
    }

    @Test
    void mistakeNamesAreCheckedAndUniqueAndEachMistakeHasCode() {
        assertEquals(13, fails(MISTAKES.replace("//MISTAKE squares:", "//MISTAKE adds:")).line());
        assertTrue(fails(MISTAKES.replace("//MISTAKE squares:", "//MISTAKE adds:")).getMessage()
                .contains("the first is at line 11"));
        assertEquals(11, fails(MISTAKES.replace("//MISTAKE adds:", "//MISTAKE Adds Up:")).line());
        assertEquals(11, fails(MISTAKES.replace("    // return n + 2;\n", "")).line());
        assertEquals(11, fails(MISTAKES.replace("adds instead of multiplying", "")).line());
    }

    @Test
    void readsUsesInAStepsDirectiveBlock() {
        String text = GOOD.replace("//STEP Imports\n", "//STEP Imports\n//USES 02-softmax:softmax\n"
                + "//USES 01-data:one-hot\n");
        Step step = LessonParser.parse(FILE, text).step(1);
        assertEquals(List.of(new Use("02-softmax", "softmax", 5), new Use("01-data", "one-hot", 6)), step.uses());
        assertEquals(List.of(), LessonParser.parse(FILE, GOOD).step(2).uses());
    }

    @Test
    void usesInTheWrongFormOrAfterTheCodeIsAnError() {
        LessonFormatException form = fails(GOOD.replace("//TODO return 2 * n", "//USES softmax"));
        assertEquals(16, form.line());
        assertTrue(form.getMessage().contains("expected '//USES <lesson-id>:<exercise-id>'"), form.getMessage());
        assertEquals(10, fails(GOOD.replace("\n\n// a code comment", "\n//USES 02-softmax:softmax\n// c")).line());
    }
}
