package dev.shellbook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, String> liveProperties = new ConcurrentHashMap<>();
    private final Object runLock = new Object();

    private Session(SessionOptions options) {
        this.options = options;
        this.engines = new Engines(options);
    }

    /** Starts a session; returns at once, the execution JVM starts in the background. */
    public static Session start(SessionOptions options) {
        return new Session(options.build());
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
            activate(engines.replace());
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
        journal.record(pieces, results);
        return new CellResult(hinted(results));
    }

    /** The current engine, replaced first if its JVM died while idle. */
    private Engine liveEngine() {
        Engine engine = engines.current();
        if (engine.dead()) {
            restart(engine);
            engine = engines.current();
        }
        return engine;
    }

    private List<SnippetResult> restartUnder(Engine dead, List<SnippetResult> results) {
        boolean stopped = dead.killReason() != null;
        String message = restart(dead);
        List<SnippetResult> marked = new ArrayList<>(results);
        int last = marked.size() - 1;
        if (last >= 0) {
            marked.set(last, marked.get(last).withStatus(stopped ? Status.STOPPED : Status.SESSION_RESTARTED,
                    message));
        }
        return marked;
    }

    /** Replaces a dead engine, replays the journal, returns the one-line message. */
    private String restart(Engine dead) {
        String reason = DeathReason.of(dead, options.heap());
        Engine fresh = engines.replace();
        activate(fresh);
        int replayed = journal.replayInto(fresh);
        return reason + "; started a new one and replayed " + replayed + (replayed == 1 ? " cell." : " cells.");
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
