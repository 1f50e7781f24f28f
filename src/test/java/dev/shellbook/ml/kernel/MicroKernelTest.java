package dev.shellbook.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every micro-kernel keeps the {@link DKernel} / {@link SKernel} contract bit for bit: one fma chain per element
 * in p order, from 0 or from c. Checked against that definition written out as a plain loop, for both vector shapes
 * (whatever the JVM would choose on this machine) and the scalar one, so all of them give the same bits.
 */
class MicroKernelTest {
    @Test
    void everyFloat64KernelIsTheFmaChainOfItsDefinition() {
        for (DKernel k : new DKernel[] {new ScalarDKernel(), new VectorDKernel(), new WideDKernel()}) {
            for (boolean add : new boolean[] {false, true}) {
                int mr = k.mr(), nr = k.nr(), kc = 37, ldc = nr + 3;
                double[] pa = doubles(kc * mr + 5, 1);
                double[] pb = doubles(kc * nr + 7, 2);
                double[] c = doubles(2 + mr * ldc, 3);
                double[] expected = c.clone();
                for (int i = 0; i < mr; i++) {
                    for (int j = 0; j < nr; j++) {
                        double s = add ? expected[2 + i * ldc + j] : 0;
                        for (int p = 0; p < kc; p++) {
                            s = Math.fma(pa[5 + p * mr + i], pb[7 + p * nr + j], s);
                        }
                        expected[2 + i * ldc + j] = s;
                    }
                }
                k.run(kc, pa, 5, pb, 7, c, 2, ldc, add);
                assertArrayEquals(expected, c, k.getClass().getSimpleName() + " add " + add);
            }
        }
    }

    @Test
    void everyFloat32KernelIsTheFmaChainOfItsDefinition() {
        for (SKernel k : new SKernel[] {new ScalarSKernel(), new VectorSKernel(), new WideSKernel()}) {
            for (boolean add : new boolean[] {false, true}) {
                int mr = k.mr(), nr = k.nr(), kc = 37, ldc = nr + 3;
                float[] pa = floats(kc * mr + 5, 1);
                float[] pb = floats(kc * nr + 7, 2);
                float[] c = floats(2 + mr * ldc, 3);
                float[] expected = c.clone();
                for (int i = 0; i < mr; i++) {
                    for (int j = 0; j < nr; j++) {
                        float s = add ? expected[2 + i * ldc + j] : 0;
                        for (int p = 0; p < kc; p++) {
                            s = Math.fma(pa[5 + p * mr + i], pb[7 + p * nr + j], s);
                        }
                        expected[2 + i * ldc + j] = s;
                    }
                }
                k.run(kc, pa, 5, pb, 7, c, 2, ldc, add);
                assertArrayEquals(expected, c, k.getClass().getSimpleName() + " add " + add);
            }
        }
    }

    private static double[] doubles(int n, long seed) {
        return new SplittableRandom(seed).doubles(n, -1, 1).toArray();
    }

    private static float[] floats(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) r.nextDouble(-1, 1);
        }
        return out;
    }
}
