package dev.shellbook.ml;

import java.util.Random;
import org.ejml.EjmlUnitTests;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;

class BiasTest {
    @Test
    void addsTheRowToEveryRowAsEjmlsProductWithOnesDoes() {
        Random random = new Random(7);
        DMatrixRMaj z = RandomMatrices_DDRM.rectangle(5, 3, -1, 1, random);
        DMatrixRMaj b = RandomMatrices_DDRM.rectangle(1, 3, -1, 1, random);
        DMatrixRMaj expected = z.copy();
        DMatrixRMaj ones = new DMatrixRMaj(5, 1);
        ones.fill(1);
        // Z + 1 b, with EJML's own kernel
        CommonOps_DDRM.multAdd(ones, b, expected);
        Bias.addRows(z, b);
        EjmlUnitTests.assertEquals(expected, z, 1e-15);
    }
}
