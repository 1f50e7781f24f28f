package dev.shellbook.ml.kernel;

/**
 * How C is cut into work for the threads: row blocks of {@code mc} rows, and, when there are too few of those to
 * keep every thread busy (a small batch), column spans too (multiples of the micro-kernel's {@code nr}). The cut
 * changes only who computes an element, never how, so it may depend on the thread count.
 */
record Tiles(int rowBlocks, int spans, int mc, int span) {
    static Tiles of(int m, int n, int mc, int nr, int threads) {
        int rowBlocks = (m + mc - 1) / mc;
        int panels = (n + nr - 1) / nr;
        int spans = rowBlocks >= 4 * threads ? 1 : Math.min(panels, (4 * threads + rowBlocks - 1) / rowBlocks);
        int perSpan = (panels + spans - 1) / spans;
        return new Tiles(rowBlocks, (panels + perSpan - 1) / perSpan, mc, perSpan * nr);
    }

    int count() {
        return rowBlocks * spans;
    }

    /** First row of tile t. */
    int row(int t) {
        return t / spans * mc;
    }

    /** First column of tile t. */
    int column(int t) {
        return t % spans * span;
    }
}
