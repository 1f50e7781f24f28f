package dev.shellbook.export;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson's notebook cells as nbformat 4.5 maps: the title and introduction, a set-up cell, then per step its
 * prose (Markdown) and code; an exercise gives its blank with the TODO, its hints in a collapsed Markdown cell
 * and its checks. Cell ids are stable ({@code step-6-checks}), so the same lesson gives the same cells.
 */
final class NotebookCells {
    private final Lesson lesson;
    private final List<String> setup;
    private final Map<Integer, List<Output>> outputs;
    private int executed;

    /**
     * @param setup   the first code cell's lines (class path and settings)
     * @param outputs each plain step's outputs by step number, empty without {@code --outputs}
     */
    NotebookCells(Lesson lesson, List<String> setup, Map<Integer, List<Output>> outputs) {
        this.lesson = lesson;
        this.setup = setup;
        this.outputs = outputs;
    }

    List<Map<String, Object>> cells() {
        List<Map<String, Object>> cells = new ArrayList<>();
        String intro = lesson.intro().isBlank() ? "" : "\n\n" + lesson.intro().strip();
        cells.add(markdown("intro", "# " + lesson.title() + intro + "\n\n*Shellbook lesson `" + lesson.id()
                + "`: run the cells in order. Exercises leave a `// TODO` for you; the cell after the hints checks"
                + " your answer.*", false));
        cells.add(code("setup", String.join("\n", setup), null));
        for (Step step : lesson.steps()) {
            if (step.isExercise()) {
                exercise(cells, step);
            } else {
                plain(cells, step);
            }
        }
        return cells;
    }

    private void plain(List<Map<String, Object>> cells, Step step) {
        cells.add(markdown("step-" + step.number(), heading(step) + prose(step), false));
        if (step.hasCode()) {
            cells.add(code("step-" + step.number() + "-code", step.code().strip(), outputs.get(step.number())));
        }
    }

    private void exercise(List<Map<String, Object>> cells, Step step) {
        Exercise e = step.exercise();
        String todo = e.todo().isBlank() ? "" : "\n\n**TODO:** " + e.todo();
        String id = "step-" + step.number();
        cells.add(markdown(id, heading(step) + prose(step) + todo, false));
        cells.add(code(id + "-exercise", e.blankCode().strip(), null));
        if (!e.hints().isEmpty()) {
            StringBuilder hints = new StringBuilder("**Hints for `" + e.id() + "`**, from gentle to specific:\n");
            for (int i = 0; i < e.hints().size(); i++) {
                hints.append('\n').append(i + 1).append(". ").append(e.hints().get(i));
            }
            cells.add(markdown(id + "-hints", hints.toString(), true));
        }
        if (e.hasChecks()) {
            cells.add(code(id + "-checks", "// The checks of " + e.id() + ": run this cell after yours.\n"
                    + e.checkCode().strip(), null));
        }
    }

    private static String heading(Step step) {
        String kind = step.isExercise() ? "Exercise `" + step.exercise().id() + "`: " : "";
        return "## " + step.number() + ". " + kind + step.title();
    }

    private static String prose(Step step) {
        return step.prose().isBlank() ? "" : "\n\n" + step.prose().strip();
    }

    /** A Markdown cell; {@code collapsed} hides its source until the reader opens it. */
    private static Map<String, Object> markdown(String id, String text, boolean collapsed) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", "markdown");
        cell.put("id", id);
        cell.put("metadata", collapsed ? Map.of("jupyter", Map.of("source_hidden", true)) : Map.of());
        cell.put("source", lines(text));
        return cell;
    }

    /** A code cell, with the outputs of a headless run when there are any (then numbered like a run). */
    private Map<String, Object> code(String id, String source, List<Output> shown) {
        Map<String, Object> cell = new LinkedHashMap<>();
        Integer count = shown == null ? null : ++executed;
        cell.put("cell_type", "code");
        cell.put("execution_count", count);
        cell.put("id", id);
        cell.put("metadata", Map.of());
        cell.put("outputs", shown == null ? List.of() : shown.stream().map(o -> output(o, count)).toList());
        cell.put("source", lines(source));
        return cell;
    }

    private static Map<String, Object> output(Output o, int count) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (o instanceof Output.Text t) {
            out.put("output_type", "stream");
            out.put("name", t.stderr() ? "stderr" : "stdout");
            out.put("text", lines(t.text()));
        } else if (o instanceof Output.Value v) {
            out.put("output_type", "execute_result");
            out.put("execution_count", count);
            out.put("data", Map.of("text/plain", lines(v.text())));
            out.put("metadata", Map.of());
        } else if (o instanceof Output.Chart c) {
            out.put("output_type", "display_data");
            out.put("data", Map.of("image/png", Base64.getEncoder().encodeToString(c.bytes()),
                    "text/plain", lines("chart " + c.png().getFileName())));
            out.put("metadata", Map.of());
        } else if (o instanceof Output.Error e) {
            out.put("output_type", "stream");
            out.put("name", "stderr");
            out.put("text", lines(e.message() + "\n"));
        }
        return out;
    }

    /** Text as Jupyter stores it: a list of lines, each but the last ending in {@code \n}. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            int to = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(from, to));
            from = to;
        }
        return lines;
    }
}
