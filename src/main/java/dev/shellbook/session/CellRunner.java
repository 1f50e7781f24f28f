package dev.shellbook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import dev.shellbook.session.SnippetResult.Status;

/** Runs a cell's snippets in order on one engine, streaming their output, stopping at the first failure. */
final class CellRunner {

    private CellRunner() {
    }

    /**
     * @param stopRequested checked before each snippet: after Ctrl-C the rest of the cell does not run
     * @return one result per snippet attempted
     */
    static List<SnippetResult> run(Engine engine, List<Piece> pieces, OutputSink sink,
                                   BooleanSupplier stopRequested) {
        List<SnippetResult> results = new ArrayList<>();
        for (Piece piece : pieces) {
            SnippetResult result = stopRequested.getAsBoolean()
                    ? SnippetResult.notRun(piece.source(), piece.file(), piece.line(), Status.STOPPED,
                            piece.file() + ":" + piece.line() + ": stopped (Ctrl-C) before this ran.")
                    : one(engine, piece, sink, results.isEmpty());
            results.add(result);
            if (!result.ok() || engine.dead()) {
                break;
            }
        }
        return results;
    }

    /**
     * @param first the cell's first snippet: its output starts a fresh cap ({@link OutputCap}), before the output
     *              is routed, so what a background thread printed before the cell does not count as the cell's
     */
    private static SnippetResult one(Engine engine, Piece piece, OutputSink sink, boolean first) {
        if (first) {
            engine.startCell();
        }
        engine.router().route(sink);
        try {
            var events = engine.eval(piece.source());
            boolean stopped = engine.control().takeStopped();
            return Results.of(engine, piece, events, engine.router().take(), stopped);
        } finally {
            engine.router().route(OutputSink.DISCARD);
        }
    }
}
