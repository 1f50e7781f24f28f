package dev.shellbook.session;

import java.io.DataInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Decides who may connect to the session's loopback listeners: only the execution JVM it started. Any local
 * process can connect to a loopback port, so each connection is checked before it gets a single byte, and one
 * that fails is closed while the listener waits on for the real child.
 *
 * <p>The command connection must present, as its first line, a random secret the child was given on its stdin.
 * The JDWP connection cannot present anything (the JVM's debug agent speaks first and only its handshake), so it
 * must belong to the child process: its socket must be one of the child's open files, which Linux shows in
 * {@code /proc} ({@link ProcSockets}). Where there is no {@code /proc}, the first JDWP connection is taken.
 */
final class ChildConnections {

    static final int SECRET_BYTES = 32;
    static final int SECRET_WAIT_MILLIS = 2000;
    private static final byte[] HANDSHAKE = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChildConnections() {
    }

    /** A fresh secret: 64 hex digits. */
    static byte[] secret() {
        byte[] random = new byte[SECRET_BYTES];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
    }

    /** The first connection that presents {@code secret} as its first line; others are closed unanswered. */
    static Socket withSecret(ServerSocket server, byte[] secret, long deadline) throws IOException {
        while (true) {
            Socket socket = next(server, deadline);
            if (presents(socket, secret)) {
                socket.setSoTimeout(0);
                return socket;
            }
            socket.close();
        }
    }

    /** The child's JDWP connection, handshake done; connections from other processes are closed unanswered. */
    static JdwpConnection jdwp(ServerSocket server, Process child, long deadline) throws IOException {
        while (true) {
            Socket socket = next(server, deadline);
            if (ProcSockets.ownedBy(child.pid(), socket) != Boolean.FALSE && handshake(socket)) {
                socket.setSoTimeout(0);
                return new JdwpConnection(socket);
            }
            socket.close();
        }
    }

    /** {@code in}, but its end of file is an {@code IOException} (JShell's reader fails on a -1 mid-frame). */
    static InputStream endIsAnError(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    throw new IOException("the execution JVM closed its connection");
                }
                return b;
            }
        };
    }

    private static Socket next(ServerSocket server, long deadline) throws IOException {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
            throw new SocketTimeoutException("no connection from the execution JVM in time");
        }
        server.setSoTimeout((int) left);
        return server.accept();
    }

    private static boolean presents(Socket socket, byte[] secret) throws IOException {
        socket.setSoTimeout(SECRET_WAIT_MILLIS);
        byte[] line = new byte[secret.length + 1];
        try {
            new DataInputStream(socket.getInputStream()).readFully(line);
        } catch (IOException silentOrClosed) {
            return false;
        }
        return line[secret.length] == '\n' && MessageDigest.isEqual(Arrays.copyOf(line, secret.length), secret);
    }

    /** JDWP's handshake: the debugger (we) says {@code JDWP-Handshake}, the JVM says it back. */
    private static boolean handshake(Socket socket) throws IOException {
        socket.setSoTimeout(SECRET_WAIT_MILLIS);
        socket.getOutputStream().write(HANDSHAKE);
        byte[] reply = new byte[HANDSHAKE.length];
        try {
            new DataInputStream(socket.getInputStream()).readFully(reply);
        } catch (IOException silentOrClosed) {
            return false;
        }
        return Arrays.equals(reply, HANDSHAKE);
    }
}
