package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Only the execution JVM the session started may use its loopback listeners. */
@Timeout(90)
class JvmLauncherTest {

    @Test
    void anInterloperWhoConnectsFirstGetsNothingAndTheSessionStillStarts() throws Exception {
        Set<Integer> before = listeningPorts();
        List<Integer> tried = new CopyOnWriteArrayList<>();
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread interloper = new Thread(() -> {
            while (!done.get()) {
                for (int port : listeningPorts()) {
                    if (!before.contains(port) && !tried.contains(port)) {
                        tried.add(port);
                        new Thread(() -> received.add(knock(port))).start();
                    }
                }
                Thread.onSpinWait();
            }
        });
        interloper.start();
        try (Session session = Session.start(SessionOptions.defaults().spare(false).heap("128m"))) {
            assertEquals("2", session.run("1 + 1", Origin.INPUT).lastValue());
        } finally {
            done.set(true);
            interloper.join();
        }
        assertTrue(tried.size() >= 2, "the interloper found the JDWP and the command listeners: " + tried);
        Thread.sleep(500);
        assertTrue(received.stream().allMatch(String::isEmpty), "the interloper was told: " + received);
    }

    /** Connects, says what a JVM would say, and returns what came back before the connection closed. */
    private static String knock(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("JDWP-Handshake".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder got = new StringBuilder();
            for (int b; (b = in.read()) >= 0; ) {
                got.append((char) b);
            }
            return got.toString();
        } catch (IOException closedOrTimedOut) {
            return "";
        }
    }

    /** Ports on which something listens on 127.0.0.1 now (also as IPv6's ::ffff:127.0.0.1), from /proc/net. */
    private static Set<Integer> listeningPorts() {
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            try {
                for (String row : Files.readAllLines(Path.of("/proc/net", table))) {
                    String[] f = row.trim().split("\\s+");
                    int colon = f.length > 3 ? f[1].indexOf(':') : -1;
                    if (colon > 0 && f[1].substring(0, colon).endsWith("0100007F") && f[3].equals("0A")) {
                        ports.add(Integer.parseInt(f[1].substring(colon + 1), 16));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("this test needs Linux's /proc/net/" + table, e);
            }
        }
        return ports;
    }
}
