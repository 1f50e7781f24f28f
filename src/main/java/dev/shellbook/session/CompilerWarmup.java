package dev.shellbook.session;

import com.sun.source.util.JavacTask;
import java.net.URI;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
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

    private CompilerWarmup() {
    }

    /** Starts the warm-up on a daemon thread; failures are ignored (it is only an optimisation). */
    static void startInBackground() {
        Thread thread = new Thread(CompilerWarmup::analyse, "shellbook-javac-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void analyse() {
        try {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> { }, List.of("-proc:none"),
                    null, List.of(new Source()));
            task.analyze();
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
