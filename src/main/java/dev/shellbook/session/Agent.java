package dev.shellbook.session;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The remote agent: the main class of the execution JVM.
 *
 * <p>It connects back to the session over loopback with TCP_NODELAY (without it every small command and reply
 * waits on Nagle's algorithm and a trivial step costs ~185 ms instead of ~15 ms), redirects {@code System.out}
 * and {@code System.err} into that socket as UTF-8, and serves JShell's commands. Values are turned into text
 * here, by {@link ValueDisplay}, so a huge matrix never travels or prints in full.
 *
 * <p>Stop support is inherited from {@link RemoteExecutionControl}: the session finds this object's
 * {@code invoke}/{@code varValue} frames through JDI and throws its stop exception into the running thread.
 */
public final class Agent extends RemoteExecutionControl {

    /** Command for {@link #extensionCommand}: set a system property, argument {@code String[]{key, value}}. */
    static final String SET_PROPERTY = "setProperty";

    /** @param args the loopback port of the session's command socket */
    public static void main(String[] args) throws Exception {
        ignoreCtrlC();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        socket.setTcpNoDelay(true);
        Map<String, Consumer<OutputStream>> outputs = Map.of(
                "out", stream -> System.setOut(new PrintStream(stream, true, StandardCharsets.UTF_8)),
                "err", stream -> System.setErr(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = Map.of("in", System::setIn);
        Util.forwardExecutionControlAndIO(new Agent(), socket.getInputStream(), socket.getOutputStream(),
                outputs, inputs);
        // The session closed the socket (closed normally or its JVM died): end even if user code left
        // non-daemon threads (a chart window, an executor) that would keep an orphan JVM alive.
        System.exit(0);
    }

    /**
     * Ctrl-C at a terminal sends SIGINT to the whole foreground process group, this JVM included, which would die
     * of it. The host turns Ctrl-C into {@code Session.stop()}, so this JVM ignores SIGINT.
     */
    private static void ignoreCtrlC() {
        try {
            Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            // no SIGINT on this platform: nothing to ignore
        }
    }

    /** Runs a snippet's do-it method and displays its value with {@link ValueDisplay}. */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object value = doitMethod.invoke(null);
        return ValueDisplay.of(value);
    }

    /** A variable's value for the session's variable list, displayed with {@link ValueDisplay}. */
    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        Object value = readStatic(className, varName);
        try {
            clientCodeEnter();
            return ValueDisplay.of(value);
        } catch (Throwable ex) {
            return throwConvertedInvocationException(ex);
        } finally {
            clientCodeLeave();
        }
    }

    @Override
    public Object extensionCommand(String command, Object arg)
            throws RunException, EngineTerminationException, InternalException {
        if (SET_PROPERTY.equals(command) && arg instanceof String[] pair && pair.length == 2) {
            System.setProperty(pair[0], pair[1]);
            return null;
        }
        return super.extensionCommand(command, arg);
    }

    private Object readStatic(String className, String varName) throws InternalException {
        try {
            Field field = findClass(className).getDeclaredField(varName);
            field.setAccessible(true);
            return field.get(null);
        } catch (Throwable ex) {
            throw new InternalException(ex.toString());
        }
    }
}
