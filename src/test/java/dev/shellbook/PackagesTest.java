package dev.shellbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering rules of the project's packages, read from the sources (what {@code jdeps} reports, kept true). */
class PackagesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.shellbook((?:\\.[a-z]+)*)\\.[A-Z]");

    private static Map<Path, String> sources() {
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.put(f, Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('/', '.');
    }

    /** Package → the other project packages its code names. */
    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        sources().forEach((file, text) -> {
            String from = packageOf(file);
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(text.replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", ""));
            while (m.find()) {
                String target = "dev.shellbook" + m.group(1);
                if (!target.equals(from)) {
                    to.add(target);
                }
            }
        });
        return graph;
    }

    @Test
    void noPackageCycle() {
        Map<String, Set<String>> graph = graph();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            reaches(graph, start, start, new TreeSet<>(), new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles);
    }

    private static void reaches(Map<String, Set<String>> graph, String start, String at, Set<String> seen,
                                List<String> path, List<String> cycles) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" → ", path) + " → " + start);
            } else if (seen.add(next)) {
                path.add(next);
                reaches(graph, start, next, seen, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<Path> importing(String packageName, String imported) {
        return sources().entrySet().stream().filter(e -> packageOf(e.getKey()).equals(packageName))
                .filter(e -> e.getValue().contains("import " + imported)).map(Map.Entry::getKey).toList();
    }

    @Test
    void theShellIsTheReplOnlyAndImportsNoPicocli() {
        assertEquals(List.of(), importing("dev.shellbook.shell", "picocli"));
    }

    @Test
    void lessonsAreParsedWithoutJShell() {
        assertEquals(List.of(), importing("dev.shellbook.lesson", "jdk.jshell"));
    }
}
