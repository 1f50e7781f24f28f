package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.session.SnippetResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of one live session shared by these tests (each uses its own names). */
@Timeout(60)
class SessionTest {

    static final Origin LESSON = Origin.of("lessons/03.jsh", 40);
    static Session session;

    @BeforeAll
    static void start() {
        session = Session.start(SessionOptions.defaults().spare(false).heap("512m"));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void runsEverySnippetOfAMultiSnippetCellAndShowsTheLastValue() {
        CellResult cell = session.run("int a1 = 1;\nint b1 = a1 + 1;\n\n// comment\nb1 * 10", LESSON);
        assertTrue(cell.ok(), cell.message());
        assertEquals(3, cell.snippets().size());
        assertEquals(List.of(40, 41, 44), cell.snippets().stream().map(SnippetResult::line).toList());
        assertEquals("20", cell.lastValue());
        assertEquals("a1", cell.snippets().get(0).name());
    }

    @Test
    void reportsACompileErrorAtItsLessonLineAndColumn() {
        CellResult cell = session.run("int c1 = 1;\nint d1 = nope + 1;\nint e1 = 3;", LESSON);
        SnippetResult failed = cell.failure().orElseThrow();
        assertEquals(Status.COMPILE_ERROR, failed.status());
        assertEquals(2, cell.snippets().size(), "stops at the first failing snippet");
        Diagnostic error = failed.diagnostics().get(0);
        assertEquals(41, error.line());
        assertEquals(10, error.column());
        assertTrue(cell.message().startsWith("lessons/03.jsh:41:10: error: cannot find symbol"), cell.message());
        assertFalse(cell.message().contains("\n"));
    }

    @Test
    void reportsAnExceptionWithTheLessonLineItCameFrom() {
        assertTrue(session.run("int divide(int x) {\n    return 10 / x;\n}", Origin.of("lessons/03.jsh", 10)).ok());
        CellResult cell = session.run("int g1 = 3;\ndivide(0)", Origin.of("lessons/03.jsh", 20));
        Failure failure = cell.failure().orElseThrow().failure();
        assertEquals("ArithmeticException", failure.simpleName());
        assertEquals(11, failure.line(), "the line inside divide, where it was thrown");
        assertEquals("lessons/03.jsh:11: ArithmeticException: / by zero", cell.message());
        assertTrue(failure.stack().stream().anyMatch(f -> f.contains("lessons/03.jsh:21")), failure.stack().toString());
    }

    @Test
    void stopsAnEndlessLoopWithinASecondAndStaysUsable() throws Exception {
        Thread stopper = new Thread(() -> {
            sleep(700);
            session.stop();
        });
        stopper.start();
        long before = System.nanoTime();
        CellResult cell = session.run("while (true) { }", Origin.INPUT);
        long afterStop = (System.nanoTime() - before) / 1_000_000 - 700;
        stopper.join();
        assertEquals(Status.STOPPED, cell.failure().orElseThrow().status(), cell.message());
        assertTrue(afterStop < 1000, "stopped " + afterStop + " ms after stop()");
        assertEquals("2", session.run("1 + 1", Origin.INPUT).lastValue());
    }

    @Test
    void redefiningAMethodKeepsTheVariablesThatUsedIt() {
        session.run("int version() { return 1; }", Origin.INPUT);
        session.run("int kept1 = version();", Origin.INPUT);
        assertTrue(session.run("int version() { return 2; }", Origin.INPUT).ok());
        assertEquals("1", session.run("kept1", Origin.INPUT).lastValue());
        assertEquals("2", session.run("version()", Origin.INPUT).lastValue());
    }

    @Test
    void showsAHugeMatrixAsShapeAndExcerpt() {
        CellResult cell = session.run("var big = new org.ejml.data.DMatrixRMaj(60000, 784);\nbig.set(1, 2, 0.5);",
                Origin.INPUT);
        String value = session.run("big", Origin.INPUT).lastValue();
        assertTrue(cell.ok(), cell.message());
        assertTrue(value.startsWith("DMatrixRMaj 60000×784\n"), value);
        assertTrue(value.contains("…") && value.contains("0.5000") && value.length() < 1000, value);
    }

    @Test
    void streamsOutputToTheSinkBeforeTheCellEnds(@TempDir Path dir) {
        Path flag = dir.resolve("flag");
        List<String> seen = new CopyOnWriteArrayList<>();
        OutputSink sink = (text, error) -> {
            seen.add(text);
            if (text.contains("ready")) {
                touch(flag);
            }
        };
        String code = "{ System.out.println(\"ready\");\n"
                + "  while (!java.nio.file.Files.exists(java.nio.file.Path.of(\"" + flag + "\"))) Thread.sleep(5);\n"
                + "  System.out.println(\"done\"); }";
        CellResult cell = session.run(code, Origin.INPUT, sink);
        assertTrue(cell.ok(), cell.message());
        assertEquals("ready\ndone\n", cell.output());
        assertEquals("ready\ndone\n", String.join("", seen));
    }

    @Test
    void listsVariablesAndAnswersCompletenessAndCompletion() {
        session.run("String greeting = \"hi\";", Origin.INPUT);
        assertTrue(session.variables().stream().anyMatch(v -> v.toString().equals("String greeting = \"hi\"")));
        assertFalse(session.isComplete("void f() {"));
        assertTrue(session.isComplete("void f() { }"));
        Completions found = session.complete("greeting.toUpp", 14);
        assertEquals(List.of("toUpperCase("), found.suggestions());
        assertEquals(9, found.anchor());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
