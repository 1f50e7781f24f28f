package dev.shellbook.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Calls back each time a learner's work file is saved, in any editor: written in place (truncate and write),
 * or written aside and renamed over it. It waits on the JDK's {@link WatchService} (inotify on Linux), so it costs
 * nothing while the learner thinks; the events of one save are gathered for {@value #QUIET_MS} ms and give one
 * call, and a save that leaves the text as it was (or empty, half-way through a write) gives none.
 */
public final class WorkWatch implements AutoCloseable {
    /** How long the file must be quiet after an event before it counts as saved. */
    static final long QUIET_MS = 120;

    private final Path file;
    private final Runnable onSave;
    private final WatchService service;
    private final Thread thread;
    private byte[] last;

    private WorkWatch(Path file, Runnable onSave, WatchService service) {
        this.file = file.toAbsolutePath().normalize();
        this.onSave = onSave;
        this.service = service;
        this.last = read(this.file);
        this.thread = new Thread(this::loop, "watch " + file.getFileName());
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code file} (its folder must exist); {@code onSave} runs on the watch's own thread. */
    public static WorkWatch start(Path file, Runnable onSave) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        try {
            WatchService service = dir.getFileSystem().newWatchService();
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            WorkWatch watch = new WorkWatch(file, onSave, service);
            watch.thread.start();
            return watch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + file + ": " + e.getMessage()
                    + ". Use /check after each save instead.", e);
        }
    }

    private void loop() {
        try {
            while (true) {
                boolean mine = ours(service.take());
                while (true) {
                    WatchKey more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                    if (more == null) {
                        break;
                    }
                    mine |= ours(more);
                }
                if (mine && changed()) {
                    onSave.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** {@code true} when one of the key's events is about the watched file; the key is made ready again. */
    private boolean ours(WatchKey key) {
        boolean mine = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            mine |= event.context() instanceof Path p && p.equals(file.getFileName());
        }
        key.reset();
        return mine;
    }

    /** {@code true} when the file now holds text other than the last seen (and is not empty). */
    private boolean changed() {
        byte[] now = read(file);
        if (now == null || now.length == 0 || Arrays.equals(now, last)) {
            return false;
        }
        last = now;
        return true;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops watching, and waits for a call that is running to end. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to release
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
