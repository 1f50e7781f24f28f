package dev.shellbook.session;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.connect.ListeningConnector;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.Util;

/**
 * Launches an execution JVM under JDI and accepts its command socket with TCP_NODELAY.
 *
 * <p>Same shape as JShell's default launch: a JDI listening connector on loopback, the JVM started with
 * {@code -agentlib:jdwp} pointing at it, then the agent connecting back to our server socket. We start the
 * process ourselves (an argument list, so class paths with spaces work) and keep its stderr tail to explain a
 * later death.
 */
final class JvmLauncher {

    static final int TIMEOUT_MILLIS = 30_000;

    /** A launched and connected execution JVM. */
    record Launched(VirtualMachine vm, Process process, Socket socket, OutputTail tail) {
    }

    private JvmLauncher() {
    }

    /**
     * Starts the JVM and returns once its agent has connected.
     *
     * @param onExit told (once, from a JDI thread) when the JVM disconnects or exits
     */
    static Launched launch(List<String> jvmOptions, Path workingDir, Consumer<String> onExit) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(TIMEOUT_MILLIS);
            ListeningConnector connector = connector();
            Map<String, Connector.Argument> args = listenArgs(connector);
            String address = connector.startListening(args);
            try {
                Process process = start(address, jvmOptions, workingDir, server.getLocalPort());
                OutputTail tail = OutputTail.drain(process);
                process.onExit().thenRun(() -> stopListening(connector, args));
                VirtualMachine vm = accept(connector, args, tail);
                Util.detectJdiExitEvent(vm, onExit);
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                return new Launched(vm, process, socket, tail);
            } finally {
                stopListening(connector, args);
            }
        } catch (IllegalConnectorArgumentsException e) {
            throw new IOException("JDI connector refused its arguments: " + e.getMessage(), e);
        }
    }

    private static ListeningConnector connector() {
        return Bootstrap.virtualMachineManager().listeningConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketListen")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no JDI socket listening connector in this JDK"));
    }

    private static Map<String, Connector.Argument> listenArgs(ListeningConnector connector) {
        Map<String, Connector.Argument> args = connector.defaultArguments();
        args.get("localAddress").setValue(InetAddress.getLoopbackAddress().getHostAddress());
        args.get("port").setValue("0");
        args.get("timeout").setValue(Integer.toString(TIMEOUT_MILLIS));
        return args;
    }

    private static Process start(String address, List<String> jvmOptions, Path workingDir, int port)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-agentlib:jdwp=transport=dt_socket,address=" + address);
        command.addAll(jvmOptions);
        command.add(Agent.class.getName());
        command.add(Integer.toString(port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        if (workingDir != null) {
            builder.directory(new File(workingDir.toString()));
        }
        return builder.start();
    }

    private static VirtualMachine accept(ListeningConnector connector, Map<String, Connector.Argument> args,
                                         OutputTail tail) throws IOException, IllegalConnectorArgumentsException {
        try {
            return connector.accept(args);
        } catch (IOException e) {
            throw new IOException("The execution JVM did not start: " + tail.text().strip(), e);
        }
    }

    private static void stopListening(ListeningConnector connector, Map<String, Connector.Argument> args) {
        try {
            connector.stopListening(args);
        } catch (IOException | IllegalConnectorArgumentsException | IllegalArgumentException alreadyStopped) {
            // listening has ended either way
        }
    }
}
