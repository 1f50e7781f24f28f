package dev.shellbook.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsTest {
    private static final String FIRST = String.join("\n", "//LESSON First", "//EXERCISE one: One",
            "//TODO t", "//HINT h", "int one() {", "    //SOLUTION", "    return 1;", "    //END", "}", "//CHECK",
            "assert one() == 1;", "");

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String using(String... uses) {
        StringBuilder s = new StringBuilder("//LESSON Second\n//STEP Use it\n");
        for (String u : uses) {
            s.append("//USES ").append(u).append('\n');
        }
        return s.append("one()\n").toString();
    }

    @Test
    void usesOfAnEarlierLessonsExerciseAreFine(@TempDir Path dir) throws IOException {
        write(dir, "01-first.jsh", FIRST);
        write(dir, "02-second.jsh", using("01-first:one"));
        List<Lesson> course = Lessons.list(dir);
        assertEquals(List.of(), Lessons.checkUses(course.get(1), course));
    }

    @Test
    void reportsUsesOfAnUnknownLessonOrExerciseOrALaterLessonAtTheirLines(@TempDir Path dir) throws IOException {
        write(dir, "01-first.jsh", FIRST.replace("//TODO t", "//USES 02-second:two\n//TODO t"));
        write(dir, "02-second.jsh", using("01-frist:one", "01-first:two", "02-second:one"));
        List<Lesson> course = Lessons.list(dir);
        List<LessonFormatException> second = Lessons.checkUses(course.get(1), course);
        assertEquals(List.of(3, 4, 5), second.stream().map(LessonFormatException::line).toList());
        assertTrue(second.get(0).getMessage().endsWith("02-second.jsh:3: //USES 01-frist:one names no lesson:"
                + " there is no 01-frist.jsh. The lessons are: 01-first, 02-second."), second.get(0).getMessage());
        assertTrue(second.get(1).getMessage().contains("lesson 01-first has no exercise 'two'. Its exercises are:"
                + " one."), second.get(1).getMessage());
        assertTrue(second.get(2).getMessage().contains("names this lesson"), second.get(2).getMessage());
        List<LessonFormatException> first = Lessons.checkUses(course.get(0), course);
        assertEquals(1, first.size());
        assertTrue(first.get(0).getMessage().contains("01-first.jsh:3: //USES 02-second:two names a later"
                + " lesson"), first.get(0).getMessage());
    }

    @Test
    void aMalformedOrUnreadableLessonDoesNotKeepTheOthersFromLoading(@TempDir Path dir) throws IOException {
        write(dir, "01-first.jsh", FIRST);
        write(dir, "02-broken.jsh", "//LESSON Broken\n//STPE Oops\n");
        Files.write(dir.resolve("03-latin1.jsh"), "//LESSON Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        write(dir, "04-fine.jsh", using("01-first:one"));
        Lessons.Loaded loaded = Lessons.load(dir);
        assertEquals(List.of("01-first", "04-fine"), loaded.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of(2, 1), loaded.problems().stream().map(LessonFormatException::line).toList());
        assertTrue(loaded.problems().get(1).getMessage().contains("not UTF-8"), loaded.problems().get(1).getMessage());
    }

    @Test
    void everyShippedLessonParses() {
        Lessons.Loaded loaded = Lessons.load(Path.of("lessons"));
        assertEquals(List.of(), loaded.problems());
        for (Lesson lesson : loaded.lessons()) {
            assertEquals(List.of(), Lessons.checkUses(lesson, loaded.lessons()));
        }
        assertTrue(loaded.lessons().size() >= 8);
    }
}
