package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A session resumed from a checkpoint holds what the session that ran the steps held, or replays instead. */
@Timeout(180)
class CheckpointTest {

    static final Path LESSON = Path.of("lessons/04-sigmoid-vs-softmax.jsh");
    static final int STEPS = 11;

    @TempDir
    Path dir;

    @Test
    void resumesALessonFromACheckpointWithEveryVariableBitForBitAsTheSessionThatRanTheSteps() throws IOException {
        Lesson lesson = LessonParser.parse(LESSON);
        List<PlannedCell> plan = plan(lesson, STEPS);
        Map<String, String> key = CheckpointKeys.of(LESSON, Path.of("data"));
        Path ran = dir.resolve("ran.ckpt");
        Path again = dir.resolve("again.ckpt");
        List<Variable> ranVariables = ranAndSaved(plan, ran, key);
        try (Session resumed = start()) {
            Restored restored = resumed.restore(ran, key, plan, lesson.step(STEPS + 1).codeLine());
            assertEquals(new Restored(plan.size(), ""), restored);
            assertEquals(shown(ranVariables), shown(resumed.variables()));
            assertEquals(java.util.Optional.empty(), resumed.checkpoint(again, key));
            assertTrue(resumed.run("w.get(0) + logistic.bias()", Origin.INPUT).ok());
        }
        assertArrayEquals(Files.readAllBytes(Checkpoint.values(ran)), Files.readAllBytes(Checkpoint.values(again)),
                "every variable's value, serialized, is the same bytes");
        try (Session twice = start()) {
            assertEquals(plan.size(), twice.restore(again, key, plan, lesson.step(STEPS + 1).codeLine()).covered());
            assertEquals(shown(ranVariables), shown(twice.variables()), "a checkpoint of a restored session");
            assertEquals("5", twice.run("curves.size()", Origin.INPUT).lastValue(), "rebuilt from the lesson's code");
        }
        assertTrue(Files.size(Checkpoint.values(ran)) > 1000);
    }

    @Test
    void runsTheLearnersLinesThatNeedNothingRestoredWhileItRestoresAndKeepsTheRestIntact() throws IOException {
        Lesson lesson = LessonParser.parse(LESSON);
        List<PlannedCell> plan = plan(lesson, STEPS);
        Map<String, String> key = CheckpointKeys.of(LESSON, Path.of("data"));
        Path saved = dir.resolve("l4.ckpt");
        List<Variable> ranVariables = ranAndSaved(plan, saved, key);
        java.util.Deque<String> typed = new java.util.ArrayDeque<>(List.of("6*7", "int mine = 5;", "X.numRows",
                "7*8"));
        List<String> meanwhile = new ArrayList<>();
        try (Session resumed = start()) {
            Restored restored = resumed.restore(saved, key, plan, lesson.step(STEPS + 1).codeLine(), independent -> {
                while (!typed.isEmpty() && independent.test(typed.peek())) {
                    String line = typed.poll();
                    meanwhile.add(line + " → " + resumed.run(line, Origin.INPUT).lastValue());
                }
            });
            assertEquals(plan.size(), restored.covered());
            assertEquals(List.of("6*7 → 42", "int mine = 5; → 5"), meanwhile);
            assertEquals(List.of("X.numRows", "7*8"), List.copyOf(typed), "X is restored: it and what follows wait");
            List<String> now = shown(resumed.variables());
            assertTrue(now.containsAll(shown(ranVariables)), "every restored variable as the steps left it: " + now);
            assertTrue(now.contains("mine int = 5"), now.toString());
            List<String> history = resumed.history();
            assertEquals(List.of("6*7", "int mine = 5;"), history.subList(history.size() - 2, history.size()),
                    "the lines that ran meanwhile come after the restored cells");
        }
    }

    @Test
    void fallsBackToReplayWithANoticeWhenTheCheckpointIsDamagedOrStale() throws IOException {
        Lesson lesson = LessonParser.parse(LESSON);
        List<PlannedCell> plan = plan(lesson, 3);
        Map<String, String> key = CheckpointKeys.of(LESSON, Path.of("data"));
        Path saved = dir.resolve("l4.ckpt");
        ranAndSaved(plan, saved, key);
        Map<String, String> edited = new HashMap<>(key);
        edited.put("the lesson file", "0000");
        byte[] values = Files.readAllBytes(Checkpoint.values(saved));
        values[values.length / 2] ^= 0x10;
        Files.write(Checkpoint.values(saved), values);
        try (Session session = start()) {
            Restored stale = session.restore(saved, edited, plan, Integer.MAX_VALUE);
            assertEquals(0, stale.covered());
            assertTrue(stale.notice().startsWith("The saved session is out of date (the lesson file changed"),
                    stale.notice());
            Restored damaged = session.restore(saved, key, plan, Integer.MAX_VALUE);
            assertEquals(0, damaged.covered());
            assertTrue(damaged.notice().startsWith("The saved session could not be restored"), damaged.notice());
            assertFalse(damaged.notice().contains("\n"));
            assertTrue(session.variables().isEmpty(), "nothing of the damaged checkpoint is left");
            assertTrue(session.run("X", Origin.INPUT).failure().isPresent(), "X is not defined");
        }
    }

    /** Runs {@code plan} in a new session, checkpoints it in {@code file}, and returns its variables. */
    private static List<Variable> ranAndSaved(List<PlannedCell> plan, Path file, Map<String, String> key) {
        try (Session session = start()) {
            for (PlannedCell cell : plan) {
                assertTrue(session.run(cell.code(), cell.origin()).ok(), cell.code());
            }
            assertEquals(java.util.Optional.empty(), session.checkpoint(file, key));
            return session.variables();
        }
    }

    private static Session start() {
        return Session.start(SessionOptions.defaults().spare(true).heap("512m").property("shellbook.quick", "true")
                .property("shellbook.out", "target/checkpoint-test-out"));
    }

    /** The cells of steps 1..last: plain steps' code and exercises' reference solutions. */
    static List<PlannedCell> plan(Lesson lesson, int last) {
        List<PlannedCell> plan = new ArrayList<>();
        for (Step step : lesson.steps().subList(0, last)) {
            if (step.isExercise()) {
                plan.add(new PlannedCell(step.exercise().referenceCode(),
                        new Origin(lesson.file(), step.exercise().codeLine())));
            } else if (step.hasCode()) {
                plan.add(new PlannedCell(step.code(), new Origin(lesson.file(), step.codeLine())));
            }
        }
        return plan;
    }

    /**
     * Variables as listed, sorted (a rebuilt variable is declared after the restored ones), each value up to the
     * first thing that differs from one JVM to the next (an identity hash, a lambda's generated class name); the
     * values themselves are compared byte for byte through their checkpoints.
     */
    private static List<String> shown(List<Variable> variables) {
        return variables.stream().map(v -> v.name() + " " + v.type() + " = " + v.value().split("@|\\$Lambda", 2)[0])
                .sorted().toList();
    }
}
