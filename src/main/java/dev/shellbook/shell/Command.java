package dev.shellbook.shell;

import java.util.List;

/**
 * One shell command, jshell style: {@code /name args}.
 *
 * @param name    the full name without the slash ({@code next})
 * @param aliases other full names that mean the same ({@code rerun} for {@code run})
 * @param args    how the arguments read in help ({@code <n>}, {@code [lesson]}), or {@code ""}
 * @param summary one line for the {@code /help} table
 * @param help    the longer text {@code /help name} shows
 * @param action  what it does with the rest of the line
 */
public record Command(String name, List<String> aliases, String args, String summary, String help, Action action) {

    /** What a command does with the text after its name (trimmed, possibly empty). */
    @FunctionalInterface
    public interface Action {
        void run(String args);
    }

    public Command {
        aliases = List.copyOf(aliases);
    }

    /** The name and its aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }

    /** How it is typed, for help: {@code /goto <n>}. */
    public String usage() {
        return "/" + name + (args.isEmpty() ? "" : " " + args);
    }
}
