package dev.shellbook.session;

import dev.shellbook.ml.kernel.Vectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start a {@link Session}: class path, heap, system properties and imports of the execution JVM.
 *
 * <p>Fluent and mutable: {@code SessionOptions.defaults().heap("64m").property("shellbook.quick", "true")}
 * ({@code builder()}/{@code build()} are there for those who prefer that style; {@code build()} copies).
 */
public final class SessionOptions {

    /** The imports the {@code jshell} tool starts with, so lessons feel the same as plain jshell. */
    public static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.regex.*", "java.util.stream.*");

    /**
     * How the execution JVM holds memory: the serial collector (no collector threads beside the lesson's two
     * training threads) with a young generation of at most 64 MB, and an old generation kept 10–20% larger than its
     * live data. A lesson's data sets are a few large arrays that go straight to the old generation; left to itself
     * the young generation grew to a quarter of the heap (512 MB in lesson 8), all of it resident, and with 40% kept
     * free a new 300 MB array was placed in untouched memory above a dead 376 MB one instead of in its place (lesson
     * 6: 1290 → 947 MB). {@code ./shellbook run --all --timing} shows each lesson's peak.
     */
    static final List<String> MEMORY = List.of("-XX:+UseSerialGC", "-XX:MaxNewSize=64m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20");

    private List<Path> classpath;
    private Path workingDir;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String heap = "2g";
    private boolean headless = true;
    private List<String> imports = DEFAULT_IMPORTS;
    private boolean spare = true;

    /** Defaults: this JVM's class path, 2g heap, headless, jshell's default imports, a warm spare JVM. */
    public static SessionOptions defaults() {
        return new SessionOptions();
    }

    /** Same as {@link #defaults()}. */
    public static SessionOptions builder() {
        return new SessionOptions();
    }

    /** A copy of these options. */
    public SessionOptions build() {
        SessionOptions copy = new SessionOptions();
        copy.classpath = classpath;
        copy.workingDir = workingDir;
        copy.properties.putAll(properties);
        copy.heap = heap;
        copy.headless = headless;
        copy.imports = imports;
        copy.spare = spare;
        return copy;
    }

    /** Class path of the execution JVM and of JShell's compiler (default: this JVM's, expanded). */
    public SessionOptions classpath(List<Path> entries) {
        this.classpath = List.copyOf(entries);
        return this;
    }

    /** Working directory of the execution JVM (default: this JVM's). */
    public SessionOptions workingDir(Path dir) {
        this.workingDir = dir;
        return this;
    }

    /** A system property for the execution JVM, e.g. {@code shellbook.quick=true}. */
    public SessionOptions property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** Maximum heap of the execution JVM, as for {@code -Xmx} (default {@code 2g}). */
    public SessionOptions heap(String size) {
        this.heap = size;
        return this;
    }

    /** {@code false} when charts may open windows (default {@code true}: headless). */
    public SessionOptions headless(boolean value) {
        this.headless = value;
        return this;
    }

    /** Imports run when each execution JVM starts: {@code "java.util.*"} or {@code "import static ...;"}. */
    public SessionOptions imports(List<String> names) {
        this.imports = List.copyOf(names);
        return this;
    }

    /** Whether to keep a second execution JVM warm for instant resets and restarts (default {@code true}). */
    public SessionOptions spare(boolean value) {
        this.spare = value;
        return this;
    }

    List<Path> classpath() {
        return classpath != null ? classpath : ClassPath.current();
    }

    Path workingDir() {
        return workingDir;
    }

    String heap() {
        return heap;
    }

    List<String> imports() {
        return imports;
    }

    boolean spare() {
        return spare;
    }

    /** The execution JVM's options: class path, heap, assertions, headless, properties. */
    List<String> jvmOptions() {
        List<String> all = new ArrayList<>(List.of("-cp", ClassPath.join(classpath()), "-Xmx" + heap, "-ea"));
        all.addAll(MEMORY);
        all.addAll(List.of("-XX:-UsePerfData", "-Dfile.encoding=UTF-8"));
        if (headless) {
            all.add("-Djava.awt.headless=true");
        }
        // The Vector API for the dense kernel (dev.shellbook.ml.kernel): this JVM's stderr is ours (OutputTail),
        // so the one warning line the module makes the JVM print is dropped there and never reaches the learner.
        all.add(Vectors.JVM_OPTION);
        properties.forEach((key, value) -> all.add("-D" + key + "=" + value));
        return all;
    }
}
