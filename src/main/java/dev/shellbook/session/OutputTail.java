package dev.shellbook.session;

import dev.shellbook.ml.kernel.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Drains an execution JVM's own stdout and stderr (JVM warnings, "Terminating due to OutOfMemoryError",
 * crash notes; user output goes through the socket) and keeps the last few kilobytes to explain a death.
 */
final class OutputTail {

    static final int KEEP = 4096;

    static final long SETTLE_MILLIS = 1000;

    private final StringBuilder text = new StringBuilder();
    private final List<Thread> pumps = new ArrayList<>();

    private OutputTail() {
    }

    /** Starts daemon threads draining the process's stdout and stderr. */
    static OutputTail drain(Process process) {
        OutputTail tail = new OutputTail();
        tail.pump(process.getInputStream(), "stdout");
        tail.pump(process.getErrorStream(), "stderr");
        return tail;
    }

    /** The kept tail, without the Vector API's start-up warning (SessionOptions adds that module). */
    synchronized String text() {
        return Vectors.withoutWarning(text.toString());
    }

    /** The kept tail once both streams have ended (the process exited), waiting at most a second for that. */
    String settled() {
        try {
            for (Thread pump : pumps) {
                pump.join(SETTLE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text();
    }

    private void pump(InputStream in, String name) {
        Thread thread = new Thread(() -> copy(in), "shellbook-jvm-" + name);
        thread.setDaemon(true);
        pumps.add(thread);
        thread.start();
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[1024];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    private synchronized void append(String more) {
        text.append(more);
        if (text.length() > KEEP) {
            text.delete(0, text.length() - KEEP);
        }
    }
}
