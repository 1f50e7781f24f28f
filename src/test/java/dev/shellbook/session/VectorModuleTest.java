package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shellbook.ml.kernel.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The execution JVM runs the dense kernel on the Vector API, and the module's start-up warning stays out of sight. */
@Timeout(60)
class VectorModuleTest {
    @Test
    void theExecutionJvmHasTheVectorApiAndItsStartUpWarningIsDropped() {
        try (Session session = Session.start(SessionOptions.defaults().spare(false).heap("256m"))) {
            CellResult cell = session.run("dev.shellbook.ml.kernel.Vectors.enabled()", Origin.INPUT);
            assertEquals("true", cell.lastValue(), cell.message());
            assertFalse(cell.output().contains("WARNING"), cell.output());
        }
    }

    @Test
    void theWarningLineIsDroppedFromAJvmsStderrAndNothingElse() {
        String stderr = Vectors.WARNING + System.lineSeparator() + "Terminating due to java.lang.OutOfMemoryError"
                + System.lineSeparator();
        assertEquals("Terminating due to java.lang.OutOfMemoryError" + System.lineSeparator(),
                Vectors.withoutWarning(stderr));
    }
}
