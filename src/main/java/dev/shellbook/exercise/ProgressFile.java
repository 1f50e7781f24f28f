package dev.shellbook.exercise;

import java.io.ByteArrayInputStream;
import dev.shellbook.files.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress file's format: Java properties, ASCII only, one key per line, sorted, between a {@code format=1}
 * line and an {@code end=ok} line. The end marker lets a truncated file be told from a complete one.
 *
 * <pre>
 * format=1
 * position.lesson=03-softmax-regression
 * position.step=4
 * exercise.03-softmax-regression/softmax.attempts=2
 * exercise.03-softmax-regression/softmax.hints=1
 * exercise.03-softmax-regression/softmax.last=\u2713 softmax: all 3 checks pass.
 * exercise.03-softmax-regression/softmax.passed=true
 * exercise.03-softmax-regression/softmax.time=2025-01-05T14:03:11Z
 * end=ok
 * </pre>
 */
final class ProgressFile {
    private static final Pattern EXERCISE_KEY =
            Pattern.compile("exercise\\.([^/]+/[^/]+)\\.(passed|attempts|last|time|hints)");

    private ProgressFile() {}

    /** What a progress file holds. */
    record Content(Map<String, ExerciseProgress> exercises, Position position) {}

    /** Thrown when a file is not a complete progress file; the message says what is wrong. */
    static final class Corrupt extends Exception {
        private static final long serialVersionUID = 1L;

        Corrupt(String message) {
            super(message);
        }
    }

    /** Saves in one process at a time (a file lock cannot be taken twice by one JVM). */
    private static final Object SAVING = new Object();

    /**
     * Saves this content merged with what the file holds now ({@link #merge}), under a lock, so two shells in one
     * folder lose nothing of each other's; returns what was saved.
     */
    static Content save(Path file, Map<String, ExerciseProgress> exercises, Position position) throws IOException {
        Path lock = file.resolveSibling("." + file.getFileName() + ".lock");
        synchronized (SAVING) {
            Files.createDirectories(lock.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = channel.lock()) {
                Content merged = merge(onDisk(file), new Content(exercises, position));
                AtomicFiles.write(file, encode(merged.exercises(), merged.position()));
                return merged;
            }
        }
    }

    /** What the file holds now; nothing when it is missing or unreadable (it is about to be replaced). */
    private static Content onDisk(Path file) {
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException | Corrupt nothingToKeep) {
            return new Content(Map.of(), null);
        }
    }

    /**
     * {@code mine} with {@code theirs} folded in: every exercise of either; for one in both, passed if either
     * passed, the larger counts of attempts and hints, and the last result of the later check. The position is
     * mine (the shell saving now is where the learner is).
     */
    static Content merge(Content theirs, Content mine) {
        Map<String, ExerciseProgress> all = new TreeMap<>(theirs.exercises());
        mine.exercises().forEach((id, p) -> all.merge(id, p, (t, m) -> new ExerciseProgress(t.passed() || m.passed(),
                Math.max(t.attempts(), m.attempts()), later(t, m).lastResult(), later(t, m).time(),
                Math.max(t.hintsShown(), m.hintsShown()))));
        return new Content(all, mine.position() != null ? mine.position() : theirs.position());
    }

    private static ExerciseProgress later(ExerciseProgress theirs, ExerciseProgress mine) {
        return theirs.time() != null && (mine.time() == null || theirs.time().isAfter(mine.time())) ? theirs : mine;
    }

    /** Why {@code file} could not be read, and what to do, for a message that goes on "; nothing was changed". */
    static String unreadable(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "your progress file " + file + " is a folder, not a file. Move it away (for example: mv " + file
                    + " " + file + ".old) and start again";
        }
        return "cannot read your progress file " + file + ": " + e.getMessage() + ". Check its permissions";
    }

    /** The file's text for this content. */
    static String encode(Map<String, ExerciseProgress> exercises, Position position) {
        Map<String, String> keys = new TreeMap<>();
        if (position != null) {
            keys.put("position.lesson", position.lessonId());
            keys.put("position.step", Integer.toString(position.step()));
        }
        exercises.forEach((id, p) -> {
            keys.put("exercise." + id + ".passed", Boolean.toString(p.passed()));
            keys.put("exercise." + id + ".attempts", Integer.toString(p.attempts()));
            keys.put("exercise." + id + ".hints", Integer.toString(p.hintsShown()));
            keys.put("exercise." + id + ".last", p.lastResult());
            keys.put("exercise." + id + ".time", p.time() == null ? "" : p.time().toString());
        });
        StringBuilder text = new StringBuilder("# Shellbook progress, saved after every check.\nformat=1\n");
        keys.forEach((k, v) -> text.append(k).append('=').append(escape(v)).append('\n'));
        return text.append("end=ok\n").toString();
    }

    /** Reads a file's bytes back; throws {@link Corrupt} naming the first problem. */
    static Content decode(byte[] bytes) throws Corrupt {
        if (bytes.length == 0) {
            throw new Corrupt("it is empty: it was cut off while being written");
        }
        Properties props = new Properties();
        try {
            props.load(new ByteArrayInputStream(bytes));
        } catch (IOException | IllegalArgumentException e) {
            throw new Corrupt("it is not a properties file (" + e.getMessage() + ")");
        }
        if (!"1".equals(props.getProperty("format"))) {
            throw new Corrupt("its first setting should be format=1, found format=" + props.getProperty("format"));
        }
        if (!"ok".equals(props.getProperty("end"))) {
            throw new Corrupt("it is incomplete (no end=ok line): it was cut off while being written");
        }
        Map<String, Map<String, String>> fields = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            collect(key, props.getProperty(key), fields);
        }
        Map<String, ExerciseProgress> exercises = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> e : fields.entrySet()) {
            exercises.put(e.getKey(), exercise(e.getKey(), e.getValue()));
        }
        return new Content(exercises, position(props));
    }

    private static void collect(String key, String value, Map<String, Map<String, String>> fields) throws Corrupt {
        if (key.equals("format") || key.equals("end") || key.startsWith("position.")) {
            return;
        }
        Matcher m = EXERCISE_KEY.matcher(key);
        if (!m.matches()) {
            throw new Corrupt("it has an unknown setting '" + key + "'");
        }
        fields.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), value);
    }

    private static ExerciseProgress exercise(String id, Map<String, String> f) throws Corrupt {
        String passed = f.getOrDefault("passed", "false");
        if (!passed.equals("true") && !passed.equals("false")) {
            throw new Corrupt("exercise " + id + " has passed=" + passed + ", expected true or false");
        }
        String time = f.getOrDefault("time", "");
        try {
            return new ExerciseProgress(passed.equals("true"), count(id, "attempts", f), f.getOrDefault("last", ""),
                    time.isEmpty() ? null : Instant.parse(time), count(id, "hints", f));
        } catch (DateTimeParseException e) {
            throw new Corrupt("exercise " + id + " has time=" + time + ", expected a time like 2025-01-05T14:03:11Z");
        }
    }

    private static int count(String id, String field, Map<String, String> f) throws Corrupt {
        String v = f.getOrDefault(field, "0");
        if (!v.matches("\\d{1,9}")) {
            throw new Corrupt("exercise " + id + " has " + field + "=" + v + ", expected a count (0 or more)");
        }
        return Integer.parseInt(v);
    }

    private static Position position(Properties props) throws Corrupt {
        String lesson = props.getProperty("position.lesson");
        String step = props.getProperty("position.step");
        if (lesson == null && step == null) {
            return null;
        }
        if (lesson == null || lesson.isBlank() || step == null || !step.matches("[1-9]\\d{0,8}")) {
            throw new Corrupt("its position is incomplete: position.lesson=" + lesson + ", position.step=" + step);
        }
        return new Position(lesson, Integer.parseInt(step));
    }

    /** A property value in ASCII: backslash escapes for line breaks and {@code \\uXXXX} for everything else. */
    static String escape(String v) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e || (c == ' ' && i == 0)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
