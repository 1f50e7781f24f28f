package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionsTest {
    @TempDir
    Path work;

    private final Lesson lesson = TestLessons.sums();
    private final Exercise total = TestLessons.exercise(lesson, "total");

    @Test
    void hiddenUntilThreeChecks() {
        Progress p = Progress.load(work);
        p.recordCheck(lesson.id(), total.id(), false, "✗");
        Solutions.Reveal r = Solutions.reveal(p, lesson, total);
        assertFalse(r.shown());
        assertEquals("Try /check at least 3 times first: 1 so far. Type /hint for a nudge.", r.text());
        p.recordCheck(lesson.id(), total.id(), false, "✗");
        p.recordCheck(lesson.id(), total.id(), false, "✗");
        Solutions.Reveal after = Solutions.reveal(p, lesson, total);
        assertTrue(after.shown());
        assertTrue(after.text().contains("for (double x : v) s += x;"), after.text());
    }

    @Test
    void theShownSolutionHasNoDirectiveLines() {
        String text = Solutions.reveal(Progress.load(work), lesson, total, true).text();
        assertTrue(total.referenceCode().contains("//SOLUTION"), total.referenceCode());
        assertFalse(text.contains("//SOLUTION") || text.contains("//END"), text);
    }

    @Test
    void instructorSeesItAtOnce() {
        assertTrue(Solutions.reveal(Progress.load(work), lesson, total, true).shown());
    }

    @Test
    void hintsComeOneAtATimeAndAreRemembered() {
        Progress p = Progress.load(work);
        assertEquals("Hint 1 of 2: Start with `double s = 0;` and add each entry.", Hints.next(p, lesson, total));
        assertEquals("Hint 2 of 2: `for (double x : v) s += x;`", Hints.next(Progress.load(work), lesson, total));
        String all = Hints.next(Progress.load(work), lesson, total);
        assertTrue(all.startsWith("That was the last hint. All 2 hints:\n  1. Start with"), all);
        assertTrue(all.endsWith("After 3 tries (0 so far), /solution shows the reference solution."), all);
        assertEquals(2, Progress.load(work).get(lesson.id(), total.id()).hintsShown());
    }
}
