package dev.shellbook.session;

import com.sun.source.util.JavacTask;
import java.net.URI;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Loads and exercises javac in this JVM while the first execution JVM is still booting, so JShell's first
 * compile (which would otherwise pay for loading javac) is quicker. Analyses a tiny class; writes nothing.
 */
final class CompilerWarmup {

    private static final String SOURCE = """
            import java.util.*;
            class Warm {
                static Object f(List<Integer> xs) {
                    return xs.stream().mapToInt(Integer::intValue).map(x -> x * 2).sum() + String.valueOf(1.5);
                }
            }
            """;

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private CompilerWarmup() {
    }

    /**
     * Starts the warm-up on a daemon thread, the first time only (one per JVM, however many sessions: each run
     * used to leave javac's file manager, with a zip file system per class-path jar, behind); {@code false} when it
     * had started before. Failures are ignored (it is only an optimisation).
     */
    static boolean startInBackground() {
        if (STARTED.getAndSet(true)) {
            return false;
        }
        Thread thread = new Thread(CompilerWarmup::analyse, "shellbook-javac-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return true;
    }

    private static void analyse() {
        try {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            // a file manager of our own, closed after: javac's default one opens every jar of the class path
            // (one zip file system each) and nothing would ever close them
            try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
                JavacTask task = (JavacTask) javac.getTask(null, files, diagnostic -> { }, List.of("-proc:none"),
                        null, List.of(new Source()));
                task.analyze();
            }
        } catch (RuntimeException | java.io.IOException | LinkageError ignored) {
            // only an optimisation
        }
    }

    /** The in-memory source. */
    private static final class Source extends SimpleJavaFileObject {
        Source() {
            super(URI.create("string:///Warm.java"), Kind.SOURCE);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return SOURCE;
        }
    }
}
