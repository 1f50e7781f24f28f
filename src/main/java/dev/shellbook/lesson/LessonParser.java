package dev.shellbook.lesson;

import dev.shellbook.lesson.Directive.Keyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lesson file into a {@link Lesson}. The format is described in {@code lessons/README.md}.
 *
 * <p>Every structural mistake is reported as a {@link LessonFormatException} naming the file and line.
 */
public final class LessonParser {
    private final Path file;
    private final List<String> lines;
    private final List<StepBuilder> steps = new ArrayList<>();
    private String title;
    private final StringBuilder intro = new StringBuilder();
    private StepBuilder current;
    private boolean inIntro;

    private LessonParser(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Parses the lesson in {@code file}. */
    public static Lesson parse(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lesson " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses {@code text} as if it were the content of {@code file}. */
    public static Lesson parse(Path file, String text) {
        return new LessonParser(file, text.lines().toList()).parse();
    }

    private Lesson parse() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<Directive> d = Directive.of(line);
            if (d.isPresent()) {
                directive(d.get(), i + 1);
            } else {
                plain(line, i + 1);
            }
        }
        if (title == null) {
            throw error(1, "no //LESSON line. Start the file with '//LESSON <title>'.");
        }
        if (current != null) {
            current.finish();
        }
        if (steps.isEmpty()) {
            throw error(lines.size(), "the lesson has no steps. Add '//STEP <title>' followed by prose and code.");
        }
        List<Step> built = new ArrayList<>();
        for (StepBuilder s : steps) {
            built.add(s.build(built.size() + 1));
        }
        return new Lesson(file, id(file), title, intro.toString().strip(), built);
    }

    private void directive(Directive d, int line) {
        if (d.keyword() == Keyword.LESSON) {
            lesson(d, line);
            return;
        }
        if (title == null) {
            throw error(line, "//" + d.keyword() + " before //LESSON. The first directive must be '//LESSON <title>'.");
        }
        switch (d.keyword()) {
            case STEP, EXERCISE -> startStep(d, line);
            default -> inStep(line).directive(d, line);
        }
    }

    private void lesson(Directive d, int line) {
        if (title != null) {
            throw error(line, "a second //LESSON line. A file holds one lesson; use //STEP for its parts.");
        }
        if (d.text().isEmpty()) {
            throw error(line, "//LESSON has no title. Write '//LESSON <title>'.");
        }
        title = d.text();
        inIntro = true;
    }

    private void startStep(Directive d, int line) {
        if (current != null) {
            current.finish();
        }
        inIntro = false;
        current = new StepBuilder(this, d, line);
        steps.add(current);
    }

    private StepBuilder inStep(int line) {
        if (current == null) {
            throw error(line, "this directive must stand inside a step. Put it after an //EXERCISE line.");
        }
        return current;
    }

    private void plain(String line, int number) {
        if (current != null) {
            current.line(line, number);
        } else if (inIntro && Prose.isProse(line)) {
            intro.append(Prose.strip(line)).append('\n');
        } else if (!line.isBlank() && !line.strip().startsWith("//")) {
            throw error(number, title == null
                    ? "code before //LESSON. Start the file with '//LESSON <title>'."
                    : "code before the first //STEP. Put it in a step: '//STEP <title>' above it.");
        }
    }

    LessonFormatException error(int line, String problem) {
        return new LessonFormatException(file, line, problem);
    }

    Path file() {
        return file;
    }

    List<String> lines() {
        return lines;
    }

    /** A lesson's id: its file name without {@code .jsh} ({@code 03-softmax-regression}). */
    public static String id(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsh") ? name.substring(0, name.length() - 4) : name;
    }
}
