package dev.shellbook.export;

import dev.shellbook.chart.ChartLine;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import dev.shellbook.session.Shown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs a lesson headless, reference solutions included, in one fresh session, and keeps what each plain step
 * printed and returned and the charts it saved, for {@code export --outputs}. Exercise steps run too (later
 * steps need them) but keep no outputs: their notebook cell is the learner's blank.
 */
final class HeadlessOutputs {
    private HeadlessOutputs() {}

    /** Each plain step's outputs by step number. */
    static Map<Integer, List<Output>> run(Lesson lesson, SessionOptions options) {
        Map<Integer, List<Output>> outputs = new TreeMap<>();
        try (Session session = Session.start(options)) {
            for (Step step : lesson.steps()) {
                List<Output> shown = new ArrayList<>();
                if (step.isExercise()) {
                    cell(session, lesson, step.exercise().referenceCode(), step.exercise().codeLine(), shown);
                    cell(session, lesson, step.exercise().checkCode(), step.exercise().checkLine(), shown);
                } else if (step.hasCode()) {
                    cell(session, lesson, step.code(), step.codeLine(), shown);
                    outputs.put(step.number(), shown);
                }
            }
        }
        return outputs;
    }

    private static void cell(Session session, Lesson lesson, String code, int line, List<Output> shown) {
        if (code.isBlank()) {
            return;
        }
        CellResult result = session.run(code, new Origin(lesson.file(), Math.max(1, line)));
        for (Shown s : Shown.of(result)) {
            printed(s.printed(), shown);
            if (s.value() != null) {
                shown.add(new Output.Value(s.value().stripTrailing()));
            }
        }
        result.failure().ifPresent(f -> shown.add(new Output.Error("✗ " + f.message())));
    }

    /** Printed text, with every chart line ({@link ChartLine}) followed by the chart itself. */
    private static void printed(String text, List<Output> shown) {
        StringBuilder plain = new StringBuilder();
        for (String line : text.lines().toList()) {
            plain.append(line).append('\n');
            Optional<Path> png = ChartLine.parse(line);
            if (png.isPresent()) {
                text(shown, plain.toString());
                plain.setLength(0);
                shown.add(new Output.Chart(png.get(), read(png.get())));
            }
        }
        if (plain.length() > 0) {
            text(shown, plain.toString());
        }
    }

    /** Adds text, joined to the text before it: consecutive prints read as one output, as in Jupyter. */
    private static void text(List<Output> shown, String text) {
        if (!shown.isEmpty() && shown.get(shown.size() - 1) instanceof Output.Text last) {
            shown.set(shown.size() - 1, new Output.Text(last.text() + text, false));
        } else {
            shown.add(new Output.Text(text, false));
        }
    }

    private static byte[] read(Path png) {
        try {
            return Files.readAllBytes(png);
        } catch (IOException e) {
            throw new UncheckedIOException("export: the chart " + png + " was announced but cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
