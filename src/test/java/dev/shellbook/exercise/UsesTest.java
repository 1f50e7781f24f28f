package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later lesson's //USES defines the learner's solved copy from the work folder, else the reference. */
class UsesTest {
    private static final Path DIR = Path.of("src/test/resources/uses-lessons");
    private static final Lesson FIRST = LessonParser.parse(DIR.resolve("01-first.jsh"));
    private static final Step LATER = LessonParser.parse(DIR.resolve("02-later.jsh")).step(1);
    private static Session session;

    @TempDir
    Path work;

    @BeforeAll
    static void startSession() {
        session = Session.start(SessionOptions.defaults().heap("256m").spare(false));
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Test
    void aSolvedCopyInTheWorkFolderIsTheOneDefined() throws Exception {
        Workbook workbook = mine();
        Progress progress = Progress.load(work);
        progress.recordCheck(FIRST.id(), "twice", true, "all 2 checks pass");
        List<Uses.Defined> defined = Uses.learners(workbook, progress).define(session, LATER);
        assertEquals(List.of("using your twice from lesson 1"), defined.stream().map(Uses.Defined::notice).toList());
        assertEquals("my twice\ntwice(5) = 10\n", runLater());
    }

    @Test
    void anUnsolvedCopyIsLeftAsideForTheReference() throws Exception {
        Workbook workbook = mine();
        List<Uses.Defined> defined = Uses.learners(workbook, Progress.load(work)).define(session, LATER);
        assertEquals("using the reference twice from lesson 1 (yours is not solved yet)", defined.get(0).notice());
        assertEquals("twice(5) = 10\n", runLater());
    }

    @Test
    void referencesOnlyNeverLookAtTheWorkFolder() throws Exception {
        mine();
        Progress.load(work).recordCheck(FIRST.id(), "twice", true, "all 2 checks pass");
        Uses.Defined d = Uses.references().define(session, LATER).get(0);
        assertEquals(new Uses.Defined(LATER.uses().get(0), false, true, "using the reference twice from lesson 1"), d);
        assertEquals("twice(5) = 10\n", runLater());
    }

    private Workbook mine() throws Exception {
        Workbook workbook = new Workbook(work);
        Path file = workbook.fileFor(FIRST, FIRST.exercises().get(0));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "int twice(int n) {\n    System.out.println(\"my twice\");\n    return n + n;\n}\n");
        return workbook;
    }

    private static String runLater() {
        CellResult r = session.run(LATER.code(), new Origin(LATER.file(), LATER.codeLine()), OutputSink.DISCARD);
        assertTrue(r.ok(), r.message());
        return r.output();
    }
}
