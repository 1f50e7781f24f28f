package dev.shellbook.session;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.spi.ExecutionControl.ExecutionControlException;

/**
 * One JShell instance and its execution JVM; replaced as a whole when the JVM dies or the session resets.
 *
 * <p>Creating one launches the JVM and, while it boots, runs the imports and a warm-up statement, which warm
 * up JShell's compiler, so the learner's first snippet does not pay for either.
 */
final class Engine implements AutoCloseable {

    /** Run once at start: compiles, loads and invokes a wrapper so the learner's first step is not the first. */
    static final String WARM_UP = "{ Object warm = java.util.List.of(1 + 1).get(0); }";

    private final OutputRouter router = new OutputRouter();
    private final SnippetPlaces places = new SnippetPlaces();
    private final EngineProvider provider;
    private final JShell shell;
    private volatile boolean closed;
    private volatile String killReason;
    private final long setupSnippets;
    private final Map<String, Checkpoint.Line> originals = new java.util.concurrent.ConcurrentHashMap<>();

    Engine(SessionOptions options) {
        provider = new EngineProvider(options.jvmOptions(), options.workingDir(), why -> closed = true);
        shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .out(router.out()).err(router.err()).in(InputStream.nullInputStream())
                .compilerOptions("--class-path", ClassPath.join(options.classpath()))
                .build();
        shell.onShutdown(s -> closed = true);
        options.imports().forEach(this::importName);
        shell.eval(WARM_UP);
        router.take();
        setupSnippets = shell.snippets().count();
        requireLaunched();
    }

    /** Evaluates one snippet's source; an empty list when the engine is gone. */
    List<SnippetEvent> eval(String source) {
        try {
            return shell.eval(source);
        } catch (IllegalStateException closedUnderUs) {
            closed = true;
            return List.of();
        }
    }

    /** {@code true} when the execution JVM has ended (exit, crash, kill) or JShell closed. */
    boolean dead() {
        return closed || !provider.control().process().isAlive();
    }

    /** Interrupts the running snippet (Ctrl-C). */
    void stop() {
        if (!dead()) {
            shell.stop();
        }
    }

    /** Ends the execution JVM on purpose, remembering why for the restart message. */
    void kill(String reason) {
        killReason = reason;
        provider.control().process().destroyForcibly();
    }

    /** Why this engine was killed on purpose, or {@code null}. */
    String killReason() {
        return killReason;
    }

    /** Tells the execution JVM a new cell starts, so its output gets a fresh {@link OutputCap}. */
    void startCell() {
        try {
            provider.control().startCell();
        } catch (java.io.IOException | IllegalStateException gone) {
            closed = true;
        }
    }

    /** Sets a system property in the execution JVM. */
    void setProperty(String key, String value) {
        try {
            provider.control().extensionCommand(Agent.SET_PROPERTY, new String[] {key, value});
        } catch (ExecutionControlException e) {
            throw new IllegalStateException("could not set " + key + " in the session's JVM: " + e.getMessage(), e);
        }
    }

    /** {@code true} when {@code source} is an import the engine ran at start (a restore need not run it). */
    boolean imported(String source) {
        String wanted = source.strip();
        return shell.imports().limit(setupSnippets).anyMatch(i -> i.source().strip().equals(wanted));
    }

    /** Snippets a restore declared, by id, with the line of the checkpoint each stands for. */
    Map<String, Checkpoint.Line> originals() {
        return originals;
    }

    /** How many snippets the engine ran for itself (imports, warm-up) before the learner's first. */
    long setupSnippets() {
        return setupSnippets;
    }

    /**
     * How many threads the execution JVM had after its last snippet (the agent says so with each snippet's reply, so
     * asking costs no round trip): a cell that leaves more than it found started a thread that is still running.
     */
    int threads() {
        try {
            return control().threads();
        } catch (IllegalStateException gone) {
            return -1;
        }
    }

    JShell shell() {
        return shell;
    }

    SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    OutputRouter router() {
        return router;
    }

    SnippetPlaces places() {
        return places;
    }

    JdiControl control() {
        return provider.control();
    }

    @Override
    public void close() {
        closed = true;
        try {
            shell.close();
        } finally {
            provider.control().dispose();
        }
    }

    private void requireLaunched() {
        try {
            provider.control();
        } catch (IllegalStateException launchFailed) {
            shell.close();
            throw launchFailed;
        }
    }

    private void importName(String name) {
        String statement = name.strip().startsWith("import ") ? name.strip() : "import " + name.strip() + ";";
        shell.eval(statement.endsWith(";") ? statement : statement + ";");
    }
}
