package dev.shellbook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The snippets that ran OK, cell by cell, to replay into a new execution JVM after the old one died.
 *
 * <p>Only snippets that succeeded are kept (a cell that failed half-way keeps its first half), so a replay
 * rebuilds exactly the state the learner had.
 */
final class Journal {

    private final List<List<Piece>> cells = new ArrayList<>();

    /** Keeps the pieces whose results are OK (results are in piece order and may be fewer). */
    synchronized void record(List<Piece> pieces, List<SnippetResult> results) {
        List<Piece> ok = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).ok()) {
                ok.add(pieces.get(i));
            }
        }
        if (!ok.isEmpty()) {
            cells.add(List.copyOf(ok));
        }
    }

    /** The cells to replay, oldest first. */
    synchronized List<List<Piece>> cells() {
        return List.copyOf(cells);
    }

    /** The code of each recorded cell (its successful snippets), oldest first. */
    synchronized List<String> history() {
        return cells.stream()
                .map(cell -> cell.stream().map(p -> p.source().strip()).collect(Collectors.joining("\n")))
                .toList();
    }

    synchronized void clear() {
        cells.clear();
    }

    /**
     * Replays every cell silently into {@code engine}.
     *
     * @return how many cells were replayed before the end or before the engine died
     */
    int replayInto(Engine engine) {
        int replayed = 0;
        for (List<Piece> cell : cells()) {
            CellRunner.run(engine, cell, OutputSink.DISCARD, () -> false);
            if (engine.dead()) {
                break;
            }
            replayed++;
        }
        return replayed;
    }
}
