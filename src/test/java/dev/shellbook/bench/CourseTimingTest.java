package dev.shellbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The course report's arithmetic: times add up over lessons, memory peaks do not (each lesson has its own JVM). */
class CourseTimingTest {
    private static final LessonTiming FIRST = new LessonTiming("01-data", true, 10.5, 14.0, 900 * 1024,
            List.of(new LessonTiming.Jvm("shell JVM", 1, 300 * 1024, 2.0),
                    new LessonTiming.Jvm("execution JVM", 2, 650 * 1024, 12.0)), 1.2);
    private static final LessonTiming SECOND = new LessonTiming("02-softmax", false, 4.0, 5.5, 500 * 1024,
            List.of(new LessonTiming.Jvm("shell JVM", 1, 320 * 1024, 1.5),
                    new LessonTiming.Jvm("execution JVM", 3, 150 * 1024, 4.0)), 0.8);
    private static final CourseTiming COURSE = new CourseTiming(false, List.of(FIRST, SECOND));

    @Test
    void timesAddUpOverTheLessons() {
        assertEquals(14.5, COURSE.wallSeconds(), 1e-12);
        assertEquals(19.5, COURSE.cpuSeconds(), 1e-12);
    }

    @Test
    void thePeakIsTheLargestLessonsPeakNotTheirSum() {
        assertEquals(900 * 1024, COURSE.peakTreeKb());
        assertEquals(320 * 1024, COURSE.hwmKb("shell JVM"));
        assertEquals(650 * 1024, COURSE.hwmKb("execution JVM"));
        assertEquals(0, COURSE.hwmKb("spare JVM"));
    }

    @Test
    void theHighWaterSumBoundsTheTreeFromAbove() {
        assertEquals(950 * 1024, FIRST.hwmSumKb());
    }

    @Test
    void theTableHasARowPerLessonMarksTheFailedOneAndEndsWithTheCourse() {
        String text = COURSE.text();
        assertTrue(text.matches("(?s).*01-data\\s+10\\.5\\s+14\\.0\\s+900\\s+300\\s+650\\s+1\\.2\n.*"), text);
        assertTrue(text.matches("(?s).*02-softmax \\(failed\\)\\s+4\\.0\\s+5\\.5\\s+500\\s+320\\s+150\\s+0\\.8\n.*"),
                text);
        assertTrue(text.matches("(?s).*course\\s+14\\.5\\s+19\\.5\\s+900\\s+320\\s+650\\s+\n.*"), text);
        assertTrue(text.contains("the full course took 0.2 minutes (wall), peak resident memory 900 MiB"), text);
    }

    @Test
    void aLessonSummaryNamesEveryProcessWithItsHighWaterMark() {
        assertEquals("02-softmax (failed): 4.0 s wall, 5.5 s CPU, tree peak 500 MiB (high-water marks, MiB: shell JVM"
                + " 320, execution JVM 150), load 0.8", SECOND.summary());
    }
}
