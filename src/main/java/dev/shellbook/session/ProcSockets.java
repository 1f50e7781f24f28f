package dev.shellbook.session;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a loopback connection we accepted comes from a given process, as Linux's {@code /proc} shows it: the
 * peer's end of the connection is a row of {@code /proc/net/tcp} (or {@code tcp6}) with its inode, and that
 * inode is one of the process's open files ({@code /proc/<pid>/fd/* -> socket:[inode]}).
 */
final class ProcSockets {

    private static final Path PROC = Path.of("/proc");

    private ProcSockets() {
    }

    /**
     * {@code TRUE} when the far end of {@code accepted} is a socket of process {@code pid}, {@code FALSE} when it is
     * not, {@code null} when this system has no {@code /proc} to tell.
     */
    static Boolean ownedBy(long pid, Socket accepted) {
        if (!Files.isDirectory(PROC.resolve("net"))) {
            return null;
        }
        String inode = peerInode(accepted.getPort(), accepted.getLocalPort());
        return inode != null && holds(pid, "socket:[" + inode + "]");
    }

    /** The inode of the socket whose local port is {@code port} and remote port {@code remotePort}. */
    private static String peerInode(int port, int remotePort) {
        for (String table : List.of("tcp", "tcp6")) {
            for (String row : lines(PROC.resolve("net").resolve(table))) {
                String[] f = row.trim().split("\\s+");
                if (f.length > 9 && f[1].contains(":") && port(f[1]) == port && port(f[2]) == remotePort) {
                    return f[9];
                }
            }
        }
        return null;
    }

    private static int port(String address) {
        try {
            return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1), 16);
        } catch (NumberFormatException header) {
            return -1;
        }
    }

    private static boolean holds(long pid, String link) {
        try (Stream<Path> fds = Files.list(PROC.resolve(Long.toString(pid)).resolve("fd"))) {
            return fds.anyMatch(fd -> link.equals(target(fd)));
        } catch (IOException gone) {
            return false;
        }
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException closedMeanwhile) {
            return "";
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
