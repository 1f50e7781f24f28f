package dev.shellbook.lesson;

import dev.shellbook.lesson.Directive.Keyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Parses the lesson in {@code file}.
     *
     * @throws LessonFormatException when the file is malformed or not UTF-8
     * @throws UncheckedIOException  when it cannot be read at all
     */
    public static Lesson parse(Path file) {
        try {
            return parse(file, LessonText.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lesson " + file + ": " + e.getMessage()
                    + ". Check that it exists and that you may read it.", e);
        }
    }

    /** Parses {@code text} as if it were the content of {@code file}; a leading byte-order mark is ignored. */
    public static Lesson parse(Path file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new LessonParser(file, body.lines().toList()).parse();
    }

    private Lesson parse() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<Directive> d = Directive.of(line);
            if (d.isPresent()) {
                directive(d.get(), i + 1);
            } else {
                misspelled(line, i + 1);
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
        uniqueIds();
        List<Step> built = new ArrayList<>();
        for (StepBuilder s : steps) {
            built.add(s.build(built.size() + 1));
        }
        return new Lesson(file, id(file), title, intro.toString().strip(), built);
    }

    private void misspelled(String line, int number) {
        Directive.misspelled(line).ifPresent(k -> {
            throw error(number, "'" + line.strip() + "' is not a directive: did you mean //" + k + "? Fix the"
                    + " spelling, or put a space after '//' if this is a plain comment.");
        });
    }

    /** Two exercises with one id would share a work file and a progress entry. */
    private void uniqueIds() {
        Map<String, Integer> seen = new HashMap<>();
        for (StepBuilder s : steps) {
            Integer first = s.id().isEmpty() ? null : seen.putIfAbsent(s.id(), s.line());
            if (first != null) {
                throw error(s.line(), "a second exercise with the id '" + s.id() + "' (the first is at line "
                        + first + "). Give each exercise its own id: it names the learner's work file.");
            }
        }
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
