package dev.shellbook.session;

import java.util.List;
import java.util.Optional;

/**
 * The results of one cell: its snippets in order, up to and including the first one that failed.
 *
 * @param snippets one result per snippet that was attempted
 */
public record CellResult(List<SnippetResult> snippets) {

    public CellResult {
        snippets = List.copyOf(snippets);
    }

    /** {@code true} when every snippet ran (an empty cell is OK). */
    public boolean ok() {
        return failure().isEmpty();
    }

    /** The snippet that stopped the cell, if any. */
    public Optional<SnippetResult> failure() {
        return snippets.stream().filter(s -> !s.ok()).findFirst();
    }

    /** Everything the cell printed. */
    public String output() {
        StringBuilder text = new StringBuilder();
        snippets.forEach(s -> text.append(s.output()));
        return text.toString();
    }

    /** The value of the last snippet that has one, or {@code null}. */
    public String lastValue() {
        for (int i = snippets.size() - 1; i >= 0; i--) {
            if (snippets.get(i).value() != null) {
                return snippets.get(i).value();
            }
        }
        return null;
    }

    /** One-line human summary of the failure with {@code file:line}, or {@code ""} when OK. */
    public String message() {
        return failure().map(SnippetResult::message).orElse("");
    }

    /** {@code true} when this cell's JVM died and the session restarted. */
    public boolean restarted() {
        return failure().map(s -> s.status() == SnippetResult.Status.SESSION_RESTARTED).orElse(false);
    }
}
