package dev.shellbook.session;

import java.util.List;

/**
 * Tab-completion suggestions for an input at a cursor.
 *
 * @param suggestions the texts that may replace the input from {@code anchor} to the cursor
 * @param anchor index in the input where the completed word starts
 */
public record Completions(List<String> suggestions, int anchor) {

    public Completions {
        suggestions = List.copyOf(suggestions);
    }

    /** No suggestions. */
    public static Completions none(int cursor) {
        return new Completions(List.of(), cursor);
    }
}
