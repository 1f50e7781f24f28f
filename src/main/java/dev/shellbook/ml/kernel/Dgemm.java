package dev.shellbook.ml.kernel;

import java.util.Arrays;

/**
 * Blocked float64 matrix multiply C = op(A)·op(B) on row-major arrays, where op(A)(i, p) = {@code a[i·ars + p·acs]}
 * and op(B)(p, j) = {@code b[p·brs + j·bcs]}: the strides cover A·W, Aᵀ·G and G·Wᵀ without a transposed copy.
 *
 * <p>Goto's scheme: for each block of KC values of p, B's rows are packed once into panels of the micro-kernel's
 * NR columns (shared by all threads), then tiles of C (MC rows × a span of columns) are handed to the workers, each
 * packing its MC × KC block of A into panels of MR rows and running the micro-kernel over them. Every element of C
 * is one fma chain over p = 0, 1, …, k − 1 in order, whatever the tile, the thread or the micro-kernel, so the result
 * is the same bits for any thread count and for the vector and scalar kernels. Not for concurrent use (the packed
 * buffers are reused): {@link #multiply} is synchronized.
 */
public final class Dgemm {
    private static final int KC = 256;
    private static final int MC = 96;
    private final Workers workers;
    private final DKernel[] kernels;
    private final int mr;
    private final int nr;
    private final double[][] packedA;
    private final double[][] edge;
    private double[] packedB = new double[0];

    /** A multiply on {@code workers}, with the Vector API kernel if {@code vector} and this JVM has it. */
    public Dgemm(boolean vector, Workers workers) {
        this.workers = workers;
        this.kernels = new DKernel[workers.threads()];
        for (int w = 0; w < kernels.length; w++) {
            kernels[w] = Vectors.dkernel(vector);
        }
        this.mr = kernels[0].mr();
        this.nr = kernels[0].nr();
        this.packedA = new double[kernels.length][MC * KC];
        this.edge = new double[kernels.length][mr * nr];
    }

    /** c[0, m·n) = op(A)·op(B), m × n row-major; modifies only c. */
    public synchronized void multiply(int m, int n, int k, double[] a, int ars, int acs, double[] b, int brs, int bcs,
                                      double[] c) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            Arrays.fill(c, 0, m * n, 0.0);
            return;
        }
        int panels = (n + nr - 1) / nr;
        int blocks = (k + KC - 1) / KC;
        int kc = (k + blocks - 1) / blocks;
        if (packedB.length < panels * nr * kc) {
            packedB = new double[panels * nr * kc];
        }
        Tiles tiles = Tiles.of(m, n, MC, nr, workers.threads());
        for (int p0 = 0; p0 < k; p0 += kc) {
            int kb = Math.min(kc, k - p0);
            int start = p0;
            workers.run(Math.min(panels, 8 * workers.threads()), (chunk, w) -> packB(chunk, panels, start, kb, n, b,
                    brs, bcs));
            workers.run(tiles.count(), (t, w) -> tile(tiles, t, w, m, n, start, kb, a, ars, acs, c));
        }
    }

    /** Packs panels chunk, chunk + step, … of B's rows p0 .. p0 + kb: pb[(jp·kb + p)·nr + j] = op(B)(p0 + p, jp·nr + j). */
    private void packB(int chunk, int panels, int p0, int kb, int n, double[] b, int brs, int bcs) {
        int step = Math.min(panels, 8 * workers.threads());
        for (int jp = chunk; jp < panels; jp += step) {
            int j0 = jp * nr;
            int width = Math.min(nr, n - j0);
            int out = jp * kb * nr;
            if (width < nr) {
                Arrays.fill(packedB, out, out + kb * nr, 0.0);
            }
            for (int p = 0; p < kb; p++) {
                for (int j = 0; j < width; j++) {
                    packedB[out + p * nr + j] = b[(p0 + p) * brs + (j0 + j) * bcs];
                }
            }
        }
    }

    private void tile(Tiles tiles, int t, int w, int m, int n, int p0, int kb, double[] a, int ars, int acs,
                      double[] c) {
        int i0 = tiles.row(t);
        int rows = Math.min(MC, m - i0);
        int j0 = tiles.column(t);
        int cols = Math.min(tiles.span(), n - j0);
        double[] pa = packedA[w];
        packA(pa, i0, rows, p0, kb, a, ars, acs);
        DKernel kernel = kernels[w];
        boolean add = p0 > 0;
        for (int j = 0; j < cols; j += nr) {
            int pbo = (j0 + j) / nr * kb * nr;
            for (int i = 0; i < rows; i += mr) {
                int co = (i0 + i) * n + j0 + j;
                if (i + mr <= rows && j + nr <= cols) {
                    kernel.run(kb, pa, i / mr * kb * mr, packedB, pbo, c, co, n, add);
                } else {
                    edgeTile(kernel, edge[w], kb, pa, i / mr * kb * mr, pbo, c, co, n, Math.min(mr, rows - i),
                            Math.min(nr, cols - j), add);
                }
            }
        }
    }

    /** A tile that C's border cuts: run into a full-size scratch tile, then copy the part inside C. */
    private void edgeTile(DKernel kernel, double[] tmp, int kb, double[] pa, int pao, int pbo, double[] c, int co,
                          int ldc, int rows, int cols, boolean add) {
        Arrays.fill(tmp, 0.0);
        for (int i = 0; add && i < rows; i++) {
            System.arraycopy(c, co + i * ldc, tmp, i * nr, cols);
        }
        kernel.run(kb, pa, pao, packedB, pbo, tmp, 0, nr, add);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(tmp, i * nr, c, co + i * ldc, cols);
        }
    }

    /** pa[(ip·kb + p)·mr + i] = op(A)(i0 + ip·mr + i, p0 + p), zero past row i0 + rows. */
    private void packA(double[] pa, int i0, int rows, int p0, int kb, double[] a, int ars, int acs) {
        int strips = (rows + mr - 1) / mr;
        for (int ip = 0; ip < strips; ip++) {
            int out = ip * kb * mr;
            int height = Math.min(mr, rows - ip * mr);
            if (height < mr) {
                Arrays.fill(pa, out, out + kb * mr, 0.0);
            }
            int r0 = i0 + ip * mr;
            if (acs == 1) {
                for (int i = 0; i < height; i++) {
                    int in = (r0 + i) * ars + p0;
                    for (int p = 0; p < kb; p++) {
                        pa[out + p * mr + i] = a[in + p];
                    }
                }
            } else {
                for (int p = 0; p < kb; p++) {
                    int in = r0 * ars + (p0 + p) * acs;
                    for (int i = 0; i < height; i++) {
                        pa[out + p * mr + i] = a[in + i * ars];
                    }
                }
            }
        }
    }
}
