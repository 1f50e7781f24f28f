package dev.shellbook.session;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jdk.jshell.execution.Util;

/**
 * Launches an execution JVM under JDI and accepts its command socket with TCP_NODELAY.
 *
 * <p>Same shape as JShell's default launch: the JVM is started with {@code -agentlib:jdwp} pointing at a
 * loopback listener of ours, then its agent connects back to a second one for JShell's commands. Both listeners
 * take only this JVM ({@link ChildConnections}): the JDWP connection must come from the child process, the command
 * connection must present a random secret handed to the child on its stdin. Anyone else who connects is closed
 * without a byte. We start the process ourselves (an argument list, so class paths with spaces work) and keep its
 * stderr tail to explain a later death.
 */
final class JvmLauncher {

    static final int TIMEOUT_MILLIS = 30_000;

    /** A launched and connected execution JVM. */
    record Launched(VirtualMachine vm, Process process, Socket socket, OutputTail tail) {

        /** The command socket's input; its end of file is an {@code IOException}, even half-way through a frame. */
        InputStream input() throws IOException {
            return ChildConnections.endIsAnError(socket.getInputStream());
        }
    }

    private JvmLauncher() {
    }

    /**
     * Starts the JVM and returns once its agent has connected.
     *
     * @param onExit told (once, from a JDI thread) when the JVM disconnects or exits
     */
    static Launched launch(List<String> jvmOptions, Path workingDir, Consumer<String> onExit) throws IOException {
        try (ServerSocket jdwp = listener(); ServerSocket commands = listener()) {
            byte[] secret = ChildConnections.secret();
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            Process process = start(jdwp.getLocalPort(), commands.getLocalPort(), jvmOptions, workingDir);
            OutputTail tail = OutputTail.drain(process);
            try {
                hand(process, secret);
                process.onExit().thenRun(() -> closeQuietly(jdwp, commands));
                VirtualMachine vm = Bootstrap.virtualMachineManager().createVirtualMachine(
                        ChildConnections.jdwp(jdwp, process, deadline), process);
                Util.detectJdiExitEvent(vm, onExit);
                Socket socket = ChildConnections.withSecret(commands, secret, deadline);
                socket.setTcpNoDelay(true);
                return new Launched(vm, process, socket, tail);
            } catch (IOException e) {
                process.destroyForcibly();
                throw new IOException("The execution JVM did not start: " + reason(e, process, tail), e);
            }
        }
    }

    private static ServerSocket listener() throws IOException {
        return new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    }

    private static Process start(int jdwpPort, int commandPort, List<String> jvmOptions, Path workingDir)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-agentlib:jdwp=transport=dt_socket,address="
                + InetAddress.getLoopbackAddress().getHostAddress() + ":" + jdwpPort);
        command.addAll(jvmOptions);
        command.add(Agent.class.getName());
        command.add(Integer.toString(commandPort));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        if (workingDir != null) {
            builder.directory(new File(workingDir.toString()));
        }
        return builder.start();
    }

    /** Gives the child its secret on stdin, a pipe no other process can read. */
    private static void hand(Process process, byte[] secret) throws IOException {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(secret);
            stdin.write('\n');
        }
    }

    private static String reason(IOException e, Process process, OutputTail tail) {
        String said = tail.text().strip();
        return said.isEmpty() ? e.getMessage() + (process.isAlive() ? "" : " (it exited)") : said;
    }

    private static void closeQuietly(ServerSocket... servers) {
        for (ServerSocket server : servers) {
            try {
                server.close();
            } catch (IOException alreadyClosed) {
                // listening has ended either way
            }
        }
    }
}
