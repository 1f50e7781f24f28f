package dev.shellbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxPeersTest {
    @Test
    void readsAPeersMillisecondsAsSeconds() {
        SoftmaxPeers.Peer p = SoftmaxPeers.parse("peer softmax_numpy_float32 118.5");
        assertEquals("numpy float32", p.name());
        assertEquals(0.1185, p.seconds(), 1e-12);
        assertNull(p.missing());
    }

    @Test
    void keepsTheReasonAPeerDidNotRun() {
        SoftmaxPeers.Peer p = SoftmaxPeers.parse("peer softmax_torch_float32 missing No module named 'torch'");
        assertTrue(Double.isNaN(p.seconds()));
        assertEquals("No module named 'torch'", p.missing());
    }

    @Test
    void ignoresLinesThatAreNotPeers() {
        assertNull(SoftmaxPeers.parse("Traceback (most recent call last):"));
        assertNull(SoftmaxPeers.parse("peer netpeers_x 12"));
        assertNull(SoftmaxPeers.parse("peer softmax_numpy_float64 fast"));
    }

    @Test
    void theScriptShipsInTheJar() {
        assertTrue(SoftmaxPeers.class.getResource("softmax_peers.py") != null);
    }
}
