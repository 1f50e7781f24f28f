package dev.shellbook.ml.kernel;

import jdk.incubator.vector.DoubleVector;

/** Creates the Vector API micro-kernels; referenced only after {@link Vectors} has found the module. */
final class VectorKernels {
    private VectorKernels() {}

    static DKernel dkernel() {
        return new VectorDKernel();
    }

    static SKernel skernel() {
        return new VectorSKernel();
    }

    /** Width of the preferred vector, in bits. */
    static int bits() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize();
    }
}
