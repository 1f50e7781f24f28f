package dev.shellbook.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jdk.jshell.spi.ExecutionControl;

/**
 * The execution control JShell gets while the execution JVM is still booting: every command waits for the
 * real {@link JdiControl}. Handing this over at once lets JShell's compiler start (the imports, the first
 * compile: about as long as the JVM boot) in parallel with the launch instead of after it.
 */
final class DeferredControl implements ExecutionControl {

    private final CompletableFuture<JdiControl> pending;

    DeferredControl(CompletableFuture<JdiControl> pending) {
        this.pending = pending;
    }

    /** The real control, waiting for the launch; {@code EngineTerminationException} when it failed. */
    JdiControl await() throws EngineTerminationException {
        try {
            return pending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EngineTerminationException("the execution JVM did not start: " + cause.getMessage());
        }
    }

    @Override
    public void load(ClassBytecodes[] cbcs)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        await().load(cbcs);
    }

    @Override
    public void redefine(ClassBytecodes[] cbcs)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        await().redefine(cbcs);
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        return await().invoke(className, methodName);
    }

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        return await().varValue(className, varName);
    }

    @Override
    public void addToClasspath(String path) throws EngineTerminationException, InternalException {
        await().addToClasspath(path);
    }

    @Override
    public Object extensionCommand(String command, Object arg)
            throws RunException, EngineTerminationException, InternalException {
        return await().extensionCommand(command, arg);
    }

    /** Stops running code; nothing can be running before the JVM is up. */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        JdiControl control = pending.getNow(null);
        if (control != null) {
            control.stop();
        }
    }

    @Override
    public void close() {
        pending.thenAccept(JdiControl::close);
    }
}
