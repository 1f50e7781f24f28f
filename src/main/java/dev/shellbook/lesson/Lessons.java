package dev.shellbook.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the lessons in a folder: every {@code *.jsh} file, in file-name order. */
public final class Lessons {
    private Lessons() {}

    /** The lesson files in {@code dir}, sorted by name. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no lessons folder at " + dir.toAbsolutePath()
                    + ". Run shellbook from the repository's top folder, or pass --lessons <folder>.");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsh")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every lesson in {@code dir}, parsed; the first malformed file throws {@link LessonFormatException}. */
    public static List<Lesson> list(Path dir) {
        return files(dir).stream().map(LessonParser::parse).toList();
    }

    /**
     * Every lesson in {@code dir} that parses, and the problem of each that does not: one malformed file never
     * keeps the others from opening.
     */
    public static Loaded load(Path dir) {
        List<Lesson> lessons = new ArrayList<>();
        List<LessonFormatException> problems = new ArrayList<>();
        for (Path file : files(dir)) {
            try {
                lessons.add(LessonParser.parse(file));
            } catch (LessonFormatException e) {
                problems.add(e);
            } catch (UncheckedIOException e) {
                problems.add(new LessonFormatException(file, 1, e.getMessage()));
            }
        }
        return new Loaded(lessons, problems);
    }

    /**
     * The lessons of a folder that parsed, in file-name order, and the files that did not.
     *
     * @param lessons  the lessons that parsed
     * @param problems one per malformed file
     */
    public record Loaded(List<Lesson> lessons, List<LessonFormatException> problems) {
        public Loaded {
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The {@code //USES} lines of {@code lesson} that name no lesson of {@code course}, no exercise of it, or a
     * lesson that does not come before {@code lesson}; each reported at its file:line.
     */
    public static List<LessonFormatException> checkUses(Lesson lesson, List<Lesson> course) {
        List<LessonFormatException> problems = new ArrayList<>();
        for (Step step : lesson.steps()) {
            for (Use use : step.uses()) {
                problem(lesson, use, course).ifPresent(p -> problems.add(new LessonFormatException(lesson.file(),
                        use.line(), p)));
            }
        }
        return problems;
    }

    private static Optional<String> problem(Lesson lesson, Use use, List<Lesson> course) {
        Optional<Lesson> used = course.stream().filter(l -> l.id().equals(use.lessonId())).findFirst();
        if (used.isEmpty()) {
            return Optional.of("//USES " + use + " names no lesson: there is no " + use.lessonId() + ".jsh. The"
                    + " lessons are: " + String.join(", ", course.stream().map(Lesson::id).toList()) + ".");
        }
        if (used.get().id().compareTo(lesson.id()) >= 0) {
            return Optional.of("//USES " + use + " names " + (used.get().id().equals(lesson.id()) ? "this lesson"
                    : "a later lesson") + ". A step can use only exercises of earlier lessons.");
        }
        List<String> ids = used.get().exercises().stream().map(Exercise::id).toList();
        return ids.contains(use.exerciseId()) ? Optional.empty() : Optional.of("//USES " + use + ": lesson "
                + use.lessonId() + " has no exercise '" + use.exerciseId() + "'. Its exercises are: "
                + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ".");
    }

    /**
     * The lesson file named by {@code key}: its number ({@code 3}), its id ({@code 03-softmax-regression}),
     * or a unique part of its id ({@code softmax-reg}).
     */
    public static Path find(Path dir, String key) {
        List<Path> all = files(dir);
        List<Path> hits = all.stream().filter(p -> matches(LessonParser.id(p), key)).toList();
        if (hits.size() == 1) {
            return hits.get(0);
        }
        String known = String.join(", ", all.stream().map(LessonParser::id).toList());
        throw new IllegalArgumentException(hits.isEmpty()
                ? "no lesson matches '" + key + "'. The lessons are: " + known + "."
                : "'" + key + "' matches several lessons: " + String.join(", ", hits.stream()
                        .map(LessonParser::id).toList()) + ". Give more of the name, or its number.");
    }

    private static boolean matches(String id, String key) {
        if (key.matches("\\d+")) {
            String digits = id.replaceFirst("^(\\d+).*", "$1");
            return digits.matches("\\d+") && Integer.parseInt(digits) == Integer.parseInt(key);
        }
        return id.equals(key) || id.contains(key);
    }
}
