/**
 * A blocked dense matrix multiply for float64 and float32 on plain row-major arrays: {@link dev.shellbook.ml.kernel.Dgemm}
 * and {@link dev.shellbook.ml.kernel.Sgemm}, with their micro-kernels on the JDK's Vector API where the JVM has
 * {@code jdk.incubator.vector} and a scalar fallback that gives bit-for-bit the same results where it has not
 * ({@link dev.shellbook.ml.kernel.Vectors}), split over the cores by {@link dev.shellbook.ml.kernel.Workers}.
 *
 * <p>{@link dev.shellbook.ml.kernel.Logits} holds the softmax epoch's Vector API loops (the forward pass in float64
 * and float32, the float32 update); their scalar forms are in {@code dev.shellbook.ml.SoftmaxKernel} and
 * {@code SoftmaxKernel32}.
 *
 * <p>Depends on nothing else in Shellbook: {@code dev.shellbook.ml.FastGemm} adapts it to EJML's matrices.
 */
package dev.shellbook.ml.kernel;
