package dev.shellbook.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import sun.misc.Signal;
import sun.misc.SignalHandler;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The remote agent: the main class of the execution JVM.
 *
 * <p>It connects back to the session over loopback with TCP_NODELAY (without it every small command and reply
 * waits on Nagle's algorithm and a trivial step costs ~185 ms instead of ~15 ms), redirects {@code System.out}
 * and {@code System.err} into that socket ({@link Link}) as UTF-8 through an {@link OutputCap}, and serves JShell's
 * commands. Values are turned into text
 * here, by {@link ValueDisplay}, so a huge matrix never travels or prints in full.
 *
 * <p>Stop support is inherited from {@link RemoteExecutionControl}: the session finds this object's
 * {@code invoke}/{@code varValue} frames through JDI and throws its stop exception into the running thread.
 */
public final class Agent extends RemoteExecutionControl {

    /** Command for {@link #extensionCommand}: set a system property, argument {@code String[]{key, value}}. */
    static final String SET_PROPERTY = "setProperty";

    /** Printed on the process's own stderr by a shutdown hook: the JVM is ending through {@code System.exit}. */
    static final String EXIT_MARK = "shellbook-agent: System.exit";

    /** How often the agent checks that the shell that started it is still alive. */
    static final long PARENT_POLL_MILLIS = 500;

    private final OutputCap cap;
    private final Link link;

    private Agent(OutputCap cap, Link link) {
        this.cap = cap;
        this.link = link;
    }

    /**
     * Reads the session's secret from stdin (a pipe only the session holds), connects, presents the secret, then
     * serves the session's commands.
     *
     * @param args the loopback port of the session's command socket
     */
    public static void main(String[] args) throws Exception {
        ignoreCtrlC();
        exitWithParent();
        byte[] secret = firstLine(System.in);
        PrintStream processErr = System.err;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processErr.println(EXIT_MARK)));
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        socket.setTcpNoDelay(true);
        socket.getOutputStream().write(secret);
        socket.getOutputStream().write('\n');
        Link link = Link.over(socket.getInputStream(), socket.getOutputStream());
        OutputCap cap = new OutputCap();
        System.setOut(new PrintStream(cap.stream(0, link.writer(Link.OUT)), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(cap.stream(1, link.writer(Link.ERR)), true, StandardCharsets.UTF_8));
        // The session's JShell has no input for user code (Engine): reading System.in ends at once, as it did when
        // JShell's transport forwarded the session's empty input.
        System.setIn(InputStream.nullInputStream());
        Link.Commands commands = link.serve(cap::startCell);
        Util.forwardExecutionControl(new Agent(cap, link), commands.in(), commands.out());
        // The session closed the socket (closed normally or its JVM died): end even if user code left
        // non-daemon threads (a chart window, an executor) that would keep an orphan JVM alive.
        System.exit(0);
    }

    /** The first line of {@code in}, without its line break (at most 256 bytes). */
    private static byte[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; line.size() < 256 && (b = in.read()) >= 0 && b != '\n'; ) {
            line.write(b);
        }
        return line.toByteArray();
    }

    /**
     * Ends this JVM within about {@link #PARENT_POLL_MILLIS} once the shell that started it is gone (killed with
     * {@code kill -9}, say), even while user code spins in a loop and nobody reads the socket.
     */
    private static void exitWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread watch = new Thread(() -> {
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(PARENT_POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(0);
        }, "shellbook-parent-watch");
        watch.setDaemon(true);
        watch.start();
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

    /**
     * Runs a snippet's do-it method and displays its value with {@link ValueDisplay}; the capped output's tail and
     * the thread count (a cell that leaves more threads than it found started one) go out before the reply.
     */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        try {
            Object value = doitMethod.invoke(null);
            return ValueDisplay.of(value);
        } finally {
            cap.endSnippet();
            reportThreads();
        }
    }

    private void reportThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        try {
            link.reportThreads(root.activeCount());
        } catch (IOException socketGone) {
            // the session has gone: nobody is left to count for
        }
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
