package dev.shellbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The same softmax epoch in numpy (float64, float32) and torch (float32): runs {@code softmax_peers.py} (shipped in
 * the jar, beside this class) with Debian's {@code /usr/bin/python3}, in the benchmark's own run, and reads its
 * {@code peer <name> <ms>} lines. Where python3, numpy or torch is missing, says how to install them.
 */
final class SoftmaxPeers {
    /** Debian's python3, which {@code apt-get install python3-numpy python3-torch} equips. */
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final String INSTALL = "apt-get install python3-numpy python3-torch libopenblas0-pthread";
    private static final String SCRIPT = "softmax_peers.py";

    /** One peer's line: seconds per epoch, or NaN with the reason it did not run. */
    record Peer(String name, double seconds, String missing) {}

    private SoftmaxPeers() {}

    /** Runs the script on the Fashion-MNIST files in {@code dataDir}; the peers in order, or empty with a note. */
    static Map<String, Peer> run(Path dataDir, Appendable notes) throws IOException {
        Map<String, Peer> peers = new LinkedHashMap<>();
        if (!Files.isExecutable(PYTHON)) {
            notes.append("peers: no " + PYTHON + "; to compare with numpy and torch: " + INSTALL + "\n");
            return peers;
        }
        Path script = Files.createTempFile("shellbook-softmax-peers", ".py");
        try (InputStream in = SoftmaxPeers.class.getResourceAsStream(SCRIPT)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), dataDir.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Peer peer = parse(line);
                    if (peer != null) {
                        peers.put(peer.name(), peer);
                    } else {
                        notes.append("peers: ").append(line).append('\n');
                    }
                }
            }
            waitFor(p);
        } finally {
            Files.deleteIfExists(script);
        }
        return peers;
    }

    /** {@code peer softmax_numpy_float32 118.2} or {@code peer softmax_torch_float32 missing <why>}; else null. */
    static Peer parse(String line) {
        String[] f = line.trim().split(" ", 4);
        if (f.length < 3 || !f[0].equals("peer") || !f[1].startsWith("softmax_")) {
            return null;
        }
        String name = f[1].substring("softmax_".length()).replace('_', ' ');
        if (f[2].equals("missing")) {
            return new Peer(name, Double.NaN, f.length > 3 ? f[3] : "not installed");
        }
        try {
            return new Peer(name, Double.parseDouble(f[2]) / 1000, null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void waitFor(Process p) {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
