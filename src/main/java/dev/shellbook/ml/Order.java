package dev.shellbook.ml;

import java.util.SplittableRandom;

/** The row order of each epoch: 0..n-1, reshuffled (Fisher–Yates, seeded) before every epoch when shuffling is on. */
final class Order {
    private final int[] rows;
    private final SplittableRandom random;
    private final boolean shuffle;

    Order(int n, Sgd sgd) {
        rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        random = new SplittableRandom(sgd.seed());
        shuffle = sgd.shuffle();
    }

    /** The order for the next epoch (the same array, reshuffled in place). */
    int[] next() {
        if (shuffle) {
            for (int i = rows.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = rows[i];
                rows[i] = rows[j];
                rows[j] = tmp;
            }
        }
        return rows;
    }
}
