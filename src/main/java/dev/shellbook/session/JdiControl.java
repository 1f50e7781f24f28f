package dev.shellbook.session;

import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.concurrent.TimeUnit;
import jdk.jshell.execution.JdiExecutionControl;

/**
 * The session side of the execution engine: JShell's commands go over the TCP_NODELAY socket ({@link Link}), class
 * redefinition and stop go through JDI.
 *
 * <p>Redefinition (inherited) keeps variables when a method they depend on is redefined. {@link #stop()}
 * throws the agent's stop exception into the thread running user code ({@link RemoteStop}).
 */
final class JdiControl extends JdiExecutionControl {

    static final long EXIT_GRACE_MILLIS = 1500;

    private final JvmLauncher.Launched jvm;
    private final Link link;
    private final Object stopLock = new Object();
    private VirtualMachine vm;
    private boolean userCodeRunning;
    private volatile boolean stopped;

    JdiControl(ObjectOutput toRemote, ObjectInput fromRemote, JvmLauncher.Launched jvm, Link link) {
        super(toRemote, fromRemote);
        this.jvm = jvm;
        this.link = link;
        this.vm = jvm.vm();
    }

    /** Tells the agent a new cell starts (its output gets a fresh {@link OutputCap}); returns once it has. */
    void startCell() throws java.io.IOException {
        link.startCell();
    }

    /** The execution JVM's thread count after its last snippet (the agent sends it with each reply), or -1. */
    int threads() {
        return link.threads();
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        setRunning(true);
        try {
            return super.invoke(className, methodName);
        } catch (StoppedException e) {
            stopped = true;
            throw e;
        } finally {
            setRunning(false);
        }
    }

    /** Interrupts the running snippet, if one is running. */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        synchronized (stopLock) {
            if (userCodeRunning) {
                RemoteStop.interrupt(vm());
            }
        }
    }

    /** {@code true} once after a snippet ended because of {@link #stop()}. */
    boolean takeStopped() {
        boolean was = stopped;
        stopped = false;
        return was;
    }

    /** The execution JVM's process. */
    Process process() {
        return jvm.process();
    }

    /** What the execution JVM printed on its own stdout/stderr lately, all of it once it has exited. */
    String processOutput() {
        return jvm.process().isAlive() ? jvm.tail().text() : jvm.tail().settled();
    }

    @Override
    public void close() {
        super.close();
        try {
            jvm.process().waitFor(300, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dispose();
    }

    /**
     * Lets go of JDI and makes sure the process ends (called on close and when the JVM died). A JVM that is
     * exiting by itself gets a moment to finish, so its exit code tells why it ended.
     */
    void dispose() {
        synchronized (this) {
            try {
                if (vm != null) {
                    vm.dispose();
                }
            } catch (VMDisconnectedException alreadyGone) {
                // nothing to let go of
            } finally {
                vm = null;
            }
        }
        jvm.process().onExit().orTimeout(EXIT_GRACE_MILLIS, TimeUnit.MILLISECONDS)
                .exceptionally(stillRunning -> {
                    jvm.process().destroyForcibly();
                    return null;
                });
    }

    @Override
    protected synchronized VirtualMachine vm() throws EngineTerminationException {
        if (vm == null) {
            throw new EngineTerminationException("the execution JVM has ended");
        }
        return vm;
    }

    private void setRunning(boolean running) {
        synchronized (stopLock) {
            userCodeRunning = running;
        }
    }
}
