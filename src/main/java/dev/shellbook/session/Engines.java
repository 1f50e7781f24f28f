package dev.shellbook.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The current engine and, optionally, a warm spare, both started in the background.
 *
 * <p>The first engine starts as soon as the session is created; the spare starts once the first is up (so the
 * two do not fight over the CPU at startup) and takes over at once on reset or after a death.
 */
final class Engines implements AutoCloseable {

    private final SessionOptions options;
    private final ExecutorService starter = Executors.newCachedThreadPool(Engines::daemon);
    private CompletableFuture<Engine> current;
    private CompletableFuture<Engine> spare;
    private boolean closed;
    /** Opens when the first spare may start: once the first engine is up, unless {@link #hold} was called. */
    private final CompletableFuture<Void> gate = new CompletableFuture<>();
    private volatile boolean held;

    Engines(SessionOptions options) {
        this.options = options;
        current = launch();
        CompilerWarmup.startInBackground();
        spare = spareAfter(current);
        current.whenComplete((engine, failure) -> {
            if (!held) {
                gate.complete(null);
            }
        });
    }

    /** The first spare waits for {@link #release} (the start, which needs both cores, is still running). */
    void hold() {
        held = true;
    }

    /** The first spare may start. */
    void release() {
        gate.complete(null);
    }

    /** The current engine, waiting for it to come up if needed. */
    Engine current() {
        CompletableFuture<Engine> now;
        synchronized (this) {
            now = current;
        }
        return join(now);
    }

    /** Retires the current engine and makes the spare (or a new one) current; returns it once up. */
    Engine replace() {
        CompletableFuture<Engine> next;
        synchronized (this) {
            CompletableFuture<Engine> old = current;
            old.thenAcceptAsync(Engines::quietly, starter);
            current = spare != null ? spare : launch();
            spare = spareAfter(current);
            next = current;
        }
        return join(next);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        current.thenAccept(Engines::quietly);
        if (spare != null) {
            spare.thenAccept(Engines::quietly);
        }
        starter.shutdown();
    }

    private CompletableFuture<Engine> launch() {
        return CompletableFuture.supplyAsync(() -> new Engine(options), starter);
    }

    private CompletableFuture<Engine> spareAfter(CompletableFuture<Engine> first) {
        if (!options.spare()) {
            return null;
        }
        return first.handle((engine, failure) -> null).thenCompose(ignored -> gate)
                .thenComposeAsync(ignored -> launch(), starter);
    }

    private static Engine join(CompletableFuture<Engine> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("The session's JVM could not start: " + cause.getMessage(), cause);
        }
    }

    private static void quietly(Engine engine) {
        try {
            engine.close();
        } catch (RuntimeException alreadyGone) {
            // closing a dead engine may complain; it is gone either way
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "shellbook-engine-start");
        thread.setDaemon(true);
        return thread;
    }
}
