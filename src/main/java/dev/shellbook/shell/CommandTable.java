package dev.shellbook.shell;

import dev.shellbook.lesson.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shell's commands, looked up like jshell's: by full name or alias, or by an unambiguous prefix
 * ({@code /ch} is {@code /check}). An unknown name gets "Did you mean …?" from the closest names.
 */
public final class CommandTable {
    private final List<Command> commands = new ArrayList<>();

    /** Adds a command; names must be unique. */
    public CommandTable add(String name, String args, String summary, String help, Command.Action action) {
        return add(new Command(name, List.of(), args, summary, help, action));
    }

    /** Adds a command; names must be unique. */
    public CommandTable add(Command command) {
        for (String n : command.names()) {
            if (exact(n).isPresent()) {
                throw new IllegalArgumentException("command /" + n + " is defined twice");
            }
        }
        commands.add(command);
        return this;
    }

    /** All commands in the order added. */
    public List<Command> all() {
        return List.copyOf(commands);
    }

    /** What a typed name resolves to. */
    public sealed interface Lookup {
        record Found(Command command) implements Lookup {}

        record Ambiguous(String typed, List<Command> candidates) implements Lookup {}

        record Unknown(String typed, List<String> suggestions) implements Lookup {}
    }

    /** Resolves a typed name (without the slash): exact name or alias first, then a unique prefix. */
    public Lookup lookup(String typed) {
        String name = typed.toLowerCase(java.util.Locale.ROOT);
        Optional<Command> exact = exact(name);
        if (exact.isPresent()) {
            return new Lookup.Found(exact.get());
        }
        Set<Command> hits = new LinkedHashSet<>();
        commands.forEach(c -> c.names().stream().filter(n -> !name.isEmpty() && n.startsWith(name))
                .findFirst().ifPresent(n -> hits.add(c)));
        if (hits.size() == 1) {
            return new Lookup.Found(hits.iterator().next());
        }
        if (hits.size() > 1) {
            return new Lookup.Ambiguous(typed, List.copyOf(hits));
        }
        return new Lookup.Unknown(typed, suggestions(name));
    }

    /** The learner-facing text for a name that did not resolve, always ending with what to do next. */
    public static String explain(Lookup lookup) {
        if (lookup instanceof Lookup.Ambiguous a) {
            return "/" + a.typed() + " could mean " + join(a.candidates().stream().map(c -> c.name()).toList())
                    + ". Type more letters, or /help for the list.";
        }
        Lookup.Unknown u = (Lookup.Unknown) lookup;
        String guess = u.suggestions().isEmpty() ? "" : " Did you mean " + join(u.suggestions()) + "?";
        return "Unknown command /" + u.typed() + "." + guess + " Type /help for the list.";
    }

    /** Names within a small edit distance of {@code name}, closest first. */
    List<String> suggestions(String name) {
        int limit = name.length() <= 3 ? 1 : 2;
        record Near(String name, int distance) {}
        List<Near> near = new ArrayList<>();
        for (Command c : commands) {
            c.names().stream().map(n -> new Near(c.name(), distance(name, n)))
                    .min(Comparator.comparingInt(Near::distance)).filter(n -> n.distance() <= limit)
                    .ifPresent(near::add);
        }
        int best = near.stream().mapToInt(Near::distance).min().orElse(0);
        return near.stream().filter(n -> n.distance() == best).map(Near::name).toList();
    }

    private static int distance(String typed, String name) {
        int whole = EditDistance.between(typed, name);
        return typed.length() >= 3 && typed.length() < name.length()
                ? Math.min(whole, EditDistance.between(typed, name.substring(0, typed.length())) + 1) : whole;
    }

    private Optional<Command> exact(String name) {
        return commands.stream().filter(c -> c.names().contains(name)).findFirst();
    }

    private static String join(List<String> names) {
        List<String> slashed = names.stream().map(n -> "/" + n).toList();
        if (slashed.size() == 1) {
            return slashed.get(0);
        }
        return String.join(", ", slashed.subList(0, slashed.size() - 1)) + " or " + slashed.get(slashed.size() - 1);
    }
}
