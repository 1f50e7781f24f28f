package dev.shellbook.render;

import dev.shellbook.lesson.Lesson;
import java.util.List;

/**
 * A lesson after running every step.
 *
 * @param lesson the lesson
 * @param source the lesson file as shown on the page ({@code lessons/01-data.jsh})
 * @param quick  whether it ran in quick mode (fewer samples and epochs)
 * @param steps  the steps in order
 */
record RenderedLesson(Lesson lesson, String source, boolean quick, List<RenderedStep> steps) {

    RenderedLesson {
        steps = List.copyOf(steps);
    }

    /** The page's file name: {@code <id>.html}. */
    String pageName() {
        return lesson.id() + ".html";
    }

    /** The steps that failed, in order. */
    List<RenderedStep> failures() {
        return steps.stream().filter(s -> s.error().isPresent()).toList();
    }

    /** How many charts the lesson saved. */
    int chartCount() {
        return steps.stream().mapToInt(s -> s.charts().size()).sum();
    }

    /** One line per failed step: {@code lessons/x.jsh:12: step 3 "Title" failed: message}. */
    List<String> failureLines() {
        return failures().stream().map(s -> s.error().get().where() + ": " + lesson.id() + " step "
                + s.step().number() + " \"" + s.step().title() + "\" failed: " + s.error().get().message()).toList();
    }
}
