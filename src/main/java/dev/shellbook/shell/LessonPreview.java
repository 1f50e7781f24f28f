package dev.shellbook.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first screen of a lesson read straight from its file: title, introduction, and one step's title and prose.
 *
 * <p>The full {@link dev.shellbook.lesson.LessonParser} splits code with JShell's compiler, which takes seconds
 * to load; this reads only comment directives and prose, so the learner has something to read at once while the
 * parser and the session start in the background. Anything unexpected yields no preview, never an error: the
 * full parse reports problems.
 *
 * @param title     the lesson's title
 * @param intro     its introduction (Markdown)
 * @param steps     how many steps it has
 * @param stepTitle the title of the previewed step
 * @param prose     that step's prose (Markdown)
 * @param exercise  {@code true} when that step is an exercise
 */
record LessonPreview(String title, String intro, int steps, String stepTitle, String prose, boolean exercise) {
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*//(LESSON|STEP|EXERCISE|TODO|HINT)(?:\\s+(.*))?\\s*$");

    /** The preview of step {@code number} of the lesson in {@code file}, if the file reads as expected. */
    static Optional<LessonPreview> read(Path file, int number) {
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8), number);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LessonPreview> of(List<String> lines, int number) {
        String title = null;
        StringBuilder intro = new StringBuilder();
        StringBuilder prose = null;
        StringBuilder target = null;
        String stepTitle = null;
        boolean exercise = false;
        boolean inProse = false;
        int steps = 0;
        for (String line : lines) {
            Matcher d = DIRECTIVE.matcher(line);
            String keyword = d.matches() ? d.group(1) : "";
            String text = d.matches() && d.group(2) != null ? d.group(2).strip() : "";
            if (keyword.equals("LESSON")) {
                title = text;
                target = intro;
                inProse = true;
            } else if (keyword.equals("STEP") || keyword.equals("EXERCISE")) {
                steps++;
                inProse = true;
                target = null;
                if (steps == number) {
                    exercise = keyword.equals("EXERCISE");
                    stepTitle = exercise ? text.replaceFirst("^[^:]*:\\s*", "") : text;
                    prose = new StringBuilder();
                    target = prose;
                }
            } else if (!keyword.isEmpty()) {
                continue;
            } else if (inProse && (line.isBlank() || line.strip().startsWith("//"))) {
                if (target != null) {
                    target.append(strip(line)).append('\n');
                }
            } else {
                inProse = false;
                target = null;
            }
        }
        return title == null || prose == null ? Optional.empty() : Optional.of(new LessonPreview(title,
                intro.toString().strip(), steps, stepTitle, prose.toString().strip(), exercise));
    }

    /** A prose line's Markdown: {@code // } or {@code //} removed. */
    private static String strip(String line) {
        String s = line.strip();
        return s.startsWith("// ") ? line.substring(line.indexOf("// ") + 3) : s.startsWith("//") ? s.substring(2) : "";
    }
}
