package dev.shellbook.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import dev.shellbook.session.SnippetResult.Status;

/**
 * One live JShell session in which a learner runs lesson cells one after another.
 *
 * <p>{@link #start} returns at once while the execution JVM comes up in the background; {@link #run} waits
 * for it if needed. User code runs in that separate JVM (see the package documentation): {@link #stop()}
 * interrupts it, and when it dies the session starts a new one, replays the cells that ran, and says so in the
 * failing cell's one-line message.
 */
public final class Session implements AutoCloseable {

    private final SessionOptions options;
    private final Engines engines;
    private final Journal journal = new Journal();
    private final StopControl stops = new StopControl();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, String> liveProperties = new ConcurrentHashMap<>();
    private final Object runLock = new Object();
    /** Cells after which the execution JVM had more threads than before: suspects when it dies while idle. */
    private final Set<Journal.Entry> startedThreads = ConcurrentHashMap.newKeySet();
    private int threadsBefore = -1;

    private Session(SessionOptions options) {
        this.options = options;
        this.engines = new Engines(options);
    }

    /** Starts a session; returns at once, the execution JVM starts in the background. */
    public static Session start(SessionOptions options) {
        return new Session(options.build());
    }

    /**
     * Keeps the warm spare JVM from starting until {@link #releaseSpare}: a shell that restores and catches up as
     * it starts would share the CPU with it. No effect once the spare has started.
     */
    public void holdSpare() {
        engines.hold();
    }

    /** Lets the warm spare JVM start (the start is done). */
    public void releaseSpare() {
        engines.release();
    }

    /** Runs a cell; its output streams to {@code sink} while it runs. Blocks until done. */
    public CellResult run(String code, Origin origin, OutputSink sink) {
        synchronized (runLock) {
            Engine engine;
            try {
                engine = liveEngine();
            } catch (IllegalStateException cannotStart) {
                return new CellResult(List.of(SnippetResult.notRun(code, origin.file(), origin.line(),
                        Status.REJECTED, cannotStart.getMessage())));
            }
            return runOn(engine, code, origin, sink);
        }
    }

    /** Runs a cell, output only captured. */
    public CellResult run(String code, Origin origin) {
        return run(code, origin, OutputSink.DISCARD);
    }

    /** Interrupts the running cell (Ctrl-C); the session is usable again within about a second. */
    public void stop() {
        stops.stop();
    }

    /** A fresh execution JVM (the warm spare if there is one); nothing replayed, history cleared. */
    public void reset() {
        synchronized (runLock) {
            journal.clear();
            startedThreads.clear();
            activate(engines.replace());
            threadsBefore = -1;
        }
    }

    /** The code of the cells that ran OK (only their successful snippets), oldest first. */
    public List<String> history() {
        return journal.history();
    }

    /** Tab completions for {@code input} at {@code cursor}. */
    public Completions complete(String input, int cursor) {
        int[] anchor = {cursor};
        List<Suggestion> found = engines.current().analysis().completionSuggestions(input, cursor, anchor);
        List<String> texts = found.stream().map(Suggestion::continuation).distinct().toList();
        return new Completions(texts, anchor[0]);
    }

    /** {@code true} when {@code input} is finished code, {@code false} when the learner must type more lines. */
    public boolean isComplete(String input) {
        return Piece.complete(engines.current().analysis(), input);
    }

    /** The variables alive in the session, with short values. */
    public List<Variable> variables() {
        synchronized (runLock) {
            Engine engine = engines.current();
            List<Variable> found = new ArrayList<>();
            engine.shell().variables().filter(v -> engine.shell().status(v).isActive()).forEach(v -> found.add(
                    new Variable(v.name(), v.typeName(), ValueDisplay.firstLine(engine.shell().varValue(v), 80))));
            return found;
        }
    }

    /** Sets a system property in the execution JVM, and in the ones that replace it later. */
    public void setProperty(String key, String value) {
        synchronized (runLock) {
            liveProperties.put(key, value);
            engines.current().setProperty(key, value);
        }
    }

    /** Hears about restarts and replays (the shell shows them; nothing else reports an idle JVM's death). */
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        stops.close();
        engines.close();
    }

    private CellResult runOn(Engine engine, String code, Origin origin, OutputSink sink) {
        List<Piece> pieces = Piece.split(engine.analysis(), code, origin);
        List<SnippetResult> results = stops.during(engine, () -> CellRunner.run(engine, pieces, sink,
                stops::requested));
        if (engine.dead()) {
            return new CellResult(restartUnder(engine, results));
        }
        journal.record(code, origin, pieces, results).ifPresent(entry -> noteThreads(engine, entry));
        return new CellResult(hinted(results));
    }

    /** Remembers {@code entry} when the JVM has more threads after it than before it. */
    private void noteThreads(Engine engine, Journal.Entry entry) {
        int before = threadsBefore >= 0 ? threadsBefore : engine.threads();
        int now = engine.threads();
        if (before >= 0 && now > before) {
            startedThreads.add(entry);
        }
        threadsBefore = now;
    }

    /**
     * Writes a checkpoint of the session's variables and cells at {@code meta} (and {@code meta.values}), with
     * {@code key} naming what the values depend on (see {@link CheckpointKeys}). Atomic: an old checkpoint
     * stays whole until the new one is complete.
     *
     * @return why no checkpoint was written (a value that cannot be saved, a full disk), or empty when written
     */
    public Optional<String> checkpoint(Path meta, Map<String, String> key) {
        synchronized (runLock) {
            Engine engine = engines.current();
            if (engine.dead()) {
                return Optional.of("the session's JVM has ended");
            }
            try {
                Checkpoints.save(engine, journal, meta, key);
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.of(String.valueOf(e.getMessage()));
            }
        }
    }

    /**
     * In a session where nothing ran yet, restores the checkpoint at {@code meta} if its key equals {@code key}
     * and its cells are the first of {@code plan} (cells typed in between are part of it). Cells from
     * {@code plan}'s file at or after line {@code endLine} must not be in it. A damaged, stale or unusable
     * checkpoint leaves a fresh session and says so in the notice; the caller then runs the cells itself.
     */
    public Restored restore(Path meta, Map<String, String> key, List<PlannedCell> plan, int endLine) {
        return restore(meta, key, plan, endLine, independent -> { });
    }

    /**
     * While a checkpoint is restored, between two of its snippets: the caller may run (on this thread, with
     * {@link #run}) the learner's waiting lines that {@code independent} accepts, in order, stopping at the first
     * it does not. Such a line names nothing the restore has yet to declare, so it neither depends on nor changes
     * what comes back; it is kept in the session's history after the restored cells. (An expression's scratch
     * variable, {@code $5}, may be replaced by the restored {@code $5} of the same name.)
     */
    public interface Between {
        void run(java.util.function.Predicate<String> independent);
    }

    /** {@link #restore(Path, Map, List, int)}, letting the learner's independent lines run in between. */
    public Restored restore(Path meta, Map<String, String> key, List<PlannedCell> plan, int endLine,
                            Between between) {
        synchronized (runLock) {
            if (!Files.exists(meta) || !journal.cells().isEmpty()) {
                return new Restored(0, "");
            }
            Checkpoint saved;
            try {
                saved = Checkpoint.read(meta);
            } catch (IOException e) {
                return new Restored(0, "The saved session could not be read (" + e.getMessage() + "), so the"
                        + " steps before this one run again.");
            }
            String stale = saved.staleBecause(key);
            if (stale != null) {
                return new Restored(0, "The saved session is out of date (" + stale + " changed since it was"
                        + " saved), so the steps before this one run again.");
            }
            List<Journal.Entry> wanted = plan.stream().map(c -> new Journal.Entry(c.code(), c.origin(), List.of()))
                    .toList();
            int covered = plan.isEmpty() ? 0 : saved.covers(wanted, plan.get(0).origin().file(), endLine);
            return covered <= 0 ? new Restored(0, "") : restoreInto(saved, meta, covered, between);
        }
    }

    private Restored restoreInto(Checkpoint saved, Path meta, int covered, Between between) {
        Engine engine = liveEngine();
        try {
            Checkpoints.restore(engine, saved, meta, between);
            journal.addFirst(saved.entries()); // before the learner's lines that ran meanwhile
            threadsBefore = -1;
            return new Restored(covered, "");
        } catch (IOException | RuntimeException e) {
            List<Journal.Entry> meanwhile = journal.cells();
            journal.clear();
            activate(engines.replace());
            meanwhile.forEach(c -> run(c.code(), c.origin(), OutputSink.DISCARD)); // their effects, again
            return new Restored(0, "The saved session could not be restored (" + e.getMessage() + "), so the"
                    + " steps before this one run again.");
        }
    }

    /** The current engine, replaced first if its JVM died while idle. */
    private Engine liveEngine() {
        Engine engine = engines.current();
        if (engine.dead()) {
            String message = restart(engine, true);
            listeners.forEach(l -> l.restarted(message));
            engine = engines.current();
        }
        return engine;
    }

    private List<SnippetResult> restartUnder(Engine dead, List<SnippetResult> results) {
        boolean stopped = dead.killReason() != null;
        String message = restart(dead, false);
        List<SnippetResult> marked = new ArrayList<>(results);
        int last = marked.size() - 1;
        if (last >= 0) {
            marked.set(last, marked.get(last).withStatus(stopped ? Status.STOPPED : Status.SESSION_RESTARTED,
                    message));
        }
        return marked;
    }

    /**
     * Replaces a dead engine and replays the journal; returns the one-line message. When the JVM died while no
     * cell ran ({@code idle}), the cells that left a thread running are left out (their thread is the likely
     * cause, and replaying them would start it again). A cell whose replay kills the new JVM too is left out and
     * the replay starts over without it; Ctrl-C ends the replay, naming the cells not replayed.
     */
    private String restart(Engine dead, boolean idle) {
        String reason = DeathReason.of(dead, options.heap()) + (idle ? " while no cell was running" : "");
        StringBuilder notes = new StringBuilder();
        if (idle) {
            journal.cells().stream().filter(startedThreads::contains).forEach(e -> {
                journal.drop(e);
                notes.append(" Left out ").append(describe(e)).append(": it started a thread that was still running.");
            });
        }
        startedThreads.clear();
        while (true) {
            Engine fresh = engines.replace();
            activate(fresh);
            threadsBefore = -1;
            List<Journal.Entry> cells = journal.cells();
            Journal.Replay replay = Journal.replay(fresh, cells, stops, (i, e) -> listeners.forEach(
                    l -> l.replaying(i + 1, cells.size(), e.label())));
            if (replay.stopped()) {
                return reason + "; started a new one. " + stoppedReplay(fresh, cells, replay) + notes;
            }
            if (replay.culprit() == null) {
                return reason + "; started a new one and replayed " + count(replay.done()) + "." + notes;
            }
            journal.drop(replay.culprit());
            notes.append(" Left out ").append(describe(replay.culprit())).append(": replaying it ended the JVM again.");
        }
    }

    /** Ctrl-C during a replay: keeps what replayed, forgets the rest, and names it. */
    private String stoppedReplay(Engine fresh, List<Journal.Entry> cells, Journal.Replay replay) {
        int kept = fresh.dead() ? 0 : replay.done();
        List<Journal.Entry> lost = cells.subList(kept, cells.size());
        lost.forEach(journal::drop);
        if (fresh.dead()) {
            activate(engines.replace());
        }
        return "Ctrl-C stopped the replay after " + count(kept) + "; not replayed: "
                + String.join(", ", lost.stream().map(Session::describe).toList()) + ".";
    }

    private static String describe(Journal.Entry e) {
        return "`" + e.label() + "` (" + e.origin().file() + ":" + e.origin().line() + ")";
    }

    private static String count(int cells) {
        return cells + (cells == 1 ? " cell" : " cells");
    }

    private void activate(Engine engine) {
        liveProperties.forEach(engine::setProperty);
    }

    private List<SnippetResult> hinted(List<SnippetResult> results) {
        return results.stream().map(r -> r.failure() != null && r.failure().simpleName().equals(
                "OutOfMemoryError") ? r.withMessage(r.message() + " (the session's heap is -Xmx"
                + options.heap() + ")") : r).toList();
    }

}

