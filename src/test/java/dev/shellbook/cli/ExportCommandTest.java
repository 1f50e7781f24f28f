package dev.shellbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.lesson.Step;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports lessons through the command and reads the notebooks back as JSON. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private void export(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--ipynb", "--out", out.toString()));
        args.addAll(List.of(extra));
        StringWriter stdout = new StringWriter(), stderr = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(stdout)).setErr(new PrintWriter(stderr))
                .execute(args.toArray(String[]::new));
        assertEquals(0, exit, stderr.toString());
        assertTrue(stdout.toString().startsWith("notebook saved: "), stdout.toString());
    }

    private static JsonNode read(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static String source(JsonNode cell) {
        StringBuilder b = new StringBuilder();
        cell.get("source").forEach(line -> b.append(line.asText()));
        return b.toString();
    }

    /** The cells by id, in order. */
    private static Map<String, JsonNode> cells(JsonNode notebook) {
        Map<String, JsonNode> cells = new LinkedHashMap<>();
        notebook.get("cells").forEach(c -> cells.put(c.get("id").asText(), c));
        return cells;
    }

    @Test
    void lessonTwoReadsBackWithEveryStepExerciseHintAndCheck() throws Exception {
        export(dir, "2");
        Lesson lesson = LessonParser.parse(Lessons.find(Path.of("lessons"), "2"));
        Map<String, JsonNode> cells = cells(read(dir.resolve("02-softmax.ipynb")));
        assertTrue(source(cells.get("setup")).startsWith("%jars "), "the jar goes on the kernel's class path first");
        for (Step step : lesson.steps()) {
            String id = "step-" + step.number();
            assertTrue(source(cells.get(id)).startsWith("## " + step.number() + ". "), id);
            assertTrue(source(cells.get(id)).contains(step.prose().strip()), id + " carries the prose");
            if (!step.isExercise()) {
                assertEquals(step.code().strip(), source(cells.get(id + "-code")), id);
                continue;
            }
            Exercise e = step.exercise();
            assertTrue(source(cells.get(id)).contains("**TODO:** " + e.todo()));
            assertEquals(e.blankCode().strip(), source(cells.get(id + "-exercise")));
            assertTrue(source(cells.get(id + "-exercise")).contains("// TODO"));
            JsonNode hints = cells.get(id + "-hints");
            assertTrue(hints.at("/metadata/jupyter/source_hidden").asBoolean(), "hints collapsed");
            e.hints().forEach(h -> assertTrue(source(hints).contains(h), h));
            assertTrue(source(cells.get(id + "-checks")).endsWith(e.checkCode().strip()));
        }
        assertEquals(lesson.exercises().size(), cells.keySet().stream().filter(k -> k.endsWith("-exercise")).count(),
                "one exercise cell per exercise");
        assertTrue(lesson.exercises().size() >= 3, "lesson 2 has its exercises");
    }

    @Test
    void theNotebookFollowsNbformatFourPointFiveAndIsTheSameEveryTime() throws Exception {
        export(dir.resolve("a"), "2");
        export(dir.resolve("b"), "2");
        byte[] a = Files.readAllBytes(dir.resolve("a/02-softmax.ipynb"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/02-softmax.ipynb")), "byte-identical");
        JsonNode nb = read(dir.resolve("a/02-softmax.ipynb"));
        assertEquals(Set.of("cells", "metadata", "nbformat", "nbformat_minor"), names(nb));
        assertEquals(4, nb.get("nbformat").asInt());
        assertEquals(5, nb.get("nbformat_minor").asInt());
        assertEquals("java", nb.at("/metadata/kernelspec/language").asText());
        assertEquals("java", nb.at("/metadata/kernelspec/name").asText());
        assertTrue(nb.at("/metadata/kernelspec/display_name").isTextual());
        Set<String> ids = new HashSet<>();
        for (JsonNode cell : nb.get("cells")) {
            String id = cell.get("id").asText();
            assertTrue(id.matches("[a-zA-Z0-9-_]{1,64}") && ids.add(id), "a unique nbformat id: " + id);
            assertTrue(cell.get("metadata").isObject() && cell.get("source").isArray());
            cell.get("source").forEach(line -> assertTrue(line.isTextual()));
            if (cell.get("cell_type").asText().equals("code")) {
                assertEquals(Set.of("cell_type", "execution_count", "id", "metadata", "outputs", "source"), names(cell));
                assertTrue(cell.get("execution_count").isNull() && cell.get("outputs").isEmpty());
            } else {
                assertEquals("markdown", cell.get("cell_type").asText());
                assertEquals(Set.of("cell_type", "id", "metadata", "source"), names(cell));
            }
        }
    }

    @Test
    void withOutputsCellsCarryWhatTheHeadlessRunPrintedAndItsChartAsPng() throws Exception {
        export(dir, "--lessons", "src/test/resources/render-lessons", "--outputs", "--quick", "1");
        Map<String, JsonNode> cells = cells(read(dir.resolve("01-tiny.ipynb")));
        JsonNode first = cells.get("step-1-code");
        assertEquals(1, first.get("execution_count").asInt());
        assertEquals("stream", first.at("/outputs/0/output_type").asText());
        assertTrue(first.at("/outputs/0/text/0").asText().startsWith("points: 5"), first.toString());
        assertEquals("10", first.at("/outputs/1/data/text~1plain/0").asText(), "the expression's value");
        JsonNode chart = cells.get("step-3-code").get("outputs");
        JsonNode png = null;
        for (JsonNode o : chart) {
            png = o.get("output_type").asText().equals("display_data") ? o : png;
        }
        byte[] bytes = Base64.getDecoder().decode(png.at("/data/image~1png").asText());
        assertArrayEquals(Files.readAllBytes(dir.resolve("01-tiny/square.png")), bytes, "the chart itself");
        assertTrue(cells.get("step-4-exercise").get("outputs").isEmpty(), "the learner's blank has no outputs");
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
