package dev.shellbook.session;

import java.util.concurrent.TimeUnit;

/**
 * Explains in words why an execution JVM ended, from how it was killed, its exit code and its last output. The
 * agent's shutdown hook prints {@link Agent#EXIT_MARK} on {@code System.exit}; {@code Runtime.halt} runs no hooks.
 */
final class DeathReason {

    private DeathReason() {
    }

    /** E.g. "The session's JVM exited with System.exit(0)" or "… with Runtime.halt(1)"; no final period. */
    static String of(Engine engine, String heap) {
        if (engine.killReason() != null) {
            return engine.killReason();
        }
        Process process = engine.control().process();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (process.isAlive()) {
            return "The session's JVM stopped answering";
        }
        return fromExit(process.exitValue(), engine.control().processOutput(), heap);
    }

    static String fromExit(int code, String output, String heap) {
        if (output.contains("OutOfMemoryError") || output.contains("Java heap space")) {
            return "The session's JVM ran out of memory (its heap is -Xmx" + heap + ")";
        }
        if (code == 137) {
            return "The session's JVM was killed (signal 9, perhaps the system ran out of memory)";
        }
        if (code > 128 && code < 160) {
            return "The session's JVM was killed (signal " + (code - 128) + ")";
        }
        String how = output.contains(Agent.EXIT_MARK) ? "System.exit(" : "Runtime.halt(";
        return "The session's JVM exited with " + how + code + ")";
    }
}
