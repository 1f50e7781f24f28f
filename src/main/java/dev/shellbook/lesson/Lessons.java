package dev.shellbook.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
