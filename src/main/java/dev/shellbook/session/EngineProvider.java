package dev.shellbook.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell execution engine "shellbook": JShell's remote JDI engine with TCP_NODELAY on both socket ends and our own
 * frames on the command socket ({@link Link}).
 *
 * <p>Passed as an instance to {@code JShell.Builder.executionEngine(provider, params)}; one provider per JShell.
 * It remembers the control it made so the session can ask it about stops, the process and how it died.
 */
final class EngineProvider implements ExecutionControlProvider {

    private final List<String> jvmOptions;
    private final Path workingDir;
    private final Consumer<String> onDeath;
    private volatile JdiControl control;
    private volatile DeferredControl deferred;

    /**
     * @param onDeath told when the execution JVM disconnects (exit, crash, kill) after it was up
     */
    EngineProvider(List<String> jvmOptions, Path workingDir, Consumer<String> onDeath) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.workingDir = workingDir;
        this.onDeath = onDeath;
    }

    @Override
    public String name() {
        return "shellbook";
    }

    /** Starts the launch in the background and returns at once (see {@link DeferredControl}). */
    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        CompletableFuture<JdiControl> launched = new CompletableFuture<>();
        Thread launcher = new Thread(() -> launch(env, launched), "shellbook-jvm-launch");
        launcher.setDaemon(true);
        launcher.start();
        deferred = new DeferredControl(launched);
        return deferred;
    }

    /** The real control, waiting for the launch to finish. */
    JdiControl control() {
        try {
            return deferred.await();
        } catch (ExecutionControl.EngineTerminationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void launch(ExecutionEnv env, CompletableFuture<JdiControl> launched) {
        try {
            JvmLauncher.Launched jvm = JvmLauncher.launch(jvmOptions, workingDir, why -> died(env, why));
            Link link = Link.over(jvm.input(), jvm.socket().getOutputStream())
                    .deliverOutput(env.userOut(), env.userErr());
            Link.Commands commands = link.commands();
            control = new JdiControl(commands.out(), commands.in(), jvm, link);
            launched.complete(control);
        } catch (Throwable failure) {
            launched.completeExceptionally(failure);
        }
    }

    private void died(ExecutionEnv env, String why) {
        onDeath.accept(why);
        env.closeDown();
        JdiControl made = control;
        if (made != null) {
            made.dispose();
        }
    }
}
