package dev.shellbook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The cells that ran, each with the snippets of it that ran OK, to replay into a new execution JVM after the old
 * one died, and to name in a checkpoint.
 *
 * <p>Only snippets that succeeded are replayed (a cell that failed half-way keeps its first half), so a replay
 * rebuilds exactly the state the learner had.
 */
final class Journal {

    /** One cell as it was run, and the snippets of it that ran OK (at least one). */
    record Entry(String code, Origin origin, List<Piece> ok) {

        /** A short label for progress lines: the first line of code that is not a comment. */
        String label() {
            String rest = code.substring(Piece.firstToken(code)).strip();
            String first = rest.lines().findFirst().orElse("");
            return first.length() > 40 ? first.substring(0, 39) + "…" : first;
        }
    }

    private final List<Entry> cells = new ArrayList<>();

    /** Keeps the pieces whose results are OK (results are in piece order and may be fewer). */
    synchronized java.util.Optional<Entry> record(String code, Origin origin, List<Piece> pieces,
                                                  List<SnippetResult> results) {
        List<Piece> ok = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).ok()) {
                ok.add(pieces.get(i));
            }
        }
        if (ok.isEmpty()) {
            return java.util.Optional.empty();
        }
        Entry entry = new Entry(code, origin, List.copyOf(ok));
        cells.add(entry);
        return java.util.Optional.of(entry);
    }

    /** Puts back cells that a checkpoint restored, before any cell recorded while it was restored. */
    synchronized void addFirst(List<Entry> restored) {
        cells.addAll(0, restored);
    }

    /** The cells, oldest first. */
    synchronized List<Entry> cells() {
        return List.copyOf(cells);
    }

    /** Forgets one cell (its replay killed the JVM again). */
    synchronized void drop(Entry entry) {
        cells.remove(entry);
    }

    /** The code of each recorded cell (its successful snippets), oldest first. */
    synchronized List<String> history() {
        return cells.stream()
                .map(cell -> cell.ok().stream().map(p -> p.source().strip()).collect(Collectors.joining("\n")))
                .toList();
    }

    synchronized void clear() {
        cells.clear();
    }

    /** Replays {@code entries} silently into {@code engine}, telling {@code progress} before each one. */
    static Replay replay(Engine engine, List<Entry> entries, StopControl stops, BiConsumer<Integer, Entry> progress) {
        for (int i = 0; i < entries.size(); i++) {
            Entry cell = entries.get(i);
            progress.accept(i, cell);
            stops.during(engine, () -> CellRunner.run(engine, cell.ok(), OutputSink.DISCARD, stops::requested));
            if (stops.requested()) {
                return new Replay(i, engine.dead() ? null : cell, true);
            }
            if (engine.dead()) {
                return new Replay(i, cell, false);
            }
        }
        return new Replay(entries.size(), null, false);
    }

    /**
     * How a replay ended.
     *
     * @param done how many entries replayed fully
     * @param culprit the entry that was running when it ended early (it killed the JVM, or Ctrl-C stopped it)
     * @param stopped {@code true} when Ctrl-C ended it
     */
    record Replay(int done, Entry culprit, boolean stopped) {
    }
}
