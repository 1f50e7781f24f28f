package dev.shellbook.shell;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The shell's start (restoring the session, catching up, running the step) on a thread of its own, while the
 * prompt already takes input. Lines accepted meanwhile are kept, in order, and handed back once the start is
 * done; the read in progress at that moment is woken ({@link LineInput#wake}) so they run at once.
 */
final class ReadAhead {
    private final LineInput input;
    private final Queue<String> kept = new ArrayDeque<>();
    private boolean busy;
    private boolean reading;
    private Thread worker;

    ReadAhead(LineInput input) {
        this.input = input;
    }

    /** Runs {@code work} in the background; {@link #busy} until it ends (a failure inside it is its own affair). */
    synchronized void start(Runnable work) {
        busy = true;
        worker = new Thread(() -> {
            try {
                work.run();
            } finally {
                finished();
            }
        }, "shellbook-start");
        worker.setDaemon(true);
        worker.start();
    }

    /** {@code true} while the start runs. */
    synchronized boolean busy() {
        return busy;
    }

    /**
     * Reads one input with {@code read}, noting that a read is in progress so that the end of the start can wake
     * it.
     */
    <T> T read(Reading<T> read) throws LineInput.Interrupted {
        synchronized (this) {
            reading = busy;
        }
        try {
            return read.read();
        } finally {
            synchronized (this) {
                reading = false;
            }
        }
    }

    /**
     * Keeps {@code line} to run later if the start is still running ({@code true}; the first kept line is
     * announced through {@code note}); {@code false}: run it now.
     */
    synchronized boolean keep(String line, Consumer<String> note) {
        if (!busy) {
            return false;
        }
        if (kept.isEmpty()) {
            note.accept("(kept: it runs as soon as the session is ready)");
        }
        kept.add(line);
        return true;
    }

    /**
     * While the start restores the session: runs, with {@code run}, the kept lines at the head of the queue that
     * are Java {@code independent} accepts, in order, stopping at the first that is not (a command, or a line that
     * needs what is being restored). Called on the start's thread.
     */
    void runWhile(Predicate<String> independent, Consumer<String> run) {
        for (String line = takeIf(independent); line != null; line = takeIf(independent)) {
            run.accept(line);
        }
    }

    private synchronized String takeIf(Predicate<String> independent) {
        String head = kept.peek();
        boolean java = head != null && !head.isBlank() && !head.strip().startsWith("/");
        return java && independent.test(head) ? kept.poll() : null;
    }

    /** The next kept line, once the start is done; {@code null} when there is none (or it still runs). */
    synchronized String next() {
        return busy ? null : kept.poll();
    }

    /** Waits for the start to end (Ctrl-D while it runs: leave once it is done). */
    void await() {
        Thread running;
        synchronized (this) {
            running = worker;
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void finished() {
        boolean wake;
        synchronized (this) {
            busy = false;
            wake = reading && !kept.isEmpty();
        }
        if (wake) {
            input.wake();
        }
    }

    /** A read that may be interrupted. */
    interface Reading<T> {
        T read() throws LineInput.Interrupted;
    }
}
