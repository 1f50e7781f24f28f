package dev.shellbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EpochBenchmarkTest {
    @Test
    void medianDropsWarmupEpochs() {
        assertEquals(2.0, EpochBenchmark.median(new double[] {9, 9, 3, 1, 2}, 2), 0);
        assertEquals(1.5, EpochBenchmark.median(new double[] {9, 1, 2}, 1), 0);
    }

    @Test
    void streamingTimesEveryRepetition() {
        assertEquals(3, EpochBenchmark.streaming(new double[1000], 3).length);
    }
}
