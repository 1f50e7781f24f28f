package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CompilerWarmupTest {

    @Test
    void warmsJavacUpOncePerJvmHoweverManySessionsStart() {
        CompilerWarmup.startInBackground(); // the first call here, or an earlier session's
        assertFalse(CompilerWarmup.startInBackground(), "a second warm-up would leave another file manager behind");
    }
}
