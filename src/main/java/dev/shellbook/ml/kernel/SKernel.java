package dev.shellbook.ml.kernel;

/**
 * A float32 micro-kernel: one {@code mr × nr} tile of C from packed panels of A and B.
 *
 * <p>Contract, which every implementation keeps exactly (so that all of them give the same bits): for each
 * i &lt; mr, j &lt; nr, starting from c(i, j) if {@code add} (else from 0), c(i, j) = fma(a(i, p), b(p, j), c(i, j))
 * for p = 0, 1, …, kc − 1 in that order, where a(i, p) = {@code pa[pao + p·mr + i]} and
 * b(p, j) = {@code pb[pbo + p·nr + j]}; c(i, j) is {@code c[co + i·ldc + j]}. Modifies only that tile of c.
 */
interface SKernel {
    /** Rows of the tile. */
    int mr();

    /** Columns of the tile. */
    int nr();

    void run(int kc, float[] pa, int pao, float[] pb, int pbo, float[] c, int co, int ldc, boolean add);
}
