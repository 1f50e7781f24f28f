package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.ml.kernel.Vectors;
import dev.shellbook.ml.kernel.Workers;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;

/**
 * The blocked kernel against EJML. float64: max |fast − EJML| ≤ 1e-12 · max |EJML| over the product. float32
 * (fma chains against EJML's float sums): each element within 1e-5 · (|A|·|B|)(i, j), a fifth of the worst-case
 * float rounding bound k·2⁻²⁴ for k = 784.
 */
class FastGemmTest {
    private static final int[][] SHAPES = {{1, 1, 1}, {7, 13, 5}, {13, 7, 29}, {1201, 785, 37}, {33, 1201, 17},
        {0, 5, 3}, {4, 0, 3}, {4, 5, 0}, {31, 250, 47}};
    private final Gemm fast = new FastGemm(true, new Workers(2));

    @Test
    void matchesEjmlOnOddShapesInFloat64() {
        for (int[] s : SHAPES) {
            checkAllThree(s[0], s[1], s[2], 1);
        }
    }

    @Test
    void matchesEjmlOnTheWideLayerProduct() {
        checkAllThree(1200, 784, 500, 2);
    }

    @Test
    void matchesEjmlInFloat32WithinFloatRounding() {
        for (int[] s : new int[][] {{1, 1, 1}, {7, 13, 5}, {1201, 785, 37}, {0, 5, 3}, {4, 0, 3}, {120, 784, 50}}) {
            FMatrixRMaj a = floats(s[0], s[1], 3);
            FMatrixRMaj w = floats(s[1], s[2], 4);
            FMatrixRMaj g = floats(s[0], s[2], 5);
            FMatrixRMaj c = new FMatrixRMaj(1, 1);
            fast.mult(a, w, c);
            near(a, w, c, "A·W " + s[0] + "×" + s[1] + "·" + s[1] + "×" + s[2]);
            fast.multTransA(a, g, c);
            near(CommonOps_FDRM.transpose(a, null), g, c, "Aᵀ·G");
            fast.multTransB(g, w, c);
            near(g, CommonOps_FDRM.transpose(w, null), c, "G·Wᵀ");
        }
    }

    @Test
    void givesTheSameBitsOnOneAndTwoThreads() {
        DMatrixRMaj a = doubles(301, 517, 6);
        DMatrixRMaj w = doubles(517, 203, 7);
        DMatrixRMaj one = new DMatrixRMaj(1, 1);
        DMatrixRMaj two = new DMatrixRMaj(1, 1);
        new FastGemm(true, new Workers(1)).mult(a, w, one);
        fast.mult(a, w, two);
        assertArrayEquals(one.data, two.data);
        new FastGemm(true, new Workers(1)).multTransA(a, doubles(301, 33, 8), one);
        fast.multTransA(a, doubles(301, 33, 8), two);
        assertArrayEquals(one.data, two.data);
    }

    @Test
    void vectorAndScalarKernelsGiveTheSameBits() {
        assertTrue(Vectors.enabled(), "the test JVM runs with --add-modules jdk.incubator.vector (see the pom)");
        for (int[] s : new int[][] {{7, 13, 5}, {97, 300, 61}, {32, 500, 500}}) {
            DMatrixRMaj a = doubles(s[0], s[1], 9);
            DMatrixRMaj w = doubles(s[1], s[2], 10);
            assertArrayEquals(GemmChecksum.products(fast, a, w), GemmChecksum.products(
                    new FastGemm(false, new Workers(2)), a, w));
            FMatrixRMaj af = floats(s[0], s[1], 9);
            FMatrixRMaj wf = floats(s[1], s[2], 10);
            FMatrixRMaj vc = new FMatrixRMaj(1, 1);
            FMatrixRMaj sc = new FMatrixRMaj(1, 1);
            fast.mult(af, wf, vc);
            new FastGemm(false, new Workers(1)).mult(af, wf, sc);
            assertArrayEquals(vc.data, sc.data);
        }
    }

    @Test
    void aJvmWithoutTheVectorModuleRunsTheScalarKernelWithTheSameResultsAndNoWarning() throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                GemmChecksum.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertFalse(out.contains("WARNING"), out);
        assertEquals("scalar (no jdk.incubator.vector) " + GemmChecksum.checksum(fast), out.strip());
    }

    @Test
    void rejectsMismatchedShapesAndAnAliasedResult() {
        DMatrixRMaj a = doubles(3, 4, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fast.mult(a, doubles(5, 2, 2), new DMatrixRMaj(1, 1)));
        assertEquals("Gemm: inner dimensions differ: 3×4 and 5×2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fast.multTransA(a, a, a));
    }

    private void checkAllThree(int m, int k, int n, long seed) {
        DMatrixRMaj a = doubles(m, k, seed);
        DMatrixRMaj w = doubles(k, n, seed + 1);
        DMatrixRMaj g = doubles(m, n, seed + 2);
        String shape = m + "×" + k + "·" + k + "×" + n;
        DMatrixRMaj c = new DMatrixRMaj(1, 1);
        DMatrixRMaj e = new DMatrixRMaj(1, 1);
        fast.mult(a, w, c);
        CommonOps_DDRM.mult(a, w, e);
        close(e, c, "A·W " + shape);
        fast.multTransA(a, g, c);
        CommonOps_DDRM.multTransA(a, g, e);
        close(e, c, "Aᵀ·G " + shape);
        fast.multTransB(g, w, c);
        CommonOps_DDRM.multTransB(g, w, e);
        close(e, c, "G·Wᵀ " + shape);
    }

    private static void close(DMatrixRMaj expected, DMatrixRMaj actual, String what) {
        assertEquals(expected.numRows, actual.numRows, what);
        assertEquals(expected.numCols, actual.numCols, what);
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < expected.data.length && i < expected.getNumElements(); i++) {
            scale = Math.max(scale, Math.abs(expected.data[i]));
            worst = Math.max(worst, Math.abs(expected.data[i] - actual.data[i]));
        }
        assertTrue(worst <= 1e-12 * scale, what + ": max difference " + worst + " against max " + scale);
    }

    /** c ≈ a·b, each element within 1e-5 · (|a|·|b|)(i, j). */
    private static void near(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c, String what) {
        FMatrixRMaj e = new FMatrixRMaj(1, 1);
        CommonOps_FDRM.mult(a, b, e);
        FMatrixRMaj bound = new FMatrixRMaj(1, 1);
        CommonOps_FDRM.mult(abs(a), abs(b), bound);
        assertEquals(e.numRows, c.numRows, what);
        assertEquals(e.numCols, c.numCols, what);
        for (int i = 0; i < e.getNumElements(); i++) {
            assertTrue(Math.abs(e.data[i] - c.data[i]) <= 1e-5 * bound.data[i], what + " at " + i);
        }
    }

    private static FMatrixRMaj abs(FMatrixRMaj a) {
        FMatrixRMaj out = a.copy();
        CommonOps_FDRM.abs(out);
        return out;
    }

    static DMatrixRMaj doubles(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = r.nextDouble(-1, 1);
        }
        return m;
    }

    private static FMatrixRMaj floats(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = (float) r.nextDouble(-1, 1);
        }
        return m;
    }

    private static String java() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
