package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
    @TempDir
    Path work;

    private final Lesson lesson = TestLessons.sums();
    private final Exercise total = TestLessons.exercise(lesson, "total");

    @Test
    void fileLivesUnderLessonId() {
        assertEquals(work.resolve("01-sums").resolve("total.jsh"), new Workbook(work).fileFor(lesson, total));
    }

    @Test
    void firstCopyIsTheBlankWithTodo() {
        String code = new Workbook(work).code(lesson, total);
        assertTrue(code.startsWith("// Exercise total: Sum an array (lesson 01-sums, step 2)\n"), code);
        assertTrue(code.contains("// TODO: return the sum of v's entries"), code);
        assertTrue(code.contains("throw new UnsupportedOperationException(\"TODO: total\");"), code);
        assertFalse(code.contains("for (double x : v) s += x;"), "the solution leaked into the blank:\n" + code);
        assertTrue(Files.exists(work.resolve("01-sums/total.jsh")));
    }

    @Test
    void neverOverwritesTheLearnersCopy() throws Exception {
        Workbook book = new Workbook(work);
        Path file = book.create(lesson, total);
        Files.writeString(file, "double total(double[] v) { return 42; }\n");
        assertEquals("double total(double[] v) { return 42; }\n", book.code(lesson, total));
        book.create(lesson, total);
        assertEquals("double total(double[] v) { return 42; }\n", Files.readString(file));
    }

    @Test
    void namesTheLineOfACopyThatIsNotUtf8AndSuggestsBlankLeavingTheFileAsItWas() throws Exception {
        Workbook book = new Workbook(work);
        Path file = book.create(lesson, total);
        byte[] latin1 = "double total(double[] v) { return 0; }\n// caf\u00e9\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> book.code(lesson, total));
        assertTrue(e.getMessage().startsWith(file + ":2 is not UTF-8 text (it has the byte 0xE9"), e.getMessage());
        assertTrue(e.getMessage().contains("/blank"), e.getMessage());
        assertFalse(e.getMessage().contains("/reset"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertArrayEquals(latin1, Files.readAllBytes(file));
        book.resetToBlank(lesson, total);
        org.junit.jupiter.api.Assertions.assertArrayEquals(latin1, Files.readAllBytes(work.resolve("01-sums/total.jsh.bak")));
    }

    @Test
    void resetKeepsTheOldCopyAsBak() throws Exception {
        Workbook book = new Workbook(work);
        Path file = book.create(lesson, total);
        Files.writeString(file, "my attempt\n");
        Optional<Path> backup = book.resetToBlank(lesson, total);
        assertEquals(Optional.of(work.resolve("01-sums/total.jsh.bak")), backup);
        assertEquals("my attempt\n", Files.readString(backup.get()));
        assertEquals(book.blank(lesson, total), Files.readString(file));
    }

    @Test
    void resetWithoutCopyMakesTheBlank() {
        Workbook book = new Workbook(work);
        assertEquals(Optional.empty(), book.resetToBlank(lesson, total));
        assertTrue(book.started(lesson, total));
    }

    @Test
    void leavesNoTempFiles() throws Exception {
        Workbook book = new Workbook(work);
        book.create(lesson, total);
        book.resetToBlank(lesson, total);
        try (var files = Files.list(work.resolve("01-sums"))) {
            assertEquals(2, files.count(), "expected total.jsh and total.jsh.bak only");
        }
    }
}
