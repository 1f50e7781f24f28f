package dev.shellbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NetworkBenchmarkTest {
    @Test
    void countsThreeProductsPerLayerAndNoInputGradientBelowTheFirst() {
        // 784→500: Z and ∇W (2 × 2·784·500); 500→500 and 500→10: Z, ∇W and D·Wᵀ (3 × 2·in·out each)
        double perRow = 2.0 * 784 * 500 * 2 + 2.0 * 500 * 500 * 3 + 2.0 * 500 * 10 * 3;
        assertEquals(perRow * 60_000, NetworkBenchmark.WIDE.flops(), 0);
    }

    @Test
    void buildsTheSeedNetworksWithTheirParameterCounts() {
        assertEquals(648_010, NetworkBenchmark.WIDE.network().parameterCount());
        assertEquals(79_510, NetworkBenchmark.SMALL.network().parameterCount());
    }
}
